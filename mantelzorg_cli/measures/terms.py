r"""Terms: the words a domain expert writes, made into the patterns the tagger runs.

A term is one or more words, as they would be written in a profile:

    werkoverleg              the word and its inflections: werkoverleggen, werkoverleg's
    *overleg                 also at the end of a compound: teamoverleg, MT-overleg
    zorgverlof*              also at the start of one, or with any ending: zorgverlofregeling
    diensten ruilen/ruil     words in this order, in one sentence and line; a / between the
                             forms one word can take
    diensten ... geruild     ... : up to three other words between
    PVT                      in capitals: an abbreviation, matched as written

Dutch inflects a noun or adjective at its end (-e, -en, -s, -'s, -je) and
spells the stem over when it does (gesprek → gesprekken, brief → brieven,
uur → uren): those forms are found without being written. A verb's forms
are not (kopen → gekocht): write them with `/`, or a stem with `*`.
"""

import os
import re
from itertools import pairwise

from .model import AT_WORD, HEAD, IN_WORD, WORD_START

# The endings an inflected or diminutive noun or adjective adds to its stem: e, en, n, s,
# 's, je, jes, tje, tjes, pje, pjes (written short: every pattern compiles at start-up).
_ENDINGS = r"(?:en?|n|s|['’]s|[tp]?jes?)?"
# After a respelled stem (gesprekk-, briev-, ur-) only these endings come.
_RESPELLED_ENDINGS = r"(?:e|en)"
# Between the words of a term: no end of a sentence or line (a sub-item is a line of its
# own: "Een dag extra verlof" and "Korting bij het kopen van een fiets" are not one
# offer); for `...`, at most three words.
_NEXT = r"[^\w.;!?\n]+"
# A word of `...` joins its letters with signs (onderling-zo, ’t); what separates two
# words holds more than signs. So a text splits into words one way only: where words
# and separators could share a sign, a run of `a-a-a-…` was split every way there is.
_SIGN = "['’&-]"
_GAP_WORD = rf"\w+(?:{_SIGN}+\w+)*"
_GAP_SEPARATOR = rf"{_SIGN}*[^\w.;!?\n'’&-][^\w.;!?\n]*"
_GAP = rf"{_NEXT}(?:{_GAP_WORD}{_GAP_SEPARATOR}){{0,3}}?"
_VOWELS = "aeiou"
# The words a compound puts in front (team-, MT-): from a letter on, so that a run of
# hyphens before it is the separator's alone, not shared with it every way there is.
_COMPOUND = r"(?:\w[\w-]*?)?"
_SHORTEST = 3  # plain letters worth testing for: "or" is in every other text
_GAPS = 2  # `...` in one term
_FEW_FORMS = 100  # of one word, compared each with each (`_needed`)
# Words nearly every text of a profile holds: a poor first test of a term.
_EVERYWHERE = (
    *("mantelzorg", "medewerker", "collega", "verlof", "zorg", "werk", "dienst", "uren"),
    *("van", "voor", "het", "een", "met", "bij", "naar", "door"),
)
_GOES_ON = r"\w*"  # a trailing *: any ending, or the rest of a compound


def term_pattern(
    term: str, head: bool = True
) -> tuple[str, tuple[str, ...], str, tuple[tuple[str, ...], ...]]:
    """The pattern `term` stands for; the plain words of which a text must hold one
    for it to match (none: always try it); where that word is in every match
    (`model.AT_WORD`, `IN_WORD`, or "": not known); and for each of its other words
    long enough to test, the plain words of which the text must hold one as well.

    The first word's own letters, without a compound in front, are the group
    `head` (not with `head=False`: terms joined into one pattern).
    """
    written = term.split()
    words = [word for word in written if word != "..."]
    _refuse_if_malformed(term, written, words)
    pattern = _word_pattern(words[0], head)
    for before, word in pairwise(written):
        if word != "...":
            pattern += (_GAP if before == "..." else _NEXT) + _word_pattern(word, False)
    if term.replace("/", "").isupper() and len(term) > 1:  # abbreviations: as written
        return f"(?-i:{pattern})", _written(words), "", ()
    # A text must hold one of the plain forms of each word: tested first, they spare
    # most searches (`model`). The first word's, when it is long enough, also tells
    # where to try the pattern.
    needs = [_needed(word) for word in words]
    testable = [index for index, need in enumerate(needs) if min(map(len, need)) >= _SHORTEST]
    if not testable:
        return pattern, (), "", ()
    first = 0 if 0 in testable and len(needs[0]) == 1 and len(needs[0][0]) > _SHORTEST else None
    rare = [i for i in testable if not any(map(_everywhere, needs[i]))]
    if first is not None and first not in rare and rare:
        first = None  # a word every profile uses spares no search
    best = (
        first if first is not None else max(rare or testable, key=lambda i: min(map(len, needs[i])))
    )
    anchor = ""
    if best == 0 and len(needs[0]) == 1:  # tried only where the first word holds it
        forms = words[0].lstrip("*").lower().split("/")
        at_start = not words[0].startswith("*") and all(f.startswith(needs[0][0]) for f in forms)
        anchor = AT_WORD if at_start else IN_WORD
    return pattern, needs[best], anchor, tuple(needs[i] for i in testable if i != best)


