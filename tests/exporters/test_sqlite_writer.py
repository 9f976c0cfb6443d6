"""SQLite: typed tables that hold every record whole, full-text search, runs that add a
folder at a time without duplicates, and a database that is whole or untouched."""

import json
import os
import signal
import sqlite3
import subprocess
import time

import pytest
from conftest import (
    MZEXTRACT,
    ROOT,
    SAMPLES,
    VEENHOVEN,
    golden_records,
    invoke,
    needs_program,
    profile,
    profile_named,
    shown,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from mantelzorg_cli import __version__
from mantelzorg_cli.cli.output import database_transaction
from mantelzorg_cli.exporters import Options, RunFacts
from mantelzorg_cli.exporters.sqlite_writer import write_sqlite
from mantelzorg_cli.measures import default_vocabulary
from mantelzorg_cli.record.schema import CONTACT_KEYS, SECTION_KEYS

ALL_GOLDEN = [record for sample in sorted(SAMPLES, key=shown) for record in golden_records(sample)]


def records_in(database) -> list[dict]:
    """The records a database holds, put together again from its tables."""
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    query = connection.execute
    records = []
    for row in query("select * from profiles order by id"):
        sections = dict.fromkeys(SECTION_KEYS)
        for section in query("select * from sections where profile_id = ?", (row["id"],)):
            units = query(
                "select * from items where profile_id = ? and section = ? order by id",
                (row["id"], section["section"]),
            ).fetchall()

            def tags(item_id: int) -> list[str]:
                return [
                    tag["measure"]
                    for tag in query(
                        "select measure from measures join vocabulary on vocabulary.id = measure "
                        "where item_id = ? order by vocabulary.position",
                        (item_id,),
                    )
                ]

            paragraphs = [unit for unit in units if unit["kind"] == "paragraph"]
            sections[section["section"]] = {
                "question": section["question"],
                "paragraphs": [unit["text"] for unit in paragraphs],
                "paragraph_measures": [tags(unit["id"]) for unit in paragraphs],
                "items": [
                    {
                        "text": unit["text"],
                        "subitems": [s["text"] for s in units if s["parent_id"] == unit["id"]],
                        "measures": tags(unit["id"]),
                    }
                    for unit in units
                    if unit["kind"] == "item"
                ],
            }
        contact = {key: row[f"contact_{key}"] for key in CONTACT_KEYS}
        measures = query(
            "select distinct measure from measures where profile_id = ? order by measure",
            (row["id"],),
        )
        records.append(
            {
                "schema_version": row["schema_version"],
                **{key: row[key] for key in ("source", "profile_index", "input_format")},
                **{key: row[key] for key in ("organisation", "recognised_since")},
                **{key: row[key] for key in ("recognised_year", "recognised_since_text")},
                "employees": row["employees"],
                "employees_approximate": bool(row["employees_approximate"]),
                "intro": row["intro"],
                "sections": sections,
                "measures": [tag["measure"] for tag in measures],
                "contact": contact if contact["text"] is not None else None,
                "website": row["website"],
                "warnings": json.loads(row["warnings"]),
            }
        )
    connection.close()
    return records


def rows(database, sql: str, *parameters) -> list[tuple]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


@pytest.fixture
def samples_db(tmp_path, in_root):
    database = tmp_path / "s.db"
    result = invoke("samples/", "-o", database)
    assert result.exit_code == 0, result.stderr
    return database


def test_the_database_holds_every_golden_record_whole(samples_db):
    assert records_in(samples_db) == ALL_GOLDEN


def test_columns_have_their_real_types(samples_db):
    [(largest, employees, kind)] = rows(
        samples_db, "select organisation, employees, typeof(employees) from profiles "
        "order by employees desc limit 1"
    )  # fmt: skip
    assert (largest, employees, kind) == ("Ziekenhuis Rivierenzorg", 3400, "integer")
    assert rows(samples_db, "select distinct typeof(employees_approximate) from profiles") == [
        ("integer",)
    ]
    no_date = rows(samples_db, "select count(*) from profiles where recognised_since is null")
    assert no_date == [(sum(r["recognised_since"] is None for r in ALL_GOLDEN),)]
    assert rows(samples_db, "select sum(employees_approximate) from profiles") == [
        (sum(r["employees_approximate"] for r in ALL_GOLDEN),)
    ]
    years = rows(samples_db, "select distinct typeof(recognised_year) from profiles")
    assert set(years) == {("integer",), ("null",)}


def test_keys_hold_and_the_full_text_index_is_whole(samples_db):
    assert rows(samples_db, "pragma foreign_key_check") == []
    assert rows(samples_db, "pragma integrity_check") == [("ok",)]
    rows(samples_db, "insert into items_fts (items_fts) values ('integrity-check')")


def test_full_text_search_folds_accents(tmp_path):
    text = tmp_path / "p.txt"
    text.write_text(profile(" • De coördinator mantelzorg is er elke dinsdag."), "utf-8")
    database = tmp_path / "p.db"
    assert invoke(text, "-o", database).exit_code == 0
    for word in ("coordinator", "coördinator", "COORDINATOR"):
        found = rows(database, "select text from items_fts where items_fts match ?", word)
        assert found == [("De coördinator mantelzorg is er elke dinsdag.",)]


def test_a_second_run_replaces_its_sources_and_keeps_the_others(tmp_path):
    first, second = tmp_path / "noord", tmp_path / "zuid"
    first.mkdir(), second.mkdir()
    (first / "a.txt").write_bytes(profile_named("Gemeente A"))
    (second / "b.txt").write_bytes(profile_named("Gemeente B"))
    database = tmp_path / "p.db"
    counts = "select (select count(*) from profiles), (select count(*) from items), " \
        "(select count(*) from measures), (select count(*) from sections)"  # fmt: skip
    assert invoke(first, "-o", database).exit_code == 0
    once = rows(database, counts)
    assert invoke(first, "-o", database).exit_code == 0
    assert rows(database, counts) == once
    assert invoke(second, "-o", database).exit_code == 0
    names = "select organisation from profiles order by organisation"
    assert rows(database, names) == [("Gemeente A",), ("Gemeente B",)]
    (first / "a.txt").write_bytes(profile_named("Gemeente A2"))
    assert invoke(first, "-o", database).exit_code == 0
    assert rows(database, names) == [("Gemeente A2",), ("Gemeente B",)]
    searched = rows(database, "select rowid from items_fts where items_fts match 'intranet'")
    assert searched and searched == rows(
        database, "select id from items where text like '%intranet%'"
    )
    assert [run[0] for run in rows(database, "select profiles from runs order by id")] == [
        1, 1, 1, 1
    ]  # fmt: skip


def test_runs_and_the_vocabulary_are_recorded(samples_db, monkeypatch):
    [(tool, schema, vocabulary, inputs, profiles)] = rows(
        samples_db, "select tool_version, schema_version, vocabulary, inputs, profiles from runs"
    )
    assert (tool, schema, vocabulary) == (__version__, "1.2", "built-in")
    assert json.loads(inputs) == ["samples/"] and profiles == len(ALL_GOLDEN)
    ids = [measure.id for measure in default_vocabulary().measures]
    assert [
        row[0] for row in rows(samples_db, "select id from vocabulary order by position")
    ] == ids


def test_an_existing_file_that_is_not_a_database_is_left_alone(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"mijn aantekeningen, geen database\n" * 100)
    result = invoke(VEENHOVEN, "-o", notes)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"mzextract: {notes}: cannot write the database: ")
    assert result.stderr.count("\n") == 1 and "unchanged" in result.stderr
    assert notes.read_bytes() == b"mijn aantekeningen, geen database\n" * 100
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_database_in_wal_mode_keeps_what_its_wal_file_holds(tmp_path):
    database = tmp_path / "p.db"
    assert invoke(VEENHOVEN, "-o", database).exit_code == 0
    keeper = sqlite3.connect(database)  # open: the -wal file is not folded back in
    keeper.execute("pragma journal_mode = wal")
    keeper.execute("create table notes (text text)")
    keeper.execute("insert into notes values ('mijn notitie')")
    keeper.commit()
    assert (tmp_path / "p.db-wal").exists()
    other = tmp_path / "b.txt"
    other.write_bytes(profile_named("Gemeente B"))
    assert invoke(other, "-o", database).exit_code == 0
    keeper.close()
    assert rows(database, "select text from notes") == [("mijn notitie",)]
    assert rows(database, "select count(*) from profiles") == [(2,)]


