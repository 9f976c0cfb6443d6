import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in (".txt", ".html", ".htm"))
TEXT_SAMPLES = [sample for sample in SAMPLES if sample.suffix == ".txt"]
GOLDEN = ROOT / "tests" / "golden"


def golden_records(sample: Path) -> list[dict]:
    """The hand-checked records of a sample, always as a list."""
    loaded = json.loads((GOLDEN / f"{sample.stem}.json").read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, list) else [loaded]


@pytest.fixture
def in_root():
    """Run in the repository root, so `source` reads `samples/NAME.txt`."""
    before = Path.cwd()
    os.chdir(ROOT)
    yield ROOT
    os.chdir(before)
