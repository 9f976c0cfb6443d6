"""The one exception the library raises on purpose."""


class InputError(ValueError):
    """The input cannot give a record: empty, binary, or holding no profile.

    The message is one short phrase meant to follow a file name on standard
    error, as in ``mzextract: notes.txt: no profile found``.
    """


class EmptyInput(InputError):
    """Nothing but white space: a file, or the start of one that is read in blocks."""
