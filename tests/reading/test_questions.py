"""Questions: a heading however it is written is the question; a line that only
mentions one is not (docs/reading-rules.md, "Questions")."""

import re

import pytest
from conftest import NBSP, one, profile

from mantelzorg_cli.reading.questions import QUESTIONS, match_question, may_ask_a_question

Q = QUESTIONS
HEADING_VARIANTS = {
    "straight apostrophe": ("dialogue", Q["dialogue"].replace("’", "'")),
    "backtick": ("dialogue", Q["dialogue"].replace("’", "`")),
    "left quote": ("dialogue", Q["dialogue"].replace("’", "‘")),
    "no end mark": ("awareness", Q["awareness"][:-1]),
    "colon for question mark": ("custom_solutions", Q["custom_solutions"][:-1] + ":"),
    "full stop": ("implementation", Q["implementation"][:-1] + "."),
    "upper case": ("custom_solutions", Q["custom_solutions"].upper()),
    "lower case": ("custom_solutions", Q["custom_solutions"].lower()),
    "doubled and non-breaking spaces": (
        "awareness",
        Q["awareness"].replace(" ", "  ", 2).replace(" het ", f"{NBSP}het{NBSP}{NBSP}"),
    ),
    "heeft for hebt": ("implementation", Q["implementation"].replace("hebt", "heeft")),
    "a few words changed": (
        "awareness",
        Q["awareness"].replace("concrete ", "").replace("organisatie uitgevoerd", "bedrijf gedaan"),
    ),
    "shortened": (
        "dialogue",
        "Hoe bevordert u de dialoog tussen leidinggevenden en mantelzorgers?",
    ),
}


@pytest.mark.parametrize("key,heading", HEADING_VARIANTS.values(), ids=HEADING_VARIANTS)
def test_heading_variants_are_the_question(key, heading):
    record = one(profile(headings={key: heading}))
    assert record["sections"][key]["question"] == " ".join(heading.split())
    assert record["warnings"] == []


@pytest.mark.parametrize("prefix", ["1. ", "1) ", "(1) ", "## ", "### 1. ", "**"], ids=repr)
def test_numbers_and_marks_in_front_are_not_part_of_the_question(prefix):
    heading = prefix + QUESTIONS["awareness"] + ("**" if prefix == "**" else "")
    record = one(profile(headings={"awareness": heading}))
    assert record["sections"]["awareness"]["question"] == QUESTIONS["awareness"]


@pytest.mark.parametrize(
    "line",
    [
        " • Hoe bevorderen we de dialoog tussen leidinggevenden en collega’s?",
        " - Welke concrete acties heeft uw organisatie uitgevoerd?",
        "1. Medewerkers bewust maken van het thema via intranet.",
        "Wij bevorderen de dialoog tussen leidinggevenden, mantelzorgers en collega’s met een "
        "jaarlijkse bijeenkomst waarin iedereen aan het woord komt en ervaringen deelt.",
    ],
)
def test_lines_that_only_mention_a_question_stay_text(line):
    record = one(profile(awareness=f" • Eerste punt.\n{line}"))
    awareness = record["sections"]["awareness"]
    texts = awareness["paragraphs"] + [
        text for item in awareness["items"] for text in [item["text"], *item["subitems"]]
    ]
    assert sorted(texts, key=len)[-1] in line  # the line is one of the texts, marker removed
    assert awareness["question"] == QUESTIONS["awareness"] and record["warnings"] == []


def test_heading_wrapped_over_two_lines_is_joined():
    wrapped = QUESTIONS["implementation"].replace(" en te borgen", "\nen te borgen")
    record = one(profile(headings={"implementation": wrapped}))
    assert record["sections"]["implementation"]["question"] == QUESTIONS["implementation"]
    assert record["sections"]["implementation"]["paragraphs"] == []


@pytest.mark.parametrize("key", sorted(QUESTIONS))
def test_a_question_is_never_asked_without_a_word_of_the_cheap_test(key):
    """A page's header or footer is cut unless it holds one of these words
    (`may_ask_a_question`); the heading nearest a question without them (all of its
    other words) must not ask it."""
    words = re.findall(r"[^\W_]+", QUESTIONS[key].replace("’", ""))
    heading = " ".join(word for word in words if not may_ask_a_question(f" {word} "))
    assert match_question(heading) is None
