"""CSV: a row per profile; per paragraph, item and sub-item; per profile and measure;
or a profile a row with a 0/1 column per measure (the matrix).

Plain CSV is RFC 4180 (comma, CRLF, quotes where needed, no BOM).
`--excel` writes what a Dutch Excel opens by double-click: semicolons, a
UTF-8 BOM, and text that Excel would run as a formula neutralised with `'`.
"""

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from ..record.schema import CONTACT_KEYS, SECTION_KEYS, Record
from ..record.tagging import tagged_texts
from . import Options

# The record's single values, in the order a spreadsheet shows them first.
_LEADING_KEYS = (
    "source",
    "profile_index",
    "organisation",
    "recognised_since",
    "recognised_year",
    "employees",
    "employees_approximate",
    "recognised_since_text",
    "input_format",
    "intro",
)
_TRAILING_KEYS = ("website", "measures", "warnings", "schema_version")
PROFILE_COLUMNS = (
    *_LEADING_KEYS,
    *SECTION_KEYS,
    *(f"contact_{key}" for key in CONTACT_KEYS),
    *_TRAILING_KEYS,
)
ITEM_COLUMNS = (
    "source",
    "profile_index",
    "organisation",
    "section",
    "kind",
    "index",
    "subindex",
    "text",
    "measures",
)
MEASURE_COLUMNS = ("source", "profile_index", "organisation", "measure", "section", "text")
# The matrix: who the profile is (the profiles table's first six columns), then one
# column per measure of the vocabulary, named by its id.
MATRIX_COLUMNS = _LEADING_KEYS[: _LEADING_KEYS.index("employees") + 1]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(records: Iterable[Record], out: TextIO, options: Options) -> None:
    """The rows of `options.table` (docs/csv.md names every column), a header first.

    A table in `TABLES` gives, for a run's options, its columns and a
    function from a record to its rows: a new table is one entry there.
    """
    if options.excel:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=";" if options.excel else ",", lineterminator="\r\n")
    columns, rows_of = TABLES[options.table](options)
    writer.writerow([_neutralise(column) for column in columns] if options.excel else columns)
    for record in records:
        for row in rows_of(record):
            cells = (_cell(value) for value in row)
            writer.writerow([_neutralise(cell) for cell in cells] if options.excel else cells)


def _profile_rows(record: Record) -> list[list]:
    contact = record["contact"] or {}
    joined = {"measures": " ".join(record["measures"]), "warnings": "\n".join(record["warnings"])}
    return [
        [
            *(record[key] for key in _LEADING_KEYS),
            *(_section_text(record["sections"][key]) for key in SECTION_KEYS),
            *(contact.get(key) for key in CONTACT_KEYS),
            *(joined.get(key, record[key]) for key in _TRAILING_KEYS),
        ]
    ]


def _section_text(section: dict | None) -> str:
    """A section in one cell: paragraphs, then `• item` and `  – sub-item` lines."""
    if section is None:
        return ""
    lines = list(section["paragraphs"])
    for item in section["items"]:
        lines.append(f"• {item['text']}")
        lines.extend(f"  – {sub}" for sub in item["subitems"])
    return "\n".join(lines)


def _item_rows(record: Record) -> Iterator[list]:
    head = [record["source"], record["profile_index"], record["organisation"]]
    for key in SECTION_KEYS:
        section = record["sections"][key]
        if section is None:
            continue
        paragraphs = zip(section["paragraphs"], section["paragraph_measures"], strict=True)
        for index, (paragraph, measures) in enumerate(paragraphs):
            yield [*head, key, "paragraph", index, None, paragraph, " ".join(measures)]
        for index, item in enumerate(section["items"]):
            yield [*head, key, "item", index, None, item["text"], " ".join(item["measures"])]
            for subindex, sub in enumerate(item["subitems"]):
                yield [*head, key, "subitem", index, subindex, sub, None]  # tagged on its item


def _measure_rows(record: Record) -> Iterator[list]:
    """One row per measure of the profile, with the first text that names it."""
    head = [record["source"], record["profile_index"], record["organisation"]]
    shown = set()
    for key in SECTION_KEYS:
        section = record["sections"][key]
        if section is None:
            continue
        for text, measures in tagged_texts(section):
            for measure in measures:
                if measure not in shown:
                    shown.add(measure)
                    yield [*head, measure, key, text]


def _matrix(options: Options) -> tuple[tuple[str, ...], Callable[[Record], list[list]]]:
    """Who each profile is, then a 1 or 0 column for each measure of the vocabulary."""
    measures = options.measures

    def rows(record: Record) -> list[list]:
        offered = set(record["measures"])
        head = [record[key] for key in MATRIX_COLUMNS]
        return [[*head, *(int(measure in offered) for measure in measures)]]

    return (*MATRIX_COLUMNS, *measures), rows


TABLES = {  # --table: its columns and the rows of one record, for the options of a run
    "profiles": lambda options: (PROFILE_COLUMNS, _profile_rows),
    "items": lambda options: (ITEM_COLUMNS, _item_rows),
    "measures": lambda options: (MEASURE_COLUMNS, _measure_rows),
    "matrix": _matrix,  # its columns are the vocabulary's
}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
