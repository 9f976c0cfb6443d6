"""Vocabularies: one's own read and checked, a bad one said where, the built-in one whole."""

import json
import re

import pytest
from click.testing import CliRunner
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli.cli.command import main
from mantelzorg_cli.measures import VocabularyError, parse_vocabulary
from mantelzorg_cli.measures.safety import problem

VOCABULARY = """
- id: koffie
  nl: Koffie
  en: Coffee
  patterns: ['\\bkoffie\\w*']
- id: thee
  nl: Thee
  en: Tea
  patterns: ['\\bthee\\b']
  with: ['\\bkoffie\\b']
"""


def test_a_vocabulary_of_ones_own():
    vocabulary = parse_vocabulary(VOCABULARY)
    assert vocabulary.tag("Koffie-uurtje") == ["koffie"]
    assert vocabulary.tag("thee") == []
    assert vocabulary.tag("koffie en thee") == ["koffie", "thee"]


@pytest.mark.parametrize("jobs", ["1", "2"])  # 2: the workers get the vocabulary too
def test_measures_option_tags_with_ones_own_vocabulary(tmp_path, jobs):
    path = tmp_path / "dranken.yaml"
    path.write_text(VOCABULARY, encoding="utf-8")
    sample = str(ROOT / "samples" / "gemeente-veenhoven.txt")
    args = [sample, sample, "--measures", str(path), "--jobs", jobs, "-f", "jsonl"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["measures"] == ["koffie"]
        dialogue = record["sections"]["dialogue"]["items"]
        assert [item["measures"] for item in dialogue] == [[], [], ["koffie"], []]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: x\n  nl: X\n  en: X\n  patterns: ['(']", "measure 'x': bad pattern"),
        ("- nl: X\n  en: X\n  patterns: [x]", "measure 1: missing id"),
        ("- {id: x, nl: X, en: X, patterns: [x]}\n- {id: x, nl: Y, en: Y, patterns: [y]}",
         "measure 'x': the id is used twice"),
        ("koffie: thee", "expected a list of measures"),
        ("- [x]", "measure 1: expected a mapping"),
        ("- {id: x, nl: X, en: X, patterns: {a: b}}", "patterns must be a list"),
        ("- {id: x", "not YAML"),
        # An id a CSV column, a shell and Excel can carry as it is:
        ("- {id: '=cmd|x', nl: X, en: X, terms: [x]}", "must be lower-case letters"),
        ("- {id: 'a b', nl: X, en: X, terms: [x]}", "must be lower-case letters"),
        ("- {id: Koffie, nl: X, en: X, terms: [x]}", "must be lower-case letters"),
        ("- {id: yes, nl: X, en: X, terms: [x]}", "id must be text"),  # YAML: True
        ("- {id: no, nl: X, en: X, terms: [x]}", "id must be text"),  # not 'missing id'
        ("- {id: 010, nl: X, en: X, terms: [x]}", "id must be text"),  # YAML: 8
        ("- {id: x, nl: X, en: X, terms: [x], wiht: [y]}", "unknown key wiht"),
        # Patterns that fail, or could take for ever:
        ("- {id: x, nl: X, en: X, patterns: ['a{99999999999}']}", "bad pattern"),
        ("- {id: x, nl: X, en: X, patterns: ['(a|ab)+$']}", "or offers a choice"),
        ("- {id: x, nl: X, en: X, patterns: ['(?:\\w+ ?){1,10}!']}", "repeats without bound"),
        ("- {id: x, nl: X, en: X, patterns: ['zorgen.*.*.*.*\\?']}", "more than one .*"),
        ("- {id: x, nl: X, en: X, patterns: ['\\b']}", "where there is no text"),
        ("- {id: x, nl: X, en: X, patterns: ['(?=zorg)']}", "where there is no text"),
        ("- {id: x, nl: X, en: X, patterns: ['(?=a)']}", "where there is no text"),
        ("- {id: x, nl: X, en: X, patterns: ['(?<=a)']}", "where there is no text"),
        ("- {id: x, nl: X, en: X, terms: [x], with: [zorg, '(?=a)']}", "where there is no text"),
        ("- {id: x, nl: X, en: X, terms: [a], with: []}", "with is empty"),
        ("- {id: x, nl: ' ', en: X, terms: [a]}", "missing nl"),
        ("- {id: x, nl: X, en: X, patterns: ['(a+){1,30}$']}", "repeats without bound"),
        ("- {id: x, nl: X, en: X, patterns: ['']}", "an empty pattern"),
        ("- {id: x, nl: X, en: X, terms: [x], with: ['']}", "an empty pattern"),
        ("- {id: x, nl: X, en: X, terms: ['a ... b ... c ... d']}", "more than 2 ..."),
        ("- {id: x, nl: X, en: X, terms: ['a//b']}", "has an empty form"),
        ("- {id: x, nl: X, en: X, terms: ['- &']}", "not a letter or digit"),
        ("- id: x\n  nl: X\n  en: X\n  terms: [a]\n  terms: [b]", "line 5: terms twice"),
    ],
)  # fmt: skip
def test_a_bad_vocabulary_says_where(text, message):
    with pytest.raises(VocabularyError, match=re.escape(message)):
        parse_vocabulary(text, "mijn.yaml")


def test_a_bad_vocabulary_file_is_a_usage_error_before_any_work(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("- {id: x, nl: X, en: X, patterns: ['(']}", encoding="utf-8")
    result = CliRunner().invoke(main, [str(ROOT / "samples"), "--measures", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()  # one line, no usage
    assert line.startswith(f"mzextract: {path}: measure 'x': bad pattern")


def test_the_built_in_vocabulary_compiles_whole():
    # The built-in vocabulary compiles each pattern when first needed; here, all of them.
    text = (ROOT / "mantelzorg_cli" / "measures" / "measures.yaml").read_text(encoding="utf-8")
    vocabulary = parse_vocabulary(text, "measures.yaml")
    assert len(vocabulary.measures) == 30
    assert sum(len(measure.clues) for measure in vocabulary.measures) > 150


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("zo\\x72g", "de zorg"),  # escapes that stand for a character
        ("zorgen\\u0020voor", "zorgen voor"),
        ("\\172orgen", "zorgen"),
        ("(?x) zorg  en", "zorgen"),  # verbose: white space is no text
    ],
)  # fmt: skip
def test_a_pattern_matches_as_python_reads_it(pattern, text):
    vocabulary = parse_vocabulary(f"- {{id: x, nl: X, en: X, patterns: ['{pattern}']}}")
    assert vocabulary.tag(text) == ["x"]


def test_an_accent_written_as_a_combining_mark_matches_the_letter_written_whole():
    vocabulary = parse_vocabulary("- {id: x, nl: X, en: X, terms: [cafe\u0301]}")
    assert vocabulary.tag("Het caf\u00e9 op de hoek") == ["x"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\\wWdDsSbB.*+?{}()[]^$|-,0123456789aßzZ'’&:=<!#", max_size=24))
def test_the_check_of_a_pattern_answers_for_any_pattern(pattern):
    # A reason or None, never an exception: [ß-ẞ] once raised in the class reader.
    assert problem(pattern) is None or isinstance(problem(pattern), str)
