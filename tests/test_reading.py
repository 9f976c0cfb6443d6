"""The variants of SPEC §1, one at a time, each in an otherwise plain profile."""

import pytest

from mantelzorg_cli import InputError, extract
from mantelzorg_cli.reading.questions import QUESTIONS

NBSP = "\u00a0"


def untagged(items: list[dict]) -> list[dict]:
    """Items as read, without the measures tagged on them (tests/test_measures.py)."""
    return [{"text": item["text"], "subitems": item["subitems"]} for item in items]


def profile(
    awareness: str = " • Berichten op intranet.",
    *,
    head: str = "Werk&Mantelzorg\n\nGemeente Testdorp\n\n"
    "Erkend mantelzorgvriendelijk sinds: 30 maart 2017\n\n",
    intro: str = "Bij de gemeente werken 498 mensen.",
    headings: dict[str, str] | None = None,
    tail: str = "\nGemeente Testdorp is 1 van de erkende organisaties.\n"
    "Overzicht van alle organisaties",
) -> str:
    headings = {**QUESTIONS, **(headings or {})}
    answers = {
        "awareness": awareness,
        "dialogue": " • Een workshop voor leidinggevenden.",
        "custom_solutions": "Flexibele werktijden zijn mogelijk.",
        "implementation": " • Mantelzorg staat in het beleidsplan.",
    }
    body = "".join(
        f"{headings[key]}\n\n{answers[key]}\n\n" for key in QUESTIONS if headings[key] is not None
    )
    return f"{head}{intro}\n\n{body}{tail}"


def one(text: str) -> dict:
    [record] = extract(text, source="t.txt")
    return record


# --- questions -----------------------------------------------------------

Q = QUESTIONS
HEADING_VARIANTS = {
    "straight apostrophe": ("dialogue", Q["dialogue"].replace("’", "'")),
    "backtick": ("dialogue", Q["dialogue"].replace("’", "`")),
    "left quote": ("dialogue", Q["dialogue"].replace("’", "‘")),
    "no end mark": ("awareness", Q["awareness"][:-1]),
    "colon for question mark": ("custom_solutions", Q["custom_solutions"][:-1] + ":"),
    "full stop": ("implementation", Q["implementation"][:-1] + "."),
    "upper case": ("custom_solutions", Q["custom_solutions"].upper()),
    "lower case": ("custom_solutions", Q["custom_solutions"].lower()),
    "doubled and non-breaking spaces": (
        "awareness",
        Q["awareness"].replace(" ", "  ", 2).replace(" het ", f"{NBSP}het{NBSP}{NBSP}"),
    ),
    "heeft for hebt": ("implementation", Q["implementation"].replace("hebt", "heeft")),
    "a few words changed": (
        "awareness",
        Q["awareness"].replace("concrete ", "").replace("organisatie uitgevoerd", "bedrijf gedaan"),
    ),
    "shortened": (
        "dialogue",
        "Hoe bevordert u de dialoog tussen leidinggevenden en mantelzorgers?",
    ),
}


@pytest.mark.parametrize("key,heading", HEADING_VARIANTS.values(), ids=HEADING_VARIANTS)
def test_heading_variants_are_the_question(key, heading):
    record = one(profile(headings={key: heading}))
    assert record["sections"][key]["question"] == " ".join(heading.split())
    assert record["warnings"] == []


@pytest.mark.parametrize("prefix", ["1. ", "1) ", "(1) ", "## ", "### 1. ", "**"], ids=repr)
def test_numbers_and_marks_in_front_are_not_part_of_the_question(prefix):
    heading = prefix + QUESTIONS["awareness"] + ("**" if prefix == "**" else "")
    record = one(profile(headings={"awareness": heading}))
    assert record["sections"]["awareness"]["question"] == QUESTIONS["awareness"]


