"""YAML: block style, keys in record order, multi-line text as `|` blocks."""

from collections.abc import Iterable
from typing import TextIO

import yaml

from . import Options, one_or_many


class _Dumper(yaml.SafeDumper):
    """A safe dumper (no `!!python` tags) that writes intros as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _dump(value: object) -> str:
    return yaml.dump(
        value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False
    )


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
