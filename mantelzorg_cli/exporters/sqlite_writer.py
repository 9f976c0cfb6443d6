"""SQLite: a database to query at once, typed, with keys, indexes and full-text search.

`write_sqlite` adds the records to a database in one write transaction (the
shell opens it, commits it when the run is done and rolls it back when not),
replacing the rows of every source it writes again, so that a folder can be
added at a time and a second run over the same inputs adds no duplicates.
docs/sqlite.md shows every table and the queries it was made for.
"""

import json
import re
import sqlite3
from collections.abc import Iterable

from .. import __version__
from ..record.schema import CONTACT_KEYS, SCHEMA_VERSION, SECTION_KEYS, Record
from . import Options

# As SQLite keeps them in sqlite_master, so that a database's own can be compared: the
# tables of another program, or of another version, are never written into. Column names
# need no quoting (`position`, not `index`); booleans are 0/1, null is NULL.
SCHEMA = (
    """CREATE TABLE runs (
    id integer primary key,
    made text not null,
    tool_version text not null,
    schema_version text not null,
    vocabulary text not null,
    inputs text not null,
    profiles integer not null default 0
)""",
    """CREATE TABLE vocabulary (
    id text primary key,
    position integer not null,
    nl text not null,
    en text not null,
    description text not null
)""",
    """CREATE TABLE profiles (
    id integer primary key,
    run_id integer not null references runs(id),
    source text not null,
    profile_index integer not null,
    input_format text not null,
    organisation text,
    recognised_since text,
    recognised_year integer,
    recognised_since_text text,
    employees integer,
    employees_approximate integer not null check (employees_approximate in (0, 1)),
    intro text not null,
    contact_name text,
    contact_role text,
    contact_email text,
    contact_phone text,
    contact_text text,
    website text,
    warnings text not null,
    schema_version text not null,
    unique (source, profile_index)
)""",
    """CREATE INDEX profiles_recognised_year on profiles(recognised_year)""",
    """CREATE INDEX profiles_organisation on profiles(organisation)""",
    """CREATE TABLE sections (
    profile_id integer not null references profiles(id) on delete cascade,
    section text not null,
    position integer not null,
    question text not null,
    primary key (profile_id, section)
)""",
    """CREATE TABLE items (
    id integer primary key,
    profile_id integer not null references profiles(id) on delete cascade,
    section text not null,
    kind text not null check (kind in ('paragraph', 'item', 'subitem')),
    position integer not null,
    parent_id integer references items(id) on delete cascade,
    text text not null
)""",
    """CREATE INDEX items_profile_id on items(profile_id, section)""",
    """CREATE INDEX items_parent_id on items(parent_id)""",
    """CREATE TABLE measures (
    profile_id integer not null references profiles(id) on delete cascade,
    item_id integer not null references items(id) on delete cascade,
    measure text not null references vocabulary(id),
    primary key (item_id, measure)
)""",
    """CREATE INDEX measures_measure on measures(measure, profile_id)""",
    """CREATE INDEX measures_profile_id on measures(profile_id)""",
    # Accents folded (coördinator finds coordinator); the texts stay in items.
    """CREATE VIRTUAL TABLE items_fts using fts5(
    text, content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
)""",
    """CREATE TRIGGER items_fts_delete after delete on items begin
    insert into items_fts (items_fts, rowid, text) values ('delete', old.id, old.text);
end""",
    """CREATE TRIGGER items_fts_update after update of text on items begin
    insert into items_fts (items_fts, rowid, text) values ('delete', old.id, old.text);
    insert into items_fts (rowid, text) values (new.id, new.text);
end""",
)
# Keeps the full-text index whole for rows others add. A run drops it while it writes and
# indexes its own rows a profile at a time: a trigger's insert per row is five times slower.
INDEX_NEW_ITEMS = """CREATE TRIGGER items_fts_insert after insert on items begin
    insert into items_fts (rowid, text) values (new.id, new.text);
end"""

_PROFILE_COLUMNS = (
    "run_id", "source", "profile_index", "input_format", "organisation", "recognised_since",
    "recognised_year", "recognised_since_text", "employees", "employees_approximate", "intro",
    *(f"contact_{key}" for key in CONTACT_KEYS), "website", "warnings", "schema_version",
)  # fmt: skip
_INSERT_PROFILE = (
    f"insert into profiles ({', '.join(_PROFILE_COLUMNS)}) "
    f"values ({', '.join(':' + column for column in _PROFILE_COLUMNS)})"
)


class NotOurs(Exception):
    """A database whose table, index or trigger of one of our names is not ours."""


