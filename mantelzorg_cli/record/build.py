"""The record (`schema.Record`): values read from a profile's parts, measures tagged."""

from ..measures import Vocabulary
from ..reading.dates import parse_date
from ..reading.parts import Parts
from .contact import parse_contact
from .headcount import find_head_count
from .schema import SCHEMA_VERSION, SECTION_KEYS, Record
from .tagging import tag_sections, tagged_texts


def build_record(
    parts: Parts,
    *,
    source: str,
    index: int,
    input_format: str,
    notes: list[str],
    vocabulary: Vocabulary,
) -> Record:
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

    # In SECTION_KEYS order, whatever order the profile asks the questions in.
    read = {key: parts.sections[key].build() for key in SECTION_KEYS if key in parts.sections}
    tagged = tag_sections(read, vocabulary)
    sections = {key: tagged.get(key) for key in SECTION_KEYS}
    warnings.extend(f"missing question: {key}" for key, s in sections.items() if s is None)
    measures = {
        measure
        for section in tagged.values()
        for _, tags_of_text in tagged_texts(section)
        for measure in tags_of_text
    }

    warnings.extend(
        f"footer names another organisation: {quoted(name)}"
        for name in parts.footer_names
        if organisation is not None and _same_name(name) != _same_name(organisation)
    )
    return Record(
        schema_version=SCHEMA_VERSION,
        source=source,
        profile_index=index,
        input_format=input_format,
        organisation=organisation,
        recognised_since=recognised_since,
        recognised_year=int(recognised_since[:4]) if recognised_since else None,
        recognised_since_text=written_date,
        employees=employees,
        employees_approximate=approximate,
        intro=intro,
        sections=sections,
        measures=sorted(measures),
        contact=parse_contact(" ".join(parts.contact)) if parts.contact else None,
        website=parts.website,
        warnings=warnings,
    )


QUOTED = 60  # characters of input text a warning quotes: a warning stays one line


def quoted(text: str) -> str:
    """`text` in double quotes for a warning, cut to QUOTED characters."""
    return f'"{text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"}"'


def _same_name(name: str) -> str:
    return "".join(name.split()).casefold()
