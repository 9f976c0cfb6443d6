"""The words of the summary's tables and report, in English and Dutch (`--labels`)."""

WORDS = {
    "en": {
        "title": "mzextract summary",
        "made": "Made on {date} from {inputs}.",
        "lead": "{profiles} of {organisations}",
        "profile": ("profile", "profiles"),
        "organisation": ("organisation", "organisations"),
        "years": "Recognitions per year",
        "year": "Year",
        "employees": "Employees",
        "size": "Size",
        "profiles": "Profiles",
        "unknown": "unknown",
        "shares": "Measures: share of organisations",
        "measure": "Measure",
        "orgs": "Orgs",
        "share": "Share",
        "by_year": "Measures by year of recognition",
        "by_year_lead": "Share of the organisations recognised in each year that offer the "
        "measure; n is how many organisations that year has: a share of one or two is no trend.",
        "texts": "Texts per measure",
        "texts_lead": "For each measure, the first text of each organisation that names it "
        "(of the first 100 organisations).",
        "of_organisations": "{count} of {organisations} organisations",
        "completeness": "Completeness",
        "complete": "{complete} complete, {missing} missing a question, {warned} with warnings",
        "profile_column": "Profile",
        "organisation_column": "Organisation",
        "source": "Source",
        "missing": "Missing questions",
        "warnings": "Warnings",
        "more": "… {count} more (-f json lists all)",
    },
    "nl": {
        "title": "mzextract-overzicht",
        "made": "Gemaakt op {date} uit {inputs}.",
        "lead": "{profiles} van {organisations}",
        "profile": ("profiel", "profielen"),
        "organisation": ("organisatie", "organisaties"),
        "years": "Erkenningen per jaar",
        "year": "Jaar",
        "employees": "Medewerkers",
        "size": "Grootte",
        "profiles": "Profielen",
        "unknown": "onbekend",
        "shares": "Maatregelen: aandeel van de organisaties",
        "measure": "Maatregel",
        "orgs": "Org.",
        "share": "Aandeel",
        "by_year": "Maatregelen per jaar van erkenning",
        "by_year_lead": "Aandeel van de organisaties die in dat jaar zijn erkend en de maatregel "
        "bieden; n is het aantal organisaties van dat jaar: een aandeel van een of twee is geen "
        "trend.",
        "texts": "Teksten per maatregel",
        "texts_lead": "Per maatregel de eerste tekst van elke organisatie die hem noemt "
        "(van de eerste 100 organisaties).",
        "of_organisations": "{count} van {organisations} organisaties",
        "completeness": "Volledigheid",
        "complete": "{complete} volledig, {missing} zonder een van de vragen, "
        "{warned} met waarschuwingen",
        "profile_column": "Profiel",
        "organisation_column": "Organisatie",
        "source": "Bron",
        "missing": "Ontbrekende vragen",
        "warnings": "Waarschuwingen",
        "more": "… nog {count} (-f json geeft ze alle)",
    },
}


def counted(count: int, noun: str, language: str) -> str:
    """`1 profile`, `14 profielen`."""
    one, many = WORDS[language][noun]
    return f"{count} {one if count == 1 else many}"


def lead(summary: dict, language: str) -> str:
    """`14 profiles of 14 organisations`."""
    return WORDS[language]["lead"].format(
        profiles=counted(summary["profiles"], "profile", language),
        organisations=counted(summary["organisations"], "organisation", language),
    )


NAMED = 3  # inputs named in the line; a shell's *.txt may give hundreds (JSON has them all)


def made(inputs: list[str], date: str, language: str) -> str:
    """`Made on 2026-12-05 from samples/ and extra.txt.`"""
    joiner = " and " if language == "en" else " en "
    names = inputs
    if len(inputs) > NAMED:
        more = len(inputs) - NAMED + 1
        names = [*inputs[: NAMED - 1], f"{more} more" if language == "en" else f"nog {more}"]
    text = ", ".join(names[:-1]) + joiner + names[-1] if len(names) > 1 else "".join(names)
    return WORDS[language]["made"].format(date=date, inputs=text)


def year_label(year: str, language: str) -> str:
    return WORDS[language]["unknown"] if year == "unknown" else year
