"""Terms: words as a domain expert writes them, with Dutch inflection and compounds."""

import json
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli.measures import VocabularyError, parse_vocabulary
from mantelzorg_cli.measures.model import AT_WORD, IN_WORD
from mantelzorg_cli.measures.terms import term_pattern

HANG_GUARD = 2.0  # seconds; made in linear time, it takes a few hundredths


def tagged(terms: dict[str, list[str]], text: str) -> list[str]:
    entries = "".join(
        f"- id: {key}\n  nl: {key}\n  en: {key}\n  terms: {words!r}\n"
        for key, words in terms.items()
    )
    return parse_vocabulary(entries).tag(text)


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("gesprek", "twee gesprekken per jaar", True),  # the consonant doubled
        ("gesprek", "een gesprekje", True),
        ("brief", "alle brieven", True),  # f becomes v
        ("uur", "minder uren", True),  # the long vowel written single
        ("rooster", "aangepaste roosters", True),
        ("aangepast rooster", "aangepaste roosters", True),
        ("film", "een filmpje", True),
        ("brief", "de briefing", False),  # -ing is another word, not an inflection
        ("plan", "de jaarplanning", False),
        ("overleg", "teamoverleg", False),  # no * in front: the word alone
        ("*overleg", "teamoverleg", True),
        ("*overleg", "in het MT-overleg", True),
        ("*overleg", "overleggen", True),
        ("zorgverlof*", "de zorgverlofregeling", True),
        ("zorgverlof*", "het langdurend zorgverlof", True),
        ("koffie-uurtje", "een koffieuurtje", True),  # a hyphen may be left out
        ("collega's", "collega’s", True),  # either apostrophe
        ("diensten ruil*/geruild", "diensten ruilen", True),
        ("diensten ruil*/geruild", "diensten, geruild", True),
        ("diensten ruil*/geruild", "diensten worden geruild", False),  # next to each other
        ("diensten ... geruild", "diensten kunnen onderling worden geruild", True),
        ("diensten ... geruild", "diensten worden in overleg met het team geruild", False),
        ("diensten ... geruild", "meer diensten. Geruild wordt er niet", False),
        ("diensten ... ruil*/geruild", "ruilen van diensten", False),  # in the written order
        ("minder ... werken", "tijdelijk minder uren werken", True),
        ("verlof ... kopen", "Een dag extra verlof\nKorting bij het kopen van een fiets", False),
        ("verlof ... kopen", "Extra verlof:\nkopen kan", False),  # a line is a limit
        ("PVT", "De PVT stemde in", True),
        ("PVT", "de pvt stemde in", False),  # an abbreviation as written
        ("OR", "de OR-leden", True),
        ("*- OR", "de - OR", True),  # an abbreviation after a sign: looked for by OR
        ("izin", "İzin voor zorg", True),  # İ lowers to i and a combining dot
    ],
)  # fmt: skip
def test_a_term_finds_its_forms_and_no_other_word(term, text, found):
    assert tagged({"x": [term]}, text) == (["x"] if found else [])


def test_the_longer_word_wins_at_the_end_of_a_compound():
    terms = {"material": ["*brief"], "newsletter": ["*nieuwsbrief"]}
    assert tagged(terms, "De nieuwsbrief") == ["newsletter"]
    assert tagged(terms, "Een brief en een nieuwsbrief") == ["material", "newsletter"]
    assert tagged(terms, "Een persoonlijke brief") == ["material"]
    paid = {"unpaid": ["onbetaald ... verlof"], "paid": ["*betaald ... verlof"]}
    assert tagged(paid, "Onbetaald verlof is mogelijk.") == ["unpaid"]
    assert tagged(paid, "Onbetaald en betaald verlof.") == ["unpaid", "paid"]


def test_two_words_of_one_compound_are_two_measures():
    terms = {"leave": ["zorgverlof*"], "policy": ["*regeling"]}
    assert tagged(terms, "De zorgverlofregeling is verbeterd.") == ["leave", "policy"]


