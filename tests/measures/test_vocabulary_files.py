"""A `--measures` file that cannot be used is one usage error naming it, before any work.

(From the hostile-input suite.)
"""

import pytest
from conftest import ROOT, run

SAMPLE = ROOT / "samples" / "bakkerij-van-dam.txt"
GOOD = "- id: x\n  nl: Iets\n  en: Something\n  patterns: [folder]\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD + "  sections: 5\n", "measure 1: sections must be a list of section keys"),
        (GOOD.replace("id: x", "id: [a, b]"), "measure 1: id must be text"),
        (GOOD.replace("nl: Iets", "nl: {a: 1}"), "measure 1: nl must be text"),
        (GOOD.replace("[folder]", "['(a+)+$']"), "repeats without bound a part that repeats"),
        (GOOD.replace("[folder]", "['(?:\\w+\\s*)*x']"), "repeats without bound"),
    ],
    ids=["sections", "id", "nl", "nested repeat", "nested word repeat"],
)
def test_a_wrong_vocabulary_is_one_usage_error(tmp_path, text, message):
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(text)
    done = run(SAMPLE, "--measures", vocabulary, timeout=20)
    assert done.returncode == 2
    [line] = done.stderr.decode().splitlines()
    assert line.startswith(f"mzextract: {vocabulary}: ") and message in line


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: x\n\tnl: X\n", "line 2, column 1: not YAML: found a tab character"),
        (GOOD.replace("[folder]", "['\\bzorg\\b', '\\b']"), r"pattern '\b' can match where"),
    ],
    ids=["tab", "backslash"],
)
def test_a_vocabulary_error_is_one_line_as_written(tmp_path, text, message):
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(text)
    done = run(SAMPLE, "--measures", vocabulary, timeout=20)
    [line] = done.stderr.decode().splitlines()
    assert done.returncode == 2 and message in line


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("\\w*\\w*\\w*\\w*\\w*\\w*x", "a" * 90),
        ("\\w+?\\w+?\\w+?\\w+?!", "a" * 400),
        ("[\\w.]+[\\w.]+[\\w.]+[\\w.]+[\\w.]+@", "a" * 200),
        (".*\\w+\\w+\\w+!", "a" * 400),
        ("\\w+\\s*\\w+\\s*\\w+\\s*\\w+!", "a" * 300),
        ("(?:a{1,100}){1,3}b", "a" * 3000),
        ("zorg(?:\\w+\\s*){1,3}!", "zorg" + "a" * 400),
    ],
    ids=["stars", "lazy", "classes", "dot-star", "optional between", "bounded", "few"],
)
def test_repeats_that_share_a_text_many_ways_are_refused(tmp_path, pattern, text):
    """Parts side by side that can match the same letters (\\w*\\w*): a text that fails
    to match is split between them every way there is (the hostile-input suite)."""
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(GOOD.replace("[folder]", f"['{pattern}']"))
    profile = tmp_path / "p.txt"
    profile.write_text(SAMPLE.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")
    done = run(profile, "--measures", vocabulary, timeout=20)
    assert done.returncode == 2 and "many ways" in done.stderr.decode()


@pytest.mark.parametrize(
    "pattern",
    ["\\bverlof\\w*\\s+\\w+", "\\d+\\s+uur", "\\w+ +\\w+", "[a-z]+[0-9]+", "\\b\\w*commandant\\w*"],
)
def test_repeats_that_cannot_share_a_text_stay_allowed(tmp_path, pattern):
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(GOOD.replace("[folder]", f"['{pattern}']"))
    assert run(SAMPLE, "--measures", vocabulary).returncode == 0


def test_bounded_repeats_stay_allowed(tmp_path):
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(GOOD.replace("[folder]", "['\\bfolder (?:\\w+ ){0,3}uit\\w*']"))
    assert run(SAMPLE, "--measures", vocabulary).returncode == 0


@pytest.mark.parametrize(
    ("path", "message"), [("/dev/zero", "too large for a vocabulary"), (None, "not UTF-8 text")]
)
def test_an_endless_or_binary_vocabulary_is_refused(tmp_path, path, message):
    if path is None:
        path = tmp_path / "m.yaml"
        path.write_bytes(b"- id: \xff\xfe\n")
    done = run(SAMPLE, "--measures", path, timeout=20)
    assert done.returncode == 2 and f"{path}: {message}" in done.stderr.decode()
    if path == "/dev/zero":
        assert "1 MB" in done.stderr.decode()


@pytest.mark.parametrize("command", [["-o"], ["summary", "--html"]], ids=["-o", "--html"])
def test_no_output_replaces_the_vocabulary(tmp_path, command):
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(GOOD)
    *subcommand, option = command
    done = run(*subcommand, SAMPLE, "--measures", vocabulary, option, vocabulary, "-f", "json")
    assert done.returncode == 2 and b"is one of the inputs" in done.stderr
    assert vocabulary.read_text() == GOOD


def test_a_vocabulary_over_a_megabyte_is_refused_before_any_work(tmp_path):
    path = tmp_path / "groot.yaml"
    entry = "- {id: x, nl: X, en: X, terms: [koffie]}\n"
    path.write_text(entry + "# " + "x" * 2**20 + "\n")
    done = run(ROOT / "samples" / "gemeente-veenhoven.txt", "--measures", path)
    assert done.returncode == 2 and b"too large for a vocabulary" in done.stderr


def test_a_pattern_python_warns_about_is_used_without_a_warning(tmp_path):
    vocabulary = tmp_path / "m.yaml"
    vocabulary.write_text(GOOD.replace("[folder]", "['[[]folder']"))  # "possible nested set"
    done = run(SAMPLE, "--measures", vocabulary)
    assert done.returncode == 0 and b"Warning" not in done.stderr
