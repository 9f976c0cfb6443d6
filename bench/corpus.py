"""A synthetic corpus for the benchmark: N profiles as text files and as saved web pages.

Deterministic for a seed. The profiles follow the layout of the real ones
(header, organisation, date, intro, four questions with bullets, sub-items
and paragraphs, contact, website, footer); the pages wrap them in the chrome
a CMS adds (head with CSS and scripts, header, navigation, cookie banner,
sidebar, footer), about 25 KB a page.
"""

import random
from html import escape
from pathlib import Path

QUESTIONS = [
    "Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust te maken "
    "van het thema?",
    "Hoe bevordert u de dialoog tussen leidinggevenden, mantelzorgers en collega’s?",
    "Welke maatwerkoplossingen zijn in de organisatie mogelijk en hoe is dit geregeld?",
    "Welke concrete stappen hebt u gezet om het thema te implementeren en te borgen in de "
    "organisatie:",
]
KINDS = ["Gemeente", "Stichting", "Zorggroep", "Woonstichting", "Bakkerij", "Adviesbureau"]
NAMES = ["Veenhoven", "De Linde", "Oosterkim", "Ten Brink", "Hollandsbroek", "Kleinwerk"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]  # fmt: skip
PHRASES = [
    "Op intranet staat een themapagina over werk en mantelzorg",
    "leidinggevenden volgden de workshop “Het gesprek over mantelzorg”",
    "medewerkers kunnen kortdurend en langdurend zorgverlof opnemen",
    "in het jaargesprek komt de balans tussen werk en zorg aan bod",
    "op de Dag van de Mantelzorg ontvingen alle mantelzorgers een attentie",
    "er is een lunchbijeenkomst voor werkende mantelzorgers",
    "flexibele werktijden en thuiswerken zijn in overleg mogelijk",
    "de mantelzorgmakelaar ondersteunt bij het regelen van zorg",
]
CHROME_CSS = "".join(f".c{i} {{ margin: {i}px; color: #{i:06x}; }}\n" for i in range(300))
CHROME_JS = "".join(f"window.t{i} = function () {{ return {i} * 2; }};\n" for i in range(200))
MENU = "".join(f'<li><a href="/p/{i}">Pagina {i}</a></li>' for i in range(40))


def _sentence(rng: random.Random) -> str:
    words = " en ".join(rng.sample(PHRASES, rng.randint(1, 2)))
    return words[0].upper() + words[1:] + "."


def profile(rng: random.Random, index: int) -> dict:
    name = f"{rng.choice(KINDS)} {rng.choice(NAMES)} {index}"
    sections = []
    for question in QUESTIONS:
        items = [
            (_sentence(rng), [_sentence(rng) for _ in range(rng.choice([0, 0, 0, 2]))])
            for _ in range(rng.randint(2, 6))
        ]
        paragraphs = [_sentence(rng) + " " + _sentence(rng) for _ in range(rng.choice([0, 1]))]
        sections.append((question, paragraphs, items))
    return {
        "name": name,
        "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2014, 2024)}",
        "intro": [_sentence(rng) * 2, f"Bij ons werken circa {rng.randint(5, 5000)} mensen."],
        "sections": sections,
        "contact": f"Voor meer informatie kunt u contact opnemen met: Anne de Vries, "
        f"HR-adviseur, mail: a.devries@org{index}.example.nl.",
        "website": f"www.org{index}.example.nl",
    }


def as_text(p: dict) -> str:
    recognition = f"Erkend mantelzorgvriendelijk sinds:\u00a0{p['date']}"
    lines = ["Werk&Mantelzorg", "", p["name"], "", recognition, ""]
    lines += [line for paragraph in p["intro"] for line in (paragraph, "")]
    for question, paragraphs, items in p["sections"]:
        lines += [question, ""]
        lines += [line for paragraph in paragraphs for line in (paragraph, "")]
        for text, subs in items:
            lines.append(f" • {text}")
            lines += [f"  – {sub}" for sub in subs]
        lines.append("")
    lines += [p["contact"], "", p["website"], "", f"{p['name']} is 1 van de erkende organisaties.",
              "Overzicht van alle organisaties"]  # fmt: skip
    return "\n".join(lines)


def as_page(p: dict) -> str:
    recognition = f"<p>Erkend mantelzorgvriendelijk sinds: {p['date']}</p>"
    body = [f"<h1>{escape(p['name'])}</h1>", recognition]
    body += [f"<p>{escape(paragraph)}</p>" for paragraph in p["intro"]]
    for question, paragraphs, items in p["sections"]:
        body.append(f"<h2>{escape(question)}</h2>")
        body += [f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs]
        lis = "".join(
            f"<li>{escape(text)}"
            + (f"<ul>{''.join(f'<li>{escape(s)}</li>' for s in subs)}</ul>" if subs else "")
            + "</li>"
            for text, subs in items
        )
        body.append(f"<ul>{lis}</ul>")
    body += [f"<p>{escape(p['contact'])}</p>", f'<p><a href="https://{p["website"]}">{p["website"]}</a></p>',
             f"<p>{escape(p['name'])} is 1 van de erkende organisaties.</p>",
             '<p><a href="/organisaties">Overzicht van alle organisaties</a></p>']  # fmt: skip
    return (
        f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{escape(p['name'])}"
        f"</title><style>{CHROME_CSS}</style><script>{CHROME_JS}</script></head><body>"
        f"<header class='site'><a class='logo'>Werk&amp;Mantelzorg</a><nav><ul>{MENU}</ul></nav>"
        "</header><div class='cookie-banner'><p>Wij gebruiken cookies.</p><button>OK</button>"
        f"</div><main><article>{''.join(body)}</article><aside><ul>{MENU}</ul></aside></main>"
        f"<footer class='site'><ul>{MENU}</ul><p>Werk&amp;Mantelzorg, Postbus 1</p></footer>"
        "</body></html>"
    )


def write_corpus(folder: Path, count: int, seed: int = 20261123) -> tuple[Path, Path]:
    """`folder/text-N/` and `folder/html-N/`, made once and reused."""
    text, html = folder / f"text-{count}", folder / f"html-{count}"
    if (folder / f".done-{count}").exists():
        return text, html
    rng = random.Random(seed)
    for sub in (text, html):
        sub.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        p = profile(rng, index)
        (text / f"{index:06d}.txt").write_text(as_text(p), encoding="utf-8")
        (html / f"{index:06d}.html").write_text(as_page(p), encoding="utf-8")
    (folder / f".done-{count}").touch()
    return text, html
