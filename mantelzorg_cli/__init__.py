"""mzextract: Werk&Mantelzorg employer profiles as data.

    >>> from mantelzorg_cli import extract
    >>> records = extract(open("profile.txt", "rb").read(), source="profile.txt")

`extract` takes text or bytes and returns one record (`record.schema.Record`,
a plain dict) per profile; it raises `InputError` for input that holds no
profile.

The package reads as its pipeline: `reading` (bytes → a profile's parts) →
`record` (parts → a record) with `measures` (tagging) → `exporters` (records →
JSON, JSON Lines, CSV, YAML); `summary` counts figures over many records, and
`cli` is the shell around them all (files, terminal, signals). `pipeline`
joins the stages.

A module that only some runs need (bs4, rich, yaml, multiprocessing) is
imported inside the function that uses it, so that `mzextract FILE` starts
without it (tests/test_code_quality.py checks this); the API below is
imported when first used, so that `mzextract --version` needs none of it.
"""

from .errors import InputError

__version__ = "1.2.0"
__all__ = ["Failure", "InputError", "Run", "__version__", "extract", "read_paths"]

# name -> the module that has it
_WHERE = {"extract": "pipeline", **dict.fromkeys(("read_paths", "Run", "Failure"), "files.run")}


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
