"""Benchmark of tagging alone: what the vocabulary costs at start-up and per profile.

    .venv/bin/python bench/tagging.py              # the installed mzextract
    .venv/bin/python bench/tagging.py --repeats 9

Start-up: a fresh process that loads the built-in vocabulary and tags one
profile (the patterns it needs compile on first use), beside one that only
imports the package; the difference is what tagging adds to every run.
Per profile: the texts of the forty profiles of tests/measure_corpus tagged
as a record is tagged (a profile's texts at once), beside the floor of
lower-casing the same texts. Medians of --repeats; compare ratios.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "measure_corpus"
IMPORT_ONLY = "import mantelzorg_cli.measures"
LOAD_AND_TAG = (
    "from mantelzorg_cli.measures import default_vocabulary; "
    "default_vocabulary().tag_all(['Kortdurend zorgverlof en thuiswerken in overleg.'])"
)


def process_seconds(code: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def profiles() -> list[list[str]]:
    texts = defaultdict(list)
    for half in ("development", "test"):
        for unit in json.loads((CORPUS / f"{half}.json").read_text(encoding="utf-8")):
            texts[unit["profile"]].append(unit["text"])
    return list(texts.values())


def per_profile(work, corpus: list[list[str]], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(10):
            for texts in corpus:
                work(texts)
        times.append((time.perf_counter() - start) / (10 * len(corpus)))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args().repeats
    from mantelzorg_cli.measures import default_vocabulary

    bare = process_seconds(IMPORT_ONLY, repeats)
    loaded = process_seconds(LOAD_AND_TAG, repeats)
    vocabulary = default_vocabulary()
    corpus = profiles()
    tag = per_profile(vocabulary.tag_all, corpus, repeats)
    floor = per_profile(lambda texts: "\n".join(texts).lower(), corpus, repeats)
    clues = sum(len(measure.clues) for measure in vocabulary.measures)
    print(f"python {sys.version.split()[0]}, median of {repeats}; "
          f"{len(vocabulary.measures)} measures, {clues} terms and patterns")  # fmt: skip
    print(f"start-up: import, load, tag one text  {loaded * 1000:7.0f} ms   "
          f"import only {bare * 1000:7.0f} ms   +{(loaded - bare) * 1000:.0f} ms")  # fmt: skip
    print(f"tagging, per profile ({len(corpus)} profiles) {tag * 1e6:7.0f} µs   "
          f"lower-casing {floor * 1e6:7.1f} µs   {tag / floor:6.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
