"""Figures over many records: what `mzextract summary` shows, as plain data."""

from collections import Counter
from collections.abc import Iterable

from .measures import Vocabulary
from .record import SECTION_KEYS

# Employee size classes, as Dutch statistics (CBS) count companies.
SIZE_CLASSES = ((1, 49, "1-49"), (50, 249, "50-249"), (250, 999, "250-999"), (1000, None, "1000+"))
UNKNOWN = "unknown"


def summarise(records: Iterable[dict], vocabulary: Vocabulary) -> dict:
    """Counts per year, size class and measure, and the profiles that are not complete.

    A measure's share is of organisations, not profiles: the same employer
    read twice (a saved page and its text) counts once.
    """
    profiles = 0
    years: Counter[str] = Counter()
    sizes: Counter[str] = Counter()
    incomplete = []
    organisations: set[str] = set()
    offering: dict[str, set[str]] = {measure.id: set() for measure in vocabulary.measures}
    for record in records:
        profiles += 1
        since = record["recognised_since"]
        years[since[:4] if since else UNKNOWN] += 1
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
        organisation = _organisation_key(record)
        organisations.add(organisation)
        for measure in record["measures"]:
            offering[measure].add(organisation)
    return {
        "profiles": profiles,
        "organisations": len(organisations),
        "recognitions_per_year": [
            {"year": year, "profiles": years[year]}
            for year in sorted(years, key=lambda year: (year == UNKNOWN, year))
        ],
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
        "measures": _measure_shares(offering, len(organisations), vocabulary),
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


def _measure_shares(offering: dict[str, set[str]], total: int, vocabulary: Vocabulary) -> list:
    shares = [
        {
            "id": measure.id,
            "nl": measure.nl,
            "en": measure.en,
            "organisations": len(offering[measure.id]),
            "share": round(len(offering[measure.id]) / total, 3) if total else 0.0,
        }
        for measure in vocabulary.measures
    ]
    # Most offered first; equal counts in vocabulary order (sorted() is stable).
    return sorted(shares, key=lambda share: -share["organisations"])