@pytest.mark.parametrize(
    "line",
    [
        " • Hoe bevorderen we de dialoog tussen leidinggevenden en collega’s?",
        " - Welke concrete acties heeft uw organisatie uitgevoerd?",
        "1. Medewerkers bewust maken van het thema via intranet.",
        "Wij bevorderen de dialoog tussen leidinggevenden, mantelzorgers en collega’s met een "
        "jaarlijkse bijeenkomst waarin iedereen aan het woord komt en ervaringen deelt.",
    ],
)
def test_lines_that_only_mention_a_question_stay_text(line):
    record = one(profile(awareness=f" • Eerste punt.\n{line}"))
    awareness = record["sections"]["awareness"]
    texts = awareness["paragraphs"] + [
        text for item in awareness["items"] for text in [item["text"], *item["subitems"]]
    ]
    assert sorted(texts, key=len)[-1] in line  # the line is one of the texts, marker removed
    assert awareness["question"] == QUESTIONS["awareness"] and record["warnings"] == []


def test_missing_question_is_null_with_a_warning():
    record = one(profile(headings={"dialogue": None}))
    assert record["sections"]["dialogue"] is None
    assert record["warnings"] == ["missing question: dialogue"]


def test_unanswered_question_has_empty_lists():
    record = one(profile(awareness=""))
    assert record["sections"]["awareness"] == {
        "question": QUESTIONS["awareness"],
        "paragraphs": [],
        "paragraph_measures": [],
        "items": [],
    }


def test_heading_wrapped_over_two_lines_is_joined():
    wrapped = QUESTIONS["implementation"].replace(" en te borgen", "\nen te borgen")
    record = one(profile(headings={"implementation": wrapped}))
    assert record["sections"]["implementation"]["question"] == QUESTIONS["implementation"]
    assert record["sections"]["implementation"]["paragraphs"] == []


# --- bullets -------------------------------------------------------------


@pytest.mark.parametrize(
    "marker", ["•", "·", "-", "*", "–", "—", "▪", "o", "1.", "1)", "a)", "(1)"]
)
def test_every_bullet_style_gives_items_without_markers(marker):
    second = {"1.": "2.", "1)": "2)", "a)": "b)", "(1)": "(2)"}.get(marker, marker)
    answer = f"{marker} Berichten op intranet.\n{second} Een workshop."
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert untagged(items) == [
        {"text": "Berichten op intranet.", "subitems": []},
        {"text": "Een workshop.", "subitems": []},
    ]


@pytest.mark.parametrize("marker", ["•", "–", "-", "1."])
def test_marker_alone_on_its_line_takes_the_next_line(marker):
    answer = f"{marker}\nBerichten op intranet.\n{marker}\n    Een workshop."
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert [item["text"] for item in items] == ["Berichten op intranet.", "Een workshop."]


def test_symbol_bullet_without_a_space():
    items = one(profile("•Berichten op intranet.\n•Een workshop."))["sections"]["awareness"]
    assert [item["text"] for item in items["items"]] == ["Berichten op intranet.", "Een workshop."]


@pytest.mark.parametrize(
    "answer",
    [
        " • Verlof:\n  – kortdurend zorgverlof\n  – langdurend zorgverlof\n • Thuiswerken.",
        " • Verlof:\n – kortdurend zorgverlof\n – langdurend zorgverlof\n • Thuiswerken.",
        "• Verlof:\n    • kortdurend zorgverlof\n    • langdurend zorgverlof\n• Thuiswerken.",
        "• Verlof:\n\t- kortdurend zorgverlof\n\t- langdurend zorgverlof\n• Thuiswerken.",
        "1. Verlof:\n   a) kortdurend zorgverlof\n   b) langdurend zorgverlof\n2. Thuiswerken.",
    ],
    ids=["deeper indent and other marker", "other marker", "deeper indent", "tab", "letters"],
)
def test_sub_items(answer):
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert untagged(items) == [
        {"text": "Verlof:", "subitems": ["kortdurend zorgverlof", "langdurend zorgverlof"]},
        {"text": "Thuiswerken.", "subitems": []},
    ]


def test_hard_wrapped_items_continue_on_indented_lines():
    answer = (
        " • Berichten op intranet en\n   in de nieuwsbrief.\n"
        " • Verlof:\n   – kortdurend\n     zorgverlof"
    )
    items = one(profile(answer))["sections"]["awareness"]["items"]
    assert untagged(items) == [
        {"text": "Berichten op intranet en in de nieuwsbrief.", "subitems": []},
        {"text": "Verlof:", "subitems": ["kortdurend zorgverlof"]},
    ]


