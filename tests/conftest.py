import json
import os
import shutil
import subprocess
import sys
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


MZEXTRACT = Path(sys.executable).with_name("mzextract")
PROFILE = (ROOT / "samples/gemeente-veenhoven.txt").read_bytes()


def profile_named(name: str) -> bytes:
    """A whole text profile whose organisation is `name`."""
    return PROFILE.replace(b"Gemeente Veenhoven", name.encode())


def invoke(*args, **kwargs):
    """The command in this process (click's runner): fast, and monkeypatch reaches it."""
    from click.testing import CliRunner

    from mantelzorg_cli.cli.command import main

    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def run(*args, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """The installed command as a process, as a user runs it: bytes out, never hangs the suite."""
    return subprocess.run(
        [MZEXTRACT, *map(str, args)], capture_output=True, timeout=timeout, **kwargs
    )


def needs_program(name: str) -> str:
    """The path of a system program; skipped without it, except under CI, which installs it."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing: .ci/run installs it")
        pytest.skip(f"needs the {name} program (Debian package {name})")
    return found


@pytest.fixture(scope="session")
def big_folder(tmp_path_factory):
    """3,000 profiles: a run over them lasts long enough to be interrupted."""
    folder = tmp_path_factory.mktemp("groot")
    for index in range(3000):
        (folder / f"p{index:05d}.txt").write_bytes(profile_named(f"Gemeente {index}"))
    return folder
