"""The record's schema (`record/schema.py`) is what the records, the CSV table and the
schema's own docstring say: every key, in order, and no other."""

import re

import pytest
from conftest import SAMPLES, golden_records

from mantelzorg_cli.exporters.csv_writer import PROFILE_COLUMNS
from mantelzorg_cli.reading.questions import QUESTIONS
from mantelzorg_cli.record import schema
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
    assert Record.__annotations__["sections"].__annotations__.keys() == set(SECTION_KEYS)


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


def documented_keys() -> dict[tuple[str, ...], list[str]]:
    """The keys the docstring's `Schema:` block names, by the keys they sit under."""
    block = schema.__doc__.split("Schema:", 1)[1]
    block = block[: block.index("\n    }\n")]  # the block ends where its outer brace closes
    found: dict[tuple[str, ...], list[str]] = {}
    open_keys: list[tuple[int, str]] = []  # (indent, key) of the keys whose value is open
    for line in block.splitlines():
        named = re.match(r'( *)"([^"]+)":', line)
        if named is None:
            continue
        indent, key = len(named.group(1)), named.group(2)
        while open_keys and open_keys[-1][0] >= indent:
            open_keys.pop()
        found.setdefault(tuple(key for _, key in open_keys), []).append(key)
        open_keys.append((indent, key))
    return found


def test_the_schema_docstring_names_every_key_and_only_real_ones():
    documented = documented_keys()
    real = {
        (): RECORD_KEYS,
        ("sections",): ("<key>",),  # one per SECTION_KEYS
        ("sections", "<key>"): SECTION_FIELDS,
        ("sections", "<key>", "items"): ITEM_KEYS,
        ("contact",): CONTACT_KEYS,
    }
    unknown = {
        key for where, keys in documented.items() for key in keys if key not in real.get(where, ())
    }
    assert unknown == set()
    assert {where: tuple(keys) for where, keys in documented.items()} == real


def test_the_schema_docstring_gives_the_schema_version():
    [line] = [line for line in schema.__doc__.splitlines() if '"schema_version":' in line]
    assert f'"{SCHEMA_VERSION}"' in line
