"""CSV: a row per profile, or a row per paragraph, item and sub-item.

Plain CSV is RFC 4180 (comma, CRLF, quotes where needed, no BOM).
`--excel` writes what a Dutch Excel opens by double-click: semicolons, a
UTF-8 BOM, and text that Excel would run as a formula neutralised with `'`.
"""

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..record import SECTION_KEYS
from . import Options

PROFILE_COLUMNS = (
    "source",
    "profile_index",
    "organisation",
    "recognised_since",
    "employees",
    "employees_approximate",
    "recognised_since_text",
    "input_format",
    "intro",
    *SECTION_KEYS,
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "contact_text",
    "website",
    "warnings",
    "schema_version",
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
)
_CONTACT_FIELDS = ("name", "role", "email", "phone", "text")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_csv(records: Iterable[dict], out: TextIO, options: Options) -> None:
    if options.excel:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=";" if options.excel else ",", lineterminator="\r\n")
    items = options.table == "items"
    writer.writerow(ITEM_COLUMNS if items else PROFILE_COLUMNS)
    for record in records:
        rows = _item_rows(record) if items else [_profile_row(record)]
        for row in rows:
            cells = (_cell(value) for value in row)
            writer.writerow([_neutralise(cell) for cell in cells] if options.excel else cells)


def _profile_row(record: dict) -> list:
    contact = record["contact"] or {}
    return [
        *(record[column] for column in PROFILE_COLUMNS[:9]),
        *(_section_text(record["sections"][key]) for key in SECTION_KEYS),
        *(contact.get(field) for field in _CONTACT_FIELDS),
        record["website"],
        "\n".join(record["warnings"]),
        record["schema_version"],
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


def _item_rows(record: dict) -> Iterator[list]:
    head = [record["source"], record["profile_index"], record["organisation"]]
    for key in SECTION_KEYS:
        section = record["sections"][key]
        if section is None:
            continue
        for index, paragraph in enumerate(section["paragraphs"]):
            yield [*head, key, "paragraph", index, None, paragraph]
        for index, item in enumerate(section["items"]):
            yield [*head, key, "item", index, None, item["text"]]
            for subindex, sub in enumerate(item["subitems"]):
                yield [*head, key, "subitem", index, subindex, sub]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
