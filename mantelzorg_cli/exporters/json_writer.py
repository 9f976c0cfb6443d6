"""JSON (an object, or a list of them) and JSON Lines (one object a line)."""

import json
from collections.abc import Iterable
from typing import TextIO

from . import Options, one_or_many


def write_json(records: Iterable[dict], out: TextIO, options: Options) -> None:
    """Indented like `json.dumps(…, indent=2)`, written record by record."""
    single, many = one_or_many(records)
    if single is not None:
        out.write(json.dumps(single, ensure_ascii=False, indent=2) + "\n")
        return
    out.write("[")
    separator = "\n"
    for record in many:
        text = json.dumps(record, ensure_ascii=False, indent=2)
        out.write(separator + "  " + text.replace("\n", "\n  "))
        separator = ",\n"
    out.write("\n]\n" if separator != "\n" else "]\n")


def write_jsonl(records: Iterable[dict], out: TextIO, options: Options) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
