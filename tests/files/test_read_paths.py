"""`read_paths`: a folder's records in Python, as the command line reads them, without a word
printed; the command line's lines are its failures."""

import json
import os
import sys
import types
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, golden_records, invoke, profile_named, shown

from mantelzorg_cli import Failure, read_paths
from mantelzorg_cli.measures import VocabularyError


@pytest.fixture
def folder(tmp_path):
    """Two profiles, an empty file, a binary one and a file of another kind, in two folders."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_bytes(profile_named("Gemeente A"))
    (tmp_path / "sub" / "b.txt").write_bytes(profile_named("Gemeente B"))
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    (tmp_path / "notes.doc").write_bytes(profile_named("Gemeente C"))
    return tmp_path


def test_the_samples_give_their_golden_records_in_path_order(in_root):
    run = read_paths([Path("samples")])
    records = list(run)
    in_order = sorted(SAMPLES, key=shown)
    expected = [record for sample in in_order for record in golden_records(sample)]
    assert records == expected
    assert run.failures == []
    assert (run.tally.files, run.tally.profiles) == (len(SAMPLES), len(expected))
    assert run.tally.warnings == sum(len(record["warnings"]) for record in expected)


def test_failures_are_kept_not_printed_and_the_rest_is_read(folder, capsys):
    run = read_paths([folder])
    assert [record["organisation"] for record in run] == ["Gemeente A", "Gemeente B"]
    assert run.failures == [
        Failure(str(folder / "leeg.txt"), "empty file"),
        Failure(str(folder / "plaatje.txt"), "binary file, not text"),
    ]
    assert run.tally.failed == 2 and run.tally.files == 4
    assert capsys.readouterr() == ("", "")


def test_the_command_line_says_the_same_failures(folder):
    run = read_paths([folder])
    list(run)
    said = invoke(folder, "-f", "jsonl", "--quiet").stderr.splitlines()
    assert said == [f"mzextract: {failure}" for failure in run.failures]


def test_glob_jobs_and_a_file_among_folders(folder):
    run = read_paths([folder / "a.txt", folder], glob=["*.doc"], jobs=2)
    assert [record["organisation"] for record in run] == ["Gemeente A", "Gemeente C"]
    assert run.failures == []


def test_records_by_input_name_their_input(folder):
    sources = [(item.relative, [r["organisation"] for r in found]) for item, found in read_paths(
        [folder]).by_input()]  # fmt: skip
    assert sources == [("a.txt", ["Gemeente A"]), ("sub/b.txt", ["Gemeente B"])]


def test_own_vocabulary_by_path_and_a_bad_one_refused(tmp_path, folder):
    drinks = tmp_path / "dranken.yaml"
    drinks.write_text("- {id: koffie, nl: Koffie, en: Coffee, terms: [intranet]}\n", "utf-8")
    records = list(read_paths([folder / "a.txt"], measures=drinks))
    assert records[0]["measures"] == ["koffie"]
    drinks.write_text("- {id: Koffie}\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"dranken\.yaml"):
        read_paths([folder], measures=drinks)
    with pytest.raises(VocabularyError, match="No such file"):
        read_paths([folder], measures=tmp_path / "geen.yaml")


def test_the_readme_notebook_example_runs(in_root, monkeypatch):
    """The README's example as written there, with a stand-in for pandas (not a dependency)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\nfrom mantelzorg_cli import read_paths", 1)[1]
    code = "from mantelzorg_cli import read_paths" + example.split("```", 1)[0]
    normalised = []
    pandas = types.SimpleNamespace(json_normalize=normalised.append)
    monkeypatch.setitem(sys.modules, "pandas", pandas)
    exec(code, {})
    [records] = normalised
    assert len(records) == sum(len(golden_records(sample)) for sample in SAMPLES)
    assert json.loads(json.dumps(records)) == records


def test_one_path_or_one_pattern_as_a_string_is_one_not_its_letters(folder, monkeypatch):
    """The red team's: `read_paths("/data")` walked `/`, `d`, `a`…; `glob="*.txt"` took
    every file by its `*`."""
    monkeypatch.chdir(folder)
    assert [r["organisation"] for r in read_paths("a.txt")] == ["Gemeente A"]
    assert [r["organisation"] for r in read_paths(folder, glob="*.doc")] == ["Gemeente C"]
    assert [r["organisation"] for r in read_paths(b"a.txt")] == ["Gemeente A"]


def test_bytes_and_odd_paths_are_read_or_fail_with_a_reason(folder):
    odd = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(odd, "wb") as file:
        file.write(profile_named("Gemeente Café"))
    run = read_paths([odd, os.fsencode(folder / "a.txt"), str(folder) + "/geen\0naam.txt"])
    assert [record["organisation"] for record in run] == ["Gemeente Café", "Gemeente A"]
    assert run.failures == [
        Failure(f"{folder}/geen\0naam.txt", "cannot read: the name holds a NUL character")
    ]


def test_reading_a_run_again_reads_the_paths_again_and_counts_afresh(folder):
    run = read_paths([folder])
    first, second = list(run), list(run)
    assert first == second and len(run.failures) == 2 and run.tally.files == 4