def test_paragraphs_and_lists_keep_their_own_order():
    answer = (
        "Wij doen het volgende:\n • intranet\n\n • nieuwsbrief\nDaarnaast\nmeer.\n\nTot slot.\n"
        " - workshop"
    )
    awareness = one(profile(answer))["sections"]["awareness"]
    assert awareness["paragraphs"] == ["Wij doen het volgende:", "Daarnaast meer.", "Tot slot."]
    assert [item["text"] for item in awareness["items"]] == ["intranet", "nieuwsbrief", "workshop"]


def test_unindented_line_after_an_item_is_a_paragraph():
    awareness = one(profile(" • Intranet.\nDat werkt goed."))["sections"]["awareness"]
    assert awareness["paragraphs"] == ["Dat werkt goed."]
    assert untagged(awareness["items"]) == [{"text": "Intranet.", "subitems": []}]


# --- organisation, date, head count --------------------------------------


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


def test_date_on_the_line_after_the_label():
    head = "Gemeente Testdorp\n\nErkend mantelzorgvriendelijk sinds:\n\n8 november 2017\n\n"
    record = one(profile(head=head))
    assert record["recognised_since"] == "2017-11-08"
    assert record["intro"] == "Bij de gemeente werken 498 mensen."


@pytest.mark.parametrize(
    "intro,employees,approximate",
    [
        ("Bij de gemeente werken 498 mensen.", 498, False),
        (f"Er werken circa{NBSP}300 mensen bij de gemeente.", 300, True),
        ("Wij hebben ruim 1.200 medewerkers.", 1200, True),
        ("Met ca. 75 collega's zorgen wij voor ouderen.", 75, True),
        ("Ongeveer 2.400 medewerkers en 900 vrijwilligers.", 2400, True),
        ("Wij hebben 1.400 woningen en bijna 85 medewerkers.", 85, True),
        ("± 320 medewerkers werken hier.", 320, True),
        ("Er werken meer dan 40 werknemers.", 40, True),
        ("Wij zijn met 14 medewerkers.", 14, False),
        ("9% van onze medewerkers is mantelzorger, landelijk 1 op de 6.", None, False),
        ("12 procent van de medewerkers zorgt voor een naaste.", None, False),
        ("In 2016 kwamen er nieuwe medewerkers bij.", None, False),
        ("80 medewerkers zijn mantelzorger.", None, False),
        ("Wij bedienen 45.000 inwoners vanuit 12 locaties.", None, False),
        ("Een team van 250 vrijwilligers en 30 deelnemers.", None, False),
    ],
)
def test_head_count_from_the_intro(intro, employees, approximate):
    record = one(profile(intro=intro))
    assert (record["employees"], record["employees_approximate"]) == (employees, approximate)


def test_organisation_with_an_abbreviation_and_no_header():
    head = "Zorgbedrijf Ten Oever B.V.\n\nErkend mantelzorgvriendelijk sinds: 2019\n\n"
    record = one(profile(head=head, tail=""))
    assert record["organisation"] == "Zorgbedrijf Ten Oever B.V."
    assert record["warnings"] == []


def test_sentence_first_is_intro_and_footer_names_the_organisation():
    head = "Werk&Mantelzorg\n\n"
    record = one(profile(head=head, intro="Wij zijn een kleine gemeente.\nMet 498 mensen."))
    assert record["organisation"] == "Gemeente Testdorp"
    assert record["intro"] == "Wij zijn een kleine gemeente. Met 498 mensen."
    assert record["warnings"] == ["no recognition date"]


def test_no_organisation_anywhere_is_a_warning():
    record = one(profile(head="", intro="Wij zijn een kleine gemeente.", tail=""))
    assert record["organisation"] is None
    assert record["warnings"] == ["no organisation name", "no recognition date"]


# --- contact and website -------------------------------------------------


