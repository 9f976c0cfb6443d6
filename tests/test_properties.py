"""Properties that hold for any input: hypothesis generates and mangles profiles."""

import contextlib
import copy
import re

from conftest import TEXT_SAMPLES, assert_valid, golden_records, words_of_lines, words_of_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError, extract
from mantelzorg_cli.reading.questions import QUESTIONS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Content words that share nothing with the questions, the contact sentence
# or the boilerplate, so generated text cannot be a heading by accident.
WORDS = [
    "verlof",
    "intranet",
    "werktijden",
    "thuiswerken",
    "gesprek",
    "leidinggevende",
    "workshop",
    "nieuwsbrief",
    "zorgverlof",
    "teamoverleg",
    "ervaringen",
    "regeling",
    "aandacht",
    "afspraken",
    "flexibel",
    "beleid",
    "bijeenkomst",
    "ondersteuning",
    "balans",
    "vertrouwenspersoon",
    "folder",
    "poster",
    "lunch",
    "coach",
    "training",
    "personeelsdag",
    "kennis",
    "budget",
    "roosters",
    "privé",
    "’s",
    "avonds",
    "“Goed",
    "Gepraat”",
    "(Werk",
    "&)",
    "o.a.",
    "HR/P&O",
    "1",
    "op",
    "de",
    "6",
    "9%",
    "vitaliteit.Tevens",
]
ORGANISATIONS = ["Gemeente Testdorp", "Stichting De Brug", "Zorggroep Ten Oever B.V."]
DATES = [
    ("30 maart 2017", "2017-03-30"),
    ("8 nov. 2019", "2019-11-08"),
    ("01-07-2020", "2020-07-01"),
    ("mei 2018", "2018-05"),
    ("2016", "2016"),
]
APPROXIMATE = ["circa", "ca.", "ruim", "ongeveer", "bijna", "meer dan", "±"]
MARKERS = ["•", "·", "▪", "-", "*", "–", "—", "o", "1.", "1)", "(1)", "a)"]
SPACES = st.sampled_from([" ", " ", " ", "\u00a0", "  ", " \u00a0"])


def numbered(marker: str, index: int) -> str:
    """The marker of the index-th item: `1.` `2.` …, `a)` `b)` …; symbols stay."""
    if marker[0] == "a":
        return chr(ord("a") + index) + marker[1:]
    return re.sub(r"\d", str(index + 1), marker)


FIRST_WORDS = [word for word in WORDS if word.isalpha()]  # a text starts with a word


@st.composite
def phrases(draw, ending: str = "") -> str:
    first = draw(st.sampled_from(FIRST_WORDS)).capitalize()
    return " ".join([first, *draw(st.lists(st.sampled_from(WORDS), max_size=11))]) + ending


@st.composite
def written(draw, text: str, indent: str = "", continuation: str = "") -> list[str]:
    """`text` as lines: odd spaces between words, maybe hard-wrapped before a word.

    (Not before `1.` or `-`: a wrapped line that starts like a bullet is one.)
    """
    words = text.split(" ")
    cut = draw(st.sampled_from([0, *(i for i, w in enumerate(words) if i and w.isalpha())]))
    joined = [draw(SPACES).join(words[:cut] or words), draw(SPACES).join(words[cut:])]
    if not cut:
        return [indent + draw(SPACES).join(words)]
    return [indent + joined[0], continuation + joined[1]]


