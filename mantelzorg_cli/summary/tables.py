"""A summary as tables for the terminal (rich), narrow enough for 80 columns."""

from rich.console import Console
from rich.table import Table

BAR_WIDTH = 20  # characters for the largest count
INCOMPLETE_SHOWN = 15  # rows; the rest are in `-f json`


def render_tables(summary: dict, language: str = "en") -> str:
    """The tables as text, sized and coloured for standard output as it is.

    Text rather than printed: the caller writes it, and so decides what a
    closed pipe means.
    """
    console = Console()
    with console.capture() as tables:
        _print_tables(summary, console, language)
    return tables.get()


def _print_tables(summary: dict, console: Console, language: str) -> None:
    profiles, organisations = summary["profiles"], summary["organisations"]
    console.print(
        f"[bold]{profiles} profile{'s' * (profiles != 1)}[/bold] of "
        f"{organisations} organisation{'s' * (organisations != 1)}"
    )
    console.print(_counts("Recognitions per year", "year", summary["recognitions_per_year"]))
    console.print(_counts("Employees", "size", summary["employees"]))
    console.print(_completeness(summary["completeness"]))
    console.print(_measures(summary["measures"], organisations, language))


def _bar(count: int, largest: int) -> str:
    return "█" * round(BAR_WIDTH * count / largest) if largest else ""


def _counts(title: str, key: str, rows: list[dict]) -> Table:
    """Profiles per `key` (year, size class), with bars."""
    table = Table(title=title, title_justify="left")
    table.add_column(key.capitalize())
    table.add_column("Profiles", justify="right")
    table.add_column("")
    largest = max((row["profiles"] for row in rows), default=0)
    for row in rows:
        table.add_row(row[key], str(row["profiles"]), _bar(row["profiles"], largest))
    return table


def _completeness(completeness: dict) -> Table:
    incomplete = completeness["incomplete"]
    table = Table(
        title="Completeness",
        title_justify="left",
        # Below the table, which is narrower than this line would be as a title.
        caption=(
            f"{completeness['complete']} complete, "
            f"{completeness['missing_a_question']} missing a question, "
            f"{completeness['with_warnings']} with warnings"
        ),
        caption_justify="left",
    )
    table.add_column("Profile", overflow="fold")
    table.add_column("Missing questions", overflow="fold")
    table.add_column("Warnings", justify="right")
    for profile in incomplete[:INCOMPLETE_SHOWN]:
        name = profile["organisation"] or profile["source"]
        if profile["profile_index"]:
            name += f" (#{profile['profile_index']})"
        missing = ", ".join(profile["missing_questions"]) or "-"
        table.add_row(name, missing, str(len(profile["warnings"])))
    if len(incomplete) > INCOMPLETE_SHOWN:
        table.add_row(f"… {len(incomplete) - INCOMPLETE_SHOWN} more (-f json lists all)", "", "")
    return table


def _measures(measures: list[dict], organisations: int, language: str) -> Table:
    table = Table(title="Measures: share of organisations", title_justify="left")
    table.add_column("Measure", overflow="fold")
    table.add_column("Orgs", justify="right")
    table.add_column("Share", justify="right")
    table.add_column("")
    for measure in measures:
        count = measure["organisations"]
        table.add_row(
            measure[language], str(count), f"{measure['share']:.0%}", _bar(count, organisations)
        )
    return table