@pytest.mark.parametrize(
    "line,expected",
    [
        (
            "Voor meer informatie kunt u contact opnemen met: Anne de Boer – Smit, HR adviseur, "
            "mail: a.deboer@testdorp.nl.",
            ("Anne de Boer – Smit", "HR adviseur", "a.deboer@testdorp.nl", None),
        ),
        (
            "Voor meer informatie kunt u contact opnemen met: mail: j@x.nl, Jan Jansen, "
            "P&O-adviseur, tel. 06-12345678.",
            ("Jan Jansen", "P&O-adviseur", "j@x.nl", "06-12345678"),
        ),
        (
            "Voor meer informatie kunt u contact opnemen met: Els Vos (HR-adviseur), "
            "telefoon: +31 (0)6 1234 5678",
            ("Els Vos", "HR-adviseur", None, "+31 (0)6 1234 5678"),
        ),
        (
            "Contactpersoon: HR-adviseur, Piet Klein, piet@klein.nl",
            ("Piet Klein", "HR-adviseur", "piet@klein.nl", None),
        ),
    ],
)
def test_contact_in_any_order(line, expected):
    record = one(profile(tail=f"\n{line}\n\nwww.testdorp.nl\n"))
    contact = record["contact"]
    assert (contact["name"], contact["role"], contact["email"], contact["phone"]) == expected
    assert contact["text"] == line
    assert record["website"] == "www.testdorp.nl"


def test_contact_over_several_lines_is_one_text():
    tail = (
        "\nVoor meer informatie kunt u contact opnemen met:\nJan Jansen, HR\n\nTel: 053 123 45 67\n"
    )
    contact = one(profile(tail=tail))["contact"]
    assert contact["text"] == (
        "Voor meer informatie kunt u contact opnemen met: Jan Jansen, HR Tel: 053 123 45 67"
    )
    assert (contact["name"], contact["phone"]) == ("Jan Jansen", "053 123 45 67")


def test_address_followed_by_content_is_text_not_the_website():
    awareness = one(profile(" • Zie\nwww.mantelzorg.nl\n\nDat helpt."))["sections"]["awareness"]
    assert awareness["paragraphs"] == ["www.mantelzorg.nl", "Dat helpt."]


# --- several profiles, boilerplate, stray text ---------------------------


def test_concatenated_profiles_with_a_glued_header():
    first = profile().rstrip("\n")  # no final newline, as in the seeds
    assert first.endswith("organisaties")
    records = extract(first + profile(), source="t.txt")
    assert [r["profile_index"] for r in records] == [0, 1]
    assert all(r["warnings"] == [] for r in records)
    assert records[0]["sections"] == records[1]["sections"]


def test_headerless_profiles_split_at_the_recognition_line():
    second = profile(head="Gemeente Anderdorp\n\nErkend mantelzorgvriendelijk sinds: 2020\n\n")
    records = extract(profile(tail="") + second.replace("Testdorp", "Anderdorp"))
    assert [r["organisation"] for r in records] == ["Gemeente Testdorp", "Gemeente Anderdorp"]
    assert records[0]["sections"]["implementation"]["paragraphs"] == []


def test_footer_naming_another_organisation_is_a_warning():
    tail = "\nGemeente Elders is 1 van de erkende organisaties.\nOverzicht van alle organisaties"
    record = one(profile(tail=tail))
    assert record["warnings"] == ['footer names another organisation: "Gemeente Elders"']


def test_text_outside_a_profile_is_left_out_with_a_warning():
    record = one("Home > Werkgevers > Testdorp\n\n" + profile())
    assert record["warnings"] == ['text outside a profile left out: "Home > Werkgevers > Testdorp"']


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("Een nieuwsbericht over de fietsbrug.", "no profile found"),
    ],
)
def test_input_without_a_profile_is_an_input_error(data, message):
    with pytest.raises(InputError, match=message):
        extract(data)


# --- encodings and line ends ---------------------------------------------


@pytest.mark.parametrize(
    "encode,warning",
    [
        (lambda t: t.encode("utf-8"), None),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), None),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), None),
        (lambda t: t.replace("\n", "\r").encode("utf-8"), None),
        (lambda t: t.encode("cp1252"), "decoded as Windows-1252"),
        (lambda t: t.encode("utf-16"), "decoded as UTF-16"),
    ],
    ids=["utf-8", "bom", "crlf", "cr", "cp1252", "utf-16"],
)
def test_encodings_and_line_ends_give_the_same_record(encode, warning):
    text = profile(intro="“Zorg voor elkaar”, zegt de directeur. Er werken 498 mensen.")
    expected = one(text)
    record = one(encode(text))
    assert record["warnings"] == ([warning] if warning else [])
    assert {**record, "warnings": []} == expected
