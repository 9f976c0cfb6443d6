"""The record (schema_version "1"): values read from a profile's parts."""

from .contact import parse_contact
from .dates import parse_date
from .headcount import find_head_count
from .questions import QUESTIONS
from .segment import Parts

SCHEMA_VERSION = "1"
SECTION_KEYS = tuple(QUESTIONS)


def build_record(
    parts: Parts, *, source: str, index: int, input_format: str, notes: list[str]
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
        warnings.append(f'recognition date not understood: "{written_date}"')

    intro = "\n\n".join(parts.intro)
    employees, approximate = find_head_count(intro)

    sections = {}
    for key in SECTION_KEYS:
        section = parts.sections.get(key)
        sections[key] = section.to_dict() if section else None
        if section is None:
            warnings.append(f"missing question: {key}")

    warnings.extend(
        f'footer names another organisation: "{name}"'
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
        "contact": parse_contact(" ".join(parts.contact)) if parts.contact else None,
        "website": parts.website,
        "warnings": warnings,
    }


def _same_name(name: str) -> str:
    return "".join(name.split()).casefold()
