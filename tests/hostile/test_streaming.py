"""A long file streams: profile by profile, with the same records as read whole."""

import io
import itertools
import json

from conftest import ROOT, golden_records, invoke, profile_named
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli.cli import batch
from mantelzorg_cli.cli.inputs import Input
from mantelzorg_cli.pipeline import extract, extract_blocks

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


def test_a_long_file_gives_its_first_record_after_reading_only_the_start(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "STREAM_FROM", 10_000)
    monkeypatch.setattr(batch, "BLOCK", 4_096)
    path = tmp_path / "veel.txt"
    path.write_bytes(b"".join(profile_named(f"Gemeente {n}") for n in range(100)))
    reads = []
    real_open = batch._open_input

    def counting_open(name, limit):
        file, size = real_open(name, limit)
        read = file.read
        file = io.BufferedReader(file.raw)  # so that `read` can be watched

        def watched(size=-1):
            reads.append(size)
            return read(size)

        file.read = watched
        return file, size

    monkeypatch.setattr(batch, "_open_input", counting_open)
    records = batch.records_of((Input(str(path), 0), None), batch.Reading())
    assert next(records)["organisation"] == "Gemeente 0"
    assert len(reads) <= 3  # of the 60 blocks the file has
    assert [r["organisation"] for r in records] == [f"Gemeente {n}" for n in range(1, 100)]


def test_a_long_file_through_the_command_gives_every_record(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "STREAM_FROM", 10_000)
    path = tmp_path / "veel.txt"
    path.write_bytes(b"".join(profile_named(f"Gemeente {n}") for n in range(30)) + b"\nweg\n")
    done = invoke(path, "-f", "jsonl")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["profile_index"] for r in records] == list(range(30))
    assert records[-1]["warnings"] == ['text outside a profile left out: "weg"']
    assert done.exit_code == 0


def test_a_long_file_that_starts_with_blank_blocks_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "STREAM_FROM", 10_000)
    monkeypatch.setattr(batch, "BLOCK", 4_096)
    path = tmp_path / "leeg-begin.txt"
    path.write_bytes(b"\n" * 20_000 + "\u00a0\u3000\t \n".encode() * 5_000 + profile_named("G"))
    done = invoke(path, "-f", "jsonl")
    assert json.loads(done.stdout)["organisation"] == "G"
    assert done.exit_code == 0
