"""The built-in vocabulary is read from measures.json, frozen from measures.yaml: the two
must say the same, and an edited YAML must never be read through a stale JSON."""

import subprocess
import sys

from conftest import ROOT

from mantelzorg_cli.measures import frozen, parse_vocabulary


def source() -> bytes:
    return (ROOT / "mantelzorg_cli" / "measures" / "measures.yaml").read_bytes()


def test_measures_json_is_frozen_from_the_yaml_as_it_is_now():
    """If this fails: python -m mantelzorg_cli.measures.frozen"""
    parsed = parse_vocabulary(source().decode("utf-8"), "measures.yaml")
    shipped = (ROOT / "mantelzorg_cli" / "measures" / "measures.json").read_text("utf-8")
    assert shipped == frozen.freeze(parsed, source())


def test_the_frozen_vocabulary_is_the_parsed_one():
    thawed = frozen.thawed(source())
    parsed = parse_vocabulary(source().decode("utf-8"), "measures.yaml")
    assert thawed is not None
    fields = ("id", "nl", "en", "sections", "description", "clues", "with_clues", "exceptions")
    for mine, theirs in zip(thawed.measures, parsed.measures, strict=True):
        assert [getattr(mine, f) for f in fields] == [getattr(theirs, f) for f in fields]
        assert [type(c) for c in mine.clues] == [type(c) for c in theirs.clues]


def test_an_edited_yaml_is_not_read_through_the_old_json():
    assert frozen.thawed(source() + b"\n# edited\n") is None


def test_a_run_reads_the_built_in_vocabulary_without_pyyaml():
    code = (
        "import sys; from mantelzorg_cli import extract; "
        f"extract(open({str(ROOT / 'samples' / 'gemeente-veenhoven.txt')!r}, 'rb').read()); "
        "print('yaml' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout == "False\n", done.stderr
