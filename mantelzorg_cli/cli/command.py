"""The `mzextract` command: arguments in, the library's records out."""

import collections
import contextlib
import errno
import io
import json
import os
import sys
import typing
from collections.abc import Callable, Iterator
from typing import TextIO

import click

from .. import __version__
from ..errors import InputError
from ..exporters import FORMATS, TABLES, Options, extension, format_of, get_writer
from ..measures.vocabulary import VocabularyError, default_vocabulary, parse_vocabulary
from .batch import MAX_SIZE, Reading, Tally, all_records, read_file, read_inputs
from .inputs import PATTERNS, STDIN, expand, shown_path
from .output import (
    InputClash,
    atomic_text_file,
    make_folders,
    mirror_paths,
    remove_stale_temporaries,
)
from .signals import stop_cleanly_on_signals
from .terminal import feedback, say, summary

EXAMPLES = """\b
Examples:
  mzextract profiel.txt                      one profile as JSON
  mzextract profielen/ -f jsonl | jq .employees
  mzextract profielen/ -o profielen.csv --table items --excel
  mzextract profielen/ -o uit/ -f yaml       one YAML file per input
  mzextract summary profielen/ --html rapport.html
                                             figures, tables and charts

Exit status: 0 every input gave profiles; 1 an input failed or an output
could not be written (the rest is still written), or a warning under
--strict; 2 a usage error; 130, 143 interrupted.
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


_VOCABULARY_SIZE = 4 * 2**20  # bytes: the built-in vocabulary is 25 KB


def _load_vocabulary(ctx: click.Context, param: click.Parameter, path: str | None):
    if path is None:
        return None
    ctx.meta["vocabulary path"] = path  # an input too: no output may replace it
    try:
        text = read_file(path, _VOCABULARY_SIZE).decode("utf-8")
        return parse_vocabulary(text, shown_path(path))
    except OSError as error:
        raise click.BadParameter(f"{shown_path(path)}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise click.BadParameter(f"{shown_path(path)}: not UTF-8 text") from None
    except InputError:
        raise click.BadParameter(f"{shown_path(path)}: too large for a vocabulary") from None
    except VocabularyError as error:
        raise click.BadParameter(str(error)) from None


def _check_patterns(ctx: click.Context, param: click.Parameter, patterns: tuple[str, ...]):
    for pattern in patterns:
        if not pattern.strip():
            raise click.BadParameter("a pattern cannot be empty")
        if "/" in pattern:
            raise click.BadParameter(
                f"{pattern!r}: a pattern matches file names, not paths (folders are walked anyway)"
            )
    return patterns


class _Size(click.ParamType):
    """A number of bytes: `200000`, `500K`, `50M`, `1G`."""

    name = "SIZE"
    _UNITS: typing.ClassVar = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30}

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("B")
        number, unit = (text[:-1], text[-1]) if text[-1:] in self._UNITS else (text, "")
        if not number.isdigit() or int(number) == 0:
            self.fail(f"{value!r} is not a size such as 200000, 500K, 50M or 1G", param, ctx)
        return int(number) * self._UNITS[unit]


def _reading_options(command):
    """The options of every command that reads profiles."""
    options = [
        click.argument("arguments", nargs=-1, metavar="[FILE|DIR|-]..."),
        click.option(
            "--glob",
            "patterns",
            multiple=True,
            metavar="PATTERN",
            callback=_check_patterns,
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
        click.option(
            "--max-size",
            type=_Size(),
            default=MAX_SIZE,
            help="Largest input to read (default 50M); larger ones fail with a line.",
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
    arguments, patterns, jobs, vocabulary, max_size, quiet, format_name, output, table, excel,
    strict,
):  # fmt: skip
    """Turn Werk&Mantelzorg profiles (text or saved web pages) into records.

    Reads each FILE, the matching files below each DIR (sorted, hidden ones
    skipped), and standard input for `-` or when nothing is named and input
    is piped. Records go to standard output; messages to standard error.
    `mzextract summary --help` tells about figures over many profiles.
    """
    arguments = _arguments_or_stdin(arguments)
    if output == STDIN:  # `-o -`: standard output, as in every other tool
        output = None
    mirror = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    if format_name is None:
        format_name = format_of(output) if output and not mirror else "json"
        if format_name is None:
            raise click.UsageError(f"cannot tell the format from the name {output}: give -f")
    _check_output(output, arguments, folder=mirror)
    write = get_writer(format_name)
    options = Options(table=table, excel=excel)
    reading = Reading(vocabulary, max_size)
    with _reading(arguments, patterns, jobs, reading, quiet) as (results, tally):
        if output is None:
            if not _write_stdout(lambda out: write(all_records(results), out, options)):
                sys.exit(1 if tally.failed else 0)  # the reader left: stop quietly
        elif mirror:
            places = mirror_paths(results, output, extension(format_name), arguments, patterns)
            for item, path, records in places:
                if isinstance(path, InputClash):
                    say(f"{item.name}: {path}")
                    failure = path
                else:
                    failure = _write_file(path, lambda out, r=records: write(r, out, options))
                if failure is not None:
                    tally.failed += 1
                    collections.deque(records, maxlen=0)  # read to the end: counted and said
                if getattr(failure, "errno", None) in _NOWHERE_TO_WRITE:
                    say(f"stopped: nothing more can be written below {shown_path(output)}")
                    sys.exit(1)
        else:
            remove_stale_temporaries(output)
            if _write_file(output, lambda out: write(all_records(results), out, options)):
                tally.failed += 1
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
def summary_command(
    arguments, patterns, jobs, vocabulary, max_size, quiet, format_name, report, labels
):
    """Figures over many profiles: years, sizes, completeness and measures."""
    # Here, not at the top: `mzextract FILE` needs neither.
    from ..summary.figures import summarise
    from ..summary.report import render_html

    arguments = _arguments_or_stdin(arguments)
    _check_output(report, arguments, folder=False)
    vocabulary = vocabulary or default_vocabulary()
    reading = Reading(vocabulary, max_size)
    # Warnings are figures here (completeness), not lines on standard error.
    with _reading(arguments, patterns, jobs, reading, quiet, warn=False) as (results, tally):
        figures = summarise(all_records(results), vocabulary)
    if report is not None:
        remove_stale_temporaries(report)
        if _write_file(report, lambda out: out.write(render_html(figures, labels))):
            tally.failed += 1
    if format_name == "json":
        text = json.dumps(figures, ensure_ascii=False, indent=2) + "\n"
    else:
        from ..summary.tables import render_tables  # here: only tables need rich

        text = render_tables(figures, labels)
    _write_stdout(lambda out: out.write(text))
    sys.exit(1 if tally.failed else 0)


def _arguments_or_stdin(arguments: tuple[str, ...]) -> tuple[str, ...]:
    if arguments:
        return arguments
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("name a FILE or DIR, or pipe a profile into standard input")
    return (STDIN,)


@contextlib.contextmanager
def _reading(
    arguments: tuple[str, ...],
    patterns: tuple[str, ...],
    jobs: int,
    reading: Reading,
    quiet: bool,
    warn: bool = True,
) -> Iterator[tuple[Iterator, Tally]]:
    """The inputs' results as they are read, with feedback on standard error.

    At the end of a run on a terminal it says how it went.
    """
    stop_cleanly_on_signals()
    patterns = patterns or PATTERNS
    tally = Tally()
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
                jobs=_processes(jobs, arguments),
                reading=reading,
            )
        ) as results,
    ):
        yield results, tally
    if not quiet and tally.files > 1 and sys.stderr is not None and sys.stderr.isatty():
        say(summary(tally.files, tally.profiles, tally.warnings, tally.failed))


def _processes(jobs: int, arguments: tuple[str, ...]) -> int:
    """`--jobs`, but no more processes than cores, nor than inputs when all are files."""
    cores = os.cpu_count() or 1
    wanted = min(jobs or cores, cores)
    if not any(os.path.isdir(argument) for argument in arguments):
        wanted = min(wanted, len(arguments))
    return max(wanted, 1)


def _write_stdout(write: Callable[[TextIO], object]) -> bool:
    """`write` to standard output as UTF-8; False when the reader closed the pipe.

    Any other failure (`> /dev/full`) ends the run with a line and status 1:
    nothing more can be written.
    """
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write(out)
        out.flush()
    except OSError as error:
        # Keep Python from failing again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if isinstance(error, BrokenPipeError):
            return False
        say(f"standard output: cannot write: {error.strerror or error}")
        sys.exit(1)
    finally:
        with contextlib.suppress(OSError, ValueError):
            out.detach()
    return True


# Errors after which no other output can be written either: a mirroring run stops.
_NOWHERE_TO_WRITE = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EROFS))


def _write_file(path: str, write: Callable[[TextIO], object]) -> OSError | None:
    """`write` to the file `path`, whole or not at all; why not (said on a line), if not."""
    try:
        make_folders(os.path.dirname(path))
        with atomic_text_file(path) as out:
            write(out)
    except BrokenPipeError as error:  # a named pipe whose reader left
        return error
    except OSError as error:
        say(f"{shown_path(path)}: cannot write: {error.strerror or error}")
        return error
    return None


def _check_output(output: str | None, arguments: tuple[str, ...], folder: bool) -> None:
    """Usage errors found before any work: nowhere to write, or an output that is an input."""
    if output is None:
        if sys.stdout is None:
            raise click.UsageError("standard output is closed: give -o FILE")
        return
    if not output:
        raise click.UsageError("the output name is empty")
    parent = os.path.dirname(output.rstrip("/") if folder else output)
    if not folder and parent and not os.path.isdir(parent):
        raise click.UsageError(f"the folder of {shown_path(output)} does not exist")
    target = os.path.realpath(output)
    vocabulary = click.get_current_context().meta.get("vocabulary path")
    for argument in (*arguments, *([vocabulary] if vocabulary else [])):
        if argument == STDIN:
            continue
        named = os.path.realpath(argument)
        if os.path.commonpath([target, named]) == named:  # the input itself, or a folder above
            raise click.UsageError(
                f"the output {shown_path(output)} is one of the inputs ({shown_path(argument)})"
            )
