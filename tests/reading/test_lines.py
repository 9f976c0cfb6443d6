"""Each line's kind, seen alone: `classify` (docs/reading-rules.md, "The parts of a
profile, line by line", "Questions" and "Sections")."""

import pytest

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

AWARENESS, DIALOGUE = QUESTIONS["awareness"], QUESTIONS["dialogue"]
CUSTOM = QUESTIONS["custom_solutions"]
ABOUT_THE_LABEL = "Erkend mantelzorgvriendelijk zijn betekent voor ons dat we samen kijken."
# id: (the line as written, its kind, its text: without marker, label or heading number)
LINES = {
    "empty": ("", BLANK, ""),
    "white space": (" \u00a0\t", BLANK, ""),
    "a rule of dashes": ("---", BLANK, ""),
    "a rule of spaced stars": ("* * *", BLANK, ""),
    "a rule of tildes": ("~~~~~~", BLANK, ""),
    "two dashes are no rule": ("--", TEXT, "--"),
    "header": ("Werk&Mantelzorg", HEADER, ""),
    "header in capitals with spaces": ("WERK & MANTELZORG", HEADER, ""),
    "header with more words": ("Werk&Mantelzorg nieuws", TEXT, "Werk&Mantelzorg nieuws"),
    "footer": ("Overzicht van alle organisaties", FOOTER, ""),
    "a link back to the list": ("« Terug naar het overzicht", FOOTER, ""),
    "a link back to the list, plain": ("Terug naar overzicht", FOOTER, ""),
    "going back in a sentence is text": (
        "Terug naar het overzicht van de regelingen op intranet",
        TEXT,
        "Terug naar het overzicht van de regelingen op intranet",
    ),
    "footer with more words": (
        "Overzicht van alle organisaties in de regio",
        TEXT,
        "Overzicht van alle organisaties in de regio",
    ),
    "footer name": (
        "Gemeente Dalfsen is 1 van de erkende organisaties.", FOOTER_NAME, "Gemeente Dalfsen"
    ),
    "footer name with één": (
        "Gemeente Dalfsen is één van de erkende organisaties", FOOTER_NAME, "Gemeente Dalfsen"
    ),
    "footer name: article and a capital": (
        "’t Gooi is een van de erkende organisaties.", FOOTER_NAME, "’t Gooi"
    ),
    "a sentence about the organisation is no footer name": (
        "Onze organisatie is een van de erkende organisaties.",
        TEXT,
        "Onze organisatie is een van de erkende organisaties.",
    ),
    "footer name as a bullet": (
        "• Onze organisatie is een van de erkende organisaties.",
        BULLET,
        "Onze organisatie is een van de erkende organisaties.",
    ),
    "recognition": (
        "Erkend mantelzorgvriendelijk sinds: 30 maart 2017", RECOGNITION, "30 maart 2017"
    ),
    "recognition, the date on the next line": (
        "Erkend mantelzorgvriendelijk sinds:", RECOGNITION, ""
    ),
    "recognition with op": (
        "Erkend mantelzorgvriendelijk op 1 maart 2017", RECOGNITION, "1 maart 2017"
    ),
    "recognition, a date and a remark": (
        "Erkend mantelzorgvriendelijk sinds 2017 (verlengd in 2020)",
        RECOGNITION,
        "2017 (verlengd in 2020)",
    ),
    "recognition, two words after a colon": (
        "Erkend mantelzorgvriendelijk: per direct", RECOGNITION, "per direct"
    ),
    "three words after a colon, no date": (
        "Erkend mantelzorgvriendelijk: nog niet bekend",
        TEXT,
        "Erkend mantelzorgvriendelijk: nog niet bekend",
    ),
    "a sentence that starts like the recognition": (ABOUT_THE_LABEL, TEXT, ABOUT_THE_LABEL),
    "numbered question": (f"1. {AWARENESS}", QUESTION, AWARENESS),
    "question": (AWARENESS, QUESTION, AWARENESS),
    "markdown question, straight apostrophe": (
        "## " + DIALOGUE.replace("’", "'"), QUESTION, DIALOGUE.replace("’", "'")
    ),
    "bold question": (f"**{CUSTOM}**", QUESTION, CUSTOM),
    "a question as a • bullet": (f"• {AWARENESS}", BULLET, AWARENESS),
    "contact": (
        "Voor meer informatie kunt u contact opnemen met: Jan Jansen, HR.",
        CONTACT,
        "Voor meer informatie kunt u contact opnemen met: Jan Jansen, HR.",
    ),
    "contact with an address": (
        "Voor meer informatie: j@x.nl", CONTACT, "Voor meer informatie: j@x.nl"
    ),
    "contact person": ("Contactpersoon Jan Jansen", CONTACT, "Contactpersoon Jan Jansen"),
    "contact before web address": ("Contact:www.dalfsen.nl", CONTACT, "Contact:www.dalfsen.nl"),
    "more information, no contact": (
        "Voor meer informatie over verlof zie het handboek.",
        TEXT,
        "Voor meer informatie over verlof zie het handboek.",
    ),
    "contact as a bullet": (
        "• Voor meer informatie kunt u contact opnemen met HR.",
        BULLET,
        "Voor meer informatie kunt u contact opnemen met HR.",
    ),
    "www address": ("www.dalfsen.nl", URL, "www.dalfsen.nl"),
    "https address": (
        "https://www.dalfsen.nl/mantelzorg", URL, "https://www.dalfsen.nl/mantelzorg"
    ),
    "bare domain": ("dalfsen.nl", URL, "dalfsen.nl"),
    "an address in a sentence": ("Zie www.dalfsen.nl", TEXT, "Zie www.dalfsen.nl"),
    "• bullet": ("• Berichten op intranet.", BULLET, "Berichten op intranet."),
    "• bullet without a space": ("•Berichten", BULLET, "Berichten"),
    "a dash alone": ("–", BULLET, ""),
    "- bullet": ("- Berichten", BULLET, "Berichten"),
    "a dash without a space": ("-Berichten", TEXT, "-Berichten"),
    "a page number between dashes": ("- 2 -", TEXT, "- 2 -"),
    "+ bullet": ("+ Berichten", BULLET, "Berichten"),
    "o bullet": ("o Berichten", BULLET, "Berichten"),
    "numbered bullet": ("12. Berichten", BULLET, "Berichten"),
    "bracketed number": ("(1) Berichten", BULLET, "Berichten"),
    "letter bullet": ("a) Berichten", BULLET, "Berichten"),
    "capital letter": ("A) Berichten", TEXT, "A) Berichten"),
    "a year and a full stop": ("2017. Een jaar", TEXT, "2017. Een jaar"),
    "a name": ("Gemeente Testdorp", TEXT, "Gemeente Testdorp"),
    "a lone &)": ("&)", TEXT, "&)"),
    "folded": ("  Dat\u00a0 werkt   goed. ", TEXT, "Dat werkt goed."),
}  # fmt: skip


