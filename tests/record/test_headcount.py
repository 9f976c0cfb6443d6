"""How many people work there: `find_head_count` on intros, then in a whole profile
(docs/reading-rules.md, "Intro and employees")."""

import pytest
from conftest import NBSP, one, profile

from mantelzorg_cli.record.headcount import find_head_count

HEAD_COUNTS = {
    "Bij de gemeente werken 498 mensen.": (498, False),
    "Wij hebben ruim 1.200 medewerkers.": (1200, True),
    "Wij hebben 1.250.000 medewerkers": (1250000, False),
    "Ca 40 collega’s": (40, True),
    "zo’n 60 personeelsleden": (60, True),
    "+/- 25 werknemers": (25, True),
    "rond de 300 ambtenaren": (300, True),
    "plusminus 12 personen": (12, True),
    "pakweg 9 werkenden": (9, True),
    "Er werken 120 zorgmedewerkers": (120, False),
    "120 vaste en tijdelijke medewerkers": (120, False),
    "120 mensen en 30 vrijwilligers": (120, False),
    "Wij hebben 1.400 woningen en bijna 85 medewerkers.": (85, True),
    "2016 medewerkers": (2016, False),  # a year only after in, sinds, per or vanaf
    "Wij hebben 123456789 medewerkers": (123456789, False),
    "Bij de gemeente werken **612** mensen.": (612, False),  # emphasis around the number
    "ruim *85* medewerkers": (85, True),
    # none
    "Wij hebben 1234567890 medewerkers": (None, False),
    "1,5 medewerkers": (None, False),
    "9% van de medewerkers": (None, False),
    "12 procent van de medewerkers": (None, False),
    "1 op de 6 medewerkers": (None, False),
    "In 2016 medewerkers": (None, False),
    "sinds 2016 medewerkers": (None, False),
    "80 medewerkers zijn mantelzorger": (None, False),
    "45.000 inwoners": (None, False),
    "Geen getal": (None, False),
    "": (None, False),
}


@pytest.mark.parametrize("intro,expected", HEAD_COUNTS.items(), ids=lambda value: repr(value))
def test_find_head_count(intro, expected):
    assert find_head_count(intro) == expected


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