def test_the_words_a_text_must_hold_and_where_to_try_it():
    # (a text must hold one of these, where they are in every match, and the other words)
    assert term_pattern("gesprek")[1:] == (("gesprek",), AT_WORD, ())  # tried at "gesprek"
    assert term_pattern("brief")[1:3] == (("brie",), AT_WORD)  # brieven: the f becomes v
    assert term_pattern("*overleg")[1:3] == (("overleg",), IN_WORD)  # after any compound
    assert term_pattern("jaargesprek/pop-gesprek")[1:3] == (("gesprek",), IN_WORD)  # in both
    assert term_pattern("personeelsblad/bedrijfskrant")[1] == ("bedrijfskrant", "personeelsblad")
    # "mantelzorg" and "van" are in nearly every text, "vanuit" and "huis" are not
    assert term_pattern("vanuit huis")[1:] == (("vanuit",), AT_WORD, (("hui",),))  # huizen
    assert term_pattern("verlof voor mantelzorg*")[1:3] == (("verlof",), AT_WORD)  # no rare one
    assert term_pattern("diensten ... ruilen/geruild")[1:] == (("ruil",), "", (("diensten",),))
    assert term_pattern("PVT/OR")[1:] == (("OR", "PVT"), "", ())  # looked for as written
    assert term_pattern("uur")[1:] == ((), "", ())  # nothing long enough to test for


@pytest.mark.parametrize("terms", ["['koffie', '*/']", "['... koffie']", "[{a: b}]", "{a: b}"])
def test_a_bad_term_says_where(terms):
    text = f"- id: x\n  nl: X\n  en: X\n  terms: {terms}\n"
    with pytest.raises(VocabularyError, match="measure 'x': "):
        parse_vocabulary(text, "mijn.yaml")


def test_a_measure_needs_terms_or_patterns():
    with pytest.raises(VocabularyError, match="measure 1: missing terms or patterns or together"):
        parse_vocabulary("- {id: x, nl: X, en: X}", "mijn.yaml")


WORD = st.text(alphabet="abekorstuvwzé-'’&", min_size=1, max_size=8)
TERM = st.lists(
    st.one_of(
        st.builds("/".join, st.lists(WORD, min_size=1, max_size=3)),
        st.builds(lambda w: f"*{w}", WORD),
        st.builds(lambda w: f"{w}*", WORD),
        st.just("..."),
        st.sampled_from(["OR", "PVT", "A3"]),
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(TERM, min_size=1, max_size=4), st.lists(TERM, max_size=2), st.text(max_size=80))
def test_any_term_is_refused_with_a_reason_or_tags_as_a_search_would(terms, unless, text):
    entry = {"id": "x", "nl": "X", "en": "X", "terms": terms, "not": unless}
    try:
        vocabulary = parse_vocabulary(json.dumps([entry]))  # JSON is YAML
    except VocabularyError as error:
        assert "measure 'x'" in str(error)
        return
    text = text + " " + " ".join(t.replace("*", "").replace("...", "en") for t in terms)
    (every,) = vocabulary.hits_all([text], every_clue=True)  # each clue searched for
    assert vocabulary.tag(text) == [hit.measure for hit in every]


def together(pairs: list, text: str) -> list[str]:
    entry = {"id": "x", "nl": "X", "en": "X", "together": pairs}
    return parse_vocabulary(json.dumps([entry])).tag(text)  # JSON is YAML


SHIFTS_AND_CARE = [[["ingepland", "nachtdienst"], ["zijn/haar ... moeder/vader", "zorgtaken"]]]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Wie zorgtaken heeft, wordt niet ingepland op zondag.", True),
        ("Zij wordt alleen ingepland als haar zieke moeder naar de dagopvang is.", True),
        ("Geen nachtdiensten voor wie voor zijn vader zorgt.", True),  # either order
        ("Iedereen wordt ingepland. Zorgtaken bespreek je met je teamleider.", False),
        ("Ingepland: wie zorgtaken heeft, meldt zich", False),  # a colon ends a heading
        ("Wie wordt ingepland\nen zorgtaken heeft", False),  # a line is a limit
        ("Ingepland wordt " + "iedereen, " * 10 + "ook wie zorgtaken heeft.", False),  # too far
        ("Moeder en vader werken in de nachtdienst.", False),  # no zijn/haar before them
    ],
)
def test_together_finds_a_term_of_each_list_in_one_sentence(text, found):
    assert together(SHIFTS_AND_CARE, text) == (["x"] if found else [])


