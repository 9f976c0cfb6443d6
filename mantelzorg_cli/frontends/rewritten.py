"""Lines as a front end rewrote them, each still knowing where it came from.

A front end may drop a line (a page foot, a mail header) or join two (a
hard wrap); `mzextract explain` shows every input line with what became of
it, so each output line keeps the number of the input line it starts at,
and each dropped line why it went.
"""

from dataclasses import dataclass, field


@dataclass
class Rewritten:
    """Lines as a front end left them, with where each came from in the input."""

    lines: list[str]
    starts: list[int]  # for each line, the 0-based input line it starts at
    input_lines: list[str]
    left_out: dict[int, str] = field(default_factory=dict)  # input line: why it was dropped

    @classmethod
    def of(cls, lines: list[str]) -> "Rewritten":
        return cls(lines, list(range(len(lines))), lines)

    def keeping(self, kept: list[tuple[int, str]], dropped: dict[int, str]) -> "Rewritten":
        """The next version: `kept` as (index into these lines, new text), `dropped` by index."""
        left_out = dict(self.left_out)
        left_out.update({self.starts[at]: why for at, why in dropped.items()})
        return Rewritten(
            [text for _, text in kept],
            [self.starts[at] for at, _ in kept],
            self.input_lines,
            left_out,
        )
