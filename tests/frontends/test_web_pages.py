"""Saved web pages give the same records as the text they show."""

import pytest
from conftest import ROOT, SAMPLES, TEXT_SAMPLES, golden_records
from html_pages import STYLES, render_page

from mantelzorg_cli import InputError, extract


def as_html(records: list[dict]) -> list[dict]:
    return [{**record, "input_format": "html"} for record in records]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_page_gives_the_record_of_the_text(sample, style):
    expected = golden_records(sample)
    page = render_page(expected, style)
    assert extract(page, source=expected[0]["source"]) == as_html(expected)


@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_html_in_a_txt_file_is_read_as_html(sample, tmp_path):
    expected = golden_records(sample)
    data = render_page(expected, "h3-and-lists").encode("utf-8")
    assert extract(data, source=expected[0]["source"]) == as_html(expected)


def test_meta_charset_names_the_encoding():
    [expected] = golden_records(SAMPLES[0])
    page = render_page([expected], "h3-and-lists")
    page = page.replace('charset="utf-8"', 'charset="iso-8859-15"')
    page = page.replace("<title>", "<title>Café € ")  # 0xE9 and 0xA4: not UTF-8
    data = page.encode("iso-8859-15", errors="xmlcharrefreplace")
    [record] = extract(data, source=expected["source"])
    assert record == {
        **expected,
        "input_format": "html",
        "warnings": ["decoded as iso8859-15", *expected["warnings"]],
    }


def test_page_without_a_profile_is_an_input_error():
    article = (
        "<html><body><nav>Menu</nav><article><h1>Nieuwe fietsbrug geopend</h1>"
        "<p>Het college opende gisteren de brug.</p></article></body></html>"
    )
    with pytest.raises(InputError, match="no profile found"):
        extract(article)


@pytest.mark.parametrize(
    "html,items",
    [
        ("<ul><li>Een <b>vet</b>woord</li></ul>", [("Een vetwoord", [])]),
        ("<ol><li>• al gemarkeerd</li></ol>", [("al gemarkeerd", [])]),
        ("<ul><li><p>twee</p><p>blokken</p></li></ul>", [("twee blokken", [])]),
        (
            "<ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li><li>d</li></ul>",
            [("a", ["b", "c"]), ("d", [])],
        ),
        ("<p>• een<br/>• twee<br>– sub</p>", [("een", []), ("twee", ["sub"])]),
        ("<table><tr><td>• cel</td><td>en cel</td></tr></table>", [("cel en cel", [])]),
    ],
    ids=["inline", "own marker", "blocks in item", "deep nesting", "br bullets", "table"],
)
def test_lists_and_inline_markup(html, items):
    page = (
        "<html><body><h1>Gemeente X</h1><p>Erkend mantelzorgvriendelijk sinds: 2017</p>"
        "<h2>Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust te "
        f"maken van het thema?</h2>{html}<!-- Welke maatwerkoplossingen? --></body></html>"
    )
    [record] = extract(page)
    found = record["sections"]["awareness"]["items"]
    assert [(item["text"], item["subitems"]) for item in found] == items


def test_article_header_and_footer_are_part_of_the_profile():
    [expected] = golden_records(ROOT / "samples/gemeente-veenhoven.txt")
    page = render_page([expected], "h3-and-lists")
    footer = "<p>Gemeente Veenhoven is 1 van"
    for before, after in [
        ("<article>\n<h1>", "<article><header class='entry-header'>\n<h1>"),
        ("</p>\n<p>&#8220;", "</p></header>\n<p>&#8220;"),  # after the recognition line
        (footer, "<footer class='entry-footer'>" + footer),
        ("alle organisaties</a></p>", "alle organisaties</a></p></footer>"),
    ]:
        assert before in page
        page = page.replace(before, after, 1)
    assert extract(page, source=expected["source"]) == as_html([expected])
