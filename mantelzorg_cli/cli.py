"""The `mzextract` command: arguments in, the library's records out."""

import contextlib
import io
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

import click

from . import __version__
from .batch import Tally, all_records, read_inputs
from .exporters import FORMATS, TABLES, Options, extension, format_of, get_writer
from .inputs import PATTERNS, STDIN, expand
from .measures import Vocabulary, VocabularyError, default_vocabulary, parse_vocabulary
from .output import atomic_text_file, mirror_paths
from .terminal import feedback, say, summary

EXAMPLES = """\b
Examples:
  mzextract profiel.txt                      one profile as JSON
  mzextract profielen/ -f jsonl | jq .employees
  mzextract profielen/ -o profielen.csv --table items --excel
  mzextract profielen/ -o uit/ -f yaml       one YAML file per input
  mzextract summary profielen/ --html rapport.html
                                             figures, tables and charts

Exit status: 0 every input gave profiles; 1 an input failed (the rest is
still written), or a warning under --strict; 2 a usage error.
"""
SUMMARY_EXAMPLES = """\b
Examples:
  mzextract summary profielen/               tables in the terminal
  mzextract summary profielen/ -f json       the same figures as JSON
  mzextract summary profielen/ --html rapport.html --labels nl
"""


class _Commands(click.Group):
    """`mzextract FILE…` means `mzextract extract FILE…`: only `summary` is named."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = ["extract", *args]
        return super().parse_args(ctx, args)


class _Extract(click.Command):
    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The default command: its usage is the program's.
        formatter.write_usage("mzextract", " ".join(self.collect_usage_pieces(ctx)))


@click.group("mzextract", cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """mzextract: Werk&Mantelzorg profiles as records (`extract`, the default) or figures."""


def _load_vocabulary(ctx: click.Context, param: click.Parameter, path: str | None):
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as file:
            return parse_vocabulary(file.read(), path)
    except (OSError, UnicodeDecodeError, VocabularyError) as error:
        raise click.BadParameter(str(error)) from None


def _reading_options(command):
    """The options of every command that reads profiles."""
    options = [
        click.argument("arguments", nargs=-1, metavar="[FILE|DIR|-]..."),
        click.option(
            "--glob",
            "patterns",
            multiple=True,
            metavar="PATTERN",
            help="Files to take from folders (repeatable). Default: *.txt, *.html, *.htm.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Processes that read inputs; 0 for one per core.",
        ),
        click.option(
            "--measures",
            "vocabulary",
            type=click.Path(dir_okay=False),
            callback=_load_vocabulary,
            metavar="FILE",
            help="Tag measures from this YAML vocabulary instead of the built-in one.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="Print errors only."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@main.command("extract", cls=_Extract, epilog=EXAMPLES)
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
    type=click.Path(),  # a string: Path() would drop the trailing `/` that asks for a folder
    help="Write to this file (whole or not at all), or to one file per input "
    "below this folder (an existing one, or a name ending in /).",
)
@click.option(
    "--table",
    type=click.Choice(TABLES),
    default="profiles",
    show_default=True,
    help="CSV rows: one per profile; per paragraph, item and sub-item; or per measure.",
)
@click.option("--excel", is_flag=True, help="CSV for Excel: semicolons, BOM, formulas neutralised.")
@click.option("--strict", is_flag=True, help="Exit 1 when any profile has a warning.")
@click.version_option(__version__, "-V", "--version", prog_name="mzextract")
@_reading_options
def extract_command(
    arguments, patterns, jobs, vocabulary, quiet, format_name, output, table, excel, strict
):
    """Turn Werk&Mantelzorg profiles (text or saved web pages) into records.

    Reads each FILE, the matching files below each DIR (sorted, hidden ones
    skipped), and standard input for `-` or when nothing is named and input
    is piped. Records go to standard output; messages to standard error.
    `mzextract summary --help` tells about figures over many profiles.
    """
    arguments = _arguments_or_stdin(arguments)
    mirror = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    if format_name is None:
        format_name = format_of(output) if output and not mirror else "json"
        if format_name is None:
            raise click.UsageError(f"cannot tell the format from the name {output}: give -f")
    _refuse_overwriting_inputs(output, arguments)
    write = get_writer(format_name)
    options = Options(table=table, excel=excel)
    with _reading(arguments, patterns, jobs, vocabulary, quiet) as (results, tally):
        if output is None:
            if not _write_stdout(lambda out: write(all_records(results), out, options)):
                sys.exit(1 if tally.failed else 0)  # the reader left: stop quietly
        elif mirror:
            for path, records in mirror_paths(results, output, extension(format_name)):
                with atomic_text_file(path) as out:
                    write(records, out, options)
        else:
            with atomic_text_file(output) as out:
                write(all_records(results), out, options)
    sys.exit(1 if tally.failed or (strict and tally.warnings) else 0)


@main.command("summary", epilog=SUMMARY_EXAMPLES)
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Tables for a person, or the same figures as JSON.",
)
@click.option("--html", "report", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write a self-contained HTML report with charts.")  # fmt: skip
@click.option(
    "--labels",
    type=click.Choice(["en", "nl"]),
    default="en",
    show_default=True,
    help="Language of the measures' names.",
)
@_reading_options
def summary_command(arguments, patterns, jobs, vocabulary, quiet, format_name, report, labels):
    """Figures over many profiles: years, sizes, completeness and measures."""
    # Here, not at the top: `mzextract FILE` needs neither.
    from .report import render_html
    from .summary import summarise

    arguments = _arguments_or_stdin(arguments)
    _refuse_overwriting_inputs(report, arguments)
    vocabulary = vocabulary or default_vocabulary()
    # Warnings are figures here (completeness), not lines on standard error.
    with _reading(arguments, patterns, jobs, vocabulary, quiet, warn=False) as (results, tally):
        figures = summarise(all_records(results), vocabulary)
    if report is not None:
        with atomic_text_file(report) as out:
            out.write(render_html(figures, labels))
    if format_name == "json":
        text = json.dumps(figures, ensure_ascii=False, indent=2) + "\n"
    else:
        from .summary_tables import render_tables  # here: only tables need rich

        text = render_tables(figures, labels)
    _write_stdout(lambda out: out.write(text))
    sys.exit(1 if tally.failed else 0)


def _arguments_or_stdin(arguments: tuple[str, ...]) -> tuple[str, ...]:
    if arguments:
        return arguments
    if sys.stdin.isatty():
        raise click.UsageError("name a FILE or DIR, or pipe a profile into standard input")
    return (STDIN,)


@contextlib.contextmanager
def _reading(
    arguments: tuple[str, ...],
    patterns: tuple[str, ...],
    jobs: int,
    vocabulary: Vocabulary | None,
    quiet: bool,
    warn: bool = True,
) -> Iterator[tuple[Iterator, Tally]]:
    """The inputs' results as they are read, with feedback on standard error.

    On Ctrl-C or kill it exits (130, 143) once no output file is half written;
    at the end of a run on a terminal it says how it went.
    """
    signal.signal(signal.SIGTERM, _stop)  # so a killed run still removes its temporary file
    patterns = patterns or PATTERNS
    tally = Tally()
    try:
        with (
            # A bar walks the folders once more to count them: a run holds no list of files.
            feedback(lambda: sum(1 for _ in expand(arguments, patterns)), bar=not quiet) as shown,
            # closing: a run that stops early (the pipe's reader left) ends its pool now
            contextlib.closing(
                read_inputs(
                    expand(arguments, patterns),
                    tally,
                    shown.say,
                    warn=warn and not quiet,
                    advance=shown.advance,
                    jobs=jobs or os.cpu_count() or 1,
                    vocabulary=vocabulary,
                )
            ) as results,
        ):
            yield results, tally
    except KeyboardInterrupt:
        say("interrupted; no output file was left half written")
        sys.exit(130)
    if not quiet and tally.files > 1 and sys.stderr.isatty():  # for a person, like the bar
        say(summary(tally.files, tally.profiles, tally.warnings, tally.failed))


def _write_stdout(write: Callable[[TextIO], object]) -> bool:
    """`write` to standard output as UTF-8; False when the reader closed the pipe."""
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write(out)
        out.flush()
    except BrokenPipeError:
        # `| head -1`: keep Python from complaining when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    finally:
        with contextlib.suppress(BrokenPipeError, ValueError):
            out.detach()
    return True


def _refuse_overwriting_inputs(output: str | None, arguments: tuple[str, ...]) -> None:
    if output is None:
        return
    target = os.path.realpath(output)
    for argument in arguments:
        if argument == STDIN:
            continue
        named = os.path.realpath(argument)
        if os.path.commonpath([target, named]) == named:  # the input itself, or a folder above
            raise click.UsageError(f"the output {output} is one of the inputs ({argument})")


def _stop(signum, frame):
    raise SystemExit(128 + signum)
