"""What a person at a terminal sees on standard error: messages, progress, the tally line."""

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..reading.text import printable

PROGRESS_FROM = 10  # files; fewer finish before a bar would be worth drawing


def say(message: str) -> None:
    if sys.stderr is None:  # `2>&-`: nowhere to say it
        return
    try:
        print(f"mzextract: {printable(message)}", file=sys.stderr, flush=True)
    except OSError:  # its reader left, or `2>/dev/full`: the records still matter
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())
        sys.stderr = None


def _no_bar() -> None:
    """Without a bar there is nothing to move."""


@dataclass(frozen=True)
class Feedback:
    """`say` a message, `advance` past an input: with a bar on a terminal, or plainly."""

    say: Callable[[str], None] = say
    advance: Callable[[], None] = _no_bar


@contextlib.contextmanager
def feedback(count: Callable[[], int], bar: bool) -> Iterator[Feedback]:
    """`count` the files only when a bar may be drawn: counting walks the folders."""
    on_a_terminal = sys.stderr is not None and sys.stderr.isatty()  # (None: `2>&-`)
    total = count() if bar and on_a_terminal else 0
    if total < PROGRESS_FROM:
        yield Feedback()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)  # rich honours NO_COLOR
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )
    with progress:
        task = progress.add_task("reading", total=total)
        yield Feedback(
            # Above the bar, one line however long: a path must stay copyable.
            say=lambda message: console.print(
                f"mzextract: {printable(message)}", markup=False, highlight=False, soft_wrap=True
            ),
            advance=lambda: progress.update(task, advance=1),
        )


def tally_line(files: int, profiles: int, warnings: int, failed: int) -> str:
    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    return (
        f"{count(files, 'file')}, {count(profiles, 'profile')}, "
        f"{count(warnings, 'warning')}, {failed} failed"
    )
