"""What `build` makes of a profile's parts: the organisation from the footer, and the
warnings a reader should check (docs/reading-rules.md, "Warnings")."""

import pytest
from conftest import one, profile

from mantelzorg_cli.measures import default_vocabulary
from mantelzorg_cli.reading.parts import Parts
from mantelzorg_cli.reading.questions import QUESTIONS
from mantelzorg_cli.record.build import build_record, quoted


def test_missing_question_is_null_with_a_warning():
    record = one(profile(headings={"dialogue": None}))
    assert record["sections"]["dialogue"] is None
    assert record["warnings"] == ["missing question: dialogue"]


def test_sentence_first_is_intro_and_footer_names_the_organisation():
    head = "Werk&Mantelzorg\n\n"
    record = one(profile(head=head, intro="Wij zijn een kleine gemeente.\nMet 498 mensen."))
    assert record["organisation"] == "Gemeente Testdorp"
    assert record["intro"] == "Wij zijn een kleine gemeente. Met 498 mensen."
    assert record["warnings"] == ["no recognition date"]


def test_no_organisation_anywhere_is_a_warning():
    record = one(profile(head="", intro="Wij zijn een kleine gemeente.", tail=""))
    assert record["organisation"] is None
    assert record["warnings"] == ["no organisation name", "no recognition date"]


def test_footer_naming_another_organisation_is_a_warning():
    tail = "\nGemeente Elders is 1 van de erkende organisaties.\nOverzicht van alle organisaties"
    record = one(profile(tail=tail))
    assert record["warnings"] == ['footer names another organisation: "Gemeente Elders"']


# --- build_record on parts: the warnings, in the order of the docs' table ----

MISSING = [f"missing question: {key}" for key in QUESTIONS]
WARNINGS = {
    "nothing at all": (Parts(), ["no organisation name", "no recognition date", *MISSING]),
    "the footer's name, a date not understood": (
        Parts(recognition="binnenkort", footer_names=["Gemeente B", "gemeente  b", "Gemeente C"]),
        ['recognition date not understood: "binnenkort"', *MISSING,
         'footer names another organisation: "Gemeente C"'],
    ),
    "a bare label": (
        Parts(organisation="Gemeente A", recognition=""), ["no recognition date", *MISSING]
    ),
    "a readable date": (Parts(organisation="Gemeente A", recognition="2017"), MISSING),
}  # fmt: skip


@pytest.mark.parametrize("parts,warnings", WARNINGS.values(), ids=list(WARNINGS))
def test_build_record_warnings(parts, warnings):
    record = build_record(
        parts,
        source="t.txt",
        index=0,
        input_format="text",
        notes=["decoded as UTF-16"],
        vocabulary=default_vocabulary(),
    )
    assert record["warnings"] == ["decoded as UTF-16", *warnings]


@pytest.mark.parametrize(
    "text,shown",
    [("kort", '"kort"'), ("x" * 60, f'"{"x" * 60}"'), ("x" * 61, f'"{"x" * 59}…"')],
    ids=["short", "60 characters", "61 characters"],
)
def test_a_warning_quotes_at_most_60_characters(text, shown):
    assert quoted(text) == shown
