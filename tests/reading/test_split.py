"""Where one profile ends and the next begins (docs/reading-rules.md, "Several
profiles in one file"): `split_profiles` on small lists of lines, then whole files."""

import pytest
from conftest import one, profile

from mantelzorg_cli import extract
from mantelzorg_cli.reading.kinds import BLANK
from mantelzorg_cli.reading.lines import classify
from mantelzorg_cli.reading.questions import QUESTIONS
from mantelzorg_cli.reading.split import is_profile, split_profiles, unglue_headers

AWARENESS, DIALOGUE = QUESTIONS["awareness"], QUESTIONS["dialogue"]
DATED = "Erkend mantelzorgvriendelijk sinds: 2017"
# lines -> for each stretch: its first non-blank line, and whether it is a profile
STRETCHES = {
    "one profile": (
        ["Gemeente A", "", DATED, "", AWARENESS, "• x"],
        [("Gemeente A", True)],
    ),
    "a header starts the next": (
        ["Werk&Mantelzorg", "Gemeente A", "", DATED, "", AWARENESS, "• x",
         "Werk&Mantelzorg", "Gemeente B", "", DATED, "", AWARENESS, "• y"],
        [("Werk&Mantelzorg", True), ("Werk&Mantelzorg", True)],
    ),
    "a header after nothing but a header": (
        ["Werk&Mantelzorg", "", "Werk&Mantelzorg", "Gemeente A", DATED, AWARENESS, "x"],
        [("Werk&Mantelzorg", True)],
    ),
    "content after the footer": (
        ["Gemeente A", DATED, AWARENESS, "x", "Overzicht van alle organisaties", "",
         "Gemeente B", DATED, AWARENESS, "y"],
        [("Gemeente A", True), ("Gemeente B", True)],
    ),
    "content after the footer's name line": (
        ["Gemeente A", DATED, AWARENESS, "x", "Gemeente A is 1 van de erkende organisaties.",
         "Gemeente B", DATED, AWARENESS, "y"],
        [("Gemeente A", True), ("Gemeente B", True)],
    ),
    "a recognition after a question, its title moving along": (
        ["Gemeente A", "", DATED, "", AWARENESS, "x", "", "Gemeente B", "", DATED, "",
         AWARENESS, "y"],
        [("Gemeente A", True), ("Gemeente B", True)],
    ),
    "a question seen before, its title moving along": (
        ["Gemeente A", "", AWARENESS, "x", "", "Gemeente B", "", AWARENESS, "y"],
        [("Gemeente A", True), ("Gemeente B", True)],
    ),
    "two different questions": (
        [AWARENESS, "x", DIALOGUE, "y"],
        [(AWARENESS, True)],
    ),
    "a title not set off by a blank line stays": (
        ["Gemeente A", "", DATED, "", AWARENESS, "x", "Gemeente B", DATED, AWARENESS, "y"],
        [("Gemeente A", True), (DATED, True)],
    ),
    "text before the first header": (
        ["Home > Werkgevers", "", "Werk&Mantelzorg", "Gemeente A", DATED, AWARENESS, "x"],
        [("Home > Werkgevers", False), ("Werk&Mantelzorg", True)],
    ),
    "text after the footer": (
        ["Gemeente A", DATED, AWARENESS, "x", "Overzicht van alle organisaties", "weg"],
        [("Gemeente A", True), ("weg", False)],
    ),
    "a name and a date but no question": (
        ["Gemeente A", "", DATED, "", "Wij zijn een gemeente."],
        [("Gemeente A", False)],
    ),
    "text only": (
        ["Een nieuwsbericht.", "", "Nog een regel."],
        [("Een nieuwsbericht.", False)],
    ),
    "blank lines and boilerplate only": (
        ["", "Werk&Mantelzorg", "", "Overzicht van alle organisaties"],
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize("lines,expected", STRETCHES.values(), ids=list(STRETCHES))
def test_split_profiles(lines, expected):
    stretches = list(split_profiles(map(classify, lines)))
    first_lines = [next(line.whole for line in s if line.kind != BLANK) for s in stretches]
    assert list(zip(first_lines, map(is_profile, stretches), strict=True)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("x organisatiesWerk&Mantelzorg\ny", "x organisaties\nWerk&Mantelzorg\ny"),
        ("Overzicht van alle organisaties. Werk & Mantelzorg",
         "Overzicht van alle organisaties.\nWerk & Mantelzorg"),
        ("organisatiesWerk&Mantelzorg nieuws", "organisatiesWerk&Mantelzorg nieuws"),
        ("Werk&Mantelzorg\nGemeente A", "Werk&Mantelzorg\nGemeente A"),
    ],
    ids=["glued", "punctuation and spaces", "not a header", "a header on its own line"],
)  # fmt: skip
def test_unglue_headers(text, expected):
    assert unglue_headers(text) == expected


def test_concatenated_profiles_with_a_glued_header():
    first = profile().rstrip("\n")  # no final newline, as in the seeds
    assert first.endswith("organisaties")
    records = extract(first + profile(), source="t.txt")
    assert [r["profile_index"] for r in records] == [0, 1]
    assert all(r["warnings"] == [] for r in records)
    assert records[0]["sections"] == records[1]["sections"]


def test_headerless_profiles_split_at_the_recognition_line():
    second = profile(head="Gemeente Anderdorp\n\nErkend mantelzorgvriendelijk sinds: 2020\n\n")
    records = extract(profile(tail="") + second.replace("Testdorp", "Anderdorp"))
    assert [r["organisation"] for r in records] == ["Gemeente Testdorp", "Gemeente Anderdorp"]
    assert records[0]["sections"]["implementation"]["paragraphs"] == []


def test_text_outside_a_profile_is_left_out_with_a_warning():
    record = one("Home > Werkgevers > Testdorp\n\n" + profile())
    assert record["warnings"] == ['text outside a profile left out: "Home > Werkgevers > Testdorp"']
