"""Language detection cost (nlp.language, lingua limited to the configured languages):
start-up time, memory added to the process, and time per text on the English and Spanish
dev sets. Prints figures; asserts nothing.

    .venv/bin/python bench/bench_language.py [--languages en,es]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


SETS = {"en": ["nlp/devset/devset.jsonl"], "es": ["nlp/devset/es/dev.jsonl", "nlp/devset/es/test.jsonl"]}


def labelled() -> list[tuple[str, str]]:
    """(language, text) for every dev set text."""
    found = []
    for lang, paths in SETS.items():
        for path in paths:
            with open(path, encoding="utf-8") as fh:
                found += [(lang, json.loads(line)["text"]) for line in fh if line.strip()]
    return found


def texts() -> list[str]:
    return [text for _, text in labelled()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", default="en,es")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    languages = args.languages.split(",")
    base = rss_mb()
    from nlp import language
    t0 = time.perf_counter()
    language.warm(languages)
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    sample = texts()
    times = []
    for _ in range(args.rounds):
        for text in sample:
            t = time.perf_counter()
            language.detect(text, languages)
            times.append(time.perf_counter() - t)
    times.sort()
    print(f"languages {args.languages}: start-up {load_s:.2f} s, RSS +{loaded - base:.0f} MB "
          f"(process {loaded:.0f} MB after; {rss_mb():.0f} MB after the run)")
    print(f"{len(sample)} texts x {args.rounds}: per text p50 {statistics.median(times) * 1000:.3f} ms, "
          f"p99 {times[int(len(times) * 0.99)] * 1000:.3f} ms, max {times[-1] * 1000:.2f} ms")
    for lang in SETS:
        got = [language.detect(text, languages) for want, text in labelled() if want == lang]
        right, unclear = sum(g == lang for g in got), sum(g is None for g in got)
        print(f"{lang} dev texts: {len(got)}: {right} detected {lang}, {unclear} unclear (default kept), "
              f"{len(got) - right - unclear} wrong")


if __name__ == "__main__":
    main()
