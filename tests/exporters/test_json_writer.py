"""JSON and JSON Lines: an object for one profile, a list for several, one object a line."""

import json

from conftest import TWO_PROFILES, VEENHOVEN, golden_records, invoke, with_source


def test_json_is_an_object_for_one_profile_and_a_list_for_several():
    assert isinstance(json.loads(invoke(VEENHOVEN).stdout), dict)
    assert len(json.loads(invoke(TWO_PROFILES).stdout)) == 2
    assert len(json.loads(invoke(VEENHOVEN, VEENHOVEN).stdout)) == 2


def test_json_keeps_non_ascii_characters_and_indents_by_two():
    out = invoke(VEENHOVEN).stdout
    assert "collega’s" in out and "\\u" not in out
    assert out.startswith('{\n  "schema_version": "1.2",\n')


def test_jsonl_is_one_object_a_line_even_for_one_profile():
    lines = invoke(VEENHOVEN, "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == with_source(
        golden_records(VEENHOVEN), str(VEENHOVEN)
    )
