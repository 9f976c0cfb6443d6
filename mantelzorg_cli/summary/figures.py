"""Figures over many records: what `mzextract summary` shows, as plain data."""

from collections import Counter
from collections.abc import Iterable

from ..measures import Vocabulary
from ..record.schema import SECTION_KEYS

# Employee size classes, as Dutch statistics (CBS) count companies.
SIZE_CLASSES = ((1, 49, "1-49"), (50, 249, "50-249"), (250, 999, "250-999"), (1000, None, "1000+"))
UNKNOWN = "unknown"


def count_figures(records: Iterable[dict], vocabulary: Vocabulary) -> dict:
    """Counts per year, size class and measure, and the profiles that are not complete.

    A measure's share is of organisations, not profiles: the same employer
    read twice (a saved page and its text) counts once, in the year it was
    first read with. Shares per year are of the organisations recognised that year.
    """
    profiles = 0
    years: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    incomplete = []
    organisations: dict[str, tuple[str, set[str]]] = {}  # each one's year and measures
    for record in records:
        profiles += 1
        since = record["recognised_since"]
        year = since[:4] if since else UNKNOWN
        years[year] += 1
        sizes[size_class(record["employees"])] += 1
        missing = [key for key in SECTION_KEYS if record["sections"][key] is None]
        if missing or record["warnings"]:
            incomplete.append(
                {
                    "source": record["source"],
                    "profile_index": record["profile_index"],
                    "organisation": record["organisation"],
                    "missing_questions": missing,
                    "warnings": record["warnings"],
                }
            )
        _, measures = organisations.setdefault(_organisation_key(record), (year, set()))
        measures.update(record["measures"])
    in_order = sorted(years, key=lambda year: (year == UNKNOWN, year))
    return {
        "profiles": profiles,
        "organisations": len(organisations),
        "recognitions_per_year": [{"year": year, "profiles": years[year]} for year in in_order],
        "employees": [
            {"size": label, "profiles": sizes[label]}
            for label in [*(label for _, _, label in SIZE_CLASSES), UNKNOWN]
            if sizes[label] or label != UNKNOWN
        ],
        "completeness": {
            "complete": profiles - len(incomplete),
            "missing_a_question": sum(1 for p in incomplete if p["missing_questions"]),
            "with_warnings": sum(1 for p in incomplete if p["warnings"]),
            "incomplete": incomplete,
        },
        "measures": _measure_shares(list(organisations.values()), in_order, vocabulary),
    }


def size_class(employees: int | None) -> str:
    if employees is None:
        return UNKNOWN
    for low, high, label in SIZE_CLASSES:
        if employees >= low and (high is None or employees <= high):
            return label
    return UNKNOWN  # 0 employees: a misreading rather than a class


def _organisation_key(record: dict) -> str:
    name = record["organisation"]
    if name:
        return " ".join(name.split()).casefold()
    return f"{record['source']}#{record['profile_index']}"  # unnamed: each one its own


def _measure_shares(
    organisations: list[tuple[str, set[str]]], years: list[str], vocabulary: Vocabulary
) -> list[dict]:
    recognised = Counter(year for year, _ in organisations)
    shares = []
    for measure in vocabulary.measures:
        offering = Counter(year for year, measures in organisations if measure.id in measures)
        shares.append(
            {
                "id": measure.id,
                "nl": measure.nl,
                "en": measure.en,
                "organisations": offering.total(),
                "share": _share(offering.total(), len(organisations)),
                "by_year": [
                    {
                        "year": year,
                        "organisations": offering[year],
                        "share": _share(offering[year], recognised[year]),
                    }
                    for year in years
                    if recognised[year]  # a year whose profiles all repeat an organisation
                ],
            }
        )
    # Most offered first; equal counts in vocabulary order (sorted() is stable).
    return sorted(shares, key=lambda share: -share["organisations"])


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0
