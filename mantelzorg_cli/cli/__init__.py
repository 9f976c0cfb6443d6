"""The command line, the imperative shell around the pure pipeline.

`command` (the click commands, with `options` they share) → `inputs` (what
the arguments name, walked) → `batch` (each input read, in processes if
asked, failures as lines) → `destinations` (standard output or files, one
line when they fail) over `output` (files whole or untouched), and
`terminal` (messages, progress); `signals` ends a run cleanly.
"""

from .command import main

__all__ = ["main"]
