"""The command line, the imperative shell around the pure pipeline.

`command` (the click commands, with `options` they share) → `inputs` (what
the arguments name, walked) → `batch` (each input read, in processes if
asked, failures as lines) → `destinations` (standard output or files, one
line when they fail) over `output` (files whole or untouched), and
`terminal` (messages, progress); `signals` ends a run cleanly.

Modules that only some runs need (bs4, rich, yaml, multiprocessing) are
imported where they are used, not at the top: `mzextract FILE` pays only
for what it uses (a test checks it).
"""

from .command import main

__all__ = ["main"]
