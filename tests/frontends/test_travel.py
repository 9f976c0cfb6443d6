"""Properties: a profile that travelled (quoted, wrapped and paginated, turned into
Markdown) gives the record of its plain text; a list of names and dates gives none."""

import re
import textwrap

import pytest
from conftest import TEXT_SAMPLES
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError, extract

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PLAIN = {sample.name: sample.read_text(encoding="utf-8") for sample in TEXT_SAMPLES}
_BULLET_START = re.compile(r"\s*(?:[•·▪◦●‣\-*+–—o]\s|\d{1,3}[.)]\s|\(\d{1,3}\)\s|[a-z][.)]\s)")


def record_of(text: str) -> list[dict]:
    return [{**record, "source": "-"} for record in extract(text)]


samples = st.sampled_from(sorted(_PLAIN))


# --- e-mail ---------------------------------------------------------------------


@st.composite
def forwarded(draw, plain: str) -> str:
    depth = draw(st.integers(1, 3))
    mark = draw(st.sampled_from([">", "> ", ">>"[:1] + " "]))
    quoted = [(mark * depth).rstrip() if not line.strip() else mark * depth + line
              for line in plain.split("\n")]  # fmt: skip
    before = draw(st.sampled_from([
        [],
        ["Hoi Sanne,", "", "Zie hieronder het profiel.", "", "Groet, Piet", ""],
        ["---------- Forwarded message ---------", "Van: Piet <piet@x.example.nl>",
         "Date: ma 3 mrt 2025 om 10:12", "Subject: profiel", "To: Sanne", ""],
        ["Van: Piet Jansen", "Verzonden: maandag 3 maart 2025 10:12", "Aan: Sanne",
         "Onderwerp: profiel", ""],
        ["Op ma 3 mrt 2025 om 10:12 schreef Piet Jansen <piet@x.example.nl>:", ""],
    ]))  # fmt: skip
    after = draw(st.sampled_from([[], ["", "-- ", "Piet Jansen", "06-12345678"]]))
    return "\n".join([*before, *quoted, *after])


@SETTINGS
@given(data=st.data(), name=samples)
def test_a_forwarded_profile_gives_the_plain_record(data, name):
    plain = _PLAIN[name]
    assert record_of(data.draw(forwarded(plain))) == record_of(plain)


# --- printed: wrapped and paginated ------------------------------------------------


def _wrapped(plain: str, width: int, hanging: bool) -> list[str] | None:
    lines = []
    for line in plain.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        marker = _BULLET_START.match(line)
        under = " " * (marker.end() if marker else len(indent)) if hanging else ""
        parts = textwrap.wrap(line, width, subsequent_indent=under, break_long_words=False,
                              break_on_hyphens=False, initial_indent="")  # fmt: skip
        if any(_BULLET_START.match(part.strip() + " ") for part in parts[1:]):
            return None  # a wrapped line that starts like a bullet: ambiguous to any reader
        lines.append(indent + parts[0].lstrip() if indent else parts[0])
        lines.extend(parts[1:])
    return lines


def _looks_continued(lines: list[str], cut: int, width: int) -> bool:
    before = [line for line in lines[:cut] if line.strip()]
    after = [line for line in lines[cut:] if line.strip()]
    parted = not lines[cut - 1].strip() or not lines[cut].strip()
    if not (parted and before and after):
        return False
    # (Near the margin, give or take what the reader's estimate of the width may miss.)
    return len(before[-1].rstrip()) + 1 + len(after[0].split()[0]) > width * 0.85


