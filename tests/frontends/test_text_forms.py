"""Each text front end on its own: when it fires, and what it undoes (docs/reading-rules.md,
"Forms a profile travels in")."""

import textwrap

import pytest
from conftest import TEXT_SAMPLES, VEENHOVEN

from mantelzorg_cli import extract
from mantelzorg_cli.frontends import (
    Rewritten,
    mail,
    markdown,
    printed,
    wrapping,
)
from mantelzorg_cli.pipeline import text_form
from mantelzorg_cli.reading.text import normalise

QUESTION = "Welke concrete acties heeft uw organisatie uitgevoerd om medewerkers bewust te maken van het thema?"  # noqa: E501


def lines_of(text: str) -> list[str]:
    return normalise(text).split("\n")


@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_the_websites_own_text_is_not_taken_for_a_mail_a_print_or_a_wrap(sample):
    lines = lines_of(sample.read_text(encoding="utf-8"))
    assert not mail.is_mail(lines)
    assert not printed.is_printed(lines)
    assert wrapping.wrap_width(lines) is None  # (`## question` lines may read as Markdown)


# --- e-mail ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "quoted"),
    [
        (["> a", "> b", "> c"], True),
        ([">> a", "> > b", ">c"], True),
        (["> een citaat", "gewone tekst", "> nog een"], False),  # a citation, not a forward
        (["a", "b", "c"], False),
    ],
)
def test_three_quoted_lines_in_a_row_make_a_quoted_text(lines, quoted):
    assert mail.is_mail(lines) is quoted


def test_quote_marks_go_and_the_indent_after_them_stays():
    text = mail.unmail(Rewritten.of(["> • item", ">   – sub", ">> > diep", ">"]))
    assert text.lines == ["• item", "  – sub", "diep", ""]


def test_around_a_quoted_profile_the_mails_own_lines_are_left_out():
    message = ["Hoi Sanne,", "", "> Gemeente X", ">", f"> {QUESTION}", "> • iets", "", "Groet"]
    text = mail.unmail(Rewritten.of(message))
    assert text.lines == ["", "Gemeente X", "", QUESTION, "• iets", ""]  # blank lines stay
    assert text.left_out == {0: "the mail's own text", 7: "the mail's own text"}


def test_a_plain_forward_leaves_out_its_header_and_what_stands_above_it():
    header = ["Van: Piet", "Verzonden: maandag", "Aan: Sanne", "Onderwerp: FW: profiel"]
    message = ["Hoi, zie hieronder.", "", *header, "", "Gemeente X", QUESTION, "• iets", "-- ", "P"]
    text = mail.unmail(Rewritten.of(message))
    assert [line for line in text.lines if line] == ["Gemeente X", QUESTION, "• iets"]


def test_a_quoted_line_that_lost_its_mark_goes_on_with_it():
    message = [
        "> Gemeente X",
        ">",
        f"> {QUESTION}",
        "> • een item dat een mailprogramma",
        "opnieuw afbrak",
    ]
    assert mail.unmail(Rewritten.of(message)).lines[-1] == "opnieuw afbrak"


def test_the_profile_is_at_the_depth_of_its_questions():
    forward = ["> ---------- Forwarded message ---------", "> Van: Anna", "> Date: ma", ">"]
    message = [
        "Prima!",
        "> Hoi Piet, zie.",
        *forward,
        ">> Gemeente X",
        f">> {QUESTION}",
        ">>> citaat",
    ]
    text = mail.unmail(Rewritten.of(message))
    assert [line for line in text.lines if line] == ["Gemeente X", QUESTION, "citaat"]


def test_a_reply_that_asks_a_question_itself_keeps_its_lines():
    message = [QUESTION, "• eigen antwoord", "> a", "> b", "> c"]
    assert mail.unmail(Rewritten.of(message)).lines == [
        QUESTION,
        "• eigen antwoord",
        "a",
        "b",
        "c",
    ]


@pytest.mark.parametrize(
    "header",
    [
        ["---------- Forwarded message ---------", "Van: Piet <p@x.nl>", "Date: 3 mrt", "To: S"],
        ["-----Oorspronkelijk bericht-----", "Van: Piet", "Verzonden: maandag", "Aan: S"],
        ["Van: Piet Jansen", "Verzonden: maandag 3 maart 2025", "Onderwerp: profiel"],
        ["Op ma 3 mrt 2025 om 10:12 schreef Piet Jansen <p@x.nl>:"],
    ],
)
def test_a_forwards_header_block_is_left_out(header):
    text = mail.unmail(Rewritten.of([*(f"> {line}" for line in header), "> tekst", "> meer"]))
    assert text.lines == ["tekst", "meer"]
    assert set(text.left_out.values()) == {"the header of a forwarded mail"}


# --- printed pages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "foot"),
    [
        ("Pagina 2 van 3", True), ("pagina 2", True), ("Page 2 of 3", True), ("2/3", True),
        ("2 van 3", True), ("- 2 -", True), ("- 1001 -", True), ("12", True), ("blz. 4", True),
        ("Werk & Mantelzorg | Pagina 2 van 3", True),
        ("Pagina 3 van de nota", False), ("2024", False), ("1 op de 6", False),
    ],
)  # fmt: skip
def test_page_feet(line, foot):
    assert printed._is_foot(line) is foot


