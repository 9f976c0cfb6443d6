r"""Terms: the words a domain expert writes, made into the patterns the tagger runs.

A term is one or more words, as they would be written in a profile:

    werkoverleg              the word and its inflections: werkoverleggen, werkoverleg's
    *overleg                 also at the end of a compound: teamoverleg, MT-overleg
    zorgverlof*              also at the start of one, or with any ending: zorgverlofregeling
    diensten ruil*/geruild   words in this order, at most three words apart, in one
                             sentence; a / between the forms one word can take
    PVT                      in capitals: an abbreviation, matched as written

Dutch inflects a noun or adjective at its end (-e, -en, -s, -'s, -je) and
spells the stem over when it does (gesprek → gesprekken, brief → brieven,
uur → uren): those forms are found without being written. A verb's forms
are not (kopen → gekocht): write them with `/`, or a stem with `*`.
"""

import re

# The endings an inflected or diminutive noun or adjective adds to its stem.
_ENDINGS = r"(?:e|en|n|s|['’]s|je|jes|tje|tjes|pje|pjes)?"
# After a respelled stem (gesprekk-, briev-, ur-) only these endings come.
_RESPELLED_ENDINGS = r"(?:e|en)"
# Between the words of a term: no end of a sentence, at most three words.
_BETWEEN = r"[^\w.;!?]+(?:\w[\w'’&-]*[^\w.;!?]+){0,3}?"
_VOWELS = "aeiou"
_COMPOUND = r"[\w-]*?"  # the words a compound puts in front
_GOES_ON = r"\w*"  # a trailing *: any ending, or the rest of a compound


def term_pattern(term: str) -> tuple[str, str, bool]:
    """The pattern `term` stands for, the plain word a text must hold, and whether the
    pattern may be tried only where that word is (it starts with it).

    The first word's own letters, without a compound in front, are the group `head`.
    """
    words = term.split()
    if not words or any(not word.strip("*/") for word in words):
        raise ValueError(f"term {term!r} has an empty word")
    parts = [_word_pattern(word, head=index == 0) for index, word in enumerate(words)]
    pattern = _BETWEEN.join(parts)
    if term.isupper() and len(term.replace(" ", "")) > 1:  # an abbreviation: as written
        return f"(?-i:{pattern})", "", False
    required = max((_plain_part(word) for word in words), key=len)
    leading = bool(required) and not words[0].startswith("*") and _plain_part(words[0]) == required
    return pattern, required, leading


def _word_pattern(word: str, head: bool) -> str:
    compound = word.startswith("*")
    written = [form for form in word.lstrip("*").split("/") if form]
    # `zorgverlof*`: the word's own letters end before the star, so that a
    # compound's next word (regeling) is not inside it (`model`).
    goes_on = all(form.endswith("*") for form in written)
    forms = "|".join(_literal(form[:-1]) if goes_on else _form(form) for form in written)
    own = f"(?P<head>{forms})" if head else f"(?:{forms})"
    return rf"\b{_COMPOUND if compound else ''}{own}{_GOES_ON if goes_on else ''}\b"


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


def _plain_part(word: str) -> str:
    """The letters every form of `word` starts with, lowercased: what a text must hold."""
    written = [form for form in word.lstrip("*").split("/") if form]
    # A respelled stem changes the last letter or two (brief → briev-, uur → ur-).
    forms = [
        form[:-1] if form.endswith("*") else form[:-2] if _respelled(form.lower()) else form
        for form in written
    ]
    common = forms[0].lower()
    for form in forms[1:]:
        while not form.lower().startswith(common):
            common = common[:-1]
    return max(re.findall(r"\w+", common), key=len, default="")
