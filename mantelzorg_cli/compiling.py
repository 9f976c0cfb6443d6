"""Regular expressions compiled once per machine, not once per run.

`re` compiles in Python: the program's own patterns take about 7 ms as its
modules load, and the vocabulary's patterns one profile needs 15 to 30 ms,
a large part of a run on one file, paid again by every `mzextract "$f"` of
a shell loop. What compiling makes (the matcher's code, a list of numbers)
is kept (`files.pattern_cache` stores it between runs, and says when it is
trusted) and handed back to the matcher. Code is only valid for the Python
that made it, so the store is keyed by that (`MACHINE`); code the matcher
refuses is compiled as usual, and so is every pattern on a Python whose
`re` is not built this way. A pattern is the same either way: the matcher
gets the same code.
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

_CODE = "I"  # an array of the matcher's code units (CODESIZE 4)

Key = tuple[str | bytes, int]  # a pattern and its flags
Compiled = tuple[int, bytes, int, dict, tuple]  # flags, code, groups, group index, group names

_known: dict[Key, Compiled] = {}  # from earlier runs, and made in this one
_made: dict[Key, Compiled] = {}  # compiled in this run
_handed = False  # whether the code of earlier runs was handed over (`remember`)


def compiled(source: str | bytes, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, from the code of an earlier run if known."""
    key = (source, int(flags))  # (an int: `re` works out flags of an enum slowly)
    known = _known.get(key)
    if known is not None:
        try:
            return _built(source, known)
        except Exception:  # (RuntimeError: invalid code) compiled as usual
            del _known[key]
    if MACHINE:
        try:
            form = _compiled_form(*key)
        except re.error:
            raise  # as re.compile would
        except Exception:  # (a Python whose `re` is built otherwise after all)
            return re.compile(source, flags)
        _made[key] = _known[key] = form
        return _built(source, form)
    return re.compile(source, flags)


def _compiled_form(source: str | bytes, flags: int) -> Compiled:
    """What `re.compile` hands to the matcher, as the matcher takes it."""
    parsed = _parser.parse(source, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    groups = parsed.state.groups - 1
    return int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup)


def _built(source: str | bytes, form: Compiled) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = form
    return _sre.compile(source, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)


def remember(known: dict[Key, Compiled]) -> None:
    """Take the code of earlier runs (of this `MACHINE`)."""
    global _handed
    _known.update(known)
    _handed = True


def remembered() -> bool:
    """Whether the code of earlier runs was taken (`remember`), since the start or `forget`."""
    return _handed


def known() -> dict[Key, Compiled]:
    """The code of every pattern known: of earlier runs, and compiled in this one."""
    return dict(_known)


def made() -> dict[Key, Compiled]:
    """The code of the patterns compiled in this run, not known before."""
    return dict(_made)


def forget() -> None:
    """Start afresh: no code known, none made, none taken."""
    global _handed
    _known.clear()
    _made.clear()
    _handed = False
