"""Text or bytes in, records out: the pure core that the command line drives."""

from .decode import decode, looks_like_html
from .errors import InputError
from .lines import BLANK, BOILERPLATE, classify, join_wrapped_headings
from .measures import Vocabulary, default_vocabulary
from .record import build_record
from .segment import read_profile
from .split import is_profile, split_profiles, unglue_headers
from .text import normalise

_STRAY_SHOWN = 60  # characters of left-out text quoted in its warning
_NOT_QUOTED = BOILERPLATE | {BLANK}


def extract(
    data: str | bytes, source: str = "-", vocabulary: Vocabulary | None = None
) -> list[dict]:
    """The records of every profile in `data`, in order, tagged with `vocabulary`'s measures.

    Raises `InputError` when `data` is empty, binary or holds no profile.
    """
    if vocabulary is None:
        vocabulary = default_vocabulary()
    notes: list[str] = []
    if isinstance(data, bytes):
        decoded = decode(data)
        text, notes = decoded.text, list(decoded.notes)
    else:
        text = data
    input_format = "text"
    if looks_like_html(text):
        from .webpage import page_to_text  # imported here: bs4 costs start-up time

        text, input_format = page_to_text(text), "html"
    lines = [classify(line) for line in unglue_headers(normalise(text)).split("\n")]
    chunks = list(split_profiles(join_wrapped_headings(lines)))
    profiles = [chunk for chunk in chunks if is_profile(chunk)]
    if not profiles:
        raise InputError("no profile found (no recognition line and none of the four questions)")
    strays = _stray_warnings(chunks)
    records = []
    for index, chunk in enumerate(profiles):
        record = build_record(
            read_profile(chunk),
            source=source,
            index=index,
            input_format=input_format,
            notes=notes,
            vocabulary=vocabulary,
        )
        record["warnings"].extend(strays.get(id(chunk), ()))
        records.append(record)
    return records


def _stray_warnings(chunks: list[list]) -> dict[int, list[str]]:
    """Warnings for text outside any profile, on the profile after it (or the last)."""
    warnings: dict[int, list[str]] = {}
    pending: list[str] = []
    last_profile = None
    for chunk in chunks:
        if is_profile(chunk):
            last_profile = id(chunk)
            warnings[last_profile] = pending
            pending = []
        else:
            pending.append(f'text outside a profile left out: "{_quote(chunk)}"')
    if pending and last_profile is not None:
        warnings[last_profile].extend(pending)
    return warnings


def _quote(chunk: list) -> str:
    text = " ".join(line.line for line in chunk if line.kind not in _NOT_QUOTED)
    return text if len(text) <= _STRAY_SHOWN else text[: _STRAY_SHOWN - 1] + "…"
