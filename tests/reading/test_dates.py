"""Recognition dates: `parse_date` on dates as written, then in a whole profile
(docs/reading-rules.md, "Recognition date")."""

import pytest
from conftest import NBSP, one, profile

from mantelzorg_cli.reading.dates import names_a_month, parse_date

DATES = {
    "30 maart 2017": "2017-03-30",
    "30 Maart 2017": "2017-03-30",
    "30 mrt. 2017": "2017-03-30",
    "1e juli 2019": "2019-07-01",
    "1ste juli 2019": "2019-07-01",
    "3 sept 2021": "2021-09-03",
    "30 mrt. '17": "2017-03-30",
    "sinds 12 feb 2018": "2018-02-12",
    "29 februari 2020": "2020-02-29",
    "30-03-2017": "2017-03-30",
    "30/03/2017": "2017-03-30",
    "30.03.2017": "2017-03-30",
    "30-03-17": "2017-03-30",
    "2017-03-30": "2017-03-30",
    "maart 2017": "2017-03",
    "mrt 2017": "2017-03",
    "maa 2017": "2017-03",
    "febr 2016": "2016-02",
    "okt. 2022": "2022-10",
    "maart '17": "2017-03",
    "03-2017": "2017-03",
    "3/2017": "2017-03",
    "2017": "2017",
    "2017 (verlengd in 2020)": "2017",
    # digits of other scripts are digits (the red team's: Arabic-Indic 2017 was kept as written)
    "\u0662\u0660\u0661\u0667": "2017",
    "\uff12\uff10\uff11\uff17": "2017",  # full-width
    "\u0663 \u0661\u0660 \u0662\u0660\u0662\u0662": "2022",
    "\u0663 okt \u0662\u0660\u0662\u0662": "2022-10-03",
    # none: a date that does not exist, or nothing that reads as one
    "31 februari 2017": None,
    "29 februari 2019": None,
    "2017-02-30": None,
    "13-13-2017": None,
    "13-2017": None,
    "maart 1899": None,
    "1850": None,
    "30 maart": None,
    "binnenkort": None,
    "": None,
}


@pytest.mark.parametrize("written,iso", DATES.items(), ids=lambda value: repr(value))
def test_parse_date(written, iso):
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    "text,names",
    [("maart", True), ("mrt.", True), ("Sept 2017", True), ("2017", False), ("meimaand", False),
     ("decor", False)],
)  # fmt: skip
def test_names_a_month(text, names):
    assert names_a_month(text) is names


@pytest.mark.parametrize(
    "written,iso",
    [
        ("30 maart 2017", "2017-03-30"),
        ("30 Maart 2017", "2017-03-30"),
        ("30 mrt. 2017", "2017-03-30"),
        ("1e juli 2019", "2019-07-01"),
        ("3 sept 2021", "2021-09-03"),
        ("30-03-2017", "2017-03-30"),
        ("30/03/2017", "2017-03-30"),
        ("30.03.2017", "2017-03-30"),
        ("2017-03-30", "2017-03-30"),
        ("maart 2017", "2017-03"),
        ("okt. 2022", "2022-10"),
        ("03-2017", "2017-03"),
        ("2017", "2017"),
    ],
)
def test_recognition_dates(written, iso):
    head = f"Gemeente Testdorp\n\nErkend mantelzorgvriendelijk sinds:{NBSP}{written}\n\n"
    record = one(profile(head=head))
    assert (record["recognised_since"], record["recognised_since_text"]) == (iso, written)


@pytest.mark.parametrize("written", ["31 februari 2017", "binnenkort", "13-13-2017"])
def test_unreadable_dates_give_a_warning(written):
    head = f"Gemeente Testdorp\n\nErkend mantelzorgvriendelijk sinds: {written}\n\n"
    record = one(profile(head=head))
    assert record["recognised_since"] is None
    assert record["warnings"] == [f'recognition date not understood: "{written}"']