def test_sqlite_needs_a_file_to_write(tmp_path):
    for arguments in (
        ["-f", "sqlite"],
        ["-f", "sqlite", "-o", "-"],
        ["-o", f"{tmp_path}/", "-f", "sqlite"],
    ):
        result = invoke(VEENHOVEN, *arguments)
        assert result.exit_code == 2 and "give -o FILE.db" in result.stderr
    for name in ("p.db", "p.sqlite", "p.sqlite3"):
        assert invoke(VEENHOVEN, "-o", tmp_path / name).exit_code == 0
        assert rows(tmp_path / name, "select count(*) from profiles") == [(1,)]


def stopped(command: list, database, signal_number: int) -> subprocess.CompletedProcess:
    """`command`, signalled once it has begun to write `database` (its journal is there)."""
    run = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True)
    journal = database.with_name(database.name + "-journal")
    deadline = time.monotonic() + 30
    while not journal.exists():
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.01)
    time.sleep(0.3)
    os.killpg(run.pid, signal_number)
    _, stderr = run.communicate(timeout=20)
    return subprocess.CompletedProcess(command, run.returncode, b"", stderr)


def dump(database) -> list[str]:
    connection = sqlite3.connect(database)  # an unfinished run is rolled back here
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM], ids=["INT", "TERM"])
def test_a_stopped_run_leaves_the_earlier_database_as_it_was(big_folder, tmp_path, signal_number):
    database = tmp_path / "p.db"
    assert invoke(VEENHOVEN, "-o", database).exit_code == 0
    before = dump(database)
    done = stopped([MZEXTRACT, big_folder, "-o", database], database, signal_number)
    assert done.returncode == 128 + signal_number and b"Traceback" not in done.stderr
    assert dump(database) == before
    assert rows(database, "pragma integrity_check") == [("ok",)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]