def any_match_holds(term: str) -> tuple[str, ...]:
    """Plain letters of which every match of `term` holds one, however short they are
    (`term_pattern` gives only those worth a first test): lower case, or as written for
    an abbreviation; () when nothing is known."""
    words = [word for word in term.split() if word != "..."]
    if term.replace("/", "").isupper() and len(term) > 1:
        return _written(words)
    needs = [_needed(word) for word in words]
    return max(needs, key=lambda need: min(map(len, need)), default=())


def _refuse_if_malformed(term: str, written: list[str], words: list[str]) -> None:
    """A ValueError that says what is wrong with `term`, if anything."""
    if not words or any(not word.strip("*/") for word in words):
        raise ValueError(f"term '{term}' has an empty word")
    if "..." in (written[0], written[-1]):
        raise ValueError(f"term '{term}' starts or ends with ...: it goes between words")
    if written.count("...") > _GAPS:  # each gap multiplies the ways a search can go
        raise ValueError(f"term '{term}' has more than {_GAPS} ...: split it into terms")
    if any("" in word.lstrip("*").split("/") for word in words) or not re.search(r"\w", term):
        raise ValueError(f"term '{term}' has an empty form, or not a letter or digit")
    if any("*" in form[:-1] for word in words for form in word.lstrip("*").split("/")):
        raise ValueError(
            f"term '{term}': a * goes before a word (for all its forms) or at a form's end"
        )


def _written(words: list[str]) -> tuple[str, ...]:
    """The letters, as written, of which a text must hold one for an abbreviation's term:
    those of its word whose every form has them (PVT/OR in `*- PVT/OR`)."""
    testable = [
        [max(re.findall(r"\w+", form), key=len) for form in word.lstrip("*").split("/")]
        for word in words
        if all(re.search(r"\w", form) for form in word.lstrip("*").split("/"))
    ]
    return (
        tuple(sorted(set(max(testable, key=lambda forms: min(map(len, forms))))))
        if testable
        else ()
    )


def _everywhere(word: str) -> bool:
    """Whether `word` is one that nearly every text holds (mantelzorgers; van, not vanuit)."""
    return any(word == common or (len(common) > 4 and common in word) for common in _EVERYWHERE)


def _word_pattern(word: str, head: bool) -> str:
    compound = word.startswith("*")
    written = [form for form in word.lstrip("*").split("/") if form]
    # `zorgverlof*`: the word's own letters end before the star, so that a
    # compound's next word (regeling) is not inside it (`model`).
    goes_on = all(form.endswith("*") for form in written)
    forms = "|".join(_literal(form[:-1]) if goes_on else _form(form) for form in written)
    own = f"{HEAD}{forms})" if head else f"(?:{forms})"
    # Not \b: a word may start or end with a sign (& in lunch & learn, begin- en eindtijd).
    return rf"{WORD_START}{_COMPOUND if compound else ''}{own}{_GOES_ON if goes_on else ''}(?!\w)"


def _form(form: str) -> str:
    """One written form with its inflections; a trailing * stands for any ending."""
    if form.endswith("*"):
        return _literal(form[:-1]) + _GOES_ON
    respelled = _respelled(form.lower())
    inflected = _literal(form) + _ENDINGS
    if respelled:
        return f"(?:{inflected}|{_literal(respelled)}{_RESPELLED_ENDINGS})"
    return inflected


def _respelled(word: str) -> str:
    """The stem Dutch writes before -e and -en, when it differs from the word."""
    if len(word) < 3 or not word[-1].isalpha() or word[-1] in _VOWELS:
        return ""
    last, before, third = word[-1], word[-2], word[-3]
    if before in _VOWELS and third == before:  # uur → uren, jaar → jaren
        return word[:-2] + last
    if before in _VOWELS and third not in _VOWELS and last not in "wjxy":  # gesprek → gesprekken
        return word + last
    if last == "f" and (before not in _VOWELS or third in _VOWELS):
        return word[:-1] + "v"  # brief → brieven, werf → werven
    if last == "s" and third in _VOWELS and before in _VOWELS:  # reis → reizen
        return word[:-1] + "z"
    return ""


def _literal(text: str) -> str:
    """`text` as a pattern: a hyphen may be left out, either apostrophe is one."""
    escaped = re.escape(text).replace(r"\-", "-?")
    return re.sub("['’]", "['’]", escaped)


def _needed(word: str) -> tuple[str, ...]:
    """Plain lowercase letters of which every form of `word` holds one: their common
    part when that is long enough, else each form's own."""
    forms = []
    for form in word.lstrip("*").lower().split("/"):
        plain = form.rstrip("*")
        respelled = "" if form.endswith("*") else _respelled(plain)
        if respelled:  # brief, briev-: brie; uur, ur-: u
            plain = os.path.commonprefix([plain, respelled])  # noqa: RUF071 (letters, not paths)
        forms.append(max(re.findall(r"\w+", plain), key=len, default=""))
    common = _common_part(forms)
    if len(common) >= _SHORTEST + 1 or len(forms) == 1:
        return (common,)
    # Any one will do: a form that holds another form's letters adds nothing. (Looked
    # for among a few forms only: each against each, thousands would take minutes.)
    if len(forms) > _FEW_FORMS:
        return tuple(sorted(set(forms)))
    return tuple(sorted({f for f in forms if not any(o != f and o in f for o in forms)}))


def _common_part(forms: list[str]) -> str:
    """The longest run of letters that every one of `forms` holds."""
    shortest = min(forms, key=len)
    for length in range(len(shortest), 0, -1):
        for start in range(len(shortest) - length + 1):
            part = shortest[start : start + length]
            if all(part in form for form in forms):
                return part
    return ""
