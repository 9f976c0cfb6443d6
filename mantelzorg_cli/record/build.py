"""The record (schema_version "1.1"): values read from a profile's parts, measures tagged."""

from collections.abc import Iterator

from ..measures import Vocabulary
from ..reading.questions import QUESTIONS
from ..reading.segment import Parts
from .contact import parse_contact
from .dates import parse_date
from .headcount import find_head_count

SCHEMA_VERSION = "1.1"  # 1.1 added measures; a minor version only adds keys
SECTION_KEYS = tuple(QUESTIONS)


def build_record(
    parts: Parts,
    *,
    source: str,
    index: int,
    input_format: str,
    notes: list[str],
    vocabulary: Vocabulary,
) -> dict:
    """The record for one profile; `notes` are warnings from outside it (e.g. the encoding)."""
    warnings = list(notes)
    organisation = parts.organisation
    if organisation is None and parts.footer_names:
        organisation = parts.footer_names[0]
    if organisation is None:
        warnings.append("no organisation name")

    written_date = parts.recognition or None
    recognised_since = parse_date(written_date) if written_date else None
    if written_date is None:
        warnings.append("no recognition date")
    elif recognised_since is None:
        warnings.append(f"recognition date not understood: {quoted(written_date)}")

    intro = "\n\n".join(parts.intro)
    employees, approximate = find_head_count(intro)

    # In SECTION_KEYS order, whatever order the profile asks the questions in:
    # `_tagged` hands the tags out in that order.
    read = {key: parts.sections[key].to_dict() for key in SECTION_KEYS if key in parts.sections}
    # The whole profile at once: its words are looked for once, not in every text.
    tags = iter(vocabulary.tag_all([text for s in read.values() for text in _texts(s)]))
    sections = {key: _tagged(read[key], tags) if key in read else None for key in SECTION_KEYS}
    warnings.extend(f"missing question: {key}" for key, s in sections.items() if s is None)
    measures = {
        measure
        for section in filter(None, sections.values())
        for _, tags_of_text in tagged_texts(section)
        for measure in tags_of_text
    }

    warnings.extend(
        f"footer names another organisation: {quoted(name)}"
        for name in parts.footer_names
        if organisation is not None and _same_name(name) != _same_name(organisation)
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "profile_index": index,
        "input_format": input_format,
        "organisation": organisation,
        "recognised_since": recognised_since,
        "recognised_since_text": written_date,
        "employees": employees,
        "employees_approximate": approximate,
        "intro": intro,
        "sections": sections,
        "measures": sorted(measures),
        "contact": parse_contact(" ".join(parts.contact)) if parts.contact else None,
        "website": parts.website,
        "warnings": warnings,
    }


def item_text(item: dict) -> str:
    """The text an item is tagged by: an item with its sub-items is one offer
    ("zorgverlof:" with "- kortdurend" below)."""
    return "\n".join([item["text"], *item["subitems"]])


def tagged_texts(section: dict) -> Iterator[tuple[str, list[str]]]:
    """Each paragraph, then each item with its sub-items, with its measures."""
    yield from zip(section["paragraphs"], section["paragraph_measures"], strict=True)
    for item in section["items"]:
        yield item_text(item), item["measures"]


def _texts(section: dict) -> list[str]:
    """What is tagged, in the order of `tagged_texts`."""
    return [*section["paragraphs"], *(item_text(item) for item in section["items"])]


def _tagged(section: dict, tags: Iterator[list[str]]) -> dict:
    """The section with the next of `tags`: a list beside the paragraphs, a key on each item."""
    return {
        "question": section["question"],
        "paragraphs": section["paragraphs"],
        "paragraph_measures": [next(tags) for _ in section["paragraphs"]],
        "items": [{**item, "measures": next(tags)} for item in section["items"]],
    }


QUOTED = 60  # characters of input text a warning quotes: a warning stays one line


def quoted(text: str) -> str:
    """`text` in double quotes for a warning, cut to QUOTED characters."""
    return f'"{text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"}"'


def _same_name(name: str) -> str:
    return "".join(name.split()).casefold()
