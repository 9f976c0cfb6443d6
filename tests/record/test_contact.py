"""The contact sentence: `parse_contact` on sentences, then in a whole profile
(docs/reading-rules.md, "Contact and website")."""

import pytest
from conftest import one, profile

from mantelzorg_cli.record.contact import parse_contact

# sentence -> (name, role, email, phone)
CONTACTS = {
    "Voor meer informatie kunt u contact opnemen met: Anne de Boer, HR adviseur, mail: a@b.nl.": (
        "Anne de Boer", "HR adviseur", "a@b.nl", None
    ),
    "Contactpersoon: HR-adviseur, Piet Klein, piet@klein.nl": (
        "Piet Klein", "HR-adviseur", "piet@klein.nl", None
    ),
    "Voor meer informatie: Els Vos (HR-adviseur), telefoon: +31 (0)6 1234 5678": (
        "Els Vos", "HR-adviseur", None, "+31 (0)6 1234 5678"
    ),
    "Contact: Jan Jansen; P&O; tel. 053 123 45 67": ("Jan Jansen", "P&O", None, "053 123 45 67"),
    "Contactpersoon Jan Jansen, 0031 6 12345678": ("Jan Jansen", None, None, "0031 6 12345678"),
    "Voor meer informatie kunt u contact opnemen met Jan Jansen": (
        "Jan Jansen", None, None, None
    ),
    "Voor meer informatie: j@x.nl": (None, None, "j@x.nl", None),
    "Contact: Els Vos, HR-adviseur, mail: <e.vos@x.nl>.": (
        "Els Vos", "HR-adviseur", "e.vos@x.nl", None
    ),
    "Voor vragen kunt u contact opnemen met de afdeling Personeel en Organisatie van onze "
    "gemeente.": (None, None, None, None),
}  # fmt: skip


@pytest.mark.parametrize("text,expected", CONTACTS.items(), ids=range(len(CONTACTS)))
def test_parse_contact(text, expected):
    contact = parse_contact(text)
    assert (contact["name"], contact["role"], contact["email"], contact["phone"]) == expected
    assert contact["text"] == text


def test_parse_contact_folds_the_text():
    contact = parse_contact("Contact:  Jan\u00a0  Jansen ,  HR")
    assert contact == {
        "name": "Jan Jansen", "role": "HR", "email": None, "phone": None,
        "text": "Contact: Jan Jansen , HR",
    }  # fmt: skip


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
