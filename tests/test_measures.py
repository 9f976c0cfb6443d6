"""Measures: the tagger against hand labels, its vocabulary files, and its CSV table."""

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES, golden_records
from hypothesis import given
from hypothesis import strategies as st

from mantelzorg_cli import extract
from mantelzorg_cli.cli.command import main
from mantelzorg_cli.measures import VocabularyError, default_vocabulary, parse_vocabulary

LABELS = json.loads((ROOT / "tests" / "measure_labels.json").read_text(encoding="utf-8"))


def tagged_units() -> list[tuple[set[str], set[str], str]]:
    """(tagged, labelled by hand, text) for every paragraph and item of every sample."""
    records = {sample.name: golden_records(sample) for sample in SAMPLES}
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
        for sample in SAMPLES
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
    # The README quotes these figures: 282 tags, all right; 282 of 286 labels found.
    assert (found, right, labelled) == (282, 282, 286)
    assert (round(precision, 3), round(recall, 3)) == (1.0, 0.986)


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


WORDS = sorted({word for label in LABELS for word in re.findall(r"\S+", label["text"])})


@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_the_word_test_before_a_search_never_loses_a_tag(text):
    # `tag` only searches measures whose plain words are in the text; a search of
    # every measure must find nothing more.
    vocabulary = default_vocabulary()
    every = [measure.id for measure in vocabulary.measures if measure.found_in(text)]
    assert vocabulary.tag(text) == every


VOCABULARY = """
- id: koffie
  nl: Koffie
  en: Coffee
  patterns: ['\\bkoffie\\w*']
- id: thee
  nl: Thee
  en: Tea
  patterns: ['\\bthee\\b']
  with: ['\\bkoffie\\b']
"""


def test_a_vocabulary_of_ones_own():
    vocabulary = parse_vocabulary(VOCABULARY)
    assert vocabulary.tag("Koffie-uurtje") == ["koffie"]
    assert vocabulary.tag("thee") == []
    assert vocabulary.tag("koffie en thee") == ["koffie", "thee"]


@pytest.mark.parametrize("jobs", ["1", "2"])  # 2: the workers get the vocabulary too
def test_measures_option_tags_with_ones_own_vocabulary(tmp_path, jobs):
    path = tmp_path / "dranken.yaml"
    path.write_text(VOCABULARY, encoding="utf-8")
    sample = str(ROOT / "samples" / "gemeente-veenhoven.txt")
    args = [sample, sample, "--measures", str(path), "--jobs", jobs, "-f", "jsonl"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["measures"] == ["koffie"]
        dialogue = record["sections"]["dialogue"]["items"]
        assert [item["measures"] for item in dialogue] == [[], [], ["koffie"], []]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: x\n  nl: X\n  en: X\n  patterns: ['(']", "measure 'x': bad pattern"),
        ("- nl: X\n  en: X\n  patterns: [x]", "measure 1: missing id"),
        ("- {id: x, nl: X, en: X, patterns: [x]}\n- {id: x, nl: Y, en: Y, patterns: [y]}",
         "measure 'x': the id is used twice"),
        ("koffie: thee", "expected a list of measures"),
        ("- [x]", "measure 1: expected a mapping"),
        ("- {id: x, nl: X, en: X, patterns: {a: b}}", "patterns must be a list"),
        ("- {id: x", "not YAML"),
    ],
)  # fmt: skip
def test_a_bad_vocabulary_says_where(text, message):
    with pytest.raises(VocabularyError, match=re.escape(message)):
        parse_vocabulary(text, "mijn.yaml")


def test_a_bad_vocabulary_file_is_a_usage_error_before_any_work(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("- {id: x, nl: X, en: X, patterns: ['(']}", encoding="utf-8")
    result = CliRunner().invoke(main, [str(ROOT / "samples"), "--measures", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Invalid value for '--measures'" in result.stderr
    assert "measure 'x': bad pattern" in result.stderr


def test_measures_table_has_a_row_per_profile_and_measure_with_its_first_text():
    sample = ROOT / "samples" / "zorggroep-oosterkim.txt"
    result = CliRunner().invoke(main, [str(sample), "-f", "csv", "--table", "measures"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    (record,) = extract(sample.read_bytes(), str(sample))
    assert sorted(row["measure"] for row in rows) == record["measures"]
    by_measure = {row["measure"]: row for row in rows}
    assert by_measure["working_from_home"]["section"] == "custom_solutions"
    assert by_measure["working_from_home"]["text"] == (
        "thuiswerken voor medewerkers met een kantoorfunctie."
    )
    assert by_measure["intranet"]["text"].startswith("Op intranet en in de Oosterkim-app")


def test_profiles_and_items_tables_carry_the_measures():
    sample = ROOT / "samples" / "zorggroep-oosterkim.txt"
    (record,) = extract(sample.read_bytes(), str(sample))
    profiles = CliRunner().invoke(main, [str(sample), "-f", "csv"]).stdout
    (row,) = csv.DictReader(io.StringIO(profiles))
    assert row["measures"].split() == record["measures"]
    items = CliRunner().invoke(main, [str(sample), "-f", "csv", "--table", "items"]).stdout
    rows = [row for row in csv.DictReader(io.StringIO(items)) if row["kind"] == "item"]
    first = record["sections"]["awareness"]["items"][0]
    assert rows[0]["text"] == first["text"]
    assert rows[0]["measures"].split() == first["measures"]


def test_the_built_in_vocabulary_compiles_whole():
    # The built-in vocabulary compiles each pattern when first needed; here, all of them.
    text = (ROOT / "mantelzorg_cli" / "measures" / "measures.yaml").read_text(encoding="utf-8")
    vocabulary = parse_vocabulary(text, "measures.yaml")
    assert len(vocabulary.measures) == 30
    assert sum(len(measure.clues) for measure in vocabulary.measures) > 150


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
