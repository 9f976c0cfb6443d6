"""`mzextract explain FILE`: each line of an input with the role the reader gave it;
with `--tags`, each paragraph and item with its measures and the words that showed them."""

import dataclasses
import json
import sys
from typing import TYPE_CHECKING, TextIO

import click

from ..files.inputs import MAX_SIZE, STDIN, shown_path
from .destinations import check_stdin, check_stdout, write_stdout
from .options import SIZE, format_option, vocabulary_option
from .terminal import printable, say

if TYPE_CHECKING:  # the explainer itself is imported when the command runs
    from ..explain import ExplainedLine, ExplainedText

# How a terminal shows each role; piped output is plain.
_STYLES = {
    "header": "dim",
    "footer": "dim",
    "chrome": "dim",
    "left_out": "red",
    "organisation": "bold",
    "date": "cyan",
    "question": "bold magenta",
    "item": "green",
    "subitem": "green",
    "contact": "yellow",
    "website": "blue",
}
EXAMPLES = """\b
Examples:
  mzextract explain profiel.txt              roles, coloured in a terminal
  mzextract explain pagina.html | less       the lines the page became
  mzextract explain profiel.txt -f jsonl | jq -c 'select(.role == "left_out")'
  mzextract explain --tags profiel.txt       each text's measures, and on which words
  mzextract explain --tags profiel.txt -f jsonl | jq -c 'select(.measures == [])'
"""


@click.command(
    "explain",
    epilog=EXAMPLES,
    short_help="How each line of a file was read, or (--tags) which words gave its measures.",
)
@click.argument("source", metavar="FILE|-")
@format_option("text", "jsonl", help="Lines for a person, or one JSON object a line for tools.")
@click.option(
    "--tags",
    is_flag=True,
    help="Show each paragraph and item with its measures and the words that matched.",
)
@vocabulary_option
@click.option("--max-size", type=SIZE, default=MAX_SIZE, metavar="SIZE",
              help="Largest input to read (default 50M).")  # fmt: skip
def explain_command(source, format_name, tags, vocabulary, max_size) -> None:
    """Show every line of FILE as the reader saw it and the role it got:
    organisation, date, intro, question, item, subitem, paragraph, contact,
    website, the site's header or footer, chrome a front end left out (a page
    foot, a mail header), or left_out (text outside any profile). A saved page
    shows the lines it became. With --tags: every paragraph and item, the
    measures it was tagged with, and the words (and term or pattern) that
    matched. Exit status 1 when FILE gives no profile."""
    from ..explain import explain, explain_measures
    from ..files.batch import problem, read_file, read_stdin

    check_stdin((source,))
    check_stdout()
    name = source if source == STDIN else shown_path(source)
    try:
        data = read_stdin(max_size) if source == STDIN else read_file(source, max_size)
        if tags:
            texts = explain_measures(data, vocabulary)
        else:
            input_format, lines = explain(data)
    except Exception as error:  # `problem` says what each kind means
        say(f"{name}: {problem(error)}")
        sys.exit(1)
    if tags:
        writer = _write_tags_jsonl if format_name == "jsonl" else _write_tags_text
        write_stdout(lambda out: writer(texts, out))
        sys.exit(0)
    if format_name == "jsonl":
        write_stdout(lambda out: _write_jsonl(lines, out))
    else:
        write_stdout(lambda out: _write_text(lines, input_format, out))
    if all(line.profile is None for line in lines):
        say(f"{name}: no profile found (none of the four questions)")
        sys.exit(1)
    sys.exit(0)


def _write_jsonl(lines: "list[ExplainedLine]", out: TextIO) -> None:
    for line in lines:
        out.write(json.dumps(dataclasses.asdict(line), ensure_ascii=False) + "\n")


def _write_tags_jsonl(texts: "list[ExplainedText]", out: TextIO) -> None:
    for text in texts:
        out.write(json.dumps(dataclasses.asdict(text), ensure_ascii=False) + "\n")


def _write_tags_text(texts: "list[ExplainedText]", out: TextIO) -> None:
    """A text a block: where it is, the text, then a line per measure with its words."""
    from rich.text import Text

    console = _console(out)
    profile = None
    for text in texts:
        if text.profile != profile:
            profile = text.profile
            console.print(f"── profile {profile + 1}: {printable(text.organisation or '?')} ──",
                          style="bold", markup=False)  # fmt: skip
        where = f"{text.section} {text.kind} {text.index + 1}"
        console.print(Text(f"{where:<24} ").append(_one_line(text.text)))
        for hit in text.measures:
            row = Text(f"{'':<4}{hit.measure:<22} ", style="green")
            row.append(f"“{_one_line(hit.words)}”", style="bold")
            if hit.also:
                row.append(f" with “{_one_line(hit.also)}”", style="bold")
            row.append(f"  ({printable(hit.clue)})", style="dim")
            console.print(row)
        if not text.measures:
            console.print(f"{'':<4}(no measure)", style="dim", markup=False)


def _one_line(text: str) -> str:
    """An item with its sub-items, or words found across them, on one line."""
    return printable(text.replace("\n", " / "))


def _console(out: TextIO):
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1: the reader left, that is all
            raise BrokenPipeError

    # Colour only on a terminal, and not under NO_COLOR: rich decides both.
    return _Console(file=out, highlight=False, soft_wrap=True)


def _write_text(lines: "list[ExplainedLine]", input_format: str, out: TextIO) -> None:
    from rich.text import Text

    console = _console(out)
    several = len({line.profile for line in lines} - {None}) > 1
    profile = None
    if input_format == "html":
        console.print("(the lines the page became)", style="dim", markup=False)
    for line in lines:
        if several and line.profile is not None and line.profile != profile:
            profile = line.profile
            console.print(f"── profile {profile + 1} ──", style="dim", markup=False)
        role = line.role + (f" {line.section}" if line.role == "question" else "")
        row = Text(f"{line.line:>5}  {role:<25} ")
        row.append(printable(line.text), style=_STYLES.get(line.role, ""))
        if line.why:
            row.append(f"  ({line.why})", style="dim")
        console.print(row)