def write_sqlite(
    records: Iterable[Record], connection: sqlite3.Connection, options: Options
) -> None:
    """Add `records` to the database: the run, then profile by profile.

    `connection` is in a write transaction, with foreign keys on (their
    cascades take a source's rows along); NotOurs if the database holds
    something of our names that we did not make.
    """
    _make_schema(connection)
    connection.execute("drop trigger if exists items_fts_insert")  # back before the end
    about = options.about
    run_id = connection.execute(
        "insert into runs (made, tool_version, schema_version, vocabulary, inputs) "
        "values (?, ?, ?, ?, ?)",
        (about.made, __version__, SCHEMA_VERSION, about.vocabulary_name,
         json.dumps(list(about.inputs), ensure_ascii=False)),
    ).lastrowid  # fmt: skip
    connection.executemany(
        "insert into vocabulary (id, position, nl, en, description) values (?, ?, ?, ?, ?) "
        "on conflict (id) do update set position = excluded.position, nl = excluded.nl, "
        "en = excluded.en, description = excluded.description",
        [(m.id, place, m.nl, m.en, m.description) for place, m in enumerate(about.measures)],
    )
    sources: set[str] = set()
    written: set[tuple[str, int]] = set()
    for record in records:
        source, index = record["source"], record["profile_index"]
        if source not in sources:  # written again: its earlier rows go
            sources.add(source)
            connection.execute("delete from profiles where source = ?", (source,))
        elif (source, index) in written:  # read twice in this run: the last one stays,
            connection.execute(  # as a later run's would
                "delete from profiles where source = ? and profile_index = ?", (source, index)
            )
        written.add((source, index))
        _insert(connection, run_id, record)
    connection.execute("update runs set profiles = ? where id = ?", (len(written), run_id))
    connection.execute(INDEX_NEW_ITEMS)


def _make_schema(connection: sqlite3.Connection) -> None:
    """Our tables, indexes and triggers, made where missing and refused where not ours."""
    kept = dict(connection.execute("select name, sql from sqlite_master where sql is not null"))
    for statement in (*SCHEMA, INDEX_NEW_ITEMS):
        name = re.match(r"CREATE (?:VIRTUAL )?\w+ (\w+)", statement)[1]
        if name not in kept:
            connection.execute(statement)
        elif kept[name] != statement:
            raise NotOurs(f"its {name} was not made by mzextract {__version__}")


def _insert(connection: sqlite3.Connection, run_id: int, record: Record) -> None:
    contact = record["contact"] or {}
    row = {
        **record,  # the values a column holds as they are; the others below
        **{f"contact_{key}": contact.get(key) for key in CONTACT_KEYS},
        "run_id": run_id,
        "employees_approximate": int(record["employees_approximate"]),
        "warnings": json.dumps(record["warnings"], ensure_ascii=False),
    }
    profile_id = connection.execute(_INSERT_PROFILE, row).lastrowid
    tags: list[tuple[int, int, str]] = []
    texts: list[tuple[int, str]] = []  # for the full-text index
    for position, key in enumerate(SECTION_KEYS):
        section = record["sections"][key]
        if section is None:
            continue
        connection.execute(
            "insert into sections (profile_id, section, position, question) values (?, ?, ?, ?)",
            (profile_id, key, position, section["question"]),
        )
        units = [
            *(("paragraph", text, [], measures) for text, measures in
              zip(section["paragraphs"], section["paragraph_measures"], strict=True)),
            *(("item", item["text"], item["subitems"], item["measures"])
              for item in section["items"]),
        ]  # fmt: skip
        counters = {"paragraph": 0, "item": 0}
        for kind, text, subitems, measures in units:
            item_id = _add_item(connection, profile_id, key, kind, counters[kind], None, text)
            texts.append((item_id, text))
            counters[kind] += 1
            for place, subitem in enumerate(subitems):
                sub_id = _add_item(connection, profile_id, key, "subitem", place, item_id, subitem)
                texts.append((sub_id, subitem))
            tags.extend((profile_id, item_id, measure) for measure in measures)
    connection.executemany(
        "insert into measures (profile_id, item_id, measure) values (?, ?, ?)", tags
    )
    connection.executemany("insert into items_fts (rowid, text) values (?, ?)", texts)


def _add_item(
    connection: sqlite3.Connection,
    profile_id: int,
    section: str,
    kind: str,
    position: int,
    parent_id: int | None,
    text: str,
) -> int:
    return connection.execute(
        "insert into items (profile_id, section, kind, position, parent_id, text) "
        "values (?, ?, ?, ?, ?, ?)",
        (profile_id, section, kind, position, parent_id, text),
    ).lastrowid
