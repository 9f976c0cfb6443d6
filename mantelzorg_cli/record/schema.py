"""The record: one per profile, every key always present, in this order.

Schema:

    {
      "schema_version":         string   "1.1"; a new minor version only adds keys
      "source":                 string   the input path as given (or found below a
                                         folder given); "-" for standard input
      "profile_index":          integer  0-based position of the profile in its source
      "input_format":           string   "text" or "html": what the input was, by content
      "organisation":           string   from the title line, else the footer; null if neither
      "recognised_since":       string   ISO 8601: 2017-03-30, or 2017-03 / 2017 when the
                                         source gives no more; null if none or not understood
      "recognised_since_text":  string   the date as written: "30 maart 2017"; null if none
      "employees":              integer  the head count in the intro ("1.250 medewerkers");
                                         null if none
      "employees_approximate":  boolean  circa, ruim, bijna, ±…; false without a head count
      "intro":                  string   the intro's paragraphs joined by "\\n\\n"; "" if none
      "sections": {             one key per question in SECTION_KEYS, null when the
                                profile lacks that question
        "<key>": {
          "question":           string   the heading as written, without number or # marks
          "paragraphs": [       string   text that is not a bullet, in order
          ],
          "paragraph_measures": [        for each paragraph, the ids of the measures it
            [string]                     names, in vocabulary order
          ],
          "items": [
            {
              "text":           string   a bullet item, its marker removed
              "subitems": [     string   the items below it
              ],
              "measures": [     string   ids of the measures that the item or its
              ]                          sub-items name (one offer)
            }
          ]
        }
      },
      "measures": [             string   every measure of the sections, sorted; the
      ],                                 intro and contact are not tagged
      "contact": {              null when the profile has no contact sentence
        "name":                 string   each of these null when not found
        "role":                 string
        "email":                string
        "phone":                string   as written
        "text":                 string   the contact sentence as written
      },
      "website":                string   "www.dalfsen.nl"; null if none
      "warnings": [             string   what a reader should check
      ]
    }

Text values are NFC with every run of white space folded to one space;
nothing else is changed. docs/record.md says more about each key and lists
the warnings.
"""

from typing import TypedDict

SCHEMA_VERSION = "1.1"  # 1.1 added measures; a minor version only adds keys


class Item(TypedDict):
    text: str
    subitems: list[str]
    measures: list[str]


class Section(TypedDict):
    question: str
    paragraphs: list[str]
    paragraph_measures: list[list[str]]
    items: list[Item]


# The four fixed questions, in the order a record lists them; `reading.questions`
# knows how each is asked (a test keeps the two in step).
class Sections(TypedDict):
    awareness: "Section | None"
    dialogue: "Section | None"
    custom_solutions: "Section | None"
    implementation: "Section | None"


class Contact(TypedDict):
    name: str | None
    role: str | None
    email: str | None
    phone: str | None
    text: str


class Record(TypedDict):
    schema_version: str
    source: str
    profile_index: int
    input_format: str
    organisation: str | None
    recognised_since: str | None
    recognised_since_text: str | None
    employees: int | None
    employees_approximate: bool
    intro: str
    sections: Sections
    measures: list[str]
    contact: Contact | None
    website: str | None
    warnings: list[str]


RECORD_KEYS = tuple(Record.__annotations__)
SECTION_KEYS = tuple(Sections.__annotations__)
CONTACT_KEYS = tuple(Contact.__annotations__)
