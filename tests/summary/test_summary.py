"""`mzextract summary`: its figures on the samples, its tables, JSON and HTML report."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import LAYOUT_SAMPLES, ROOT, VEENHOVEN, golden_records, needs_program
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from mantelzorg_cli.cli.command import main
from mantelzorg_cli.measures import default_vocabulary
from mantelzorg_cli.summary.figures import count_figures
from mantelzorg_cli.summary.report import BAR_COLOUR, render_html
from mantelzorg_cli.summary.words import made

# The figures below are of the website's layouts: the fourteen profiles in samples/ itself.
RECORDS = [record for sample in LAYOUT_SAMPLES for record in golden_records(sample)]


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    """A folder of the layout samples alone, for the command to read."""
    folder = tmp_path_factory.mktemp("layouts") / "samples"  # so the sources read samples/…
    folder.mkdir()
    for sample in LAYOUT_SAMPLES:
        shutil.copy(sample, folder / sample.name)
    return folder


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def test_figures_of_the_samples():
    figures = count_figures(RECORDS, default_vocabulary())
    assert (figures["profiles"], figures["organisations"]) == (14, 14)
    years = {row["year"]: row["profiles"] for row in figures["recognitions_per_year"]}
    assert years == {  # 2017 had none: a row with 0
        "2016": 1, "2017": 0, "2018": 3, "2019": 3, "2020": 1, "2021": 1, "2022": 2, "2023": 1,
        "unknown": 2,
    }  # fmt: skip
    assert list(years)[-1] == "unknown"
    # 14, 40, 45 | 85, 85, 120, 212 | 320, 430, 612, 650 | 1250, 2400 | Het Kompas says none
    assert [(row["size"], row["profiles"]) for row in figures["employees"]] == [
        ("1-49", 3), ("50-249", 4), ("250-999", 4), ("1000+", 2), ("unknown", 1)
    ]  # fmt: skip
    completeness = figures["completeness"]
    assert (completeness["complete"], completeness["missing_a_question"]) == (9, 1)
    assert completeness["with_warnings"] == 5
    (kompas,) = [p for p in completeness["incomplete"] if p["missing_questions"]]
    assert (kompas["organisation"], kompas["missing_questions"]) == (
        "Kinderopvang Het Kompas", ["dialogue"]
    )  # fmt: skip
    shares = {row["id"]: (row["organisations"], row["share"]) for row in figures["measures"]}
    offering_leave = sum("care_leave" in record["measures"] for record in RECORDS)
    assert shares["care_leave"] == (offering_leave, round(offering_leave / 14, 3))
    assert shares["unpaid_leave"] == (2, 0.143)  # Het Kompas, De Lindehof
    (unpaid,) = [row for row in figures["measures"] if row["id"] == "unpaid_leave"]
    by_year = {
        cell["year"]: (cell["organisations"], cell["of"], cell["share"])
        for cell in unpaid["by_year"]
    }
    assert by_year == {  # no share for 2017: no organisation to have one
        "2016": (0, 1, 0.0), "2018": (0, 3, 0.0), "2019": (0, 3, 0.0), "2020": (1, 1, 1.0),
        "2021": (1, 1, 1.0), "2022": (0, 2, 0.0), "2023": (0, 1, 0.0), "unknown": (0, 2, 0.0),
    }  # fmt: skip
    assert [text["organisation"] for text in unpaid["texts"]] == [
        record["organisation"] for record in RECORDS if "unpaid_leave" in record["measures"]
    ]
    (lindehof,) = [text for text in unpaid["texts"] if "Lindehof" in text["organisation"]]
    assert "onbetaald verlof" in lindehof["text"].lower()
    assert lindehof["section"] == "custom_solutions"
    counts = [row["organisations"] for row in figures["measures"]]
    assert counts == sorted(counts, reverse=True)


def test_an_organisation_read_twice_counts_once_for_its_measures():
    twice = [RECORDS[0], {**RECORDS[0], "source": "again.html"}]
    figures = count_figures(twice, default_vocabulary())
    assert (figures["profiles"], figures["organisations"]) == (2, 1)
    assert {row["share"] for row in figures["measures"]} <= {0.0, 1.0}


def test_json_is_the_figures(layouts, monkeypatch):
    monkeypatch.chdir(layouts.parent)
    result = run("summary", "samples/", "-f", "json", env={"SOURCE_DATE_EPOCH": "1764892800"})
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "inputs": ["samples/"],
        "made": "2025-12-05",  # SOURCE_DATE_EPOCH's, when set: a run can be repeated byte for byte
        **count_figures(RECORDS, default_vocabulary()),
    }
    assert result.stderr == ""  # warnings are figures here, not messages


def test_tables_fit_80_columns_and_name_every_measure(layouts):
    env = {"COLUMNS": "80", "SOURCE_DATE_EPOCH": "1764892800"}
    result = run("summary", str(layouts), env=env)
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert max(len(line) for line in lines) <= 80
    assert lines[:2] == [
        "mzextract summary: 14 profiles of 14 organisations",
        f"Made on 2025-12-05 from {layouts}.",  # the inputs as given
    ]
    assert "│ 2017    │        0 │                      │" in lines  # a year without: a row
    assert "9 complete, 1 missing a question, 5 with warnings" in lines
    # What each warning is, in so many words.
    assert re.search(r"│ Vereniging Samen Sterk +│ - +│ no recognition date +│", result.stdout)
    for measure in default_vocabulary().measures:
        assert any(line.startswith(f"│ {measure.en} ") for line in lines), measure.en
    assert any(re.match(r"│ Unpaid leave +│ +2 │ +14% │ ███ +│$", line) for line in lines)
    dutch = run("summary", str(layouts), "--labels", "nl", "--title", "Zorg & werk", env=env)
    assert dutch.stdout.startswith("Zorg & werk: 14 profielen van 14 organisaties\nGemaakt op")
    for heading in ("Erkenningen per jaar", "Volledigheid", "Maatregelen: aandeel", "│ onbekend"):
        assert heading in dutch.stdout
    assert "│ Onbetaald verlof " in dutch.stdout


def test_tables_of_hundreds_of_profiles_stay_in_80_columns(tmp_path):
    folder = tmp_path / "veel"
    folder.mkdir()
    for number in range(300):  # 300 organisations over 12 years, a quarter with a warning
        text = VEENHOVEN.read_text(encoding="utf-8").replace(
            "Gemeente Veenhoven", f"Gemeente {number}"
        )
        text = text.replace("12 februari 2019", f"12 februari {2012 + number % 12}")
        if number % 4 == 0:
            text = text.replace("12 februari", "31 februari")  # not a date: a warning
        (folder / f"{number:03}.txt").write_text(text, encoding="utf-8")
    result = run("summary", str(folder), env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0] == "mzextract summary: 300 profiles of 300 organisations"
    assert "… 60 more (-f json lists all)" in result.stdout  # 75 with a warning, 15 shown
    assert len(lines) < 150


def test_summary_runs_as_a_command_and_fails_on_a_bad_input(tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    shutil.copy(ROOT / "samples" / "bakkerij-van-dam.txt", tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "mantelzorg_cli", "summary", str(tmp_path), "-f", "json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == f"mzextract: {tmp_path / 'leeg.txt'}: empty file\n"
    assert json.loads(done.stdout)["profiles"] == 1


def report_of_the_samples(tmp_path, layouts) -> tuple[str, dict]:
    path = tmp_path / "rapport.html"
    result = run("summary", str(layouts), "--html", str(path), "-f", "json")
    assert result.exit_code == 0
    return path.read_text(encoding="utf-8"), json.loads(result.stdout)


def test_report_stands_alone_and_shows_the_figures(tmp_path, layouts):
    page, figures = report_of_the_samples(tmp_path, layouts)
    for outside in ("<script", "src=", "url(", "@import"):
        assert outside not in page
    # Its only links: from each measure's bar to the texts that gave it, in the page.
    addresses = re.findall(r'href="([^"]*)"', page)
    assert addresses == [f"#measure-{row['id']}" for row in figures["measures"]]
    for address in addresses:
        assert f'<details id="{address[1:]}">' in page
    assert '<html lang="en">' in page and "<h2>Texts per measure</h2>" in page
    for row in figures["measures"]:
        assert f"<title>{row['en']}: {row['share']:.0%}</title>".replace("'", "&#x27;") in page
    # Bars are as long as the figures say: 300 pixels for every organisation.
    widths = re.findall(r'<rect x="300" y="\d+" width="(\d+)" height="16"', page)
    measure_widths = [int(width) for width in widths[len(figures["employees"]) :]]
    assert measure_widths == [round(300 * row["organisations"] / 14) for row in figures["measures"]]


def bar_area(page: str) -> int:
    return sum(
        int(width) * int(height)
        for width, height in re.findall(r'<rect [^>]*width="(\d+)" height="(\d+)"', page)
    )


def test_report_charts_render_in_a_browser(tmp_path, layouts):
    chromium = needs_program("chromium")
    page, _ = report_of_the_samples(tmp_path, layouts)
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
            "--force-device-scale-factor=1", "--window-size=900,2400",
            f"--screenshot={shot}", (tmp_path / "rapport.html").as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )  # fmt: skip
    image = Image.open(shot).convert("RGB")
    colour = tuple(int(BAR_COLOUR[i : i + 2], 16) for i in (1, 3, 5))
    painted = sum(
        count for count, rgb in image.getcolors(image.width * image.height) if rgb == colour
    )
    # Every bar drawn, whole: its edges may be blended with the background.
    expected = bar_area(page)
    assert 0.93 * expected <= painted <= 1.01 * expected


def test_help_names_the_summary_and_keeps_extract_the_default():
    extract_help = run("--help").stdout
    assert extract_help.startswith("Usage: mzextract [OPTIONS] [FILE|DIR|-]...")
    assert "`mzextract summary --help`" in " ".join(extract_help.split())
    summary_help = run("summary", "--help").stdout
    assert summary_help.startswith("Usage: mzextract summary [OPTIONS] [FILE|DIR|-]...")
    assert "--html FILE" in summary_help


@given(st.lists(st.sampled_from(RECORDS), max_size=20))
def test_figures_of_any_batch_add_up(records):
    figures = count_figures(records, default_vocabulary())
    assert figures["profiles"] == len(records)
    assert sum(row["profiles"] for row in figures["recognitions_per_year"]) == len(records)
    assert sum(row["profiles"] for row in figures["employees"]) == len(records)
    names = {record["organisation"].casefold() for record in records}
    assert figures["organisations"] == len(names)
    for row in figures["measures"]:
        offering = {r["organisation"].casefold() for r in records if row["id"] in r["measures"]}
        assert row["organisations"] == len(offering)
        assert sum(cell["organisations"] for cell in row["by_year"]) == len(offering)
        assert all(0 <= cell["share"] <= 1 for cell in row["by_year"])
    report = render_html(figures)
    assert report.count("<svg") == 3


@pytest.mark.parametrize("output", ["table", "json"])
def test_closed_pipe_ends_summary_quietly(tmp_path, output):
    sample = (ROOT / "samples" / "kinderopvang-het-kompas.txt").read_bytes()
    for index in range(400):  # 400 incomplete profiles: more than a pipe holds
        (tmp_path / f"k{index}.txt").write_bytes(sample)
    command = f"{sys.executable} -m mantelzorg_cli summary {tmp_path} -f {output} | head -1"
    shell = f"set -o pipefail; {command}"  # the status is mzextract's: 0, nothing failed
    done = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120)
    assert (done.returncode, len(done.stdout.splitlines()), done.stderr) == (0, 1, b"")


def test_report_in_dutch_with_its_own_title_names_inputs_date_and_cell_sizes(tmp_path, layouts):
    path = tmp_path / "rapport.html"
    args = ["summary", str(layouts), "--html", str(path), "--labels", "nl", "--title", "W&M 2025"]
    assert run(*args, env={"SOURCE_DATE_EPOCH": "1764892800"}).exit_code == 0
    page = path.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page
    assert "<title>W&amp;M 2025</title>" in page and "<h1>W&amp;M 2025</h1>" in page
    assert f"14 profielen van 14 organisaties. Gemaakt op 2025-12-05 uit {layouts}." in page
    for heading in ("Erkenningen per jaar", "Medewerkers", "Maatregelen per jaar van erkenning",
                    "Teksten per maatregel", "Volledigheid"):  # fmt: skip
        assert f"<h2>{heading}" in page
    for english in ("Recognitions", "Employees", "Completeness", "Share of", ">unknown<"):
        assert english not in page
    # The shares by year rest on so many organisations: 1 in 2016, none in 2017.
    assert '<tr class="n"><td></td><td>n = 1</td><td>n = 3</td>' in page
    assert ">2017<" in page  # a column with 0 recognitions in the chart
    unpaid = re.search(r'<details id="measure-unpaid_leave"><summary>(.*?)</summary>', page)
    assert unpaid[1] == "Onbetaald verlof: 2 van 14 organisaties"


@pytest.mark.parametrize(
    ("inputs", "language", "line"),
    [
        (["a/"], "en", "Made on 2026-12-05 from a/."),
        (["a/", "b.txt"], "nl", "Gemaakt op 2026-12-05 uit a/ en b.txt."),
        (["a", "b", "c"], "en", "Made on 2026-12-05 from a, b and c."),
        ([f"{n}" for n in range(40)], "en", "Made on 2026-12-05 from 0, 1 and 38 more."),
        ([f"{n}.txt" for n in range(9)], "nl", "Gemaakt op 2026-12-05 uit 0.txt, 1.txt en nog 7."),
    ],
)  # fmt: skip
def test_the_inputs_a_summary_was_made_from_in_one_line(inputs, language, line):
    assert made(inputs, "2026-12-05", language) == line


def test_a_measure_keeps_the_texts_of_its_first_hundred_organisations():
    many = [{**RECORDS[0], "organisation": f"Organisatie {n}"} for n in range(150)]
    figures = count_figures(many, default_vocabulary())
    for row in figures["measures"]:
        if row["organisations"]:
            assert row["organisations"] == 150
            assert [t["organisation"] for t in row["texts"]] == [
                f"Organisatie {n}" for n in range(100)
            ]


def test_tables_show_markup_and_control_characters_as_the_text_they_are(tmp_path):
    kompas = (ROOT / "samples" / "kinderopvang-het-kompas.txt").read_text(encoding="utf-8")
    profile = tmp_path / "x[-]y.txt"  # a warning: the name is in the completeness table
    profile.write_text(kompas.replace("Kinderopvang Het Kompas\n", "Kinderopvang [/] Kompas\n"))
    vocabulary = tmp_path / "v.yaml"
    vocabulary.write_text('- {id: x, nl: "[/]", en: "[red]rood[/red] [/x]", terms: [zorgverlof]}\n')
    args = ["summary", str(profile), "--measures", str(vocabulary), "--title", "[/] t\x1b[31m"]
    result = run(*args, env={"COLUMNS": "100"})
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("[/] t\\x1b[31m: 1 profile of 1 organisation")  # ESC shown, not sent
    assert "\x1b" not in out
    assert "Kinderopvang [/] Kompas" in out and "x[-]y.txt" in out
    assert "│ [red]rood[/red] [/x] " in out


@pytest.mark.parametrize(
    "epoch", ["253402300800", "99999999999999999999", "gisteren", "١٢٣", "-5", "1.5"]
)
def test_a_source_date_epoch_that_is_no_date_is_a_usage_error(tmp_path, epoch):
    report = tmp_path / "r.html"
    done = subprocess.run(
        [sys.executable, "-m", "mantelzorg_cli", "summary", str(VEENHOVEN), "--html", report],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": epoch},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "SOURCE_DATE_EPOCH must be the seconds since 1970 of a date" in done.stderr
    assert "Traceback" not in done.stderr and not report.exists()


def test_summary_with_standard_output_closed_is_a_usage_error_before_any_work(tmp_path):
    report = tmp_path / "r.html"
    done = subprocess.run(
        [sys.executable, "-m", "mantelzorg_cli", "summary", str(VEENHOVEN), "--html", report],
        capture_output=False, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == "Error: standard output is closed"
    assert not report.exists()


def test_years_far_apart_are_listed_without_every_year_between():
    old = [{**RECORDS[0], "organisation": "Oud", "recognised_since": "1066-10-14"}]
    figures = count_figures(old + RECORDS[:1], default_vocabulary())
    years = [row["year"] for row in figures["recognitions_per_year"]]
    assert years == ["1066", RECORDS[0]["recognised_since"][:4]]


def test_report_shows_control_characters_in_a_label_as_text(tmp_path):
    vocabulary = tmp_path / "v.yaml"
    vocabulary.write_text('- {id: x, nl: "a\\u202eb", en: "c\\u001bd", terms: [zorgverlof]}\n')
    path = tmp_path / "r.html"
    args = ["summary", str(VEENHOVEN), "--measures", str(vocabulary), "--html", str(path)]
    assert run(*args).exit_code == 0
    page = path.read_text(encoding="utf-8")
    assert "\x1b" not in page and "c\\x1bd" in page
    assert run(*args, "--labels", "nl").exit_code == 0
    page = path.read_text(encoding="utf-8")
    assert "\u202e" not in page and "a\\u202eb" in page
