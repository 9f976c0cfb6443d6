"""mzextract: Werk&Mantelzorg employer profiles as data.

    >>> from mantelzorg_cli import extract
    >>> records = extract(open("profile.txt", "rb").read(), source="profile.txt")

`extract` takes text or bytes and returns one record (a plain dict, see the
README) per profile; it raises `InputError` for input that holds no profile.
"""

from .errors import InputError
from .pipeline import extract

__version__ = "1.1.0"
__all__ = ["InputError", "__version__", "extract"]
