"""Lines that look like boilerplate or a recognition but are content, and lines built to be slow.

(From the hostile-input suite.)
"""

import time

import pytest
from conftest import (
    TEXT_SAMPLES,
    golden_records,
    one,
    profile,
    untagged,
    words_of_lines,
    words_of_records,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli import extract
from mantelzorg_cli.reading.kinds import (
    BLANK,
    BULLET,
    CONTACT,
    FOOTER,
    FOOTER_NAME,
    HEADER,
    QUESTION,
    RECOGNITION,
    TEXT,
    URL,
)
from mantelzorg_cli.reading.lines import classify
from mantelzorg_cli.reading.questions import QUESTIONS

KINDS = {BLANK, HEADER, FOOTER, FOOTER_NAME, RECOGNITION, QUESTION, CONTACT, URL, BULLET, TEXT}

# --- the footer's name line ----------------------------------------------

FOOTER_LINES = {
    "Gemeente Dalfsen is 1 van de erkende organisaties.": "Gemeente Dalfsen",
    "Zorggroep Ten Oever B.V. is één van de erkende organisaties.": "Zorggroep Ten Oever B.V.",
    "Kinderopvang Het Kompas is een van de erkende organisaties": "Kinderopvang Het Kompas",
    "De Zorggroep is 1 van de erkende organisaties.": "De Zorggroep",
    "’s Heeren Loo is 1 van de erkende organisaties.": "’s Heeren Loo",
    "bol.com is 1 van de erkende organisaties.": "bol.com",
}
NOT_FOOTER_LINES = {
    "• Onze organisatie is een van de erkende organisaties.": BULLET,
    " - Gemeente Dalfsen is 1 van de erkende organisaties.": BULLET,
    "1. Gemeente Dalfsen is 1 van de erkende organisaties.": BULLET,
    "Onze organisatie is een van de erkende organisaties.": TEXT,
    "Wij is een van de erkende organisaties.": TEXT,
    "Wij als organisatie is een van de erkende organisaties.": TEXT,
    "Ons bedrijf is een van de erkende organisaties.": TEXT,
    "Deze werkgever is een van de erkende organisaties.": TEXT,
    "Het is een van de erkende organisaties.": TEXT,
    "Het bedrijf is een van de erkende organisaties.": TEXT,
    "Dit is een van de erkende organisaties.": TEXT,
    "Wij zijn een van de erkende organisaties in de regio.": TEXT,
    "Sinds maart 2017, toen het bestuur daartoe besloot na een lange en zorgvuldige ronde "
    "langs alle teams, is een van de erkende organisaties.": TEXT,
}


@pytest.mark.parametrize("line,name", FOOTER_LINES.items())
def test_footer_name_lines(line, name):
    found = classify(line)
    assert (found.kind, found.text) == (FOOTER_NAME, name)


@pytest.mark.parametrize("line,kind", NOT_FOOTER_LINES.items())
def test_sentences_about_being_recognised_are_not_the_footer(line, kind):
    assert classify(line).kind == kind


@pytest.mark.parametrize(
    "line",
    [
        " • Onze organisatie is een van de erkende organisaties.",
        "Wij zijn een van de erkende organisaties in de regio.",
        "Ons bedrijf is een van de erkende organisaties.",
    ],
)
def test_such_a_sentence_in_an_answer_is_kept_and_the_profile_goes_on(line):
    record = one(profile(f"{line}\n • Berichten op intranet."))
    awareness = record["sections"]["awareness"]
    texts = awareness["paragraphs"] + [item["text"] for item in awareness["items"]]
    assert texts[0] == line.removeprefix(" • ")
    assert texts[-1] == "Berichten op intranet."
    assert record["warnings"] == []
    assert all(record["sections"].values())  # the questions after it are still read


def test_footer_sentence_as_an_item_is_an_item():
    answer = " • Onze organisatie is een van de erkende organisaties.\n • Berichten op intranet."
    [record] = extract(profile(answer), source="t.txt")
    assert untagged(record["sections"]["awareness"]["items"]) == [
        {"text": "Onze organisatie is een van de erkende organisaties.", "subitems": []},
        {"text": "Berichten op intranet.", "subitems": []},
    ]


# --- the recognition line ------------------------------------------------

RECOGNITION_LINES = {
    "Erkend mantelzorgvriendelijk sinds: 30 maart 2017": "30 maart 2017",
    "Erkend als mantelzorgvriendelijke werkgever sinds 2016": "2016",
    "Erkend mantelzorgvriendelijk per 1-3-2018": "1-3-2018",
    "Erkend mantelzorgvriendelijk sinds:": "",
    "Erkend mantelzorgvriendelijk": "",
    "Erkend mantelzorgvriendelijk sinds 31 februari 2017": "31 februari 2017",
    "Erkend mantelzorgvriendelijk sinds: binnenkort": "binnenkort",
    "Erkend mantelzorgvriendelijk sinds maart": "maart",
    "erkend mantelzorgvriendelijke organisatie vanaf: 8 nov. 2019": "8 nov. 2019",
}
NOT_RECOGNITION_LINES = [
    "Erkend mantelzorgvriendelijk zijn betekent voor ons dat we samen met de OR blijven kijken "
    "wat er nodig is.",
    "Erkend mantelzorgvriendelijk zijn we sinds kort.",
    "Erkend mantelzorgvriendelijk sinds kort",
    "Erkend mantelzorgvriendelijk opgericht",
    "Erkend mantelzorgvriendelijke werkgevers hebben oog voor hun mensen.",
    "Erkend mantelzorgvriendelijk zijn we sinds 2017 en daar zijn we trots op.",
]


@pytest.mark.parametrize("line,date", RECOGNITION_LINES.items())
def test_recognition_lines(line, date):
    found = classify(line)
    assert (found.kind, found.text) == (RECOGNITION, date)


@pytest.mark.parametrize("line", NOT_RECOGNITION_LINES)
def test_sentences_that_start_like_the_recognition_are_text(line):
    assert classify(line).kind == TEXT


@pytest.mark.parametrize(
    "line,iso",
    [
        ("Erkend als mantelzorgvriendelijke werkgever sinds 2016", "2016"),
        ("Erkend mantelzorgvriendelijk per 1-3-2018", "2018-03-01"),
        ("Erkend mantelzorgvriendelijk sinds:\n\n30 maart 2017", "2017-03-30"),
    ],
)
def test_recognition_lines_give_the_date(line, iso):
    record = one(profile(head=f"Gemeente Testdorp\n\n{line}\n\n"))
    assert (record["recognised_since"], record["warnings"]) == (iso, [])


def test_a_paragraph_that_starts_like_the_recognition_starts_no_profile():
    paragraph = NOT_RECOGNITION_LINES[0]
    [record] = extract(profile(f"{paragraph}\n\n • Berichten op intranet."), source="t.txt")
    assert record["recognised_since"] == "2017-03-30"
    assert record["sections"]["awareness"]["paragraphs"] == [paragraph]
    assert record["warnings"] == []


# --- time linear in the length of a line ---------------------------------

LONG = 40_000  # characters: a whole page pasted as one line, or worse
SLOW_LINES = {  # each took 10 to 20 s before its pattern was made linear
    "a run of # inside a heading-like line": (
        lambda: profile("a" + "#" * LONG + "a#"),
        lambda r: r["sections"]["awareness"]["paragraphs"] == ["a" + "#" * LONG + "a#"],
    ),
    "a.a.a… ending like B.V. as the first line": (
        lambda: profile(
            head="a." * (LONG // 2) + "aa.\n\nErkend mantelzorgvriendelijk sinds: 2017\n\n"
        ),
        lambda r: r["intro"].startswith("a.a.a.") and r["organisation"] == "Gemeente Testdorp",
    ),
    "no @ after a long run of letters in the contact": (
        lambda: profile(tail="\nVoor meer informatie contact: " + "a" * LONG + "\n"),
        lambda r: r["contact"]["email"] is None and r["contact"]["text"].endswith("a" * LONG),
    ),
    "a run of ( in the contact": (
        lambda: profile(tail="\nContact: " + "(" * LONG + "\n"),
        lambda r: r["contact"]["name"] == "(" * LONG,
    ),
    "a run of spaces after `organisaties`": (
        lambda: profile("organisaties" + " " * LONG + "x"),
        lambda r: r["sections"]["awareness"]["paragraphs"] == ["organisaties x"],
    ),
}


@pytest.mark.parametrize("make,check", SLOW_LINES.values(), ids=list(SLOW_LINES))
def test_long_hostile_lines_take_linear_time(make, check):
    text = make()
    start = time.perf_counter()
    [record] = extract(text, source="t.txt")
    assert time.perf_counter() - start < 5  # a hang guard: each takes milliseconds now
    assert check(record)


# --- properties -----------------------------------------------------------

HOSTILE_CHARACTERS = list("#*aAzZ019 .-/@():•·–o’'&%±\t\u00a0\u200b")
SNIPPETS = [
    "Erkend mantelzorgvriendelijk",
    " sinds: ",
    "30 maart 2017",
    " is 1 van de erkende organisaties.",
    "Werk&Mantelzorg",
    "Overzicht van alle organisaties",
    "Voor meer informatie",
    "contact",
    "www.",
    ".nl",
    "B.V.",
    "## ",
    "**",
    "1. ",
    "a) ",
    *QUESTIONS.values(),
]
any_lines = st.one_of(
    st.text(st.sampled_from(HOSTILE_CHARACTERS), max_size=2000),
    st.text(st.characters(blacklist_characters="\n\r"), max_size=2000),
    st.lists(st.sampled_from(SNIPPETS + HOSTILE_CHARACTERS), max_size=60).map("".join),
)


@settings(max_examples=100, deadline=None)
@given(any_lines)
def test_classify_gives_a_known_kind_for_any_line(raw):
    found = classify(raw)
    assert found.kind in KINDS
    assert found.whole == " ".join(raw.split())
    assert found.text in found.whole  # what a line holds is taken from it, never made up


# Sentences that are content, though they start like a recognition or end like the footer.
SENTENCE_WORDS = [
    "zijn", "betekent", "voor", "ons", "dat", "we", "samen", "met", "de", "OR", "blijven",
    "kijken", "wat", "er", "nodig", "is", "sinds", "kort", "trots", "wij", "graag", "iedereen",
    "aandacht", "mantelzorgers", "werkgever", "als", "regio", "in", "ook",
]  # fmt: skip
LABEL_THEN = ["zijn", "betekent", "worden", "blijven", "is"]  # a verb: no date follows
NOT_NAMES = [
    "Onze organisatie", "Wij", "Wij als organisatie", "Ons bedrijf", "Deze werkgever", "Het",
    "Dit", "Ook wij", "Het bedrijf", "We",
]  # fmt: skip
NAMES = ["Gemeente Testdorp", "De Zorggroep", "Stichting De Brug"]  # content only as an item


@st.composite
def recognition_like_sentences(draw, as_item: bool) -> str:
    words = draw(st.lists(st.sampled_from(SENTENCE_WORDS), max_size=10))
    if draw(st.booleans()):
        return " ".join(["Erkend mantelzorgvriendelijk", draw(st.sampled_from(LABEL_THEN)), *words])
    subject = draw(st.sampled_from(NOT_NAMES + NAMES if as_item else NOT_NAMES))
    return " ".join([subject, *words]) + " is een van de erkende organisaties."


def answer_lines(lines: list[str]) -> list[int]:
    """Where the lines under the questions are (not the title of a next profile)."""
    kinds = [classify(line).kind for line in lines]
    found, answering = [], False
    for at, kind in enumerate(kinds):
        if kind == QUESTION:
            answering = True
        elif kind in (CONTACT, URL, RECOGNITION, HEADER, FOOTER, FOOTER_NAME):
            answering = False
        elif answering and kind in (TEXT, BULLET):
            after = next((k for k in kinds[at + 1 :] if k != BLANK), None)
            if after != RECOGNITION:
                found.append(at)
    return found


@st.composite
def samples_with_a_sentence(draw) -> tuple[list[str], int]:
    sample = draw(st.sampled_from(TEXT_SAMPLES))
    lines = sample.read_text(encoding="utf-8").splitlines()
    at = draw(st.sampled_from(answer_lines(lines)))
    found = classify(lines[at])
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    as_item = found.kind == BULLET
    marker = found.whole[: len(found.whole) - len(found.text)] if as_item else ""
    lines[at] = indent + marker + draw(recognition_like_sentences(as_item))
    return lines, len(golden_records(sample))


@settings(max_examples=100, deadline=None)
@given(samples_with_a_sentence())
def test_a_sentence_like_a_recognition_or_footer_in_an_answer_changes_nothing_else(case):
    lines, profiles = case
    records = extract("\n".join(lines))
    assert len(records) == profiles
    assert words_of_records(records, lines) == words_of_lines(lines)


@pytest.mark.parametrize("number", ["9" * 5000, "1" + ".000" * 1500])
def test_a_number_too_long_to_be_a_head_count_is_none(number):
    record = one(profile(intro=f"Wij hebben {number} medewerkers en zijn trots."))
    assert record["employees"] is None
    assert number in record["intro"]
