"""YAML: block style, plain types, the records as JSON has them."""

import io

import pytest
import yaml
from conftest import ROOT, SAMPLES, TWO_PROFILES, VEENHOVEN, golden_records, invoke, with_source
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli.exporters import Options, yaml_writer


def test_yaml_is_block_style_without_python_tags_and_loads_back():
    out = invoke(TWO_PROFILES, "-f", "yaml").stdout
    assert "!!python" not in out and "{" not in out.splitlines()[0]
    two_paragraphs = invoke(ROOT / "samples/woonstichting-de-lindehof.txt", "-f", "yaml")
    assert "\nintro: |-\n  Woonstichting" in two_paragraphs.stdout
    assert yaml.safe_load(out) == with_source(golden_records(TWO_PROFILES), str(TWO_PROFILES))


# --- the C emitter where it writes what the Python one writes -------------------

PYTHON_ONLY = {"Dumper": yaml_writer._Dumper, "allow_unicode": True, "sort_keys": False,
               "default_flow_style": False}  # fmt: skip
WORD = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12
).filter(lambda word: not any(c.isspace() for c in word))
PARAGRAPH = st.lists(WORD, min_size=1, max_size=30).map(" ".join)
RECORD_TEXT = st.lists(PARAGRAPH, min_size=1, max_size=3).flatmap(
    lambda paragraphs: st.sampled_from(["\n", "\n\n"]).map(lambda joint: joint.join(paragraphs))
)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_is_written_as_the_python_emitter_writes_it(sample):
    records = golden_records(sample)
    assert all(yaml_writer._alike(record) for record in records)  # the fast way is taken
    expected = yaml.dump(records if len(records) > 1 else records[0], **PYTHON_ONLY)
    if len(records) > 1:  # written an item at a time: the same text
        expected = "".join(yaml.dump([record], **PYTHON_ONLY) for record in records)
    out = io.StringIO()
    yaml_writer.write_yaml(records, out, Options())
    assert out.getvalue() == expected


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), RECORD_TEXT, st.just("yes"), st.just(" - x")), st.booleans())
def test_any_text_is_written_as_the_python_emitter_writes_it(text, as_intro):
    record = dict(golden_records(VEENHOVEN)[0])
    record["intro" if as_intro else "organisation"] = text
    record["warnings"] = [text]
    assert yaml_writer._dump(record) == yaml.dump(record, **PYTHON_ONLY)
