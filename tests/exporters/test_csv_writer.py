"""CSV: the profiles, items and measures tables, plain (RFC 4180) or for Excel."""

import csv
import io
import json
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner
from conftest import ROOT, SAMPLES, TWO_PROFILES, VEENHOVEN, golden_records, invoke, needs_program

from mantelzorg_cli import extract
from mantelzorg_cli.cli.command import main
from mantelzorg_cli.exporters import Options
from mantelzorg_cli.exporters.csv_writer import write_csv
from mantelzorg_cli.measures import default_vocabulary


def test_csv_is_rfc4180_with_comma_crlf_and_no_bom():
    result = CliRunner().invoke(main, [str(TWO_PROFILES), "-f", "csv"])
    raw = result.stdout_bytes
    assert raw.startswith(
        b"source,profile_index,organisation,recognised_since,recognised_year,employees,"
    )
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines(keepends=True)))
    assert [row["organisation"] for row in rows] == [
        r["organisation"] for r in golden_records(TWO_PROFILES)
    ]


def test_excel_csv_has_semicolons_bom_and_neutralised_formulas(tmp_path):
    profile = tmp_path / "formule.txt"
    text = VEENHOVEN.read_text(encoding="utf-8").replace(
        "Gemeente Veenhoven\n", '=HYPERLINK("x")\n', 1
    )
    profile.write_text(text, encoding="utf-8")
    raw = CliRunner().invoke(main, [str(profile), "-f", "csv", "--excel"]).stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbfsource;profile_index;")
    row = next(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert row["organisation"] == '\'=HYPERLINK("x")'


def test_plain_csv_keeps_a_leading_equals_sign(tmp_path):
    profile = tmp_path / "formule.txt"
    profile.write_text(
        VEENHOVEN.read_text(encoding="utf-8").replace("Gemeente Veenhoven\n", "=1+1\n", 1),
        encoding="utf-8",
    )
    row = next(csv.DictReader(invoke(profile, "-f", "csv").stdout.splitlines()))
    assert row["organisation"] == "=1+1"


def test_csv_loads_into_sqlite_with_one_row_per_profile_and_per_item(tmp_path):
    sqlite = needs_program("sqlite3")
    profiles, items = tmp_path / "profiles.csv", tmp_path / "items.csv"
    assert invoke(ROOT / "samples", "-o", profiles).exit_code == 0
    assert invoke(ROOT / "samples", "-o", items, "--table", "items").exit_code == 0
    database = tmp_path / "db.sqlite"
    script = f".mode csv\n.import {profiles} profiles\n.import {items} items\n"
    subprocess.run([sqlite, str(database)], input=script, text=True, check=True)
    golden = [r for sample in SAMPLES for r in golden_records(sample)]
    expected_items = sum(
        len(s["paragraphs"]) + sum(1 + len(i["subitems"]) for i in s["items"])
        for r in golden
        for s in r["sections"].values()
        if s
    )
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from profiles").fetchone() == (len(golden),)
        assert db.execute("select count(*) from items").fetchone() == (expected_items,)
        assert db.execute(
            "select employees from profiles where organisation = 'Gemeente Veenhoven'"
        ).fetchone() == ("612",)


def test_measures_table_has_a_row_per_profile_and_measure_with_its_first_text():
    sample = ROOT / "samples" / "zorggroep-oosterkim.txt"
    result = CliRunner().invoke(main, [str(sample), "-f", "csv", "--table", "measures"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    (record,) = extract(sample.read_bytes(), str(sample))
    assert sorted(row["measure"] for row in rows) == record["measures"]
    by_measure = {row["measure"]: row for row in rows}
    assert by_measure["working_from_home"]["section"] == "custom_solutions"
    assert by_measure["working_from_home"]["text"] == (
        "thuiswerken voor medewerkers met een kantoorfunctie."
    )
    assert by_measure["intranet"]["text"].startswith("Op intranet en in de Oosterkim-app")


def test_profiles_and_items_tables_carry_the_measures():
    sample = ROOT / "samples" / "zorggroep-oosterkim.txt"
    (record,) = extract(sample.read_bytes(), str(sample))
    profiles = CliRunner().invoke(main, [str(sample), "-f", "csv"]).stdout
    (row,) = csv.DictReader(io.StringIO(profiles))
    assert row["measures"].split() == record["measures"]
    items = CliRunner().invoke(main, [str(sample), "-f", "csv", "--table", "items"]).stdout
    rows = [row for row in csv.DictReader(io.StringIO(items)) if row["kind"] == "item"]
    first = record["sections"]["awareness"]["items"][0]
    assert rows[0]["text"] == first["text"]
    assert rows[0]["measures"].split() == first["measures"]


def test_matrix_table_has_a_row_per_profile_and_a_0_or_1_column_per_measure():
    result = CliRunner().invoke(main, [str(ROOT / "samples"), "-f", "csv", "--table", "matrix"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    lines = CliRunner().invoke(main, [str(ROOT / "samples"), "-f", "jsonl"]).stdout.splitlines()
    golden = [json.loads(line) for line in lines]
    assert len(golden) == sum(len(golden_records(sample)) for sample in SAMPLES)
    ids = [measure.id for measure in default_vocabulary().measures]
    assert list(rows[0]) == [
        "source", "profile_index", "organisation", "recognised_since", "recognised_year",
        "employees", *ids,
    ]  # fmt: skip
    assert [row["organisation"] for row in rows] == [r["organisation"] for r in golden]
    for row, record in zip(rows, golden, strict=True):
        assert row["recognised_year"] == str(record["recognised_year"] or "")
        assert sorted(measure for measure in ids if row[measure] == "1") == record["measures"]
        assert {row[measure] for measure in ids} <= {"0", "1"}


def test_matrix_columns_are_ones_own_vocabulary_even_a_measure_no_profile_names(tmp_path):
    vocabulary = tmp_path / "dranken.yaml"
    vocabulary.write_text(
        "- {id: koffie, nl: Koffie, en: Coffee, terms: [koffie]}\n"
        "- {id: thee, nl: Thee, en: Tea, terms: [thee]}\n",
        encoding="utf-8",
    )
    args = [str(VEENHOVEN), "--measures", str(vocabulary), "-f", "csv", "--table", "matrix"]
    raw = CliRunner().invoke(main, [*args, "--excel"]).stdout_bytes
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][-2:] == ["koffie", "thee"]
    assert rows[1][-2:] == ["1", "0"]  # Veenhoven's dialogue has a koffie-uurtje


def test_excel_neutralises_a_formula_in_the_header_too():
    # A vocabulary refuses such ids; the writer does not count on it.
    record = golden_records(VEENHOVEN)[0]
    out = io.StringIO()
    write_csv([record], out, Options(table="matrix", excel=True, measures=("=cmd", "care_leave")))
    header = out.getvalue().lstrip("\ufeff").splitlines()[0].split(";")
    assert header[-2:] == ["'=cmd", "care_leave"]


def test_a_measure_named_as_a_column_of_the_matrix_is_a_usage_error(tmp_path):
    vocabulary = tmp_path / "v.yaml"
    vocabulary.write_text("- {id: employees, nl: X, en: X, terms: [zorgverlof]}\n")
    args = [str(VEENHOVEN), "-f", "csv", "--table", "matrix", "--measures", str(vocabulary)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and result.stdout == ""
    assert "measure id 'employees' is also a column of the matrix" in result.stderr


@pytest.mark.parametrize("option", [["--table", "items"], ["--excel"]])
def test_table_and_excel_without_csv_are_usage_errors(option):
    result = CliRunner().invoke(main, [str(VEENHOVEN), "-f", "json", *option])
    assert result.exit_code == 2 and result.stdout == ""
    assert "--table and --excel are for CSV, not json" in result.stderr
    assert "Try 'mzextract --help'" in result.stderr  # the command a user typed
