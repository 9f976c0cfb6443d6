"""The options every reading command shares, and what checks their values."""

import typing

import click

from ..files.inputs import MAX_SIZE

VOCABULARY_PATH = "mzextract.vocabulary_path"  # in click's context: the --measures file


def _load_vocabulary(ctx: click.Context, param: click.Parameter, path: str | None):
    if path is None:
        return None
    from ..files.run import vocabulary_file
    from ..measures import VocabularyError

    ctx.meta[VOCABULARY_PATH] = path  # an input too: no output may replace it
    try:
        return vocabulary_file(path)
    except VocabularyError as error:
        raise VocabularyRefused(str(error)) from None


class VocabularyRefused(click.ClickException):
    """A `--measures` file that cannot be used: one line naming it, status 2, before any
    work (click's usage text would bury the line that says what is wrong)."""

    exit_code = 2

    def show(self, file: typing.IO | None = None) -> None:
        from ..reading.text import printable

        click.echo(f"mzextract: {printable(self.message)}", err=True)


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


SIZE = _Size()


def format_option(person: str, tools: str, help: str):
    """`-f/--format`: one format for a person (the default), one for tools."""
    return click.option(
        "-f",
        "--format",
        "format_name",
        type=click.Choice([person, tools]),
        default=person,
        show_default=True,
        help=help,
    )


vocabulary_option = click.option(
    "--measures",
    "vocabulary",
    type=click.Path(dir_okay=False),
    callback=_load_vocabulary,
    metavar="FILE",
    help="Tag measures from this YAML vocabulary instead of the built-in one.",
)


def reading_options(command):
    """The options of every command that reads profiles."""
    options = [
        click.argument("arguments", nargs=-1, metavar="[FILE|DIR|-]..."),
        click.option(
            "--glob",
            "patterns",
            multiple=True,
            metavar="PATTERN",
            callback=_check_patterns,
            help="Files to take from folders (repeatable). Default: *.txt, *.md, *.html, *.htm.",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=1,
            show_default=True,
            help="Processes that read inputs; 0 for one per core.",
        ),
        vocabulary_option,
        click.option(
            "--max-size",
            type=SIZE,
            default=MAX_SIZE,
            help="Largest input to read (default 50M); larger ones fail with a line.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="Print errors only."),
    ]
    for option in reversed(options):
        command = option(command)
    return command