@st.composite
def answers(draw):
    """An answer as lines, and the section it must give: paragraphs and lists alternate."""
    paragraphs, items, lines = [], [], []
    blocks = draw(st.integers(0, 4))
    start_with_list = draw(st.booleans())
    for block in range(blocks):
        if (block % 2 == 0) == start_with_list:
            marker, sub_marker = draw(st.permutations(MARKERS))[:2]
            indent = draw(st.integers(0, 2))
            same_marker_deeper = draw(st.booleans())
            sub_indent = indent + 2 if same_marker_deeper else indent + draw(st.integers(0, 2))
            sub_marker = marker if same_marker_deeper else sub_marker
            for index in range(draw(st.integers(1, 4))):
                text = draw(phrases(ending=draw(st.sampled_from(["", ".", ":"]))))
                subs = draw(st.lists(phrases(), max_size=2))
                items.append({"text": text, "subitems": subs})
                pad = " " * indent
                lines += draw(written(f"{numbered(marker, index)} {text}", pad, pad + "    "))
                for sub_index, sub in enumerate(subs):
                    pad = " " * sub_indent
                    bullet = f"{numbered(sub_marker, sub_index)} {sub}"
                    lines += draw(written(bullet, pad, pad + "    "))
                if draw(st.booleans()):
                    lines.append("")
        else:
            text = draw(phrases(ending="."))
            paragraphs.append(text)
            lines += draw(written(text, "", ""))
        lines.append("")
    return lines, {"paragraphs": paragraphs, "items": items}


@st.composite
def headings(draw, key: str) -> tuple[str, str]:
    """A heading as a profile may write it, and the `question` it must give."""
    question = QUESTIONS[key]
    if key == "dialogue":
        question = question.replace("’", draw(st.sampled_from(["’", "'", "`", "‘"])))
    if draw(st.booleans()):
        question = question[:-1] + draw(st.sampled_from(["", "?", ":", "."]))
    if draw(st.booleans()):
        question = question.upper()
    prefix = draw(st.sampled_from(["", "", "1. ", "2) ", "## ", "### 3. "]))
    return prefix + question, question


@st.composite
def profiles(draw):
    """A profile's text and the record it must give."""
    organisation = draw(st.sampled_from(ORGANISATIONS))
    date_text, date_iso = draw(st.sampled_from(DATES))
    count = draw(st.integers(1, 9999))
    approximate = draw(st.sampled_from([None, *APPROXIMATE]))
    count_text = f"{count:,}".replace(",", ".")
    head_count = f"Bij ons werken {approximate + ' ' if approximate else ''}{count_text} mensen."
    intro = [*draw(st.lists(phrases(ending="."), max_size=2)), head_count]

    lines = ["Werk&Mantelzorg", ""] if draw(st.booleans()) else []
    lines += [organisation, "", f"Erkend mantelzorgvriendelijk sinds:\u00a0{date_text}", ""]
    for paragraph in intro:
        lines += [*draw(written(paragraph)), ""]
    sections, warnings = {}, []
    for key in QUESTIONS:
        if not draw(st.booleans()) and key != "awareness":
            sections[key] = None
            warnings.append(f"missing question: {key}")
            continue
        heading, question = draw(headings(key))
        answer_lines, section = draw(answers())
        lines += [heading, "", *answer_lines]
        sections[key] = {"question": question, **section}
    contact = None
    if draw(st.booleans()):
        text = (
            "Voor meer informatie kunt u contact opnemen met: Anne de Vries – Smit, "
            "HR-adviseur, mail: a.devries@testdorp.example.nl."
        )
        lines += [text, ""]
        contact = {
            "name": "Anne de Vries – Smit",
            "role": "HR-adviseur",
            "email": "a.devries@testdorp.example.nl",
            "phone": None,
            "text": text,
        }
    website = draw(st.sampled_from([None, "www.testdorp.example.nl"]))
    if website:
        lines += [website, ""]
    if draw(st.booleans()):
        lines += [
            f"{organisation} is 1 van de erkende organisaties.",
            "Overzicht van alle organisaties",
        ]
    record = {
        "schema_version": "1.2",
        "source": "-",
        "profile_index": 0,
        "input_format": "text",
        "organisation": organisation,
        "recognised_since": date_iso,
        "recognised_year": int(date_iso[:4]) if date_iso else None,
        "recognised_since_text": date_text,
        "employees": count,
        "employees_approximate": approximate is not None,
        "intro": "\n\n".join(intro),
        "sections": sections,
        "contact": contact,
        "website": website,
        "warnings": warnings,
    }
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines), record


