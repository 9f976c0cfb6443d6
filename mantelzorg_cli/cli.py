"""The `mzextract` command: arguments in, the library's records out."""

import contextlib
import io
import os
import sys
from pathlib import Path

import click

from . import __version__
from .batch import Tally, records
from .exporters import FORMATS, TABLES, Options, format_of, get_writer
from .inputs import STDIN, expand
from .output import atomic_text_file

EXAMPLES = """\b
Examples:
  mzextract profiel.txt                      one profile as JSON
  mzextract profielen/ -f jsonl | jq .employees
  mzextract profielen/ -o profielen.csv --table items --excel

Exit status: 0 every input gave profiles; 1 an input failed (the rest is
still written), or a warning under --strict; 2 a usage error.
"""


@click.command(epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[FILE|DIR|-]...")
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(FORMATS),
    help="Output format. Default: from the extension of -o, else json.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (whole or not at all) instead of standard output.",
)
@click.option(
    "--table",
    type=click.Choice(TABLES),
    default="profiles",
    show_default=True,
    help="CSV rows: one per profile, or one per paragraph, item and sub-item.",
)
@click.option("--excel", is_flag=True, help="CSV for Excel: semicolons, BOM, formulas neutralised.")
@click.option("--strict", is_flag=True, help="Exit 1 when any profile has a warning.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only, no warnings.")
@click.version_option(__version__, "-V", "--version", prog_name="mzextract")
def main(inputs, format_name, output, table, excel, strict, quiet):
    """Turn Werk&Mantelzorg profiles (text or saved web pages) into records.

    Reads each FILE, every *.txt, *.html and *.htm below each DIR (sorted), and
    standard input for `-` or when nothing is named and input is piped.
    Records go to standard output; messages to standard error.
    """
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("name a FILE or DIR, or pipe a profile into standard input")
        inputs = (STDIN,)
    if format_name is None:
        format_name = format_of(output) if output else "json"
        if format_name is None:
            raise click.UsageError(f"cannot tell the format from the name {output}: give -f")
    _refuse_overwriting_inputs(output, inputs)

    tally = Tally()
    stream = records(expand(inputs), tally, fail=_error, warn=None if quiet else _error)
    write = get_writer(format_name)
    options = Options(table=table, excel=excel)
    if output is None:
        _write_stdout(write, stream, options)
    else:
        with atomic_text_file(output) as out:
            write(stream, out, options)
    failed = tally.failed or (strict and tally.warnings)
    sys.exit(1 if failed else 0)


def _write_stdout(write, stream, options: Options) -> None:
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write(stream, out, options)
        out.flush()
    except BrokenPipeError:
        # The reader left (`| head -1`): stop quietly, and keep Python from
        # complaining when it flushes stdout again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        with contextlib.suppress(BrokenPipeError, ValueError):
            out.detach()


def _refuse_overwriting_inputs(output: Path | None, inputs: tuple[str, ...]) -> None:
    if output is None:
        return
    target = output.resolve()
    for argument in inputs:
        if argument == STDIN:
            continue
        named = Path(argument).resolve()
        if target == named or named in target.parents:
            raise click.UsageError(f"the output {output} is one of the inputs ({argument})")


def _error(message: str) -> None:
    click.echo(f"mzextract: {message}", err=True)
