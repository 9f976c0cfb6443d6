"""Hostile saved pages: odd wrappers, lone headings, unclosed markup, deep nesting.

A page gives the record of the profile it shows, in time linear in its size,
or one `InputError`; never a traceback. (From the hostile-input suite.)
"""

import time
from html import escape

import pytest
from conftest import ROOT, TEXT_SAMPLES, VEENHOVEN, golden_records
from html_pages import HEADINGS_AND_LISTS, render_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mantelzorg_cli import InputError, extract
from mantelzorg_cli.frontends.markup import cut_never_content

HANG_GUARD = 5.0  # seconds; a linear read of these pages takes a fraction of one
AWARENESS = (
    "Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust te maken "
    "van het thema?"
)


def as_html(record: dict) -> dict:
    return {**record, "input_format": "html"}


def timed_extract(page: str) -> list[dict]:
    start = time.perf_counter()
    try:
        return extract(page, source="page.html")
    finally:
        assert time.perf_counter() - start < HANG_GUARD


@pytest.fixture(scope="module")
def veenhoven() -> dict:
    [record] = golden_records(VEENHOVEN)
    return {**record, "source": "page.html", "input_format": "html"}


def article_of(record: dict) -> str:
    """The `<article>…</article>` a CMS would write for `record`."""
    page = render_page([record], "h3-and-lists")
    return page[page.index("<article>") : page.index("</article>") + len("</article>")]


def unwrapped(record: dict) -> str:
    """The profile's elements as `article_of` writes them, without the `<article>`."""
    return article_of(record).removeprefix("<article>").removesuffix("</article>")


