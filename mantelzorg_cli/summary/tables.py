"""A summary as tables for the terminal (rich), narrow enough for 80 columns.

Every text from the profiles, the inputs or the command line goes in as a
`Text`, shown as it is: rich would read `[/]` in a name as markup, and a
terminal would act on an escape character.
"""

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..reading.text import printable
from .words import WORDS, lead, made, year_label

BAR_WIDTH = 20  # characters for the largest count
INCOMPLETE_SHOWN = 15  # rows; the rest are in `-f json`


def render_tables(summary: dict, language: str = "en", title: str | None = None) -> str:
    """The tables as text, sized and coloured for standard output as it is.

    Text rather than printed: the caller writes it, and so decides what a
    closed pipe means.
    """
    console = Console()
    with console.capture() as tables:
        _print_tables(summary, console, language, title)
    return tables.get()


def _print_tables(summary: dict, console: Console, language: str, title: str | None) -> None:
    words = WORDS[language]
    heading = Text(printable(title or words["title"]), style="bold")
    console.print(heading.append(f": {lead(summary, language)}", style="not bold"))
    if summary.get("inputs"):
        inputs = [printable(name) for name in summary["inputs"]]
        console.print(_shown(made(inputs, summary["made"], language)))
    years = [{**row, "year": year_label(row["year"], language)}
             for row in summary["recognitions_per_year"]]  # fmt: skip
    sizes = [{**row, "size": year_label(row["size"], language)} for row in summary["employees"]]
    console.print(_counts(words["years"], words["year"], "year", years, words))
    console.print(_counts(words["employees"], words["size"], "size", sizes, words))
    completeness = summary["completeness"]
    if completeness["incomplete"]:
        console.print(_completeness(completeness, words))
    else:  # an empty table says less than its caption
        console.print(f"{words['completeness']}: {_complete(completeness, words)}")
    console.print(_measures(summary["measures"], summary["organisations"], language))


def _bar(count: int, largest: int) -> str:
    return "█" * round(BAR_WIDTH * count / largest) if largest else ""


def _counts(title: str, column: str, key: str, rows: list[dict], words: dict) -> Table:
    """Profiles per `key` (year, size class), with bars."""
    table = Table(title=title, title_justify="left")
    table.add_column(column)
    table.add_column(words["profiles"], justify="right")
    table.add_column("")
    largest = max((row["profiles"] for row in rows), default=0)
    for row in rows:
        table.add_row(_shown(row[key]), str(row["profiles"]), _bar(row["profiles"], largest))
    return table


def _shown(text: str) -> Text:
    """Text as it is: no markup read in it, no control character acted on."""
    return Text(printable(text))


def _completeness(completeness: dict, words: dict) -> Table:
    incomplete = completeness["incomplete"]
    table = Table(
        title=words["completeness"],
        title_justify="left",
        # Below the table, which is narrower than this line would be as a title.
        caption=_complete(completeness, words),
        caption_justify="left",
    )
    table.add_column(words["profile_column"], overflow="fold", ratio=2)
    table.add_column(words["missing"], overflow="fold", ratio=1)
    table.add_column(words["warnings"], overflow="fold", ratio=3)
    for profile in incomplete[:INCOMPLETE_SHOWN]:
        name = profile["organisation"] or profile["source"]
        if profile["profile_index"]:
            name += f" (#{profile['profile_index']})"
        missing = ", ".join(profile["missing_questions"]) or "-"
        # What each warning is, not how many: a reader decides from it whether to look.
        warnings = "\n".join(printable(warning) for warning in profile["warnings"]) or "-"
        table.add_row(_shown(name), _shown(missing), Text(warnings))
    if len(incomplete) > INCOMPLETE_SHOWN:  # a row of the table would fold it
        table.caption += "\n" + words["more"].format(count=len(incomplete) - INCOMPLETE_SHOWN)
    return table


def _complete(completeness: dict, words: dict) -> str:
    return words["complete"].format(
        complete=completeness["complete"],
        missing=completeness["missing_a_question"],
        warned=completeness["with_warnings"],
    )


def _measures(measures: list[dict], organisations: int, language: str) -> Table:
    words = WORDS[language]
    table = Table(title=words["shares"], title_justify="left")
    table.add_column(words["measure"], overflow="fold")
    table.add_column(words["orgs"], justify="right")
    table.add_column(words["share"], justify="right")
    table.add_column("")
    for measure in measures:
        count = measure["organisations"]
        table.add_row(
            _shown(measure[language]),
            str(count),
            f"{measure['share']:.0%}",
            _bar(count, organisations),
        )
    return table
