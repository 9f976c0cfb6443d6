"""What more than one test module uses: paths, samples, profiles, runs and generators.

The tests mirror the pipeline: `reading/`, `record/`, `measures/`,
`exporters/`, `summary/` and `cli/` each test their stage; the top level
holds the contract (golden records, properties, the public API, the code's
own quality). A test module imports helpers from here (`from conftest
import …`) or from `html_pages`, never from another test module.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

# Before the command line is imported (it reads the pattern cache as it loads): no cache
# until the tests' own folder is set (`pattern_cache_of_the_tests`), never the user's.
os.environ["MZEXTRACT_CACHE"] = ""

from html_pages import render_page
from hypothesis import strategies as st

from mantelzorg_cli import extract
from mantelzorg_cli.reading.questions import QUESTIONS

ROOT = Path(__file__).resolve().parent.parent
_SAMPLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# The website's own layouts (text and saved pages); their measures are labelled by hand.
LAYOUT_SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.suffix in _SAMPLE_SUFFIXES)
# The forms profiles travel in: quoted in a mail, Markdown, a PDF's text, word processors' pages.
TRAVELLED_SAMPLES = sorted(
    p for p in (ROOT / "samples" / "travelled").iterdir() if p.suffix in _SAMPLE_SUFFIXES
)
SAMPLES = LAYOUT_SAMPLES + TRAVELLED_SAMPLES
TEXT_SAMPLES = [sample for sample in LAYOUT_SAMPLES if sample.suffix == ".txt"]
GOLDEN = ROOT / "tests" / "golden"
VEENHOVEN = ROOT / "samples" / "gemeente-veenhoven.txt"  # one profile
TWO_PROFILES = ROOT / "samples" / "twee-profielen.txt"  # a file of two


def shown(sample: Path) -> str:
    """A sample's path as a run from the repository root names it: its records' `source`."""
    return sample.relative_to(ROOT).as_posix()


def golden_records(sample: Path) -> list[dict]:
    """The hand-checked records of a sample, always as a list."""
    loaded = json.loads((GOLDEN / f"{sample.stem}.json").read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, list) else [loaded]


def assert_valid(records: list[dict]) -> None:
    """Each record validates against the JSON Schema that `mzextract schema` prints."""
    import jsonschema

    from mantelzorg_cli.record.json_schema import record_schema

    validator = jsonschema.Draft202012Validator(record_schema())
    for record in records:
        validator.validate(record)


def with_source(records: list[dict], source: str) -> list[dict]:
    return [{**record, "source": source} for record in records]


@pytest.fixture(scope="session", autouse=True)
def pattern_cache_of_the_tests(tmp_path_factory):
    """Runs keep compiled patterns in a folder of the tests', never in the user's cache."""
    os.environ["MZEXTRACT_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    del os.environ["MZEXTRACT_CACHE"]


@pytest.fixture
def in_root():
    """Run in the repository root, so `source` reads `samples/NAME.txt`."""
    before = Path.cwd()
    os.chdir(ROOT)
    yield ROOT
    os.chdir(before)


# --- one profile, written to order ----------------------------------------

NBSP = "\u00a0"


def untagged(items: list[dict]) -> list[dict]:
    """Items as read, without the measures tagged on them (tests/measures/)."""
    return [{"text": item["text"], "subitems": item["subitems"]} for item in items]


def profile(
    awareness: str = " • Berichten op intranet.",
    *,
    head: str = "Werk&Mantelzorg\n\nGemeente Testdorp\n\n"
    "Erkend mantelzorgvriendelijk sinds: 30 maart 2017\n\n",
    intro: str = "Bij de gemeente werken 498 mensen.",
    headings: dict[str, str] | None = None,
    tail: str = "\nGemeente Testdorp is 1 van de erkende organisaties.\n"
    "Overzicht van alle organisaties",
) -> str:
    headings = {**QUESTIONS, **(headings or {})}
    answers = {
        "awareness": awareness,
        "dialogue": " • Een workshop voor leidinggevenden.",
        "custom_solutions": "Flexibele werktijden zijn mogelijk.",
        "implementation": " • Mantelzorg staat in het beleidsplan.",
    }
    body = "".join(
        f"{headings[key]}\n\n{answers[key]}\n\n" for key in QUESTIONS if headings[key] is not None
    )
    return f"{head}{intro}\n\n{body}{tail}"


def one(text: str) -> dict:
    [record] = extract(text, source="t.txt")
    return record


# --- the words of a text and of its records: nothing lost -----------------

_MARKER = re.compile(
    r"^\s*(?:[•·▪◦●‣]|[-*–—o](?=\s)|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)](?=\s)|#+)\s*"
)
_LABEL = re.compile(r"^Erkend mantelzorgvriendelijk sinds:?", re.I)
_BOILERPLATE = re.compile(
    r"^(Werk&Mantelzorg|Overzicht van alle organisaties|.* is 1 van de erkende organisaties\.)$"
)


def words_of_lines(lines: list[str]) -> Counter:
    words = Counter()
    for line in "\n".join(lines).replace("organisatiesWerk&", "organisaties\nWerk&").split("\n"):
        folded = " ".join(line.split())
        if not folded or _BOILERPLATE.match(folded):
            continue
        words.update(_MARKER.sub("", _LABEL.sub("", folded)).split())
    return words


def words_of_records(records: list[dict], lines: list[str]) -> Counter:
    words = Counter()
    for record in records:
        fields = [record["recognised_since_text"], record["intro"], record["website"]]
        if any(" ".join(line.split()) == record["organisation"] for line in lines):
            fields.append(record["organisation"])  # else it came from the (boilerplate) footer
        for section in filter(None, record["sections"].values()):
            fields += [section["question"], *section["paragraphs"]]
            fields += [t for item in section["items"] for t in [item["text"], *item["subitems"]]]
        fields.append((record["contact"] or {}).get("text"))
        for field in filter(None, fields):
            words.update(field.split())
    return words


# --- hypothesis: whatever may arrive --------------------------------------

TAGS = ["p", "div", "li", "ul", "ol", "h1", "h3", "strong", "em", "br", "table", "td", "nav",
        "header", "footer", "script", "span", "a", "article"]  # fmt: skip
PIECES = [
    "Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust te maken?",
    "Hoe bevordert u de dialoog tussen leidinggevenden, mantelzorgers en collega’s?",
    "Erkend mantelzorgvriendelijk sinds: 30 maart 2017", "• item", "&amp;", "&nbsp;", "&#8220;",
    "Gemeente X is 1 van de erkende organisaties.", "Werk&Mantelzorg", "<!-- x -->",
    "<![CDATA[x]]>",
]  # fmt: skip


@st.composite
def html_fragments(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=20))))
    return "<html><body>" + "".join(parts)


@st.composite
def mutated_pages(draw) -> str:
    sample = draw(st.sampled_from(TEXT_SAMPLES))
    page = render_page(
        golden_records(sample), draw(st.sampled_from(["h3-and-lists", "strong-and-breaks"]))
    )
    lines = page.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "nbsp", "cut"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif action == "nbsp":
            lines[at] = lines[at].replace(" ", "\u00a0", 2)
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    return "\n".join(lines)


# --- the command ------------------------------------------------------------

MZEXTRACT = Path(sys.executable).with_name("mzextract")
PROFILE = VEENHOVEN.read_bytes()


def profile_named(name: str) -> bytes:
    """A whole text profile whose organisation is `name`."""
    return PROFILE.replace(b"Gemeente Veenhoven", name.encode())


def organisations(stdout: bytes | str) -> list[str]:
    """The organisations of JSON Lines output, in order."""
    return [json.loads(line)["organisation"] for line in stdout.splitlines()]


def invoke(*args, **kwargs):
    """The command in this process (click's runner): fast, and monkeypatch reaches it."""
    from click.testing import CliRunner

    from mantelzorg_cli.cli.command import main

    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def run(*args, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    """The installed command as a process, as a user runs it: bytes out, never hangs the suite."""
    return subprocess.run(
        [MZEXTRACT, *map(str, args)], capture_output=True, timeout=timeout, **kwargs
    )


def needs_program(name: str) -> str:
    """The path of a system program; skipped without it, except under CI, which installs it."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing: .ci/run installs it")
        pytest.skip(f"needs the {name} program (Debian package {name})")
    return found


@pytest.fixture(scope="session")
def big_folder(tmp_path_factory):
    """3,000 profiles: a run over them lasts long enough to be interrupted."""
    folder = tmp_path_factory.mktemp("groot")
    for index in range(3000):
        (folder / f"p{index:05d}.txt").write_bytes(profile_named(f"Gemeente {index}"))
    return folder
