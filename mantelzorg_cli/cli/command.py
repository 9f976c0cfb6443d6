"""The `mzextract` command: arguments in, the library's records out."""

import collections
import contextlib
import datetime
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import click

from .. import __version__
from ..exporters import (
    CSV_TABLES,
    DATABASES,
    FORMATS,
    Options,
    RunFacts,
    extension,
    format_of,
    get_writer,
)
from ..files.inputs import PATTERNS, STDIN, shown_path
from .destinations import (
    NOWHERE_TO_WRITE,
    check_output,
    check_stdin,
    check_stdout,
    write_database,
    write_file,
    write_stdout,
)
from .explain_command import explain_command
from .options import VOCABULARY_PATH, format_option, reading_options
from .output import (
    InputClash,
    mirror_paths,
    remove_stale_temporaries,
)
from .terminal import feedback, printable, say, tally_line

if TYPE_CHECKING:  # imported where a run needs them: --help and --version do not
    from ..files.batch import Tally
    from ..measures import Vocabulary

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
--strict; 2 a usage error; 129, 130, 143 hung up, interrupted, killed.
"""
SUMMARY_EXAMPLES = """\b
Examples:
  mzextract summary profielen/               tables in the terminal
  mzextract summary profielen/ -f json       the same figures as JSON
  mzextract summary profielen/ --html rapport.html --labels nl
"""


class _Commands(click.Group):
    """`mzextract FILE…` means `mzextract extract FILE…`: only `summary` and `explain`
    are named."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        completing_first_word = ctx.resilient_parsing and not args  # see shell_complete
        if not completing_first_word and (not args or args[0] not in self.commands):
            args = ["extract", *args]
        return super().parse_args(ctx, args)

    def shell_complete(self, ctx: click.Context, incomplete: str) -> list:
        """The first word completes to a command, or to what `extract` takes there: an
        option or a file."""
        from click.shell_completion import CompletionItem

        extract = self.commands["extract"]
        if incomplete.startswith("-"):
            with extract.make_context("mzextract", [], parent=ctx, resilient_parsing=True) as sub:
                return extract.shell_complete(sub, incomplete)
        named = [
            name for name in self.commands if name.startswith(incomplete) and name != "extract"
        ]
        return [*(CompletionItem(name) for name in named), CompletionItem(incomplete, type="file")]


class _AsTheProgram(click.Context):
    """The default command's context is named as the program: a usage error says `Try
    'mzextract --help'`, never the `mzextract extract` a user did not type."""

    @property
    def command_path(self) -> str:
        return self.parent.command_path if self.parent else super().command_path


class _Extract(click.Command):
    context_class = _AsTheProgram

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The default command: its usage is the program's.
        formatter.write_usage("mzextract", " ".join(self.collect_usage_pieces(ctx)))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Its options, then the program's other commands: `mzextract --help` is this help."""
        super().format_options(ctx, formatter)
        group = ctx.parent.command if ctx.parent else main
        others = [
            (name, command.get_short_help_str(limit=70))
            for name, command in group.commands.items()
            if command is not self
        ]
        with formatter.section("Commands (mzextract COMMAND --help tells more)"):
            formatter.write_dl(others)