@pytest.mark.parametrize("raw,kind,text", LINES.values(), ids=list(LINES))
def test_classify(raw, kind, text):
    found = classify(raw)
    assert (found.kind, found.text) == (kind, text)


def test_the_table_has_every_kind():
    kinds = {BLANK, HEADER, FOOTER, FOOTER_NAME, RECOGNITION, QUESTION, CONTACT, URL, BULLET, TEXT}
    assert {kind for _, kind, _ in LINES.values()} == kinds


@pytest.mark.parametrize(
    "raw,key",
    [
        (f"1. {AWARENESS}", "awareness"),
        (f"## {DIALOGUE}", "dialogue"),
        (f"**{CUSTOM}**", "custom_solutions"),
        (QUESTIONS["implementation"].upper(), "implementation"),
    ],
)
def test_a_question_line_knows_its_question(raw, key):
    assert classify(raw).key == key


@pytest.mark.parametrize(
    "raw,indent,marker",
    [
        ("• Berichten", 0, "•"),
        ("   ▪ Berichten", 3, "▪"),
        ("\t- Berichten", 4, "-"),
        ("12. Berichten", 0, "1."),
        ("3) Berichten", 0, "1)"),
        ("(3) Berichten", 0, "(1)"),
        ("b) Berichten", 0, "a)"),
        ("b. Berichten", 0, "a."),
    ],
)
def test_a_bullet_knows_its_indent_and_marker_style(raw, indent, marker):
    found = classify(raw)
    assert (found.kind, found.indent, found.marker) == (BULLET, indent, marker)