def test_pages_lose_their_headers_and_feet_and_a_cut_item_is_whole_again():
    text = "\n".join([
        "Profiel", "", "Gemeente X", "", "Erkend mantelzorgvriendelijk sinds: 1 mei 2020", "",
        QUESTION, "", "• Medewerkers kunnen in overleg met hun", "", "Pagina 1 van 2",
        "\fProfiel", "", "leidinggevende thuiswerken.", "• Tweede.", "", "Pagina 2 van 2", "\f",
    ])  # fmt: skip
    form = text_form(text)
    assert "Pagina 1 van 2" not in form.lines and "Profiel" not in form.lines
    (record,) = extract(text)
    assert record["organisation"] == "Gemeente X"
    items = [item["text"] for item in record["sections"]["awareness"]["items"]]
    assert items == ["Medewerkers kunnen in overleg met hun leidinggevende thuiswerken.", "Tweede."]
    assert {form.left_out[n] for n in form.left_out} == {"a page foot", "a running page header"}


def test_a_running_header_that_is_the_title_stays_on_the_first_page():
    pages = [["Gemeente X", "Erkend mantelzorgvriendelijk sinds: 1 mei 2020", "", QUESTION, "• a."],
             ["Gemeente X", "• b."], ["Gemeente X", "• c."]]  # fmt: skip
    (record,) = extract(
        "\n\f".join("\n".join([*page, "", f"{n} / 3"]) for n, page in enumerate(pages, 1))
    )
    assert record["organisation"] == "Gemeente X"
    assert [item["text"] for item in record["sections"]["awareness"]["items"]] == ["a.", "b.", "c."]
    assert "Gemeente X" not in record["intro"]


def test_one_form_feed_without_a_foot_is_only_a_line_break():
    assert not printed.is_printed(lines_of("a\fb\nc"))
    assert text_form("a\fb").lines == ["a", "b"]


# --- hard wraps -------------------------------------------------------------------


def test_the_width_of_a_hard_wrapped_text():
    wrapped = ["x" * 60, "y" * 58 + " zz", "z" * 61, "kort.", "", "a" * 59, "b" * 20]
    assert wrapping.wrap_width(wrapped) == 60  # the third longest: one line may stick out
    assert wrapping.wrap_width(["• a", "• b", "• c", "• d"]) is None  # short lines, not wrapped


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("werk en mantel-", "zorg", "werk en mantel-zorg"),  # a hyphen at the end stays, no space
        ("werk –", "privé", "werk – privé"),
        ("werk", "en zorg", "werk en zorg"),
    ],
)
def test_wrapped_lines_join(before, after, joined):
    assert wrapping.joined(before, after) == joined


def test_an_item_wrapped_without_indent_goes_on_but_a_new_bullet_does_not():
    body = (
        "Medewerkers kunnen in overleg met hun leidinggevende tijdelijk minder uren gaan "
        "werken met behoud van het recht op hun oude arbeidsduur, ook als dat jaren duurt."
    )

    lines = ["Gemeente X", "", "Erkend mantelzorgvriendelijk sinds: 1 mei 2020", "", QUESTION, ""]
    for n in range(3):
        lines += textwrap.wrap(f"• {n}: {body}", 64)
    (record,) = extract("\n".join(lines))
    assert [item["text"] for item in record["sections"]["awareness"]["items"]] == [
        f"{n}: {body}" for n in range(3)
    ]


# --- Markdown ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "is_markdown"),
    [
        (["# Gemeente X"], True), (["[site](https://x.nl)"], True), (["**a** en **b**"], True),
        (["#hashtag in een zin"], False), (["één **vet** woord"], False), (["a_b_c@x.nl"], False),
    ],
)  # fmt: skip
def test_what_makes_a_text_markdown(lines, is_markdown):
    assert markdown.is_markdown(lines) is is_markdown


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("# Gemeente X", "Gemeente X"),
        ("## Welke vraag? ##", "Welke vraag?"),
        ("### C#", "C#"),
        (
            "**Erkend mantelzorgvriendelijk sinds:** 1 mei",
            "Erkend mantelzorgvriendelijk sinds: 1 mei",
        ),
        ("een *schuin* en _ander_ woord", "een schuin en ander woord"),
        ("mail m_de_wit@x.nl of snake_case", "mail m_de_wit@x.nl of snake_case"),
        ("mail: _hr_@x.nl", "mail: _hr_@x.nl"),
        ("[www.x.nl](https://www.x.nl)", "www.x.nl"),
        ("mail: <a.b@x.nl> of <https://x.nl>", "mail: a.b@x.nl of https://x.nl"),
        ("- item met \\*sterretje\\*", "- item met *sterretje*"),
        ("> citaat", "citaat"),
        ("* een item", "* een item"),
    ],
)
def test_markdown_marks_go_and_the_words_stay(line, plain):
    assert markdown._plain(line) == plain


