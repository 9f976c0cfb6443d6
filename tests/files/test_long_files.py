"""A long file streams through the command: profile by profile, its first record after
reading only its start. (From the hostile-input suite; `extract_blocks` itself is
tested in tests/test_pipeline.py.)"""

import io
import json

from conftest import invoke, profile_named

from mantelzorg_cli.files import batch
from mantelzorg_cli.files.inputs import Input


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
