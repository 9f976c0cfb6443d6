"""YAML: block style, keys in record order, multi-line text as `|` blocks.

PyYAML's C emitter (libyaml) is about six times faster than its Python one,
but writes some text differently: characters beyond the Basic Multilingual
Plane and NEL escaped, and runs of spaces, leading spaces or wide characters
folded otherwise. A record whose every text is of the kind both write alike
(printable, below U+3000, one space between words, lines that neither start
nor end with one) goes through the C emitter; any other through the Python
one, so that the output is the same byte for byte either way (a test compares
them on random text).
"""

from collections.abc import Iterable
from typing import TextIO

import yaml

from . import Options, one_or_many


class _Dumper(yaml.SafeDumper):
    """A safe dumper (no `!!python` tags) that writes intros as literal blocks."""


class _FastDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """The same, on libyaml when PyYAML was built with it."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)
_FastDumper.add_representer(str, _represent_str)


def _dump(value: object) -> str:
    dumper = _FastDumper if _alike(value) else _Dumper
    return yaml.dump(
        value, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False
    )


def _alike(value: object) -> bool:
    """Whether both emitters write every text in `value` the same way (module docstring)."""
    if isinstance(value, str):
        return not value or (
            max(value) < "\u3000"
            and "  " not in value
            and all(
                not line or (line.isprintable() and line[0] != " " and line[-1] != " ")
                for line in value.split("\n")
            )
        )
    if isinstance(value, dict):
        return all(_alike(key) and _alike(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_alike(item) for item in value)
    return True  # numbers, booleans, None


def write_yaml(records: Iterable[dict], out: TextIO, options: Options) -> None:
    single, many = one_or_many(records)
    if single is not None:
        out.write(_dump(single))
        return
    empty = True
    for record in many:
        out.write(_dump([record]))  # one item of the list at a time
        empty = False
    if empty:
        out.write("[]\n")
