"""A profile's parts (docs/reading-rules.md, "Organisation", "Contact and website"):
`read_parts` on small lists of lines, then whole profiles."""

import pytest
from conftest import one, profile

from mantelzorg_cli.reading.lines import classify
from mantelzorg_cli.reading.parts import read_parts
from mantelzorg_cli.reading.questions import QUESTIONS

AWARENESS = QUESTIONS["awareness"]
DATED = "Erkend mantelzorgvriendelijk sinds: 30 maart 2017"
CONTACT = "Voor meer informatie: a.jansen@a.nl"
# lines -> (organisation, recognition as written, website)
PARTS = {
    "all three": (
        ["Gemeente A", "", DATED, "", "Wij zijn een gemeente.", "", AWARENESS, "• x", "",
         "www.a.nl"],
        ("Gemeente A", "30 maart 2017", "www.a.nl"),
    ),
    "after the site header": (
        ["Werk&Mantelzorg", "", "Gemeente A", "", DATED], ("Gemeente A", "30 maart 2017", None)
    ),
    "an abbreviation's full stop": (["Zorg B.V.", "", DATED], ("Zorg B.V.", "30 maart 2017", None)),
    "a name ending in Zn.": (
        ["Bouwbedrijf Middelkamp & Zn.", "", DATED],
        ("Bouwbedrijf Middelkamp & Zn.", "30 maart 2017", None),
    ),
    "a sentence first": (["Wij zijn klein.", "", DATED], (None, "30 maart 2017", None)),
    "a title ending in a colon": (["Gemeente A:", "", DATED], (None, "30 maart 2017", None)),
    "a first line that text continues": (
        ["Gemeente A", "en omstreken", "", DATED], (None, "30 maart 2017", None)
    ),
    "no recognition line": (["Gemeente A", "", AWARENESS, "x"], ("Gemeente A", None, None)),
    "the label alone, its date next": (
        ["Gemeente A", "", "Erkend mantelzorgvriendelijk sinds:", "", "8 november 2017", "",
         "Wij zijn een gemeente."],
        ("Gemeente A", "8 november 2017", None),
    ),
    "the label alone, no date next": (
        ["Gemeente A", "", "Erkend mantelzorgvriendelijk sinds:", "", "Wij zijn een gemeente."],
        ("Gemeente A", "", None),
    ),
    "the first of two recognition lines": (
        ["Gemeente A", DATED, "Erkend mantelzorgvriendelijk sinds: 2019"],
        ("Gemeente A", "30 maart 2017", None),
    ),
    "the first address after the contact": (
        ["Gemeente A", DATED, AWARENESS, "x", CONTACT, "www.a.nl", "www.b.nl"],
        ("Gemeente A", "30 maart 2017", "www.a.nl"),
    ),
    "an address before the footer": (
        ["Gemeente A", DATED, AWARENESS, "x", "www.a.nl", "", "Overzicht van alle organisaties"],
        ("Gemeente A", "30 maart 2017", "www.a.nl"),
    ),
    "an address that content follows": (
        ["Gemeente A", DATED, AWARENESS, "www.a.nl", "Dat helpt."],
        ("Gemeente A", "30 maart 2017", None),
    ),
}  # fmt: skip


@pytest.mark.parametrize("lines,expected", PARTS.values(), ids=list(PARTS))
def test_read_parts(lines, expected):
    parts = read_parts([classify(line) for line in lines])
    assert (parts.organisation, parts.recognition, parts.website) == expected


def test_read_parts_puts_the_contact_after_the_last_question_and_the_footer_aside():
    lines = ["Gemeente A", DATED, CONTACT, AWARENESS, "x", CONTACT, "Tel: 053 123 45 67",
             "Gemeente B is 1 van de erkende organisaties."]  # fmt: skip
    parts = read_parts([classify(line) for line in lines])
    assert parts.intro == [CONTACT]  # before a question: no contact yet
    assert parts.contact == [CONTACT, "Tel: 053 123 45 67"]
    assert parts.footer_names == ["Gemeente B"]


def test_organisation_with_an_abbreviation_and_no_header():
    head = "Zorgbedrijf Ten Oever B.V.\n\nErkend mantelzorgvriendelijk sinds: 2019\n\n"
    record = one(profile(head=head, tail=""))
    assert record["organisation"] == "Zorgbedrijf Ten Oever B.V."
    assert record["warnings"] == []


def test_date_on_the_line_after_the_label():
    head = "Gemeente Testdorp\n\nErkend mantelzorgvriendelijk sinds:\n\n8 november 2017\n\n"
    record = one(profile(head=head))
    assert record["recognised_since"] == "2017-11-08"
    assert record["intro"] == "Bij de gemeente werken 498 mensen."


def test_address_followed_by_content_is_text_not_the_website():
    awareness = one(profile(" • Zie\nwww.mantelzorg.nl\n\nDat helpt."))["sections"]["awareness"]
    assert awareness["paragraphs"] == ["www.mantelzorg.nl", "Dat helpt."]