def test_a_rewritten_text_knows_where_each_line_came_from():
    form = text_form("> Gemeente X\n>\n> " + QUESTION + "\n> • a\n\n-- \nPiet")
    assert form.starts == [0, 1, 2, 3, 4]
    assert form.left_out == {5: "the mail's own text", 6: "the mail's own text"}


def test_the_samples_text_read_through_every_form_at_once():
    """Quoted, as Markdown: the front ends compose."""
    plain = VEENHOVEN.read_text(encoding="utf-8")
    md = plain.replace("Gemeente Veenhoven\n", "# Gemeente Veenhoven\n", 1)
    quoted = "\n".join(f"> {line}" if line else ">" for line in md.split("\n"))
    strip = lambda records: [{**r, "source": "-"} for r in records]  # noqa: E731
    assert strip(extract(quoted)) == strip(extract(plain))


def test_a_quoted_pdf_text_keeps_every_line_of_its_pages():
    """The mail quoted the PDF's text after it had its form feeds: `> \\f`."""
    plain = VEENHOVEN.read_text(encoding="utf-8").split("\n")
    half = len(plain) // 2
    pages = [
        [*plain[:half], "", "Pagina 1 van 2"],
        ["\f" + plain[half], *plain[half + 1 :], "", "Pagina 2 van 2"],
    ]
    quoted = "\n".join(f"> {line}" for page in pages for line in page)
    strip = lambda records: [{**r, "source": "-"} for r in records]  # noqa: E731
    assert strip(extract(quoted)) == strip(extract("\n".join(plain)))


def _record(text: str) -> list[dict]:
    return [{**r, "source": "-"} for r in extract(text)]


def test_copied_pages_with_the_organisation_as_their_running_header():
    """No form feeds; page 2 starts with the name that page 1 has under the site header."""
    plain = VEENHOVEN.read_text(encoding="utf-8").split("\n")
    half = len(plain) // 2
    paged = [*plain[:half], "", "Pagina 1 van 2", "Gemeente Veenhoven", "", *plain[half:]]
    paged += ["", "Pagina 2 van 2"]
    assert _record("\n".join(paged)) == _record("\n".join(plain))


def test_a_foot_ends_its_page_where_a_form_feed_is_missing():
    plain = VEENHOVEN.read_text(encoding="utf-8").split("\n")
    a, b = len(plain) // 3, 2 * len(plain) // 3
    paged = [*plain[:a], "Pagina 1 van 3", "\f" + plain[a], *plain[a + 1 : b], "Pagina 2 van 3"]
    paged += [*plain[b:], "Pagina 3 van 3"]
    assert _record("\n".join(paged)) == _record("\n".join(plain))


def test_a_quote_with_bare_blank_lines_is_a_quote():
    plain = VEENHOVEN.read_text(encoding="utf-8").split("\n")
    quoted = ["Hoi,", "", "Groet, Anna", "", *(f"> {line}" if line else "" for line in plain)]
    assert _record("\n".join(quoted)) == _record("\n".join(plain))


@pytest.mark.parametrize(
    "lines",
    [
        ["Van: de gemeentesecretaris", "Aan: alle medewerkers"],  # a memo quoted in the intro
        ["Op 10 november 2019 schreef de wethouder aan alle medewerkers:"],
    ],
)
def test_a_memo_or_a_sentence_in_the_intro_is_no_mail_header(lines):
    plain = VEENHOVEN.read_text(encoding="utf-8").split("\n")
    at = plain.index("Gemeente Veenhoven") + 4  # in the intro, after the recognition line
    text = "\n".join([*plain[:at], *lines, "", *plain[at:]])
    (record,) = extract(text)
    assert record["organisation"] == "Gemeente Veenhoven" and record["employees"] == 612
    assert all(line in record["intro"] for line in lines)


@pytest.mark.parametrize("line", ["Pagina 2 van 3", "2/3", "- 2 -", "12"])
def test_one_page_foot_alone_is_a_line_of_the_text(line):
    plain = VEENHOVEN.read_text(encoding="utf-8").split("\n")
    at = plain.index("Gemeente Veenhoven") + 4
    (record,) = extract("\n".join([*plain[:at], line, "", *plain[at:]]))
    assert line in record["intro"]


def test_a_foot_at_the_top_of_a_page_leaves_an_item_whole():
    """`\\f3/3` opens the page and an indented line goes on with the item cut before it."""
    text = "\n".join(["Gemeente X", "Erkend mantelzorgvriendelijk sinds: 1 mei 2020", "",
                      QUESTION, "", " • Eerste item.", " • Tweede item dat doorloopt", "",
                      "\f2/2", "", "   op de volgende pagina.", " • Derde item."])  # fmt: skip
    (record,) = extract(text)
    items = [item["text"] for item in record["sections"]["awareness"]["items"]]
    assert items == [
        "Eerste item.",
        "Tweede item dat doorloopt op de volgende pagina.",
        "Derde item.",
    ]


def test_every_escaped_punctuation_mark_of_markdown_is_unescaped():
    assert markdown._plain("\\# Werk\\&Mantelzorg \\~ \\@") == "# Werk&Mantelzorg ~ @"
