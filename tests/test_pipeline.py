"""The public API (`extract`, `extract_blocks`, `InputError`): records or one
`InputError`, whatever arrives, and the same records read whole or in blocks."""

import itertools

import pytest
from conftest import ROOT, golden_records, html_fragments, mutated_pages
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError, extract
from mantelzorg_cli.pipeline import extract_blocks


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("Een nieuwsbericht over de fietsbrug.", "no profile found"),
    ],
)
def test_input_without_a_profile_is_an_input_error(data, message):
    with pytest.raises(InputError, match=message):
        extract(data)


# --- hypothesis: nothing but InputError escapes ---------------------------


def records_or_input_error(data) -> None:
    try:
        records = extract(data)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    assert records


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=3000), html_fragments(), mutated_pages()))
def test_public_api_raises_nothing_but_input_error(data):
    records_or_input_error(data)


# --- a long text streams: block by block -----------------------------------


SEVERAL = [ROOT / "samples" / name for name in ("twee-profielen.txt", "zonder-kop-twee.txt")]


@settings(max_examples=60, deadline=None)
@given(
    sample=st.sampled_from(SEVERAL),
    cuts=st.lists(st.integers(min_value=1, max_value=5000), max_size=8),
    windows=st.booleans(),
)
def test_any_cut_into_blocks_gives_the_records_read_whole(sample, cuts, windows):
    data = sample.read_bytes()
    if windows:  # a Windows-1252 file: its `’` is one byte that a cut may fall after
        data = data.decode("utf-8").encode("cp1252", errors="replace")
    offsets = sorted({0, *(cut % len(data) for cut in cuts), len(data)})
    blocks = [data[start:end] for start, end in itertools.pairwise(offsets)]
    assert list(extract_blocks(blocks, sample.name)) == extract(data, sample.name)


def test_a_streamed_sample_gives_its_golden_records():
    sample = SEVERAL[1]
    data = sample.read_bytes()
    blocks = [data[i : i + 100] for i in range(0, len(data), 100)]
    assert list(extract_blocks(blocks, "samples/zonder-kop-twee.txt")) == golden_records(sample)