def test_a_stopped_run_into_a_new_database_leaves_nothing(big_folder, tmp_path):
    database = tmp_path / "p.db"
    done = stopped([MZEXTRACT, big_folder, "-o", database], database, signal.SIGINT)
    assert done.returncode == 130
    assert list(tmp_path.iterdir()) == []


def test_a_database_another_program_holds_open_in_wal_mode_stays_whole(tmp_path):
    """The red team's first finding: a copy renamed over a WAL database that another
    program had open left that program's -wal beside it, and corrupted the database."""
    database = tmp_path / "p.db"
    assert invoke(VEENHOVEN, "-o", database).exit_code == 0
    other = sqlite3.connect(database)
    other.execute("pragma journal_mode = wal")
    other.execute("update profiles set organisation = upper(organisation)")
    other.commit()  # still open: its changes are in the -wal file
    extra = tmp_path / "b.txt"
    extra.write_bytes(profile_named("Gemeente B"))
    assert invoke(extra, "-o", database).exit_code == 0
    assert other.execute("select count(*) from profiles").fetchone() == (2,)
    other.close()
    assert rows(database, "pragma integrity_check") == [("ok",)]
    assert rows(database, "pragma journal_mode") == [("wal",)]  # as its owner set it
    assert rows(database, "select organisation from profiles order by 1") == [
        ("GEMEENTE VEENHOVEN",), ("Gemeente B",)
    ]  # fmt: skip


def test_two_runs_at_once_both_land(tmp_path):
    """The red team's second finding: the run that finished last threw the other's away."""
    database = tmp_path / "p.db"
    folders = []
    for name in "ab":
        folder = tmp_path / name
        folder.mkdir()
        for index in range(150):
            (folder / f"{index}.txt").write_bytes(profile_named(f"Gemeente {name}{index}"))
        folders.append(folder)
    runs = [
        subprocess.Popen([MZEXTRACT, folder, "-o", database, "-q"], stderr=subprocess.PIPE)
        for folder in folders
    ]
    outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    landed = rows(database, "select count(*) from profiles")[0][0]
    for status, stderr in outcomes:  # each landed whole, or said it could not wait longer
        assert status == 0 or b"another program is writing to this database" in stderr
    assert landed == 150 * sum(status == 0 for status, _ in outcomes)
    assert landed > 0


def test_a_locked_database_is_one_line_after_a_short_wait(tmp_path):
    database = tmp_path / "p.db"
    assert invoke(VEENHOVEN, "-o", database).exit_code == 0
    before = dump(database)
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("begin exclusive")
    try:
        start = time.monotonic()
        done = subprocess.run(
            [MZEXTRACT, VEENHOVEN, "-o", database], capture_output=True, timeout=60
        )
        waited = time.monotonic() - start
    finally:
        holder.execute("rollback")
        holder.close()
    assert done.returncode == 1 and waited < 20
    assert done.stderr.decode() == (
        f"mzextract: {database}: another program is writing to this database "
        "(waited 5 s); it is unchanged\n"
    )
    assert dump(database) == before


def test_an_input_read_twice_is_written_once(tmp_path, in_root):
    database = tmp_path / "p.db"
    done = invoke("samples/", "samples/travelled", "samples/bakkerij-van-dam.txt", "-o", database)
    assert done.exit_code == 0, done.stderr

    def key(record: dict) -> tuple:
        return record["source"], record["profile_index"]

    assert sorted(records_in(database), key=key) == sorted(ALL_GOLDEN, key=key)


