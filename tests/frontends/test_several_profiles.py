"""A page that holds several profiles: one record each, and nothing of the page's own."""

import pytest
from conftest import TWO_PROFILES, VEENHOVEN, golden_records
from html_pages import render_page

from mantelzorg_cli import extract


def records_of_page(html: str) -> list[dict]:
    return [{**record, "source": "-"} for record in extract(html)]


def as_page_records(records: list[dict]) -> list[dict]:
    """The records of the text, as a page gives them: on a page nothing is outside a
    profile but the page's own words."""
    return [
        {
            **r,
            "source": "-",
            "input_format": "html",
            "warnings": [w for w in r["warnings"] if not w.startswith("text outside")],
        }
        for r in records
    ]


def several(container: str, lead: bool = True) -> tuple[str, list[dict]]:
    records = golden_records(TWO_PROFILES) + golden_records(VEENHOVEN)
    page = render_page(records, "h3-and-lists").replace("<article>", f"<{container}>")
    page = page.replace("</article>", f"</{container}>")
    if lead:
        page = page.replace(
            "<main>",
            "<main><h1>Mantelzorgvriendelijke werkgevers in de regio</h1>"
            "<p>Drie werkgevers vertellen wat zij doen. Erkend mantelzorgvriendelijk zijn zij "
            "allemaal.</p>",
        )
    return page, records


@pytest.mark.parametrize("container", ["article", "section", "div"])
def test_each_element_that_holds_a_profile_gives_its_record(container):
    page, records = several(container)
    found = records_of_page(page)
    assert [r["organisation"] for r in found] == [r["organisation"] for r in records]
    assert found == [{**r, "profile_index": n} for n, r in enumerate(as_page_records(records))]


def test_the_pages_own_heading_and_lead_belong_to_no_profile():
    page, _ = several("article")
    found = str(records_of_page(page))
    assert "werkgevers in de regio" not in found and "Drie werkgevers" not in found


def test_a_profile_without_one_of_the_questions_is_still_its_own():
    records = golden_records(TWO_PROFILES)
    page = render_page(records, "h3-and-lists")
    cut = page.rindex("<h3>", 0, page.index("dialoog"))  # the first profile loses its dialogue
    page = page[:cut] + page[page.index("</ul>", cut) + 5 :]
    found = records_of_page(page)
    assert [r["organisation"] for r in found] == [r["organisation"] for r in records]
    assert found[0]["sections"]["dialogue"] is None
    assert found[1]["sections"]["dialogue"] == records[1]["sections"]["dialogue"]


def test_profiles_heading_after_heading_in_one_element_split_at_their_dates():
    records = golden_records(TWO_PROFILES)
    page = render_page(records, "h3-and-lists").replace("</article>\n<article>", "")
    assert [r["organisation"] for r in records_of_page(page)] == [
        r["organisation"] for r in records
    ]


def test_a_page_of_one_profile_is_read_as_before():
    (record,) = golden_records(VEENHOVEN)
    assert records_of_page(render_page([record], "h3-and-lists")) == as_page_records([record])


def test_a_question_in_a_sidebar_teaser_belongs_to_no_profile():
    page, records = several("article")
    teaser = "<aside><h2>Vraag</h2><p>Welke maatwerkoplossingen zijn in de organisatie mogelijk en hoe is dit geregeld?</p></aside>"  # noqa: E501
    found = records_of_page(page.replace("</main>", teaser + "</main>"))
    assert [r["organisation"] for r in found] == [r["organisation"] for r in records]
