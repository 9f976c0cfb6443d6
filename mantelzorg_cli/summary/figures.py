"""Figures over many records: what `mzextract summary` shows, as plain data."""

from collections import Counter
from collections.abc import Iterable

from ..measures import Vocabulary
from ..record.schema import SECTION_KEYS
from ..record.tagging import tagged_texts

# Employee size classes, as Dutch statistics (CBS) count companies.
SIZE_CLASSES = ((1, 49, "1-49"), (50, 249, "50-249"), (250, 999, "250-999"), (1000, None, "1000+"))
UNKNOWN = "unknown"
# Texts kept per measure, one per organisation: enough to check a share by, and a
# summary of a million profiles holds no more than this many.
TEXTS_KEPT = 100
YEARS_FILLED = 50  # years between the first and last recognition filled in with zeros


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
    texts: dict[str, list[dict]] = {}  # per measure, each organisation's first text for it
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
        for measure, text in _first_texts(record, measures):
            kept = texts.setdefault(measure, [])
            if len(kept) < TEXTS_KEPT:
                kept.append(text)
        measures.update(record["measures"])
    in_order = _every_year(years)
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
        "measures": _measure_shares(list(organisations.values()), in_order, vocabulary, texts),
    }


def _every_year(years: Counter) -> list[str]:
    """The years from the first to the last, those without a recognition too (a 0 is a
    figure), then `unknown` if any. The empty ones become counters' zeros.

    Over a span of more than `YEARS_FILLED` (a date misread as 1066) only the
    years that occur: a row for every year between would say nothing.
    """
    known = sorted(int(year) for year in years if year.isdigit())
    if known and known[-1] - known[0] < YEARS_FILLED:
        every = [str(year) for year in range(known[0], known[-1] + 1)]
    else:
        every = [str(year) for year in known]
    every += sorted(year for year in years if not year.isdigit() and year != UNKNOWN)
    return every + [UNKNOWN] * (UNKNOWN in years)


def _first_texts(record: dict, already: set[str]):
    """(measure, where it is said) for each measure of `record` its organisation has not
    shown yet: the texts a report links each share to."""
    shown = set(already)
    for key in SECTION_KEYS:
        section = record["sections"][key]
        for text, measures in tagged_texts(section) if section else ():
            for measure in measures:
                if measure not in shown:
                    shown.add(measure)
                    yield (
                        measure,
                        {
                            "organisation": record["organisation"],
                            "source": record["source"],
                            "profile_index": record["profile_index"],
                            "section": key,
                            "text": text,
                        },
                    )


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
    organisations: list[tuple[str, set[str]]],
    years: list[str],
    vocabulary: Vocabulary,
    texts: dict[str, list[dict]],
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
                        "of": recognised[year],  # what the share rests on: 1 is no trend
                        "share": _share(offering[year], recognised[year]),
                    }
                    for year in years
                    if recognised[year]  # none recognised, or all repeat an organisation
                ],
                "texts": texts.get(measure.id, []),
            }
        )
    # Most offered first; equal counts in vocabulary order (sorted() is stable).
    return sorted(shares, key=lambda share: -share["organisations"])


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0