@st.composite
def printed(draw, plain: str) -> str:
    width = draw(st.integers(60, 100))
    lines = _wrapped(plain, width, draw(st.booleans()))
    assume(lines is not None)
    cuts = sorted(draw(st.sets(st.integers(1, len(lines) - 1), min_size=1, max_size=4)))
    # A break between two paragraphs, after a line that runs to the margin, looks just like
    # one inside a paragraph (the blank lines around a page break say nothing): no reader
    # can tell them apart, and the reading rules take it for one paragraph.
    assume(not any(_looks_continued(lines, cut, width) for cut in cuts))
    pages = [lines[a:b] for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]
    header = draw(st.sampled_from(["Werk&Mantelzorg – profiel", "Profiel werkgever", None]))
    # A running header is told by repeating: on every page, or on each after the first
    # when there are two of those (on the second page alone it is one more line).
    first_too = len(pages) < 3 or draw(st.booleans())
    foot = draw(st.sampled_from(["Pagina {} van {}", "{}/{}", "- {} -", "{}"]))
    text = []
    for number, page in enumerate(pages, 1):
        top = [header, ""] if header and (number > 1 or first_too) else []
        text.append("\n".join([*top, *page, "", foot.format(number, len(pages))]))
    return "\n\f".join(text) + "\n\f"


@SETTINGS
@given(data=st.data(), name=samples)
def test_a_printed_profile_gives_the_plain_record(data, name):
    plain = _PLAIN[name]
    assert record_of(data.draw(printed(plain))) == record_of(plain)


# --- Markdown -------------------------------------------------------------------------


@st.composite
def as_markdown(draw, plain: str) -> str:
    records = extract(plain)
    questions = {s["question"] for r in records for s in r["sections"].values() if s}
    heading = draw(st.sampled_from(["## {}", "**{}**", "### {}"]))
    marker = draw(st.sampled_from(["-", "*", "+"]))
    sub_indent = draw(st.sampled_from(["  ", "    "]))
    rule = draw(st.booleans())
    organisations = {r["organisation"] for r in records}
    websites = {r["website"] for r in records}
    subitems = {
        sub for r in records for s in r["sections"].values() if s for i in s["items"]
        for sub in i["subitems"]
    }  # fmt: skip
    out = []
    for line in plain.split("\n"):
        stripped = line.strip()
        symbol = re.match(r"\s*(?:[•·▪◦●‣–—*o-]|\d{1,2}[.)]|[a-z]\))\s+", line)
        if stripped in questions:
            out.extend(["---", ""] if rule else [])
            out.append(heading.format(stripped))
        elif stripped in organisations and stripped:
            out.append(f"# {stripped}")
        elif stripped in websites and stripped:
            out.append(f"[{stripped}](https://{stripped})")
        elif stripped.startswith("Erkend mantelzorgvriendelijk sinds:"):
            out.append("**Erkend mantelzorgvriendelijk sinds:**" + stripped.split(":", 1)[1])
        elif symbol:
            text = line[symbol.end() :]
            folded = " ".join(text.split())  # a sub-item's first line, if it wraps
            level = sub_indent if any(sub.startswith(folded) for sub in subitems) else ""
            out.append(f"{level}{marker} {text}")
        else:
            out.append(line)
    return "\n".join(out)


@SETTINGS
@given(data=st.data(), name=samples)
def test_a_profile_in_markdown_gives_the_plain_record(data, name):
    plain = _PLAIN[name]
    assert record_of(data.draw(as_markdown(plain))) == record_of(plain)


# --- names and dates ------------------------------------------------------------------

_NAMES = st.from_regex(
    r"(Gemeente|Stichting|Zorggroep|Bouwbedrijf) [A-Z][a-z]{3,9}", fullmatch=True
)
_DATES = st.sampled_from(["12 maart 2021", "1 juli 2019", "03-02-2020", "november 2018"])


@settings(max_examples=40, deadline=None)
@given(cards=st.lists(st.tuples(_NAMES, _DATES), min_size=1, max_size=12), page=st.booleans())
def test_a_list_of_names_and_dates_is_no_profile(cards, page):
    if page:
        items = "".join(
            f"<div class='card'><h3>{name}</h3><p>Erkend mantelzorgvriendelijk sinds: {date}</p>"
            "</div>"
            for name, date in cards
        )
        text = f"<!DOCTYPE html><html><body><h1>Alle organisaties</h1>{items}</body></html>"
    else:
        text = "\n\n".join(
            f"{name}\nErkend mantelzorgvriendelijk sinds: {date}" for name, date in cards
        )
    with pytest.raises(InputError, match="none of the four questions"):
        extract(text)
