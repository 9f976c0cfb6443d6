"""YAML: block style, plain types, the records as JSON has them."""

import yaml
from conftest import ROOT, TWO_PROFILES, golden_records, invoke, with_source


def test_yaml_is_block_style_without_python_tags_and_loads_back():
    out = invoke(TWO_PROFILES, "-f", "yaml").stdout
    assert "!!python" not in out and "{" not in out.splitlines()[0]
    two_paragraphs = invoke(ROOT / "samples/woonstichting-de-lindehof.txt", "-f", "yaml")
    assert "\nintro: |-\n  Woonstichting" in two_paragraphs.stdout
    assert yaml.safe_load(out) == with_source(golden_records(TWO_PROFILES), str(TWO_PROFILES))
