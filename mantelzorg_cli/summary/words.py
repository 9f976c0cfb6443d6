"""The words of the summary's tables and report, in English and Dutch (`--labels`)."""

# Each phrase in English and in Dutch, side by side, so that neither language lacks one.
_PHRASES = {
    "title": ("mzextract summary", "mzextract-overzicht"),
    "made": ("Made on {date} from {inputs}.", "Gemaakt op {date} uit {inputs}."),
    "lead": ("{profiles} of {organisations}", "{profiles} van {organisations}"),
    "profile": (("profile", "profiles"), ("profiel", "profielen")),
    "organisation": (("organisation", "organisations"), ("organisatie", "organisaties")),
    "years": ("Recognitions per year", "Erkenningen per jaar"),
    "year": ("Year", "Jaar"),
    "employees": ("Employees", "Medewerkers"),
    "size": ("Size", "Grootte"),
    "profiles": ("Profiles", "Profielen"),
    "unknown": ("unknown", "onbekend"),
    "shares": ("Measures: share of organisations", "Maatregelen: aandeel van de organisaties"),
    "measure": ("Measure", "Maatregel"),
    "orgs": ("Orgs", "Org."),
    "share": ("Share", "Aandeel"),
    "by_year": ("Measures by year of recognition", "Maatregelen per jaar van erkenning"),
    "by_year_lead": (
        "Share of the organisations recognised in each year that offer the measure; n is how "
        "many organisations that year has: a share of one or two is no trend.",
        "Aandeel van de organisaties die in dat jaar zijn erkend en de maatregel bieden; n is "
        "het aantal organisaties van dat jaar: een aandeel van een of twee is geen trend.",
    ),
    "texts": ("Texts per measure", "Teksten per maatregel"),
    "texts_lead": (
        "For each measure, the first text of each organisation that names it "
        "(of the first 100 organisations).",
        "Per maatregel de eerste tekst van elke organisatie die hem noemt "
        "(van de eerste 100 organisaties).",
    ),
    "of_organisations": (
        "{count} of {organisations} organisations",
        "{count} van {organisations} organisaties",
    ),
    "completeness": ("Completeness", "Volledigheid"),
    "complete": (
        "{complete} complete, {missing} missing a question, {warned} with warnings",
        "{complete} volledig, {missing} zonder een van de vragen, {warned} met waarschuwingen",
    ),
    "profile_column": ("Profile", "Profiel"),
    "organisation_column": ("Organisation", "Organisatie"),
    "source": ("Source", "Bron"),
    "missing": ("Missing questions", "Ontbrekende vragen"),
    "warnings": ("Warnings", "Waarschuwingen"),
    "more": ("… {count} more (-f json lists all)", "… nog {count} (-f json geeft ze alle)"),
}
WORDS = {language: {key: pair[index] for key, pair in _PHRASES.items()}
         for index, language in enumerate(("en", "nl"))}  # fmt: skip


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
