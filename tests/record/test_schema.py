"""The record's schema (`record/schema.py`) is what the records, the CSV table and the
JSON Schema say: every key, in order, and no other."""

import json
import typing
from collections.abc import Iterator
from importlib import resources

import jsonschema
import pytest
from conftest import SAMPLES, VEENHOVEN, assert_valid, golden_records

from mantelzorg_cli.exporters.csv_writer import PROFILE_COLUMNS
from mantelzorg_cli.reading.questions import QUESTIONS
from mantelzorg_cli.record.json_schema import record_schema
from mantelzorg_cli.record.schema import (
    CONTACT_KEYS,
    RECORD_KEYS,
    SCHEMA_VERSION,
    SECTION_KEYS,
    Contact,
    Item,
    Record,
    Section,
)

ITEM_KEYS = tuple(Item.__annotations__)
SECTION_FIELDS = tuple(Section.__annotations__)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_golden_records_have_the_schema_keys_in_order(sample):
    for record in golden_records(sample):
        assert tuple(record) == RECORD_KEYS
        assert record["schema_version"] == SCHEMA_VERSION
        assert tuple(record["sections"]) == SECTION_KEYS
        for section in filter(None, record["sections"].values()):
            assert tuple(section) == SECTION_FIELDS
            for item in section["items"]:
                assert tuple(item) == ITEM_KEYS
        if record["contact"] is not None:
            assert tuple(record["contact"]) == CONTACT_KEYS


def test_the_golden_records_show_every_part_of_the_schema():
    """So that the test above sees a section, an item and a contact at least once."""
    records = [record for sample in SAMPLES for record in golden_records(sample)]
    sections = [s for record in records for s in record["sections"].values() if s]
    assert sections and any(section["items"] for section in sections)
    assert any(record["contact"] for record in records)


def test_section_keys_are_the_four_questions_in_order():
    assert tuple(QUESTIONS) == SECTION_KEYS


def test_key_tuples_are_the_typed_dicts():
    assert tuple(Record.__annotations__) == RECORD_KEYS
    assert tuple(Contact.__annotations__) == CONTACT_KEYS
    sections = typing.get_type_hints(Record)["sections"]
    assert tuple(sections.__annotations__) == SECTION_KEYS


def expanded_record_keys() -> list[str]:
    """The record's keys with sections as their four keys and contact as `contact_<key>`."""
    keys = []
    for key in RECORD_KEYS:
        if key == "sections":
            keys += SECTION_KEYS
        elif key == "contact":
            keys += [f"contact_{field}" for field in CONTACT_KEYS]
        else:
            keys.append(key)
    return keys


def test_csv_profile_columns_are_the_record_keys():
    assert len(set(PROFILE_COLUMNS)) == len(PROFILE_COLUMNS)  # no column twice
    assert set(PROFILE_COLUMNS) - set(expanded_record_keys()) == set()  # none made up
    assert set(expanded_record_keys()) - set(PROFILE_COLUMNS) == set()  # none left out


def test_the_json_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(record_schema())
    assert record_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_golden_record_validates_against_the_json_schema(sample):
    assert_valid(golden_records(sample))


def properties_of(schema: dict) -> Iterator[tuple[str, dict]]:
    """Every key the schema defines, with its schema, under whatever object it is."""
    for definition in (schema, *schema["$defs"].values()):
        yield from definition["properties"].items()


def test_every_key_of_the_json_schema_says_what_it_means():
    undescribed = [key for key, value in properties_of(record_schema()) if not value["description"]]
    assert undescribed == []


def test_the_json_schema_has_the_record_keys_in_order():
    schema = record_schema()
    assert tuple(schema["properties"]) == RECORD_KEYS == tuple(schema["required"])
    assert tuple(schema["$defs"]["Sections"]["properties"]) == SECTION_KEYS
    assert tuple(schema["$defs"]["Section"]["properties"]) == SECTION_FIELDS
    assert tuple(schema["$defs"]["Item"]["properties"]) == ITEM_KEYS
    assert tuple(schema["$defs"]["Contact"]["properties"]) == CONTACT_KEYS


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("schema_version", "1.0"),
        ("recognised_since", "30 maart 2017"),
        ("recognised_year", "2017"),
        ("employees", -3),
        ("employees_approximate", "false"),
        ("input_format", "pdf"),
        ("measures", ["Care Leave"]),
        ("sections", {}),
        ("surprise", 1),
    ],
)
def test_the_json_schema_refuses_a_record_that_breaks_it(key, value):
    record = {**golden_records(VEENHOVEN)[0], key: value}
    with pytest.raises(jsonschema.ValidationError):
        assert_valid([record])


def test_the_package_ships_the_json_schema_it_prints():
    shipped = resources.files("mantelzorg_cli.record").joinpath("record.schema.json")
    assert json.loads(shipped.read_text(encoding="utf-8")) == record_schema()
