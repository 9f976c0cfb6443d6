"""Every sample gives exactly its hand-checked record, in every format."""

import csv
import io
import json

import pytest
import yaml
from click.testing import CliRunner
from conftest import GOLDEN, SAMPLES, golden_records, shown

from mantelzorg_cli import extract
from mantelzorg_cli.cli.command import main


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_every_sample_has_a_golden_record():
    assert len(SAMPLES) >= 8
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(p.stem for p in SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_json_output_is_the_golden_file(sample, in_root):
    result = run(shown(sample))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (GOLDEN / f"{sample.stem}.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_library_gives_the_same_records(sample):
    records = extract(sample.read_bytes(), source=shown(sample))
    assert records == golden_records(sample)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_jsonl_and_yaml_load_back_equal(sample, in_root):
    expected = golden_records(sample)
    lines = run(shown(sample), "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == expected
    loaded = yaml.safe_load(run(shown(sample), "-f", "yaml").stdout)
    assert (loaded if isinstance(loaded, list) else [loaded]) == expected


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_csv_profiles_row_holds_the_record(sample, in_root):
    expected = golden_records(sample)
    rows = list(csv.DictReader(io.StringIO(run(shown(sample), "-f", "csv").stdout)))
    assert len(rows) == len(expected)
    for row, record in zip(rows, expected, strict=True):
        assert row["organisation"] == (record["organisation"] or "")
        assert row["recognised_since"] == (record["recognised_since"] or "")
        assert row["recognised_year"] == str(record["recognised_year"] or "")
        assert row["employees"] == str(record["employees"] or "")
        assert row["intro"] == record["intro"]
        assert row["warnings"].splitlines() == record["warnings"]
        for key, section in record["sections"].items():
            for item in (section or {"items": []})["items"]:
                assert f"• {item['text']}" in row[key]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_csv_items_rows_hold_every_paragraph_item_and_subitem(sample, in_root):
    out = run(shown(sample), "-f", "csv", "--table", "items").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = []
    for record in golden_records(sample):
        for key, section in record["sections"].items():
            if section is None:
                continue
            expected += [(key, "paragraph", text) for text in section["paragraphs"]]
            for item in section["items"]:
                expected.append((key, "item", item["text"]))
                expected += [(key, "subitem", sub) for sub in item["subitems"]]
    assert [(row["section"], row["kind"], row["text"]) for row in rows] == expected
