"""Benchmark of the output formats: time and size of each, beside JSON Lines, in one run.

    .venv/bin/python bench/outputs.py                  # samples/ and 1,000 generated profiles
    .venv/bin/python bench/outputs.py --repeats 5

Each figure is the median of --repeats whole-process runs of `mzextract INPUT
-o FILE` (a new file each time: the database is written afresh, not added to),
and the size of the file written. JSON Lines is the floor: reading and tagging
are the same for every format, so the ratio is what a format adds.
"""

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus

MZEXTRACT = str(Path(sys.executable).with_name("mzextract"))
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FORMATS = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "yaml": ".yaml", "sqlite": ".db"}


def written(source: Path, extension: str, repeats: int, folder: Path) -> tuple[float, int]:
    """Median seconds of writing `source` to a new file, and the file's bytes."""
    seconds = []
    for attempt in range(repeats):
        out = folder / f"out{attempt}{extension}"
        start = time.perf_counter()
        subprocess.run([MZEXTRACT, str(source), "-o", str(out), "-q"], check=True)
        seconds.append(time.perf_counter() - start)
    size = out.stat().st_size
    if extension == ".db":  # what the size holds: the records, and the full-text index
        with sqlite3.connect(out) as database:
            (rows,) = database.execute("select count(*) from items").fetchone()
        print(f"  ({rows:,} items in the database)")
    return statistics.median(seconds), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "mz-bench")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeats}")
    generated, _ = write_corpus(args.corpus, 1000)
    for label, source in (("samples/", SAMPLES), ("1,000 generated profiles", generated)):
        print(f"\n{label}")
        with tempfile.TemporaryDirectory() as folder:
            figures = {
                name: written(source, extension, args.repeats, Path(folder))
                for name, extension in FORMATS.items()
            }
        floor_seconds, floor_size = figures["jsonl"]
        for name, (seconds, size) in figures.items():
            print(
                f"  -f {name:<7} {seconds:7.2f} s {seconds / floor_seconds:6.2f}x"
                f"   {size / 1024:9.0f} KB {size / floor_size:6.2f}x"
            )


if __name__ == "__main__":
    main()
