"""`explain`: every line of an input, with the role the reader gave it; every text with
the measures it was tagged with and the words that showed them."""

from collections import Counter

import pytest
from conftest import SAMPLES, TRAVELLED_SAMPLES, TWO_PROFILES, VEENHOVEN, golden_records
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError
from mantelzorg_cli.explain import explain, explain_measures
from mantelzorg_cli.reading.text import normalise
from mantelzorg_cli.record.tagging import tagged_texts


def test_every_line_of_a_text_is_there_once_in_order():
    data = VEENHOVEN.read_bytes()
    fmt, lines = explain(data)
    assert fmt == "text"
    assert [line.line for line in lines] == list(
        range(1, len(normalise(data.decode()).split("\n")) + 1)
    )


def test_the_roles_of_a_profile():
    _, lines = explain(VEENHOVEN.read_bytes())
    role = {line.text: line.role for line in lines}
    assert role["Werk&Mantelzorg"] == "header"
    assert role["Gemeente Veenhoven"] == "organisation"
    assert role["Erkend mantelzorgvriendelijk sinds: 12 februari 2019"] == "date"
    assert role["www.veenhoven.example.nl"] == "website"
    assert role["Overzicht van alle organisaties"] == "footer"
    (record,) = golden_records(VEENHOVEN)
    for key, section in record["sections"].items():
        (question,) = [line for line in lines if line.text == section["question"]]
        assert (question.role, question.section) == ("question", key)
        for item in section["items"]:
            assert any(
                line.role == "item" and item["text"].startswith(line.text[2:]) for line in lines
            )
    counts = Counter(line.role for line in lines)
    subitems = sum(len(i["subitems"]) for s in record["sections"].values() for i in s["items"])
    assert counts["subitem"] == subitems
    assert {line.profile for line in lines if line.role not in ("blank",)} == {0}


def test_each_profile_of_a_file_is_numbered():
    _, lines = explain(TWO_PROFILES.read_bytes())
    organisations = [line for line in lines if line.role == "organisation"]
    assert [line.profile for line in organisations] == [0, 1]
    assert [line.text for line in organisations] == [
        r["organisation"] for r in golden_records(TWO_PROFILES)
    ]


@pytest.mark.parametrize("sample", TRAVELLED_SAMPLES, ids=lambda p: p.stem)
def test_a_travelled_profile_shows_what_each_line_became(sample):
    fmt, lines = explain(sample.read_bytes())
    records = golden_records(sample)
    assert fmt == records[0]["input_format"]
    assert len({line.profile for line in lines} - {None}) == len(records)
    questions = [line.section for line in lines if line.role == "question"]
    asked = [key for r in records for key, s in r["sections"].items() if s]
    assert sorted(set(questions)) == sorted(set(asked))
    for line in lines:
        assert (line.role == "chrome") == (line.why is not None)


def test_a_printed_texts_headers_and_feet_are_chrome():
    sample = next(p for p in TRAVELLED_SAMPLES if p.stem.startswith("pdf-veiligheidsregio"))
    _, lines = explain(sample.read_bytes())
    chrome = {line.why for line in lines if line.role == "chrome"}
    assert chrome == {"a page foot", "a running page header"}


def test_text_without_a_profile_is_explained_all_the_same():
    _, lines = explain("Gemeente X\nErkend mantelzorgvriendelijk sinds: 1 mei 2020\n")
    assert [line.role for line in lines] == ["left_out", "left_out", "blank"]
    assert all(line.profile is None for line in lines)


def test_empty_or_binary_input_is_an_input_error():
    for data in (b"", b"\x00\x01\x02" * 50):
        with pytest.raises(InputError):
            explain(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=2000))
def test_explain_never_raises_but_input_error(data):
    try:
        _, lines = explain(data)
    except InputError:
        return
    assert all(line.line >= 1 and "\n" not in line.text for line in lines)


@pytest.mark.parametrize("sample", [*SAMPLES], ids=lambda path: path.name)
def test_the_measures_explained_are_the_records_tags_with_words_in_the_text(sample):
    explained = explain_measures(sample.read_bytes())
    records = golden_records(sample)
    for record_index, record in enumerate(records):
        mine = [text for text in explained if text.profile == record_index]
        tagged = [
            (key, text, tags)
            for key, section in record["sections"].items()
            if section
            for text, tags in tagged_texts(section)
        ]
        assert [(t.section, t.text) for t in mine] == [(key, text) for key, text, _ in tagged]
        assert [[hit.measure for hit in t.measures] for t in mine] == [t for *_, t in tagged]
        for text in mine:
            for hit in text.measures:
                assert text.text[hit.start : hit.start + len(hit.words)] == hit.words
                assert hit.words and hit.clue


def test_a_measure_that_needs_two_things_shows_both():
    (veenhoven,) = [
        text
        for text in explain_measures(VEENHOVEN.read_bytes())
        if text.section == "dialogue" and text.index == 0
    ]
    (hit,) = [hit for hit in veenhoven.measures if hit.measure == "manager_training"]
    assert (hit.words, hit.also) == ("workshop", "leidinggevenden")
    assert (veenhoven.kind, veenhoven.organisation) == ("item", "Gemeente Veenhoven")


def test_measures_of_an_input_without_a_profile_is_an_input_error():
    with pytest.raises(InputError):
        explain_measures(b"Gemeente X\nErkend mantelzorgvriendelijk sinds: 1 mei 2020\n")
