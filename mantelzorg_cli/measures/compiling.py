"""The vocabulary's patterns compiled once per machine, not once per run.

`re` compiles in Python: the patterns one profile needs take 15 to 30 ms,
a quarter of a run on one file, paid again by every `mzextract "$f"` of a
shell loop. What compiling makes (the matcher's code, a list of numbers)
is kept (`files.pattern_cache` stores it between runs, and says when it is
trusted) and handed back to the matcher. Code is only valid for the Python
that made it, so the store is keyed by that (`MACHINE`); code the matcher
refuses is compiled as usual, and so is every pattern on a Python whose
`re` is not built this way.
"""

import re
import sys
from array import array

try:
    import _sre
    from re import _compiler, _parser  # Python 3.11 and later

    MACHINE = f"{sys.implementation.name} {sys.hexversion:x} sre {_sre.MAGIC} {_sre.CODESIZE}"
    if array("I").itemsize != _sre.CODESIZE:
        MACHINE = ""
except (ImportError, AttributeError):  # Python 3.10 (sre_compile), or not CPython
    MACHINE = ""

_FLAGS = int(re.IGNORECASE)  # every clue's (an int: `re` works out flags of an enum slowly)
_CODE = "I"  # an array of the matcher's code units (CODESIZE 4)

Compiled = tuple[int, bytes, int, dict, tuple]  # flags, code, groups, group index, group names

_known: dict[str, Compiled] = {}  # from earlier runs
_made: dict[str, Compiled] = {}  # compiled in this run


def compiled(source: str) -> re.Pattern:
    """`re.compile(source, re.IGNORECASE)`, from the code of an earlier run if known."""
    known = _known.get(source)
    if known is not None:
        try:
            return _built(source, known)
        except Exception:  # (RuntimeError: invalid code) compiled as usual
            del _known[source]
    if MACHINE:
        try:
            form = _compiled_form(source)
        except re.error:
            raise  # as re.compile would
        except Exception:  # (a Python whose `re` is built otherwise after all)
            return re.compile(source, _FLAGS)
        _made[source] = _known[source] = form
        return _built(source, form)
    return re.compile(source, _FLAGS)


def _compiled_form(source: str) -> Compiled:
    """What `re.compile` hands to the matcher, as the matcher takes it."""
    parsed = _parser.parse(source, _FLAGS)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags = int(_FLAGS | parsed.state.flags)
    code = array(_CODE, _compiler._code(parsed, _FLAGS)).tobytes()
    return flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _built(source: str, form: Compiled) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = form
    return _sre.compile(source, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)


def remember(known: dict[str, Compiled]) -> None:
    """Take the code of earlier runs (of this `MACHINE`)."""
    _known.update(known)


def made() -> dict[str, Compiled]:
    """The code of the patterns compiled in this run, not known before."""
    return dict(_made)


def forget() -> None:
    """Start afresh: no code known, none made."""
    _known.clear()
    _made.clear()
