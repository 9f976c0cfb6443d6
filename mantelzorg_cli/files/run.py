"""`read_paths`: the records below files and folders, as the command line reads them.

    >>> from mantelzorg_cli import read_paths
    >>> run = read_paths(["profielen/"], jobs=0)
    >>> records = list(run)
    >>> run.failures
    [Failure(source='profielen/leeg.txt', reason='empty file')]

Folders are walked, inputs read (in processes when asked), and every input
that gives no record is a `Failure` with the reason the command line prints,
without anything printed. The command line is this, with messages.
"""

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from ..measures import Vocabulary, VocabularyError, parse_vocabulary
from .batch import Reading, Tally, read_file, read_inputs
from .inputs import MAX_SIZE, PATTERNS, Input, expand, shown_path

# Bytes: the built-in vocabulary is 33 KB. Each term is read and checked at start-up,
# about 30 ms a kilobyte: a larger file would keep a run waiting before any work.
VOCABULARY_SIZE = 2**20


@dataclass(frozen=True)
class Failure:
    """An input that gave no record (or not all of them), and why, as one phrase."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Run:
    """The records of `paths`, read as they are taken; what failed, and a tally.

    Iterate it for the records in path order (or `by_input()` for each
    input's apart); `failures` and `tally` are complete when the records
    have been taken to the end. `on_failure` and `on_warning` are told of
    each as it happens, `on_input` when an input is done.
    """

    paths: tuple[str, ...]
    patterns: tuple[str, ...] = PATTERNS
    jobs: int = 1
    reading: Reading = field(default_factory=Reading)
    on_failure: Callable[[Failure], None] | None = None
    on_warning: Callable[[dict, str], None] | None = None
    on_input: Callable[[], None] = lambda: None
    failures: list[Failure] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    def __iter__(self) -> Iterator[dict]:
        for _, records in self.by_input():
            yield from records

    def by_input(self) -> Iterator[tuple[Input, Iterator[dict]]]:
        """Each input that gave records, with them: take them all before the next. Each
        reading reads the paths again, and counts afresh."""
        self.failures, self.tally = [], Tally()
        return read_inputs(
            self.inputs(),
            self.tally,
            failed=self._failed,
            warned=self.on_warning,
            advance=self.on_input,
            jobs=self._processes(),
            reading=self.reading,
        )

    def inputs(self) -> Iterator[Input]:
        """What the paths name: each file, and each matching file below each folder."""
        return expand(self.paths, self.patterns)

    def _failed(self, item: Input, reason: str) -> None:
        failure = Failure(item.name, reason)
        self.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)

    def _processes(self) -> int:
        """`jobs` (0: one per core), but no more than cores, nor than inputs when all are files."""
        cores = os.cpu_count() or 1
        wanted = min(self.jobs or cores, cores)
        if not any(os.path.isdir(path) for path in self.paths):
            wanted = min(wanted, len(self.paths))
        return max(wanted, 1)


Paths = str | bytes | os.PathLike


def read_paths(
    paths: Paths | Iterable[Paths],
    *,
    glob: str | Iterable[str] = PATTERNS,
    jobs: int = 1,
    measures: str | os.PathLike | Vocabulary | None = None,
    max_size: int = MAX_SIZE,
) -> Run:
    """The records of files and folders (`-` is standard input), as `mzextract` reads them.

    `paths`: one path or several, as text, bytes or `Path`s; `glob`: the file
    names (one pattern or several) to take from folders; `jobs`: processes that read
    (0: one per core); `measures`: a YAML vocabulary's path, or a
    `Vocabulary`, instead of the built-in one (VocabularyError if it cannot
    be used); `max_size`: bytes of the largest input read.
    """
    vocabulary = measures
    if measures is not None and not isinstance(measures, Vocabulary):
        vocabulary = vocabulary_file(measures)
    if isinstance(paths, str | bytes | os.PathLike):  # one path, not its letters
        paths = [paths]
    return Run(
        tuple(os.fsdecode(path) for path in paths),
        (glob,) if isinstance(glob, str) else tuple(glob),
        jobs,
        Reading(vocabulary, max_size),
    )


def vocabulary_file(path: str | os.PathLike) -> Vocabulary:
    """The vocabulary in a YAML file; VocabularyError says where and why it cannot be used."""
    name = shown_path(os.fspath(path))
    try:
        text = read_file(os.fspath(path), VOCABULARY_SIZE).decode("utf-8")
    except OSError as error:
        raise VocabularyError(f"{name}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise VocabularyError(f"{name}: not UTF-8 text") from None
    except InputError:
        limit = f"{VOCABULARY_SIZE // 2**20} MB"
        raise VocabularyError(f"{name}: too large for a vocabulary (more than {limit})") from None
    return parse_vocabulary(text, name)