@SETTINGS
@given(profiles())
def test_any_layout_of_a_profile_gives_its_record(case):
    text, record = case
    found = extract(text)
    assert [read_untagged(one) for one in found] == [record]
    assert_valid(found)


@SETTINGS
@given(st.lists(profiles(), min_size=2, max_size=3))
def test_concatenated_profiles_give_their_records_in_order(cases):
    text = "\n\n".join(
        "Werk&Mantelzorg\n\n" + t.removeprefix("Werk&Mantelzorg\n\n") for t, _ in cases
    )
    expected = [{**record, "profile_index": i} for i, (_, record) in enumerate(cases)]
    assert [read_untagged(found) for found in extract(text)] == expected


def read_untagged(record: dict) -> dict:
    """The record as read, its measures taken off once they are shown to add up.

    Which measures random words name is for tests/measures/ to say;
    here they must only be consistent: the record's list is every tag, sorted.
    """
    record = copy.deepcopy(record)
    tags = set()
    for section in filter(None, record["sections"].values()):
        paragraph_measures = section.pop("paragraph_measures")
        assert len(paragraph_measures) == len(section["paragraphs"])
        tags.update(*paragraph_measures, *(item.pop("measures") for item in section["items"]))
    assert record.pop("measures") == sorted(tags)
    return record


# --- nothing lost: mutated samples ---------------------------------------


@st.composite
def mutated_samples(draw):
    """A sample with lines shuffled in sections, bullets swapped, blank lines and NBSPs added."""
    sample = draw(st.sampled_from(TEXT_SAMPLES))
    questions = {s["question"] for r in golden_records(sample) for s in r["sections"].values() if s}
    lines = sample.read_text(encoding="utf-8").splitlines()
    starts = [
        i
        for i, line in enumerate(lines)
        if " ".join(line.split()).lstrip("#0123456789.) ") in questions
    ]
    for start in starts:
        end = start + 1
        while (
            end < len(lines)
            and end not in starts
            and not lines[end].startswith(("Voor meer", "Contactpersoon"))
        ):
            end += 1
        body = lines[start + 1 : end]
        if draw(st.booleans()):
            body = draw(st.permutations(body))
        lines[start + 1 : end] = body
    mutated = []
    for line in lines:
        if draw(st.integers(0, 9)) == 0:
            line = re.sub(
                r"^(\s*)[•·▪\-*–—]\s",
                lambda m: f"{m.group(1)}{draw(st.sampled_from(MARKERS))} ",
                line,
            )
        if draw(st.integers(0, 9)) == 0:
            line = line.replace(" ", "\u00a0", 1)
        mutated.append(line)
        if draw(st.integers(0, 7)) == 0:
            mutated.append("")
    return mutated


@settings(max_examples=200, deadline=None)
@given(mutated_samples())
def test_mutated_samples_lose_no_text(lines):
    records = extract("\n".join(lines))
    assert words_of_records(records, lines) == words_of_lines(lines)


# --- never an unexpected exception ----------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000)))
def test_arbitrary_input_gives_records_or_an_input_error(data):
    try:
        records = extract(data)
    except InputError:
        return
    assert records
    assert_valid(records)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    *QUESTIONS.values(),
                    "Werk&Mantelzorg",
                    "Overzicht van alle organisaties",
                    "Erkend mantelzorgvriendelijk sinds: 2017",
                    "Erkend mantelzorgvriendelijk sinds:",
                    "Voor meer informatie kunt u contact opnemen met:",
                    "www.x.nl",
                    "",
                    "  – sub",
                    " • item",
                    "Gemeente X",
                    "Gemeente X is 1 van de erkende organisaties.",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=40,
    )
)
def test_profile_shaped_noise_gives_records_or_an_input_error(lines):
    with contextlib.suppress(InputError):
        assert_valid(extract("\n".join(lines)))
