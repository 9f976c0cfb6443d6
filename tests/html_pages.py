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


STYLES = {
    "h3-and-lists": (lambda q: f"<h3>{_text(q)}</h3>", _items_as_lists),
    "strong-and-breaks": (lambda q: f"<p><strong>{escape(q)}</strong></p>", _items_as_breaks),
}


def _footer_name(record: dict) -> str:
    for warning in record["warnings"]:
        if warning.startswith("footer names another organisation"):
            return warning.split('"')[1]
    return record["organisation"]


def _article(record: dict, style: str) -> str:
    heading, items = STYLES[style]
    parts = [f"<h1>{escape(record['organisation'])}</h1>"]
    if record["recognised_since_text"]:
        date = escape(record["recognised_since_text"])
        parts.append(f"<p><strong>Erkend mantelzorgvriendelijk sinds:</strong> {date}</p>")
    parts += [f"<p>{_text(p)}</p>" for p in record["intro"].split("\n\n") if p]
    for section in record["sections"].values():
        if section is None:
            continue
        parts.append(heading(section["question"]))
        parts += [f"<p>{_text(p)}</p>" for p in section["paragraphs"]]
        parts.append(items(section["items"]))
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
