"""Sections: bullets, sub-items, continued items and paragraphs, each in an otherwise
plain profile (docs/reading-rules.md, "Sections")."""

import pytest
from conftest import one, profile, untagged

from mantelzorg_cli.reading.questions import QUESTIONS


@pytest.mark.parametrize(
    "marker", ["•", "·", "-", "*", "–", "—", "▪", "o", "1.", "1)", "a)", "(1)"]
)
def test_every_bullet_style_gives_items_without_markers(marker):
    second = {"1.": "2.", "1)": "2)", "a)": "b)", "(1)": "(2)"}.get(marker, marker)
    answer = f"{marker} Berichten op intranet.\n{second} Een workshop."
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert untagged(items) == [
        {"text": "Berichten op intranet.", "subitems": []},
        {"text": "Een workshop.", "subitems": []},
    ]


@pytest.mark.parametrize("marker", ["•", "–", "-", "1."])
def test_marker_alone_on_its_line_takes_the_next_line(marker):
    answer = f"{marker}\nBerichten op intranet.\n{marker}\n    Een workshop."
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert [item["text"] for item in items] == ["Berichten op intranet.", "Een workshop."]


def test_symbol_bullet_without_a_space():
    items = one(profile("•Berichten op intranet.\n•Een workshop."))["sections"]["awareness"]
    assert [item["text"] for item in items["items"]] == ["Berichten op intranet.", "Een workshop."]


@pytest.mark.parametrize(
    "answer",
    [
        " • Verlof:\n  – kortdurend zorgverlof\n  – langdurend zorgverlof\n • Thuiswerken.",
        " • Verlof:\n – kortdurend zorgverlof\n – langdurend zorgverlof\n • Thuiswerken.",
        "• Verlof:\n    • kortdurend zorgverlof\n    • langdurend zorgverlof\n• Thuiswerken.",
        "• Verlof:\n\t- kortdurend zorgverlof\n\t- langdurend zorgverlof\n• Thuiswerken.",
        "1. Verlof:\n   a) kortdurend zorgverlof\n   b) langdurend zorgverlof\n2. Thuiswerken.",
    ],
    ids=["deeper indent and other marker", "other marker", "deeper indent", "tab", "letters"],
)
def test_sub_items(answer):
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert untagged(items) == [
        {"text": "Verlof:", "subitems": ["kortdurend zorgverlof", "langdurend zorgverlof"]},
        {"text": "Thuiswerken.", "subitems": []},
    ]


def test_hard_wrapped_items_continue_on_indented_lines():
    answer = (
        " • Berichten op intranet en\n   in de nieuwsbrief.\n"
        " • Verlof:\n   – kortdurend\n     zorgverlof"
    )
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert untagged(items) == [
        {"text": "Berichten op intranet en in de nieuwsbrief.", "subitems": []},
        {"text": "Verlof:", "subitems": ["kortdurend zorgverlof"]},
    ]


def test_paragraphs_and_lists_keep_their_own_order():
    answer = (
        "Wij doen het volgende:\n • intranet\n\n • nieuwsbrief\nDaarnaast\nmeer.\n\nTot slot.\n"
        " - workshop"
    )
    awareness = one(profile(answer))["sections"]["awareness"]
    assert awareness["paragraphs"] == ["Wij doen het volgende:", "Daarnaast meer.", "Tot slot."]
    assert [item["text"] for item in awareness["items"]] == ["intranet", "nieuwsbrief", "workshop"]


def test_unindented_line_after_an_item_is_a_paragraph():
    awareness = one(profile(" • Intranet.\nDat werkt goed."))["sections"]["awareness"]
    assert awareness["paragraphs"] == ["Dat werkt goed."]
    assert untagged(awareness["items"]) == [{"text": "Intranet.", "subitems": []}]


def test_unanswered_question_has_empty_lists():
    record = one(profile(awareness=""))
    assert record["sections"]["awareness"] == {
        "question": QUESTIONS["awareness"],
        "paragraphs": [],
        "paragraph_measures": [],
        "items": [],
    }