@click.group("mzextract", cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """mzextract: Werk&Mantelzorg profiles as records (`extract`, the default) or figures."""


@main.command("extract", cls=_Extract, epilog=EXAMPLES)
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(FORMATS),
    help="Output format. Default: from the extension of -o (.json, .jsonl, .csv, .yaml, "
    ".db); json on standard output and below a folder.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),  # a string: Path() would drop the trailing `/` that asks for a folder
    help="Write to this file (whole or not at all; - is standard output; .db an SQLite "
    "database), or to one file per input below this folder (an existing one, or a name "
    "ending in /).",
)
@click.option(
    "--table",
    type=click.Choice(CSV_TABLES),
    default="profiles",
    show_default=True,
    help="CSV rows: one per profile; per paragraph, item and sub-item; per measure; "
    "or a profile a row with a 0/1 column per measure (matrix).",
)
@click.option("--excel", is_flag=True, help="CSV for Excel: semicolons, BOM, formulas neutralised.")
@click.option("--strict", is_flag=True, help="Exit 1 when any profile has a warning.")
@click.version_option(__version__, "-V", "--version", prog_name="mzextract")
@reading_options
def extract_command(
    arguments, patterns, jobs, vocabulary, max_size, quiet, format_name, output, table, excel,
    strict,
):  # fmt: skip
    """Turn Werk&Mantelzorg profiles (text or saved web pages) into records.

    Reads each FILE, the matching files below each DIR (sorted, hidden ones
    skipped), and standard input for `-` or when nothing is named and input
    is piped. Records go to standard output; messages to standard error.
    `mzextract summary --help` tells about figures over many profiles;
    `mzextract explain FILE` shows how each line of FILE was read.
    """
    arguments = _arguments_or_stdin(arguments)
    output, mirror, format_name = _destination(output, format_name)
    check_output(output, arguments, folder=mirror)
    write = get_writer(format_name)
    if format_name != "csv" and (table != "profiles" or excel):
        raise click.UsageError(f"--table and --excel are for CSV, not {format_name}")
    options = _options(format_name, table, excel, vocabulary, arguments)
    run = _read_with_feedback(arguments, patterns, jobs, vocabulary, max_size, quiet)
    with run as (results, tally):
        if output is None:
            if not write_stdout(lambda out: write(all_records(results), out, options)):
                sys.exit(1 if tally.failed else 0)  # the reader left: stop quietly
        elif mirror:
            places = mirror_paths(results, output, extension(format_name), arguments, patterns)
            for item, path, records in places:
                if isinstance(path, InputClash):
                    say(f"{item.name}: {path}")
                    failure = path
                else:
                    failure = write_file(path, lambda out, r=records: write(r, out, options))
                if failure is not None:
                    tally.failed += 1
                    collections.deque(records, maxlen=0)  # read to the end: counted and said
                if getattr(failure, "errno", None) in NOWHERE_TO_WRITE:
                    say(f"stopped: nothing more can be written below {shown_path(output)}")
                    sys.exit(1)
        else:
            remove_stale_temporaries(output)
            into = write_database if format_name in DATABASES else write_file
            if into(output, lambda out: write(all_records(results), out, options)):
                tally.failed += 1
    sys.exit(1 if tally.failed or (strict and tally.warnings) else 0)


