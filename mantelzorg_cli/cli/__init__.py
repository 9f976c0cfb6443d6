"""The command line, the imperative shell around the pure pipeline.

`command` (the click commands, with `options` they share) → `inputs` (what
the arguments name, walked) → `batch` (each input read, in processes if
asked, failures as lines) → `destinations` (standard output or files, one
line when they fail) over `output` (files whole or untouched), and
`terminal` (messages, progress); `signals` ends a run cleanly.
"""

from ..files.pattern_cache import load_kept_patterns
from .signals import stop_cleanly_on_signals

# First, before click and the commands are imported: a Ctrl-C at any moment of a run
# ends it with 128 + the signal and one line, never with a traceback or click's "Aborted!".
stop_cleanly_on_signals()
# Then the patterns earlier runs compiled, which the modules below compile as they load.
load_kept_patterns()

from .command import main  # noqa: E402

__all__ = ["main"]
