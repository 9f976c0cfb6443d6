"""Formats by name: an output file's extension chooses its writer."""

import csv
import json

import yaml
from conftest import TWO_PROFILES, golden_records, invoke, with_source


def test_format_follows_the_output_extension(tmp_path):
    for name, load in [
        ("out.json", json.loads),
        ("out.jsonl", lambda t: [json.loads(x) for x in t.splitlines()]),
        ("out.yml", yaml.safe_load),
    ]:
        target = tmp_path / name
        assert invoke(TWO_PROFILES, "-o", target).exit_code == 0
        assert load(target.read_text(encoding="utf-8")) == with_source(
            golden_records(TWO_PROFILES), str(TWO_PROFILES)
        )
    target = tmp_path / "out.csv"
    invoke(TWO_PROFILES, "-o", target)
    assert len(list(csv.DictReader(target.open(encoding="utf-8", newline="")))) == 2
