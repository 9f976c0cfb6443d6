"""Tagging: the tagger against hand labels (tests/measure_labels.json), and its tags
on plain sentences and on records."""

import json
import re

import pytest
from conftest import LAYOUT_SAMPLES, ROOT, golden_records
from hypothesis import given
from hypothesis import strategies as st

from mantelzorg_cli import extract
from mantelzorg_cli.measures import default_vocabulary
from mantelzorg_cli.measures.prefilter import required_word

LABELS = json.loads((ROOT / "tests" / "measure_labels.json").read_text(encoding="utf-8"))


def tagged_units() -> list[tuple[set[str], set[str], str]]:
    """(tagged, labelled by hand, text) for every paragraph and item of every sample."""
    records = {sample.name: golden_records(sample) for sample in LAYOUT_SAMPLES}
    units = []
    for label in LABELS:
        section = records[label["sample"]][label["profile_index"]]["sections"][label["section"]]
        if label["kind"] == "paragraph":
            tagged = section["paragraph_measures"][label["index"]]
        else:
            tagged = section["items"][label["index"]]["measures"]
        units.append((set(tagged), set(label["measures"]), label["text"]))
    return units


def test_every_paragraph_and_item_of_the_samples_is_labelled():
    units = sum(
        len(section["paragraphs"]) + len(section["items"])
        for sample in LAYOUT_SAMPLES
        for record in golden_records(sample)
        for section in record["sections"].values()
        if section
    )
    assert len(LABELS) == units
    ids = {measure.id for measure in default_vocabulary().measures}
    assert {measure for label in LABELS for measure in label["measures"]} == ids


def test_precision_and_recall_against_the_hand_labels():
    found = right = labelled = 0
    for tagged, wanted, _ in tagged_units():
        found += len(tagged)
        right += len(tagged & wanted)
        labelled += len(wanted)
    precision, recall = right / found, right / labelled
    # docs/measures.md quotes these figures: 281 of 282 tags right; 281 of 286 labels found.
    assert (found, right, labelled) == (282, 281, 286)
    assert (round(precision, 3), round(recall, 3)) == (0.996, 0.983)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kortdurend en langdurend zorgverlof.", ["care_leave", "short_term_care_leave",
                                                  "long_term_care_leave"]),
        ("Zorgverlof volgens de wet.", ["care_leave"]),
        ("Medewerkers kunnen thuis te werken en telewerken.", ["working_from_home"]),
        ("Een workshop voor alle medewerkers.", []),  # managers only
        ("Teamleiders volgden een workshop.", ["manager_training"]),
        ("Het mantelzorgbeleid staat in het PERSONEELSHANDBOEK.", ["written_policy"]),
        ("Het thema is besproken met de OR.", ["works_council"]),
        ("Koffie of thee?", []),
    ],
)  # fmt: skip
def test_tags_of_plain_sentences(text, expected):
    assert default_vocabulary().tag(text) == expected


CORPUS_TEXTS = [
    unit["text"]
    for half in ("development", "test")
    for unit in json.loads((ROOT / "tests" / "measure_corpus" / f"{half}.json").read_text("utf-8"))
]
# The samples' words and the blind corpus's: what the vocabulary's words meet.
WORDS = sorted(
    {word for text in [*(label["text"] for label in LABELS), *CORPUS_TEXTS]
     for word in re.findall(r"\S+", text)}
)  # fmt: skip


@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_the_word_test_before_a_search_never_loses_a_tag(text):
    # `tag` only searches measures whose plain words are in the text; a search of
    # every measure must find nothing more.
    vocabulary = default_vocabulary()
    (every,) = vocabulary.hits_all([text], every_clue=True)
    assert vocabulary.tag(text) == [hit.measure for hit in every]


def test_tags_stay_with_their_texts_when_the_questions_come_in_another_order():
    sample = (ROOT / "samples" / "gemeente-veenhoven.txt").read_text(encoding="utf-8")
    awareness = sample.index("Welke concrete acties")
    dialogue = sample.index("Hoe bevordert u")
    # The dialogue section (up to the next question) moved before the awareness section.
    custom = sample.index("Welke maatwerkoplossingen")
    swapped = (
        sample[:awareness] + sample[dialogue:custom] + sample[awareness:dialogue] + sample[custom:]
    )
    (record,) = extract(swapped)
    vocabulary = default_vocabulary()
    for section in filter(None, record["sections"].values()):
        for text, tags in zip(section["paragraphs"], section["paragraph_measures"], strict=True):
            assert tags == vocabulary.tag(text)
        for item in section["items"]:
            assert item["measures"] == vocabulary.tag("\n".join([item["text"], *item["subitems"]]))


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bthuis ?werk\w*", ("thuis", True)),  # tried where "thuis" is
        (r"\b[\w-]*beleid\w*", ("beleid", False)),
        (r"\bfolders?\b", ("folder", True)),
        (r"(?:a|b)c?", ("", False)),  # nothing that can be told simply
        (r"(?-i:(?<=[a-z,] )Regeling\b)", ("regeling", False)),  # through a flag for all
        (r"(?-i:\bPVT\b)", ("pvt", True)),
        (r"(?i:a)(?i:bcd)", ("", False)),  # two groups: not one flag for all
    ],
)  # fmt: skip
def test_the_word_a_pattern_cannot_match_without(pattern, needs):
    assert required_word(pattern) == needs