@pytest.mark.parametrize(
    "pairs",
    [
        [["ingepland"]],
        [[["ingepland"], []]],
        [[["ingepland"], ["zorg"], ["extra"]]],
        [["ingepland", "zorg"]],
        [[["ingepland"], [3]]],
        "ingepland",
        [[["..."], ["zorg"]]],
    ],
)
def test_a_together_that_is_not_two_lists_of_terms_is_refused(pairs):
    with pytest.raises(VocabularyError, match="measure 'x': together"):
        together(pairs, "")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(TERM, min_size=1, max_size=3), st.lists(TERM, min_size=1, max_size=3),
    st.text(max_size=60), st.lists(st.sampled_from([" ", ". ", "\n", ": ", ", ", " x " * 40])),
)  # fmt: skip
def test_any_together_is_refused_with_a_reason_or_tags_as_a_search_would(
    first, second, text, separators
):
    entry = {"id": "x", "nl": "X", "en": "X", "together": [[first, second]]}
    try:
        vocabulary = parse_vocabulary(json.dumps([entry]))
    except VocabularyError as error:
        assert "measure 'x'" in str(error)
        return
    plain = [t.replace("*", "").replace("...", "en") for t in (*first, *second)]
    pieces = [text, *plain]
    text = "".join(
        piece + (separators[i % len(separators)] if separators else " ")
        for i, piece in enumerate(pieces)
    )
    (every,) = vocabulary.hits_all([text], every_clue=True)  # each clue searched for
    assert vocabulary.tag(text) == [hit.measure for hit in every]


def test_a_together_term_that_can_match_no_text_is_refused():
    """`-/aa`: its form `-` (a hyphen may be left out) matches nothing at all, so the
    pair would match wherever the other term is. (Found by the test above.)"""
    with pytest.raises(VocabularyError, match="measure 'x'"):
        together([[["a"], ["-/aa"]]], ". a. -/aa. ")


def test_a_word_of_thousands_of_forms_is_made_in_linear_time():
    """Each form compared with each (a form that holds another adds nothing) is kept to a
    few forms: 10,000 took seconds, and a 1 MB vocabulary minutes (hostile-input suite)."""
    forms = [f"w{number:05d}x" for number in range(10_000)]
    start = time.perf_counter()
    _, words, _, _ = term_pattern("/".join(forms))
    assert time.perf_counter() - start < HANG_GUARD
    assert len(words) == 10_000


@pytest.mark.parametrize("filler", ["a-", "a'", "a&", "-a", "a -"])
def test_the_words_between_a_terms_words_are_found_in_linear_time(filler):
    """`diensten ... geruild` on a run of hyphenated or quoted letters: the gap's words and
    what separates them must not share a character, or a text is split between them
    every way there is (1,600 characters took 7 s)."""
    pattern = re.compile(term_pattern("diensten ... geruild")[0], re.IGNORECASE)
    start = time.perf_counter()
    assert pattern.search("diensten " + filler * 2_000 + " x") is None
    assert time.perf_counter() - start < HANG_GUARD


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("diensten kunnen onderling-zo worden geruild", True),  # a word with a hyphen
        ("diensten - in overleg - geruild", True),  # a dash between words
        ("diensten, ook die van 't weekend, geruild", False),  # four words
        ("diensten van ’t team geruild", True),
    ],
)
def test_the_gap_reads_words_with_signs_as_before(text, found):
    pattern = re.compile(term_pattern("diensten ... geruild")[0], re.IGNORECASE)
    assert bool(pattern.search(text)) is found
