"""Golden records rendered as saved web pages, in two styles a CMS produces."""

from html import escape

PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{title} | Werk&amp;Mantelzorg</title>
<style>body {{ font-family: sans-serif; }}</style>
<script>window.dataLayer = ["Welke concrete acties heeft uw organisatie uitgevoerd?"];</script>
</head><body>
<header class="site-header"><a class="logo" href="/">Werk&amp;Mantelzorg</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/organisaties">Erkende organisaties</a></li>
<li><a href="/contact">Contact</a></li></ul></nav></header>
<div id="cookie-consent"><p>Wij gebruiken cookies.</p><button>Akkoord</button></div>
<div class="breadcrumbs"><a href="/">Home</a> &gt; Organisaties</div>
<main>{articles}</main>
<aside><h2>Lees ook</h2><ul><li><a href="/x">Werkgeversdag 2024</a></li></ul></aside>
<footer class="site-footer"><p>Werk&amp;Mantelzorg, Postbus 123, 3500 AA Utrecht</p>
<p>info@werkenmantelzorg.example.nl</p></footer>
</body></html>
"""


def _text(value: str) -> str:
    """Escaped, with entities and inline tags a CMS would write."""
    html = escape(value, quote=False).replace("’", "&rsquo;").replace("“", "&#8220;")
    words = html.split(" ")
    if len(words) > 3:  # flattening inline tags must neither add nor lose a space
        words[1] = f"<em>{words[1]}</em>"
        words[2] = f'<a href="#">{words[2]}</a>'
    return "&nbsp;".join(words[:2]) + (" " + " ".join(words[2:]) if len(words) > 2 else "")


def _items_as_lists(items: list[dict]) -> str:
    def li(item: dict) -> str:
        subs = "".join(f"<li>{_text(sub)}</li>" for sub in item["subitems"])
        return f"<li>{_text(item['text'])}" + (f"\n<ul>{subs}</ul>" if subs else "") + "</li>"

    return f"<ul>\n{''.join(li(item) for item in items)}\n</ul>" if items else ""


def _items_as_breaks(items: list[dict]) -> str:
    lines = []
    for item in items:
        lines.append(f"• {_text(item['text'])}")
        lines += [f"&nbsp;&nbsp;– {_text(sub)}" for sub in item["subitems"]]
    joined = "<br>\n".join(lines)
    return f"<p>{joined}</p>" if lines else ""


def _paragraphs(section: dict) -> str:
    return "".join(f"<p>{_text(p)}</p>" for p in section["paragraphs"])


def _docs_lists(items: list[dict]) -> str:
    """Google Docs: the second level a list of its own after its item (`lst-kix_…-1`)."""
    html, first = [], True
    for item in items:
        start = " start" if first else ""
        html.append(f'<ul class="c3 lst-kix_ab12-0{start}"><li class="c1 li-bullet-0">'
                    f'<span class="c0">{_text(item["text"])}</span></li></ul>')  # fmt: skip
        first = False
        if item["subitems"]:
            subs = "".join(f'<li class="c2"><span class="c0">{_text(sub)}</span></li>'
                           for sub in item["subitems"])  # fmt: skip
            html.append(f'<ul class="c3 lst-kix_ab12-1 start">{subs}</ul>')
    return "".join(html)


def _word_lists(items: list[dict]) -> str:
    """Word's "Save as Web Page": list items are paragraphs with their marker in the text."""

    def paragraph(text: str, level: int) -> str:
        marker = "·" if level == 1 else "o"
        return (
            f"<p class=MsoListParagraphCxSpMiddle style='margin-left:{36 * level}.0pt;"
            f"mso-list:l0 level{level} lfo1'><![if !supportLists]><span style='font-family:"
            f"Symbol'>{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;"
            f"&nbsp;</span></span><![endif]>{_text(text)}<o:p></o:p></p>"
        )

    return "".join(
        paragraph(item["text"], 1) + "".join(paragraph(sub, 2) for sub in item["subitems"])
        for item in items
    )


def _as_table_row(question: str, answer: str) -> str:
    return f"<table><tr><td><p><b>{escape(question)}</b></p></td><td>{answer}</td></tr></table>"


# How a CMS writes a question heading and a list of items.
HEADINGS_AND_LISTS = {
    "h3-and-lists": (lambda q: f"<h3>{_text(q)}</h3>", _items_as_lists),
    "strong-and-breaks": (lambda q: f"<p><strong>{escape(q)}</strong></p>", _items_as_breaks),
}


def _cms_section(style: str):
    heading, items = HEADINGS_AND_LISTS[style]
    return lambda s: heading(s["question"]) + _paragraphs(s) + items(s["items"])


# How a page writes one section: its question, paragraphs and items.
STYLES = {
    **{style: _cms_section(style) for style in HEADINGS_AND_LISTS},
    "google-docs": lambda s: (
        f'<h2 class="c5" id="h.x1"><span class="c4">{escape(s["question"])}'
        "</span></h2>" + _paragraphs(s) + _docs_lists(s["items"])
    ),
    "word": lambda s: (
        f"<p class=MsoNormal><b>{escape(s['question'])}<o:p></o:p></b></p>"
        + _paragraphs(s)
        + _word_lists(s["items"])
    ),
    "table": lambda s: _as_table_row(s["question"], _paragraphs(s) + _items_as_lists(s["items"])),
    "definition-list": lambda s: (
        f"<dl><dt>{escape(s['question'])}</dt><dd>{_paragraphs(s)}"
        f"{_items_as_lists(s['items'])}</dd></dl>"
    ),
}


def _footer_name(record: dict) -> str:
    for warning in record["warnings"]:
        if warning.startswith("footer names another organisation"):
            return warning.split('"')[1]
    return record["organisation"]


def _article(record: dict, style: str) -> str:
    write_section = STYLES[style]
    parts = [f"<h1>{escape(record['organisation'])}</h1>"]
    if record["recognised_since_text"]:
        date = escape(record["recognised_since_text"])
        parts.append(f"<p><strong>Erkend mantelzorgvriendelijk sinds:</strong> {date}</p>")
    parts += [f"<p>{_text(p)}</p>" for p in record["intro"].split("\n\n") if p]
    for section in record["sections"].values():
        if section is None:
            continue
        parts.append(write_section(section))
    if record["contact"]:
        parts.append(f"<p>{escape(record['contact']['text'])}</p>")
    if record["website"]:
        parts.append(f'<p><a href="https://example.nl">{escape(record["website"])}</a></p>')
    parts.append(f"<p>{escape(_footer_name(record))} is 1 van de erkende organisaties.</p>")
    parts.append('<p><a href="/organisaties">Overzicht van alle organisaties</a></p>')
    return "<article>\n" + "\n".join(parts) + "\n</article>"


def render_page(records: list[dict], style: str) -> str:
    articles = "\n".join(_article(record, style) for record in records)
    return PAGE.format(title=escape(records[0]["organisation"]), articles=articles)
