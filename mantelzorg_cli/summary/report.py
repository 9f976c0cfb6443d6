"""A summary as one self-contained HTML page: inline CSS and SVG, no scripts, and no
links but those inside the page (from each measure's bar to the texts that gave it)."""

from html import escape

from ..reading.text import printable
from .words import WORDS, lead, made, year_label

BAR_COLOUR = "#2a6f97"  # the summary tests find the bars in a screenshot by this colour
SHADE = "192, 90, 0"  # RGB of the cells by year, as dark as their share: not the bars' colour
ROW_HEIGHT = 22  # pixels per bar in a horizontal chart
LABEL_WIDTH = 300  # pixels for the labels left of horizontal bars
BAR_SPACE = 300  # pixels for the longest bar

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1d; max-width: 760px;
       margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
svg text { font: 13px system-ui, sans-serif; fill: #1d1d1d; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { text-align: left; padding: 0.25em 0.5em; border-bottom: 1px solid #e3e3e3; }
.lead { color: #555; }
.by-year { overflow-x: auto; }
.by-year td.share, .by-year th { text-align: right; min-width: 2.6em; }
.by-year tr.n td { color: #555; font-size: 0.85em; text-align: right; }
details { margin: 0.3em 0; }
details li { margin: 0.2em 0; }
svg a:hover rect { fill-opacity: 0.8; }
"""


def render_html(summary: dict, language: str = "en", title: str | None = None) -> str:
    """The page, as text: write it with `atomic_text_file`."""
    words = WORDS[language]
    title = printable(title or words["title"])  # an escape character is no text
    completeness = summary["completeness"]
    years = [
        (year_label(row["year"], language), row["profiles"])
        for row in summary["recognitions_per_year"]
    ]
    sizes = [(year_label(row["size"], language), row["profiles"]) for row in summary["employees"]]
    measures = [
        (
            printable(row[language]),
            row["organisations"],
            f"{row['share']:.0%}",
            f"#measure-{row['id']}",
        )
        for row in summary["measures"]
    ]
    inputs = [printable(name) for name in summary.get("inputs") or []]
    about = made(inputs, summary["made"], language) if inputs else ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="lead">{escape(lead(summary, language))}. {escape(about)}</p>',
        f"<h2>{words['years']}</h2>",
        _columns(years),
        f"<h2>{words['employees']}</h2>",
        _bars([(size, count, str(count), "") for size, count in sizes]),
        f"<h2>{escape(words['shares'])}</h2>",
        _bars(measures, largest=summary["organisations"]),
        f"<h2>{words['by_year']}</h2>",
        f"<p>{escape(words['by_year_lead'])}</p>",
        _by_year(summary["measures"], language),
        f"<h2>{words['texts']}</h2>",
        f"<p>{escape(words['texts_lead'])}</p>",
        _texts(summary["measures"], summary["organisations"], language),
        f"<h2>{words['completeness']}</h2>",
        "<p>"
        + escape(
            words["complete"].format(
                complete=completeness["complete"],
                missing=completeness["missing_a_question"],
                warned=completeness["with_warnings"],
            )
        )
        + ".</p>",
        _incomplete_table(completeness["incomplete"], words),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _bars(rows: list[tuple[str, int, str, str]], largest: int | None = None) -> str:
    """Horizontal bars: a label, a bar as long as the count, and the count's text; each
    row a link where it has an address (a measure's, to its texts)."""
    largest = largest or max((count for _, count, _, _ in rows), default=0)
    height = ROW_HEIGHT * len(rows)
    width = LABEL_WIDTH + BAR_SPACE + 60
    shapes = []
    for index, (label, count, text, address) in enumerate(rows):
        top = index * ROW_HEIGHT
        length = round(BAR_SPACE * count / largest) if largest else 0
        row = (
            f'<text x="{LABEL_WIDTH - 8}" y="{top + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{top + 3}" width="{length}" height="{ROW_HEIGHT - 6}" '
            f'fill="{BAR_COLOUR}"><title>{escape(label)}: {escape(text)}</title></rect>'
            f'<text x="{LABEL_WIDTH + length + 6}" y="{top + 15}">{escape(text)}</text>'
        )
        shapes.append(f'<a href="{escape(address)}">{row}</a>' if address else row)
    return _svg(width, height, shapes)


def _columns(rows: list[tuple[str, int]]) -> str:
    """Vertical bars, one per row, its count above it and its label below."""
    column, chart = 60, 160  # pixels: a column's width (room for "unknown"), the tallest bar
    largest = max((count for _, count in rows), default=0)
    shapes = []
    for index, (label, count) in enumerate(rows):
        left = index * column
        length = round(chart * count / largest) if largest else 0
        top = 20 + chart - length
        middle = left + column / 2
        shapes.append(
            f'<rect x="{left + 6}" y="{top}" width="{column - 12}" height="{length}" '
            f'fill="{BAR_COLOUR}"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{middle}" y="{top - 5}" text-anchor="middle">{count}</text>'
            f'<text x="{middle}" y="{20 + chart + 16}" text-anchor="middle">{escape(label)}</text>'
        )
    return _svg(max(column * len(rows), 1), 20 + chart + 24, shapes)


def _svg(width: int, height: int, shapes: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">{"".join(shapes)}</svg>'
    )


def _by_year(measures: list[dict], language: str) -> str:
    """Shares per year, shaded by size, under a row of how many organisations each rests on."""
    if not measures or not measures[0]["by_year"]:
        return ""
    years = measures[0]["by_year"]
    head = "".join(f"<th>{escape(year_label(cell['year'], language))}</th>" for cell in years)
    sizes = "".join(f"<td>n = {cell['of']}</td>" for cell in years)
    rows = "".join(
        f"<tr><td>{escape(printable(measure[language]))}</td>"
        + "".join(
            f'<td class="share" style="background: rgba({SHADE}, {cell["share"] * 0.6:.2f})" '
            f'title="{cell["organisations"]} / {cell["of"]}">{cell["share"]:.0%}</td>'
            for cell in measure["by_year"]
        )
        + "</tr>"
        for measure in measures
    )
    return (
        f'<div class="by-year"><table><tr><th></th>{head}</tr>'
        f'<tr class="n"><td></td>{sizes}</tr>{rows}</table></div>'
    )


def _texts(measures: list[dict], organisations: int, language: str) -> str:
    """Each measure's texts, one per organisation, where its bar links to."""
    words = WORDS[language]
    blocks = []
    for measure in measures:
        count = words["of_organisations"].format(
            count=measure["organisations"], organisations=organisations
        )
        items = "".join(
            f"<li><b>{escape(text['organisation'] or text['source'])}</b> "
            f"({escape(text['section'])}): {escape(text['text'])}</li>"
            for text in measure["texts"]
        )
        blocks.append(
            f'<details id="measure-{escape(measure["id"])}"><summary>'
            f"{escape(printable(measure[language]))}: {escape(count)}</summary>"
            f"<ul>{items}</ul></details>"
        )
    return "".join(blocks)


def _incomplete_table(incomplete: list[dict], words: dict) -> str:
    if not incomplete:
        return ""
    rows = "".join(
        f"<tr><td>{escape(profile['organisation'] or '')}</td>"
        f"<td>{escape(profile['source'])}"
        f"{'#' + str(profile['profile_index']) if profile['profile_index'] else ''}</td>"
        f"<td>{escape(', '.join(profile['missing_questions']))}</td>"
        f"<td>{'<br>'.join(escape(warning) for warning in profile['warnings'])}</td></tr>"
        for profile in incomplete
    )
    return (
        f"<table><tr><th>{words['organisation_column']}</th><th>{words['source']}</th>"
        f"<th>{words['missing']}</th><th>{words['warnings']}</th></tr>{rows}</table>"
    )
