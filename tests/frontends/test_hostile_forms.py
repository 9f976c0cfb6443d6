"""Inputs shaped to make a front end slow: each once took seconds to minutes (quadratic),
now milliseconds. A hang guard, not a speed measure (bench/ measures speed)."""

import time

import pytest
from conftest import VEENHOVEN

from mantelzorg_cli import InputError
from mantelzorg_cli.explain import explain
from mantelzorg_cli.pipeline import extract

N = 20_000  # lines
SHAPES = {
    # Each `Van:` started a scan to the end of the run of header fields.
    "a run of Van: and Aan: lines": "Van: a\nAan: b\n" * N,
    # Every line quoted: the signature was looked for again for every line.
    "quoted lines": ("> " + VEENHOVEN.read_text(encoding="utf-8").replace("\n", "\n> ")) * 40,
    # One page a character: each page break joined a growing line.
    "a page break after every character": "x\f" * N,
    # Short equal lines read as a hard wrap at 6 columns: one growing line, classified anew.
    "short lines": "abcdef\n" * N,
    # One paragraph hard-wrapped over thousands of lines.
    "one wrapped paragraph": "\n".join(["woord " * 12] * N),
}


@pytest.mark.parametrize("text", SHAPES.values(), ids=list(SHAPES))
def test_shapes_that_were_slow_take_linear_time(text):
    start = time.perf_counter()
    try:
        records = extract(text)
    except InputError:
        records = []
    _, lines = explain(text)
    assert time.perf_counter() - start < 20  # a hang guard: each takes a second or less now
    assert len(lines) >= text.count("\n")  # every line explained
    assert all(record["schema_version"] for record in records)
