"""Benchmark: mzextract next to the floors it is compared with, in one run.

    .venv/bin/python bench/run.py                 # N = 1,000 and 10,000
    .venv/bin/python bench/run.py --sizes 1000 --repeats 5

Every figure is the median of --repeats whole-process runs (wall time, and
peak RSS from wait4), printed beside the floor measured in the same run and
the ratio of the two. This machine is noisy: compare ratios, not seconds.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus

PYTHON = sys.executable
MZEXTRACT = str(Path(PYTHON).with_name("mzextract"))

READ_FLOOR = """
import sys, pathlib
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    path.read_bytes().decode("utf-8").splitlines()
"""
SOUP_FLOOR = """
import sys, pathlib
from bs4 import BeautifulSoup
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.html")):
    BeautifulSoup(path.read_bytes().decode("utf-8"), "html.parser")
"""


def measure(command: list[str], repeats: int, **environment: str) -> tuple[float, float]:
    """Median seconds and median peak RSS (MB) of `command`, its output thrown away."""
    seconds, peaks = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, env={**os.environ, **environment}
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(command)}")
    return statistics.median(seconds), statistics.median(peaks)


def row(label: str, value: str, floor_label: str, floor: str, ratio: float, target: str) -> None:
    print(f"{label:<34} {value:>16}   {floor_label:<26} {floor:>12}   {ratio:6.2f}x  {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "mz-bench")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.repeats}\n")

    one = write_corpus(args.corpus, 1)[0] / "000000.txt"
    # The compiled patterns are kept in a folder of the run's (docs/command-line.md), written
    # by the first run of each command below: the medians are of runs that read it.
    os.environ["MZEXTRACT_CACHE"] = tempfile.mkdtemp(prefix="mz-bench-cache-")
    start_floor, _ = measure([PYTHON, "-c", "import click"], args.repeats * 5)
    start_one, _ = measure([MZEXTRACT, str(one), "-f", "jsonl"], args.repeats * 5)
    start_cold, _ = measure(
        [MZEXTRACT, str(one), "-f", "jsonl"], args.repeats * 5, MZEXTRACT_CACHE=""
    )
    start_version, _ = measure([MZEXTRACT, "--version"], args.repeats * 5)
    floor = f"{start_floor * 1000:.0f} ms"
    row("start-up: mzextract FILE -f jsonl", f"{start_one * 1000:.0f} ms",
        "python -c 'import click'", floor, start_one / start_floor, "target <= 1.3x")  # fmt: skip
    row("  without the pattern cache", f"{start_cold * 1000:.0f} ms",
        "python -c 'import click'", floor, start_cold / start_floor, "")  # fmt: skip
    row("start-up: mzextract --version", f"{start_version * 1000:.0f} ms",
        "python -c 'import click'", floor, start_version / start_floor, "")  # fmt: skip

    peaks = {}
    for size in args.sizes:
        text, html = write_corpus(args.corpus, size)
        print(f"\nN = {size:,}")
        read, _ = measure([PYTHON, "-c", READ_FLOOR, str(text)], args.repeats)
        ours, peak = measure([MZEXTRACT, str(text), "-f", "jsonl"], args.repeats)
        row("text -f jsonl", f"{size / ours:,.0f} profiles/s", "Python reading the files",
            f"{read:.2f} s", ours / read, "target >= 2,000/s, <= 14x")  # fmt: skip
        _, peaks[size, "csv"] = measure([MZEXTRACT, str(text), "-f", "csv"], 1)
        peaks[size, "jsonl"] = peak
        soup, _ = measure([PYTHON, "-c", SOUP_FLOOR, str(html)], args.repeats)
        pages, _ = measure([MZEXTRACT, str(html), "-f", "jsonl"], args.repeats)
        row("html -f jsonl", f"{size / pages:,.0f} pages/s", "BeautifulSoup(html.parser)",
            f"{soup:.2f} s", pages / soup, "target <= 0.5x")  # fmt: skip
        two, _ = measure([MZEXTRACT, str(html), "-f", "jsonl", "--jobs", "2"], args.repeats)
        row("html -f jsonl --jobs 2", f"{size / two:,.0f} pages/s", "--jobs 1",
            f"{pages:.2f} s", pages / two, "speed-up, target >= 1.7x")  # fmt: skip
        text_two, _ = measure([MZEXTRACT, str(text), "-f", "jsonl", "--jobs", "2"], args.repeats)
        row("text -f jsonl --jobs 2", f"{size / text_two:,.0f} profiles/s",
            "Python reading the files", f"{read:.2f} s", text_two / read, "")  # fmt: skip

    print("\npeak memory (RSS)")
    smallest, largest = min(args.sizes), max(args.sizes)
    for output in ("jsonl", "csv"):
        small, large = peaks[smallest, output], peaks[largest, output]
        row(f"-f {output}, N = {largest:,}", f"{large:.1f} MB", f"N = {smallest:,}",
            f"{small:.1f} MB", large / small, "target <= 1.10x and < 60 MB")  # fmt: skip


if __name__ == "__main__":
    main()
