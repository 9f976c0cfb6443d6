"""The code stays ruff-clean and ruff-formatted: part of the one test command."""

import subprocess
import sys

from conftest import ROOT


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_check_is_clean():
    done = ruff("check", ".")
    assert done.returncode == 0, done.stdout


def test_ruff_format_has_nothing_to_change():
    done = ruff("format", "--check", ".")
    assert done.returncode == 0, done.stdout


def test_library_modules_import_no_terminal_or_yaml_code():
    """Only the YAML writer loads yaml and only terminal code loads rich."""
    code = (
        "import sys, mantelzorg_cli, mantelzorg_cli.cli;"
        "print(sorted(m for m in ('yaml', 'rich', 'bs4') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
