"""The code stays ruff-clean and ruff-formatted: part of the one test command."""

import re
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
        "import sys, mantelzorg_cli, mantelzorg_cli.cli.command;"
        "print(sorted(m for m in ('yaml', 'rich', 'bs4') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_the_pure_stages_never_import_the_shell():
    """reading/, frontends/, record/ and measures/ take text and give values: no cli,
    summary or rich."""
    pure = ("reading", "frontends", "record", "measures")
    stages = [ROOT / "mantelzorg_cli" / name for name in pure]
    shell = re.compile(
        r"^\s*(?:from|import)\s+(?:\.\.cli|\.\.summary|mantelzorg_cli\.(?:cli|summary)|rich)\b",
        re.M,
    )
    offenders = [
        f"{path.relative_to(ROOT)}: {found.group().strip()}"
        for stage in stages
        for path in sorted(stage.glob("*.py"))
        for found in shell.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_help_and_version_import_none_of_the_reading():
    """`mzextract --version` and `--help` start as fast as click allows: the pipeline, the
    vocabulary and the file reading are imported when a run reads."""
    code = (
        "import sys, mantelzorg_cli.cli;"
        "print(sorted(m for m in sys.modules if m.startswith(('mantelzorg_cli.pipeline',"
        " 'mantelzorg_cli.measures', 'mantelzorg_cli.files.batch', 'mantelzorg_cli.reading.'"
        " 'lines', 'mantelzorg_cli.exporters.csv_writer'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_the_command_offers_the_tables_the_csv_writer_has():
    from mantelzorg_cli.exporters import CSV_TABLES
    from mantelzorg_cli.exporters.csv_writer import TABLES

    assert tuple(TABLES) == CSV_TABLES


def test_every_dataclass_has_a_docstring():
    """Beyond saying what it is: a dataclass without one has its signature worked out
    by `inspect` as it is made, 5 ms of every start when it is the first."""
    import ast

    undocumented = [
        f"{path.relative_to(ROOT)}: {node.name}"
        for path in sorted((ROOT / "mantelzorg_cli").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
        and any("dataclass" in ast.unparse(decorator) for decorator in node.decorator_list)
        and not ast.get_docstring(node)
    ]
    assert undocumented == []
