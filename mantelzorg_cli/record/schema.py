"""The record: one per profile, every key always present, in the order below.

This module is the schema: each key's type and meaning are written once, here,
and the JSON Schema that `mzextract schema` prints is made from them
(`record.json_schema`). docs/record.md shows a record and lists the warnings.

Text values are NFC with every run of white space folded to one space;
nothing else is changed.
"""

from dataclasses import dataclass
from typing import Annotated, Literal, TypedDict

# 1.1 added the measures, 1.2 recognised_year; a minor version only adds keys.
SCHEMA_VERSION = "1.2"
ISO_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"  # 2017-03-30, 2017-03 or 2017
MEASURE_ID = r"^[a-z][a-z0-9_]*$"  # a vocabulary's ids (measures/loading.py checks them)


@dataclass(frozen=True)
class Doc:
    """What a key means, and the JSON Schema keywords that narrow its type."""

    text: str
    pattern: str | None = None
    minimum: int | None = None
    const: str | None = None


MeasureIds = list[Annotated[str, Doc("a measure's id", pattern=MEASURE_ID)]]


class Item(TypedDict):
    text: Annotated[str, Doc("a bullet item, its marker removed")]
    subitems: Annotated[list[str], Doc("the items below it")]
    measures: Annotated[
        MeasureIds,
        Doc("ids of the measures that the item or its sub-items name (one offer), "
            "in vocabulary order"),
    ]  # fmt: skip


class Section(TypedDict):
    question: Annotated[str, Doc("the heading as written, without number or # marks")]
    paragraphs: Annotated[list[str], Doc("text that is not a bullet, in order")]
    paragraph_measures: Annotated[
        list[MeasureIds],
        Doc("for each paragraph, the ids of the measures it names, in vocabulary order"),
    ]
    items: Annotated[list[Item], Doc("the bullet items, in order")]


_SECTION = "null when the profile lacks this question"


# The four fixed questions, in the order a record lists them; `reading.questions`
# knows how each is asked (a test keeps the two in step).
class Sections(TypedDict):
    awareness: Annotated[
        Section | None, Doc(f"actions to make staff aware of the theme; {_SECTION}")
    ]
    dialogue: Annotated[
        Section | None,
        Doc(f"how dialogue between managers, caregivers and colleagues is furthered; {_SECTION}"),
    ]
    custom_solutions: Annotated[
        Section | None, Doc(f"custom solutions and how they are arranged; {_SECTION}")
    ]
    implementation: Annotated[
        Section | None, Doc(f"steps to implement and embed the theme; {_SECTION}")
    ]


class Contact(TypedDict):
    name: Annotated[str | None, Doc("the person's name; null when not found")]
    role: Annotated[str | None, Doc("their role; null when not found")]
    email: Annotated[str | None, Doc("an e-mail address; null when not found")]
    phone: Annotated[str | None, Doc("a phone number as written; null when not found")]
    text: Annotated[str, Doc("the contact sentence as written")]


class Record(TypedDict):
    schema_version: Annotated[
        str, Doc("the version of this schema; a new minor version only adds keys",
                 const=SCHEMA_VERSION)
    ]  # fmt: skip
    source: Annotated[
        str,
        Doc("the input path as given (or found below a folder given); "
            '"-" for standard input'),
    ]  # fmt: skip
    profile_index: Annotated[int, Doc("0-based position of the profile in its source", minimum=0)]
    input_format: Annotated[
        Literal["text", "html"], Doc("what the input was, by its content (not its name)")
    ]
    organisation: Annotated[
        str | None, Doc("from the title line, else the footer; null if neither")
    ]
    recognised_since: Annotated[
        str | None,
        Doc("the date of recognition, ISO 8601: 2017-03-30, or 2017-03 / 2017 when the "
            "source gives no more; null if none or not understood", pattern=ISO_DATE),
    ]  # fmt: skip
    recognised_year: Annotated[
        int | None, Doc("the year of recognised_since, to group by; null with it", minimum=1)
    ]
    recognised_since_text: Annotated[
        str | None, Doc('the date as written: "30 maart 2017"; null if none')
    ]
    employees: Annotated[
        int | None,
        Doc('the head count in the intro ("1.250 medewerkers" is 1250); null if none', minimum=0),
    ]
    employees_approximate: Annotated[
        bool, Doc("circa, ruim, bijna, ±…: the head count is approximate; false without one")
    ]
    intro: Annotated[str, Doc('the intro\'s paragraphs joined by "\\n\\n"; "" if none')]
    sections: Annotated[Sections, Doc("the four fixed questions' answers, always all four keys")]
    measures: Annotated[
        MeasureIds,
        Doc("every measure of the sections, sorted; the intro and contact are not tagged"),
    ]
    contact: Annotated[Contact | None, Doc("null when the profile has no contact sentence")]
    website: Annotated[str | None, Doc('"www.dalfsen.nl"; null if none')]
    warnings: Annotated[list[str], Doc("what a reader should check, one line each")]


RECORD_KEYS = tuple(Record.__annotations__)
SECTION_KEYS = tuple(Sections.__annotations__)
CONTACT_KEYS = tuple(Contact.__annotations__)
