"""The `mzextract` command: arguments in, the library's records out."""

import contextlib
import io
import os
import signal
import sys

import click

from . import __version__
from .batch import Tally, all_records, read_inputs
from .exporters import FORMATS, TABLES, Options, extension, format_of, get_writer
from .inputs import PATTERNS, STDIN, expand
from .output import atomic_text_file, mirror_paths
from .terminal import feedback, say, summary

EXAMPLES = """\b
Examples:
  mzextract profiel.txt                      one profile as JSON
  mzextract profielen/ -f jsonl | jq .employees
  mzextract profielen/ -o profielen.csv --table items --excel
  mzextract profielen/ -o uit/ -f yaml       one YAML file per input

Exit status: 0 every input gave profiles; 1 an input failed (the rest is
still written), or a warning under --strict; 2 a usage error.
"""


@click.command(epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("arguments", nargs=-1, metavar="[FILE|DIR|-]...")
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
    help="CSV rows: one per profile, or one per paragraph, item and sub-item.",
)
@click.option("--excel", is_flag=True, help="CSV for Excel: semicolons, BOM, formulas neutralised.")
@click.option(
    "--glob",
    "patterns",
    multiple=True,
    metavar="PATTERN",
    help="Files to take from folders (repeatable). Default: *.txt, *.html, *.htm.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes that read inputs; 0 for one per core.",
)
@click.option("--strict", is_flag=True, help="Exit 1 when any profile has a warning.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.version_option(__version__, "-V", "--version", prog_name="mzextract")
def main(arguments, format_name, output, table, excel, patterns, jobs, strict, quiet):
    """Turn Werk&Mantelzorg profiles (text or saved web pages) into records.

    Reads each FILE, the matching files below each DIR (sorted, hidden ones
    skipped), and standard input for `-` or when nothing is named and input
    is piped. Records go to standard output; messages to standard error.
    """
    if not arguments:
        if sys.stdin.isatty():
            raise click.UsageError("name a FILE or DIR, or pipe a profile into standard input")
        arguments = (STDIN,)
    mirror = output is not None and (os.path.isdir(output) or output.endswith(("/", os.sep)))
    if format_name is None:
        format_name = format_of(output) if output and not mirror else "json"
        if format_name is None:
            raise click.UsageError(f"cannot tell the format from the name {output}: give -f")
    _refuse_overwriting_inputs(output, arguments)
    signal.signal(signal.SIGTERM, _stop)  # so a killed run still removes its temporary file

    patterns = patterns or PATTERNS
    tally = Tally()
    write = get_writer(format_name)
    options = Options(table=table, excel=excel)
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
                    warn=not quiet,
                    advance=shown.advance,
                    jobs=jobs or os.cpu_count() or 1,
                )
            ) as results,
        ):
            if output is None:
                if not _write_stdout(write, all_records(results), options):
                    sys.exit(1 if tally.failed else 0)  # the reader left: stop quietly
            elif mirror:
                for path, records in mirror_paths(results, output, extension(format_name)):
                    with atomic_text_file(path) as out:
                        write(records, out, options)
            else:
                with atomic_text_file(output) as out:
                    write(all_records(results), out, options)
    except KeyboardInterrupt:
        say("interrupted; no output file was left half written")
        sys.exit(130)
    if not quiet and tally.files > 1 and sys.stderr.isatty():  # for a person, like the bar
        say(summary(tally.files, tally.profiles, tally.warnings, tally.failed))
    sys.exit(1 if tally.failed or (strict and tally.warnings) else 0)


def _write_stdout(write, records, options: Options) -> bool:
    """Write to standard output; False when the reader closed the pipe."""
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write(records, out, options)
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