def page_around(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>X</title></head><body>{body}</body></html>"


# 1. A profile inside an element that is usually chrome


SEARCH_FORM = '<form class="search"><input name="q"><button>Zoeken</button></form>'


@pytest.mark.parametrize(
    "before,after",
    [("", ""), (SEARCH_FORM, ""), ("", SEARCH_FORM)],
    ids=["alone", "search first", "search last"],
)
def test_profile_inside_an_asp_net_form(veenhoven, before, after):
    """ASP.NET wraps the whole page in one `<form>`; the chrome inside it still goes."""
    page = page_around(
        '<form method="post" action="./organisatie.aspx" id="form1">'
        '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="x"></div>'
        f'<nav><ul><li><a href="/">Home</a></li></ul></nav>{before}'
        '<div id="cookie-consent"><p>Wij gebruiken cookies.</p></div>'
        f'<div id="content">{article_of(veenhoven)}</div>{after}'
        "<aside><h2>Lees ook</h2><ul><li>Werkgeversdag 2024</li></ul></aside>"
        "</form>"
    )
    assert timed_extract(page) == [veenhoven]


def test_profile_inside_an_aside(veenhoven):
    page = page_around(
        '<aside class="sidebar"><p>Nieuwsbrief</p></aside>'
        f'<aside class="organisatie">{article_of(veenhoven)}</aside>'
        "<aside><h2>Lees ook</h2><ul><li>Werkgeversdag 2024</li></ul></aside>"
    )
    assert timed_extract(page) == [veenhoven]


@pytest.mark.parametrize("panel", ["aside", "header"])
def test_title_and_recognition_line_in_an_aside(veenhoven, panel):
    """An information panel beside the article, or the page's header, holds the name
    and the date."""
    article = article_of(veenhoven)
    split = article.index("<p>&#8220;")  # where the intro starts
    page = page_around(
        f"<{panel}>{article[len('<article>') : split]}</{panel}>"
        f"<main><article>{article[split:]}</main>"
        "<aside><h2>Erkend mantelzorgvriendelijk</h2><ul><li>Gemeente Dalfsen</li></ul></aside>"
    )
    assert timed_extract(page) == [veenhoven]


@pytest.mark.parametrize("chrome", ["nav", "form", "aside"])
def test_custom_elements_named_like_chrome_are_content(veenhoven, chrome):
    wrapper = f"{chrome}-panel"  # a custom element, not a <{chrome}>
    page = page_around(
        f"<{wrapper}>{article_of(veenhoven)}</{wrapper}><{chrome}>Lees ook</{chrome}>"
    )
    assert timed_extract(page) == [veenhoven]


@pytest.mark.parametrize("chrome", ["nav", "aside", "form", "header", "footer"])
def test_chrome_nested_in_chrome_is_left_out_whole(veenhoven, chrome):
    """A menu in a menu: the text after the inner one is the outer one's, and goes too."""
    profile = unwrapped(veenhoven)
    page = page_around(f"<{chrome}><{chrome}>Home</{chrome}>Nieuws</{chrome}>{profile}")
    assert timed_extract(page) == [veenhoven]


@pytest.mark.parametrize(
    "chrome",
    [
        "<nav><div>Home</div><!-- </nav> --><div>Over ons</div></nav>",
        "<nav><div>Home</div><script>var s = '</nav>';</script><div>Over ons</div></nav>",
        "<aside><div>Lees ook</div><![CDATA[ </aside> ]]><div>Over ons</div></aside>",
        '<footer data-x="</footer>"><div>Over ons</div></footer>',
        "<header data-x='</header>'><div>Over ons</div></header>",
    ],
    ids=["comment", "script", "cdata", "footer attribute", "header attribute"],
)
def test_a_block_is_not_cut_at_an_end_tag_that_is_not_one(veenhoven, chrome):
    """`</nav>` in a comment, a script or an attribute does not end the nav: the parser
    says where it ends, and none of it reaches the profile."""
    profile = unwrapped(veenhoven)
    if not chrome.startswith(("<header", "<footer")):  # in `main`, those are its own
        assert timed_extract(page_around(f"<main>{chrome}{profile}</main>")) == [veenhoven]
    assert timed_extract(page_around(chrome + profile)) == [veenhoven]


@pytest.mark.parametrize(
    "part",
    [
        "<footer hidden><p>Concepttekst: niet publiceren</p></footer>",
        '<footer aria-hidden="true"><p>Concepttekst</p></footer>',
        '<footer role="contentinfo"><p>Postbus 8228, Utrecht</p></footer>',
        '<header role="navigation"><p>Home</p></header>',
        '<header class="breadcrumb"><p>Home</p></header>',
    ],
    ids=["hidden", "aria-hidden", "contentinfo", "navigation", "breadcrumb"],
)
def test_a_header_or_footer_inside_the_content_is_still_dropped_as_chrome(veenhoven, part):
    """Inside `main` a header or footer is the article's own, unless it says it is chrome
    the way any element does: hidden, a chrome role or a chrome name."""
    profile = unwrapped(veenhoven)
    assert timed_extract(page_around(f"<main>{part}{profile}{part}</main>")) == [veenhoven]


@pytest.mark.parametrize("role", ["main", "Main ", "region main"])
def test_the_footer_of_content_marked_by_role_keeps_the_contact(veenhoven, role):
    profile = unwrapped(veenhoven)
    contact = profile.index("<p>Voor meer informatie")
    with_footer = f"{profile[:contact]}<footer>{profile[contact:]}</footer>"
    assert timed_extract(page_around(f"<div role='{role}'>{with_footer}</div>")) == [veenhoven]


def test_an_asp_net_form_around_the_profile_and_the_site_keeps_the_site_out(veenhoven):
    """A `form` that holds the whole page holds the questions too: its header and footer
    are still the site's."""
    profile = unwrapped(veenhoven)
    site = "<footer><p>Werk&amp;Mantelzorg, Postbus 1</p><p>Contact</p></footer>"
    page = page_around(f'<form id="form1"><header><p>Menu</p></header>{profile}{site}</form>')
    assert timed_extract(page) == [veenhoven]


def test_a_link_back_to_the_list_in_the_articles_footer_is_no_part_of_the_contact(veenhoven):
    profile = unwrapped(veenhoven)
    back = '<p><a href="/organisaties">« Terug naar het overzicht</a></p>'
    assert timed_extract(page_around(f"<article>{profile}{back}</article>")) == [veenhoven]


@pytest.mark.parametrize("wrapper", ["div id='page'", "div class='container'", "section"])
def test_a_site_header_and_footer_in_a_page_wide_wrapper_stay_out(veenhoven, wrapper):
    """A theme's `<div id="page">` holds the site's header and footer beside the
    profile: they are the site's, not the profile's (its own contact line stays)."""
    profile = unwrapped(veenhoven)
    header = "<header><p>Werk&amp;Mantelzorg</p><p>Samen sterk voor mantelzorgers</p></header>"
    footer = "<footer><h3>Contact</h3><p>Contact: info@wm.example.nl, 030 123 45 67</p></footer>"
    name = wrapper.split()[0]
    page = page_around(f"<{wrapper}>{header}{profile}{footer}</{name}>")
    assert timed_extract(page) == [veenhoven]


SITE_LINKS = "".join(f'<li><a href="/p/{n}">Pagina {n}</a></li>' for n in range(40))


@pytest.mark.parametrize("chrome", ["header", "footer"])
def test_a_site_header_or_footer_of_links_is_cut_before_parsing(veenhoven, chrome):
    block = f"<{chrome} class='site'><ul>{SITE_LINKS}</ul></{chrome}>"
    page = page_around(f"{block}<main>{article_of(veenhoven)}</main>{block}")
    assert "Pagina 7" not in cut_never_content(page)
    assert timed_extract(page) == [veenhoven]


@pytest.mark.parametrize(
    "wrapper",
    ["<main>{}</main>", "<article>{}</article>", "<main><div>{}</div></main>",
     "<div role='main'>{}</div>", "<main>{}"],
    ids=["main", "article", "div in main", "role main", "main left open"],
)  # fmt: skip
def test_a_footer_inside_the_content_is_not_cut(wrapper):
    """An article's own footer is part of it: its text stays, with or without a sign."""
    page = page_around(wrapper.format("<footer>Geplaatst door HR, maart 2024</footer>"))
    assert "Geplaatst door HR" in cut_never_content(page)


# 2. A lone question heading


@pytest.mark.parametrize(
    "heading",
    [
        f"<h2>{AWARENESS}</h2>",
        f"<p><strong>{AWARENESS}</strong></p>",
        f"<div><h3>{AWARENESS}</h3></div>",
    ],
    ids=["h2", "strong in p", "h3 in its own div"],
)
def test_a_lone_question_heading_keeps_intro_and_answer(heading):
    page = page_around(
        "<div><p>Wij zijn een klein bedrijf met 12 medewerkers.</p>"
        f"{heading}<ul><li>Een folder voor iedereen.</li><li>Een lunch.</li></ul>"
        "<p>Dat was het.</p></div>"
    )
    [record] = timed_extract(page)
    assert record["intro"] == "Wij zijn een klein bedrijf met 12 medewerkers."
    assert record["employees"] == 12
    awareness = record["sections"]["awareness"]
    assert awareness["question"] == AWARENESS
    assert [item["text"] for item in awareness["items"]] == [
        "Een folder voor iedereen.",
        "Een lunch.",
    ]
    assert awareness["paragraphs"] == ["Dat was het."]


def test_a_lone_question_heading_at_the_end_keeps_the_intro():
    page = page_around(
        f"<div><p>Wij zijn met 12 medewerkers.</p><div><h2>{AWARENESS}</h2></div></div>"
    )
    [record] = timed_extract(page)
    assert record["intro"] == "Wij zijn met 12 medewerkers."
    assert record["sections"]["awareness"]["items"] == []


# 3. Unclosed markup: linear time, and the profile before it is kept

UNCLOSED = [
    # what html.parser reads as raw text, or as elements nested ever deeper
    "<!-- x ",
    "<script>x",
    "<style>x",
    "<iframe>",
    "<template>x",
    # what html.parser looks for the end of again from every `<` that starts it
    "<![CDATA[x ",
    "<?x ",
    "</x ",
    "<a x='",
    "<a ",
]
UNCLOSED_SIZE = 200_000


@pytest.mark.parametrize("marker", UNCLOSED)
def test_unclosed_markup_without_a_profile_is_an_input_error(marker):
    page = "<html><body><p>Geen profiel hier.</p>" + marker * (UNCLOSED_SIZE // len(marker))
    with pytest.raises(InputError, match="no profile found"):
        timed_extract(page)


@pytest.mark.parametrize("marker", UNCLOSED)
def test_unclosed_markup_after_the_profile_keeps_the_profile(veenhoven, marker):
    page = page_around(article_of(veenhoven) + marker * (UNCLOSED_SIZE // len(marker)))
    assert timed_extract(page) == [veenhoven]


# 4. Deep nesting


@pytest.mark.parametrize("depth", [300, 1_000, 10_000])
def test_deeply_nested_lists_keep_every_item(depth):
    lists = "".join(f"<ul><li>niveau {level}" for level in range(depth))
    page = page_around(
        "<h1>Gemeente Diep</h1><p>Erkend mantelzorgvriendelijk sinds: 2017</p>"
        f"<h2>{AWARENESS}</h2>{lists}{'</li></ul>' * depth}"
    )
    [record] = timed_extract(page)
    [item] = record["sections"]["awareness"]["items"]
    assert (item["text"], item["subitems"]) == (
        "niveau 0",
        [f"niveau {level}" for level in range(1, depth)],
    )


WRAPPERS = {
    "div": ("<div>", "</div>"),
    "blockquote": ("<blockquote>", "</blockquote>"),
    "table": ("<table><tr><td>", "</td></tr></table>"),
    "section": ('<section class="c">', "</section>"),
    "b": ("<b>", "</b>"),
    "header": ("<header>", "</header>"),
    "aside": ("<aside>", "</aside>"),
}


DEPTHS = [(wrapper, 1_000) for wrapper in WRAPPERS] + [
    (wrapper, 10_000) for wrapper in ("div", "table", "b", "header")
]


@pytest.mark.parametrize("wrapper,depth", DEPTHS)
def test_a_deeply_wrapped_profile_is_read_whole(veenhoven, wrapper, depth):
    opening, closing = WRAPPERS[wrapper]
    page = page_around(opening * depth + article_of(veenhoven) + closing * depth)
    assert timed_extract(page) == [veenhoven]


@pytest.mark.parametrize("wrapper", ["div", "aside"])
def test_a_deeply_wrapped_profile_without_closing_tags(veenhoven, wrapper):
    opening, _ = WRAPPERS[wrapper]
    page = f"<html><body>{opening * 10_000}{article_of(veenhoven)}"
    assert timed_extract(page) == [veenhoven]


# Markup that html.parser itself mishandles


def test_marked_sections_are_not_a_crash(veenhoven):
    page = page_around("<![if gte mso 9]><![endif]><![foo[ y ]]><![ z ]>" + article_of(veenhoven))
    assert timed_extract(page) == [veenhoven]


def test_a_stray_numeric_reference_loses_nothing(veenhoven):
    page = page_around("<p>Q&#A en &#B, &#x;</p>" + article_of(veenhoven))
    assert timed_extract(page) == [veenhoven]


# 5. Properties: a known profile in random page structures

PROFILES = [records[0] for records in map(golden_records, TEXT_SAMPLES) if len(records) == 1]
WRAPPERS_AROUND = [
    "div", "section", "form", "aside", "main", "article", "span", "table", "blockquote",
    "font", "center", "mz-blok", "nav-vak",
]  # fmt: skip
NEEDS_AN_ANCHOR = {"form", "aside"}  # content only while they hold a question or the date
MAY_STAY_OPEN = {"div", "section", "span", "blockquote", "font", "center", "mz-blok"}
PLAIN_NAMES = ["content", "wrapper", "col-md-8", "entry-content", "vak", "row", "organisatie"]
CHROME_NAMES = ["cookie-banner", "menu", "sidebar", "share", "breadcrumb", "modal", "social-links"]
CHROME = [  # (the element that the page reader must cut or remove, its name)
    ('<nav><ul><li><a href="/">Home</a></li><li>Erkende organisaties</li></ul></nav>', "nav"),
    ('<form class="zoek" action="/zoek"><input name="q"><button>Zoeken</button></form>', "form"),
    ("<aside><h2>Lees ook</h2><ul><li>Werkgeversdag 2024</li></ul></aside>", "aside"),
    ('<div class="cookie-banner"><p>Wij gebruiken cookies.</p><button>Akkoord</button></div>', ""),
    ('<div role="navigation"><a href="/">Terug naar het overzicht</a></div>', ""),
    ("<p hidden>Verborgen tekst</p>", ""),
    ('<div aria-hidden="true"><b>Sluiten</b></div>', ""),
    ("<!-- Welke concrete acties heeft uw organisatie uitgevoerd? -->", ""),
    ('<script>var kop = "<h2>Erkend mantelzorgvriendelijk sinds: 2017</h2>";</script>', ""),
    ("<style>p { color: red; }</style>", ""),
    ("<![if !supportLists]><![endif]>", ""),
    ("<![CDATA[ Welke maatwerkoplossingen zijn er? ]]>", ""),
    ("<?xml version='1.0'?>", ""),
]
# Broken markup for hostile pages: unclosed, unended, unknown to html.parser.
BROKEN = [
    "<a x='", "<a ", "</", "<script>", "<iframe>", "<textarea>", "<!-- ", "<![ z", "<![foo[ y ]]>",
    "Q&#A &#B",
]  # fmt: skip
SITE_TOP = (
    '<header class="site-header"><a class="logo" href="/">Werk&amp;Mantelzorg</a>'
    "<nav><ul><li>Home</li></ul></nav></header>"
)
SITE_BOTTOM = '<footer class="site-footer"><p>Werk&amp;Mantelzorg, Postbus 123</p></footer>'
HEAD = '<head><title>Profiel</title><script>var x = "<p>Welke stappen?</p>";</script></head>'
SKELETONS = {
    "page": f"<!DOCTYPE html><html>{HEAD}<body>{SITE_TOP}{{}}{SITE_BOTTOM}</body></html>",
    "asp.net": f'<html>{HEAD}<body><form id="form1">{SITE_TOP}{{}}</form></body></html>',
    "bare": "{}",
}
SPACE = st.sampled_from(["", "", "\n", " ", "\n  "])
MAX_DEPTH = 60
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def footer_name(record: dict) -> str:
    for warning in record["warnings"]:
        if warning.startswith("footer names another organisation"):
            return warning.split('"')[1]
    return record["organisation"]


def profile_elements(record: dict, style: str) -> list[tuple[bool, str]]:
    """The profile's elements as a CMS writes them, each with whether it is an anchor:
    a question heading or the recognition line."""
    heading, items = HEADINGS_AND_LISTS[style]
    elements = [(False, f"<h1>{escape(record['organisation'])}</h1>")]
    if record["recognised_since_text"]:
        date = escape(record["recognised_since_text"])
        elements.append(
            (True, f"<p><strong>Erkend mantelzorgvriendelijk sinds:</strong> {date}</p>")
        )
    elements += [(False, f"<p>{escape(p)}</p>") for p in record["intro"].split("\n\n") if p]
    for section in record["sections"].values():
        if section is not None:
            elements.append((True, heading(section["question"])))
            elements += [(False, f"<p>{escape(p)}</p>") for p in section["paragraphs"]]
            elements += [(False, items(section["items"]))] if section["items"] else []
    if record["contact"]:
        elements.append((False, f"<p>{escape(record['contact']['text'])}</p>"))
    if record["website"]:
        elements.append((False, f"<p><a href='https://x.nl'>{escape(record['website'])}</a></p>"))
    elements.append(
        (False, f"<p>{escape(footer_name(record))} is 1 van de erkende organisaties.</p>")
    )
    elements.append((False, '<p><a href="/organisaties">Overzicht van alle organisaties</a></p>'))
    return elements


@st.composite
def attributes(draw, names: list[str]) -> str:
    written = []
    for name in draw(
        st.lists(st.sampled_from(["class", "id", "style", "data-x"]), unique=True, max_size=3)
    ):
        value = draw(st.sampled_from(names)) if name in ("class", "id") else "margin: 0"
        quote = draw(st.sampled_from(['"', "'", *([""] if " " not in value else [])]))
        written.append(f" {name}={quote}{value}{quote}")
    return "".join(written)


@st.composite
def wrapped(draw, elements: list[tuple[bool, str]], around: tuple[str, ...], hostile: bool) -> str:
    """`elements` split into groups, each maybe in wrappers, with chrome, comments and stray
    `</div>`s between them. `around`: the wrappers already open around them.

    Unless `hostile`, a wrapper is never chrome: no chrome name, `form` and `aside` only
    around an anchor, never a stray `</div>` that could close a `form` or `aside` early.
    """
    written, rest = [], list(elements)
    while rest:
        take = draw(st.integers(1, len(rest)))
        group, rest = rest[:take], rest[take:]
        written.append(draw(SPACE))
        if len(around) < MAX_DEPTH and draw(st.booleans()):
            written.append(draw(in_wrappers(group, around, hostile)))
        else:
            written.append(draw(SPACE).join(element for _, element in group))
        extra = draw(st.integers(0, 9))
        if extra == 0:
            chrome = [element for element, name in CHROME if hostile or name not in around]
            written.append(draw(st.sampled_from(chrome)))
        elif extra == 1 and (hostile or not NEEDS_AN_ANCHOR & set(around)):
            written.append("</div>")
        elif extra == 2:
            written.append(f"<!-- {draw(st.sampled_from(['x', AWARENESS, '<p>oud</p>']))} -->")
        elif extra == 3 and hostile:
            written.append(draw(st.sampled_from(BROKEN)))
    return "".join(written)


@st.composite
def in_wrappers(draw, group: list[tuple[bool, str]], around: tuple[str, ...], hostile: bool) -> str:
    most = min(8, MAX_DEPTH - len(around))
    tags = draw(st.lists(st.sampled_from(WRAPPERS_AROUND), min_size=1, max_size=most))
    if not hostile and not any(anchor for anchor, _ in group):
        tags = [tag for tag in tags if tag not in NEEDS_AN_ANCHOR] or ["div"]
    openings, closings = [], []
    for tag in tags:
        names = PLAIN_NAMES + CHROME_NAMES if hostile else PLAIN_NAMES
        attrs = draw(attributes(names))
        opening, closing = (f"<{tag}{attrs}>", f"</{tag}>")
        if tag == "table":
            opening, closing = f"<table{attrs}><tr><td>", "</td></tr></table>"
        if (hostile or tag in MAY_STAY_OPEN) and draw(st.integers(0, 9)) == 0:
            closing = ""  # left open
        openings.append(opening)
        closings.append(closing)
    inside = draw(wrapped(group, (*around, *tags), hostile))
    return "".join(openings) + inside + "".join(reversed(closings))


@st.composite
def pages(draw, hostile: bool = False) -> tuple[dict, str]:
    """A page showing a known profile in a random structure, and the profile's record."""
    record = draw(st.sampled_from(PROFILES))
    elements = profile_elements(record, draw(st.sampled_from(sorted(HEADINGS_AND_LISTS))))
    skeleton = draw(st.sampled_from(sorted(SKELETONS)))
    around = ("form",) if skeleton == "asp.net" else ()
    page = SKELETONS[skeleton].format(draw(wrapped(elements, around, hostile)))
    if draw(st.booleans()):
        page += "<!-- left open at the end"
    return record, page


@PROPERTY
@given(pages())
def test_a_profile_in_any_plain_structure_gives_its_record(page):
    record, html = page
    assert extract(html, source=record["source"]) == [as_html(record)]


@PROPERTY
@given(pages(hostile=True))
def test_a_profile_in_any_structure_gives_records_or_an_input_error(page):
    record, html = page
    try:
        records = extract(html, source=record["source"])
    except InputError:
        return
    assert records and all(found.keys() == record.keys() for found in records)


def test_a_text_profile_saved_by_a_browser_as_one_pre_is_read_as_text():
    sample = ROOT / "samples" / "gemeente-veenhoven.txt"
    text = sample.read_text(encoding="utf-8")
    page = f"<html><head><title>x</title></head><body><pre>{escape(text)}</pre></body></html>"
    record = extract(page, source=str(sample.relative_to(ROOT)))[0]
    golden = golden_records(sample)[0]
    assert {**record, "input_format": "text"} == golden
