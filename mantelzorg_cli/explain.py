"""Every line of an input as the reader saw it, and what became of it (`mzextract explain`);
every paragraph and item with the measures it names and the words that showed them
(`mzextract explain --tags`).

The lines are the input's own for text (a line a front end dropped, such as
a page foot, is `chrome`), and for a saved page the lines the page became.
Each gets the role the reader gave it: the site's `header` or `footer`,
`organisation`, `date`, `intro`, `question`, `item`, `subitem`,
`paragraph`, `contact`, `website`, `blank`, `chrome`, or `left_out` (text
outside any profile). It runs the same stages as `pipeline.extract`.
"""

from dataclasses import dataclass

from .errors import InputError
from .frontends import Rewritten
from .measures import Vocabulary, default_vocabulary
from .measures.model import Hit
from .pipeline import decoded_text, extract, page_texts, text_form
from .reading.kinds import BLANK, FOOTER, FOOTER_NAME, HEADER
from .reading.lines import Line, classify, join_wrapped_headings
from .reading.parts import read_parts
from .reading.sections import ITEM, PARAGRAPH, SUBITEM
from .reading.split import is_profile, split_profiles
from .reading.text import fold
from .record.tagging import tagged_texts

CHROME, LEFT_OUT = "chrome", "left_out"
_IN_A_SECTION = frozenset({"question", ITEM, SUBITEM, PARAGRAPH})
_BY_KIND = {BLANK: BLANK, HEADER: HEADER, FOOTER: FOOTER, FOOTER_NAME: FOOTER}


@dataclass(frozen=True)
class ExplainedLine:
    """A line of the input, and the role it was read in."""

    line: int  # 1-based, in the input (text) or in the lines the page became
    role: str
    text: str  # the line, white space folded
    section: str | None = None  # the question's key, for a question and what answers it
    profile: int | None = None  # which profile of the input (0-based); None outside any
    why: str | None = None  # for chrome: what a front end took it for


def explain(data: str | bytes) -> tuple[str, list[ExplainedLine]]:
    """The input's format ("text" or "html") and each of its lines, explained.

    Raises `InputError` for input that is empty or binary; input without a
    profile is explained all the same (every line `left_out` or `blank`).
    """
    text, _ = decoded_text(data)
    pages = page_texts(text)
    if pages is not None:
        lines = [line for page in pages for line in page]
        roles = _roles(pages)
        return "html", [_explained(n, line, *roles[n]) for n, line in enumerate(lines)]
    form = text_form(text)
    roles = _roles([form.lines])
    return "text", list(_input_lines(form, roles))


@dataclass(frozen=True)
class ExplainedText:
    """A paragraph or item of a profile, and the measures it was tagged with."""

    profile: int  # which profile of the input (0-based)
    organisation: str | None
    section: str  # the question's key
    kind: str  # "paragraph", or "item" (tagged with its sub-items)
    index: int  # its place among the section's paragraphs or items (0-based)
    text: str  # as tagged: an item with its sub-items, a line each
    measures: list[Hit]  # each measure it names, with the words that showed it


def explain_measures(
    data: str | bytes, vocabulary: Vocabulary | None = None
) -> list[ExplainedText]:
    """Every paragraph and item of every profile in `data`, with the measures it was
    tagged with and the words that matched: the record's tags, shown.

    Raises `InputError` as `extract` does.
    """
    vocabulary = vocabulary or default_vocabulary()
    explained = []
    for number, record in enumerate(extract(data, vocabulary=vocabulary)):
        places, texts = [], []
        for key, section in record["sections"].items():
            if section is not None:  # paragraphs first, then items, as `tagged_texts` gives them
                places += [(key, PARAGRAPH, index) for index in range(len(section["paragraphs"]))]
                places += [(key, ITEM, index) for index in range(len(section["items"]))]
                texts += [text for text, _ in tagged_texts(section)]
        for (key, kind, index), text, hits in zip(
            places, texts, vocabulary.hits_all(texts), strict=True
        ):
            explained.append(
                ExplainedText(number, record["organisation"], key, kind, index, text, hits)
            )
    return explained


def _roles(texts: list[list[str]]) -> list[tuple[str, str | None, int | None]]:
    """(role, section, profile) for each line of `texts`, numbered through all of them."""
    classified: list[Line] = []
    stretches = []
    for lines in texts:
        numbered = []
        for raw in lines:
            line = classify(raw)
            line.number = len(classified)
            classified.append(line)
            numbered.append(line)
        stretches.extend(split_profiles(join_wrapped_headings(numbered)))
    roles: list[tuple[str, str | None, int | None] | None] = [None] * len(classified)
    profile = 0
    for stretch in stretches:
        if not is_profile(stretch):
            for line in stretch:
                roles[line.number] = (_BY_KIND.get(line.kind, LEFT_OUT), None, None)
            continue
        key = None
        for line, role in zip(stretch, read_parts(stretch).roles, strict=True):
            key = line.key if role == "question" else key
            roles[line.number] = (role, key if role in _IN_A_SECTION else None, profile)
        profile += 1
    filled = []
    for line, role in zip(classified, roles, strict=True):
        # A line joined into the one before it (a wrapped heading) has its role.
        role = role or (filled[-1] if filled else (_BY_KIND.get(line.kind, LEFT_OUT), None, None))
        filled.append(role)
    return filled


def _input_lines(form: Rewritten, roles: list) -> list[ExplainedLine]:
    """Each input line, with the role of the line it became part of, or as chrome."""
    explained = []
    owner = -1
    for number, raw in enumerate(form.input_lines):
        why = form.left_out.get(number)
        if why is not None:
            explained.append(_explained(number, raw, CHROME, None, None, why))
            continue
        while owner + 1 < len(form.starts) and form.starts[owner + 1] <= number:
            owner += 1
        role, section, profile = roles[owner]
        if not raw.strip():  # a blank line a front end took out (at a page break)
            role, section = BLANK, None
        explained.append(_explained(number, raw, role, section, profile))
    return explained


def _explained(number, raw, role, section, profile, why=None) -> ExplainedLine:
    return ExplainedLine(number + 1, role, fold(raw), section, profile, why)


__all__ = ["ExplainedLine", "ExplainedText", "InputError", "explain", "explain_measures"]