def test_tables_of_our_names_that_are_not_ours_are_never_written_into(tmp_path):
    """Same columns, no keys: a second run once left the first's items behind."""
    database = tmp_path / "p.db"
    made = sqlite3.connect(database)
    made.execute(
        "create table items (id integer primary key, profile_id, section, kind, position, "
        "parent_id, text)"
    )
    made.commit()
    made.close()
    before = dump(database)
    done = invoke(VEENHOVEN, "-o", database)
    assert done.exit_code == 1
    assert done.stderr == (
        f"mzextract: {database}: not a database mzextract can add to: its items was not made "
        f"by mzextract {__version__}; it is unchanged\n"
    )
    assert dump(database) == before


def test_the_readme_queries_give_the_output_shown_there(samples_db, tmp_path):
    sqlite3_program = needs_program("sqlite3")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```console\n$ mzextract samples/ -o profielen.db\n", 1)[1]
    block = block.split("```", 1)[0]
    shown_queries = block.split("$ sqlite3 -header -column profielen.db ")[1:]
    assert len(shown_queries) == 4
    for shown_query in shown_queries:
        command, expected = shown_query.split("\n", 1)
        query = command.strip().strip('"')
        done = subprocess.run(
            [sqlite3_program, "-header", "-column", str(samples_db), query],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert done.stderr == ""
        assert [line.rstrip() for line in done.stdout.splitlines()] == expected.splitlines()


@settings(max_examples=40, deadline=None)
@given(
    st.text(min_size=1, max_size=60).map(lambda text: " ".join(text.split()) or "x"),
    st.one_of(st.none(), st.integers(0, 10**9)),
    st.lists(st.text(max_size=30), max_size=3),
)
def test_any_text_goes_in_and_comes_out_the_same(tmp_path_factory, text, employees, warnings):
    record = {**golden_records(VEENHOVEN)[0], "employees": employees, "warnings": warnings}
    record["organisation"] = record["intro"] = text
    record["sections"]["awareness"]["items"][0]["text"] = text
    database = tmp_path_factory.mktemp("db") / "p.db"
    vocabulary = default_vocabulary()
    about = RunFacts("2026-12-05T00:00:00+00:00", ("-",), "built-in", vocabulary.measures)
    with database_transaction(str(database)) as connection:
        write_sqlite([record], connection, Options(about=about))
    assert records_in(database) == [record]


def test_a_folder_named_as_a_database_is_a_usage_error_not_a_folder_of_json(tmp_path):
    """The red team's: `-o out.db`, an existing folder, quietly wrote JSON files into it."""
    folder = tmp_path / "out.db"
    folder.mkdir()
    done = invoke(VEENHOVEN, "-o", folder)
    assert done.exit_code == 2 and "is a folder, not a database" in done.stderr
    assert list(folder.iterdir()) == []
    assert invoke(VEENHOVEN, "-o", f"{folder}/").exit_code == 0  # asked for, with the /
    assert [p.name for p in folder.iterdir()] == ["gemeente-veenhoven.json"]


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB file system: a run that fills it fails midway."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)], capture_output=True
        ).returncode
    ):
        pytest.skip("needs root, to mount a small tmpfs")  # CI runs as root
    yield disk
    subprocess.run(["umount", str(disk)], check=True)


def test_a_full_disk_leaves_the_database_as_it_was_and_no_journal(small_disk, big_folder):
    """The second red team's: the run said "unchanged" but left the pages it had written
    and a hot journal, which a reader without write access could not roll back."""
    database = small_disk / "p.db"
    assert invoke(VEENHOVEN, "-o", database).exit_code == 0
    before, size = dump(database), database.stat().st_size
    done = invoke(big_folder, "-o", database)
    assert done.exit_code == 1 and "disk is full; it is unchanged" in done.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["p.db"]
    assert database.stat().st_size == size and dump(database) == before


def test_a_reader_that_keeps_the_run_from_committing_gets_the_same_line(tmp_path):
    """The second red team's: a long read in rollback-journal mode made the commit fail
    with SQLite's bare `database is locked`."""
    database = tmp_path / "p.db"
    assert invoke(VEENHOVEN, "-o", database).exit_code == 0
    before = dump(database)
    reader = sqlite3.connect(database, isolation_level=None)
    reader.execute("begin")
    reader.execute("select count(*) from profiles").fetchall()  # a shared lock, held
    try:
        done = subprocess.run([MZEXTRACT, VEENHOVEN, "-o", database], capture_output=True)
    finally:
        reader.execute("rollback")
        reader.close()
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"mzextract: {database}: another program is writing to this database "
        "(waited 5 s); it is unchanged\n"
    )
    assert dump(database) == before