@main.command(
    "summary",
    epilog=SUMMARY_EXAMPLES,
    short_help="Figures over many profiles: tables, JSON or an HTML report.",
)
@format_option("table", "json", help="Tables for a person, or the same figures as JSON.")
@click.option("--html", "report", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write a self-contained HTML report with charts.")  # fmt: skip
@click.option(
    "--labels",
    type=click.Choice(["en", "nl"]),
    default="en",
    show_default=True,
    help="Language of the tables and the report: headings and the measures' names.",
)
@click.option("--title", help="Title of the tables and the report (default: mzextract summary).")
@reading_options
def summary_command(
    arguments, patterns, jobs, vocabulary, max_size, quiet, format_name, report, labels, title
):
    """Figures over many profiles: years, sizes, completeness and measures, with the
    inputs they were made from and the date."""
    from ..summary.figures import count_figures
    from ..summary.report import render_html

    arguments = _arguments_or_stdin(arguments)
    check_stdout()  # the tables or JSON go there, with or without --html
    check_output(report, arguments, folder=False)
    made = made_on()
    from ..measures import default_vocabulary

    vocabulary = vocabulary or default_vocabulary()
    # Warnings are figures here (completeness), not lines on standard error.
    run = _read_with_feedback(arguments, patterns, jobs, vocabulary, max_size, quiet, warn=False)
    with run as (results, tally):
        counted = count_figures(all_records(results), vocabulary)
    inputs = ["standard input" if name == STDIN else shown_path(name) for name in arguments]
    figures = {"inputs": inputs, "made": made, **counted}
    if report is not None:
        remove_stale_temporaries(report)
        if write_file(report, lambda out: out.write(render_html(figures, labels, title))):
            tally.failed += 1
    if format_name == "json":
        text = json.dumps(figures, ensure_ascii=False, indent=2) + "\n"
    else:
        from ..summary.tables import render_tables

        text = render_tables(figures, labels, title)
    write_stdout(lambda out: out.write(text))
    sys.exit(1 if tally.failed else 0)


main.add_command(explain_command)


@main.command("schema", short_help="The JSON Schema of a record.")
def schema_command() -> None:
    """Print the JSON Schema (draft 2020-12) that every record validates against.

    The package also holds it as a file, mantelzorg_cli/record/record.schema.json.
    """
    from ..record.json_schema import record_schema

    check_stdout()
    text = json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n"
    write_stdout(lambda out: out.write(text))


def _destination(output: str | None, format_name: str | None) -> tuple[str | None, bool, str]:
    """Where records go (None: standard output), whether one file per input below a
    folder, and in which format; a usage error for what cannot be."""
    if output == STDIN:  # `-o -`: standard output, as in every other tool
        output = None
    mirror = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    named = format_of(output) if output else None
    if mirror and not output.endswith(("/", os.sep)) and named in DATABASES:
        raise click.UsageError(
            f"{output} is a folder, not a database: name a file, or end it with / "
            "for a file per input"
        )
    if format_name is None:
        format_name = named if output and not mirror else "json"
        if format_name is None:
            raise click.UsageError(f"cannot tell the format from the name {output}: give -f")
    if format_name in DATABASES and (output is None or mirror):
        raise click.UsageError(
            f"{format_name} writes one database file: give -o FILE{extension(format_name)}"
        )
    return output, mirror, format_name


def _options(
    format_name: str, table: str, excel: bool, vocabulary: "Vocabulary | None", arguments: tuple
) -> Options:
    """What the writer needs besides the records: the matrix's columns, a database's run."""
    from ..measures import default_vocabulary

    vocabulary = vocabulary or default_vocabulary()
    measures = ()
    if table == "matrix":  # its columns: the vocabulary's measures, even those no profile names
        from ..exporters.csv_writer import MATRIX_COLUMNS

        measures = tuple(measure.id for measure in vocabulary.measures)
        clash = sorted(set(measures) & set(MATRIX_COLUMNS))
        if clash:
            raise click.UsageError(f"measure id {clash[0]!r} is also a column of the matrix")
    about = None
    if format_name in DATABASES:
        named = click.get_current_context().meta.get(VOCABULARY_PATH)
        about = RunFacts(
            made=made_at().isoformat(timespec="seconds"),
            inputs=tuple("-" if name == STDIN else shown_path(name) for name in arguments),
            vocabulary_name=shown_path(named) if named else "built-in",
            measures=vocabulary.measures,
        )
    return Options(table=table, excel=excel, measures=measures, about=about)


def made_on() -> str:
    """Today's date (see `made_at`)."""
    return made_at().date().isoformat()


def made_at() -> datetime.datetime:
    """Now, in UTC; `SOURCE_DATE_EPOCH` when set, so that a build can be repeated byte for
    byte (reproducible-builds.org). One that is not a moment is a usage error."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or epoch == "":
        return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    try:
        if not (epoch.isascii() and epoch.isdigit()):
            raise ValueError
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise click.UsageError(
            f"SOURCE_DATE_EPOCH must be the seconds since 1970 of a date, not {printable(epoch)!r}"
        ) from None


def _arguments_or_stdin(arguments: tuple[str, ...]) -> tuple[str, ...]:
    if arguments:
        check_stdin(arguments)
        return arguments
    if sys.stdin is None or sys.stdin.isatty():
        raise click.UsageError("name a FILE or DIR, or pipe a profile into standard input")
    return (STDIN,)


@contextlib.contextmanager
def _read_with_feedback(
    arguments: tuple[str, ...],
    patterns: tuple[str, ...],
    jobs: int,
    vocabulary: "Vocabulary | None",
    max_size: int,
    quiet: bool,
    warn: bool = True,
) -> Iterator[tuple[Iterator, "Tally"]]:
    """The inputs' results as they are read (`Run.by_input`), with feedback on standard
    error: a line for each failure and warning, a progress bar, and at the end of a run
    on a terminal how it went."""
    from ..files.batch import Reading  # the reading itself: not for --help or --version
    from ..files.pattern_cache import kept_patterns
    from ..files.run import Run

    run = Run(arguments, patterns or PATTERNS, jobs, Reading(vocabulary, max_size))
    # A bar walks the folders once more to count them: a run holds no list of files.
    with kept_patterns(), feedback(lambda: sum(1 for _ in run.inputs()), bar=not quiet) as shown:
        run.on_failure = lambda failure: shown.say(str(failure))
        if warn and not quiet:
            run.on_warning = lambda record, text: shown.say(f"{_where(record)}: warning: {text}")
        run.on_input = shown.advance
        # closing: a run that stops early (the pipe's reader left) ends its pool now
        with contextlib.closing(run.by_input()) as results:
            yield results, run.tally
    tally = run.tally
    if not quiet and tally.files > 1 and sys.stderr is not None and sys.stderr.isatty():
        say(tally_line(tally.files, tally.profiles, tally.warnings, tally.failed))


def all_records(results: Iterable[tuple[object, Iterable[dict]]]) -> Iterator[dict]:
    for _, found in results:
        yield from found


def _where(record: dict) -> str:
    """`file.txt`, or `file.txt#1` for the second profile in a file."""
    index = record["profile_index"]
    return record["source"] if index == 0 else f"{record['source']}#{index}"
