"""Files and folders: what the paths name (`inputs`), each read in order, in processes
when asked (`batch`, with `workers` ending with the run), as `run.read_paths`, the
library's way to read a folder and the command line's."""

__all__ = ["Failure", "Run", "read_paths"]


def __getattr__(name: str) -> object:
    """`run`'s names, imported when first used: `files.inputs` alone stays light."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import run

    return getattr(run, name)
