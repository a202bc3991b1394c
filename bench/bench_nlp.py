"""Benchmark nlp.extract: ms per message (p50, p99) on 10k texts vs the bare spacy.blank("en") tokenizer.

Run: python bench/bench_nlp.py [--n 10000]. Prints figures; asserts nothing.
The texts are the dev set's (both splits: speed is not tuned on), cycled, with a counter appended so that every text is
distinct (spaCy's tokenizer caches words; identical texts would flatter both sides).
Tokenizer and extract are timed in alternating blocks of 250 texts, so that load from
other processes on the machine skews both sides alike and the ratio stays meaningful
(text by text would leave each side's CPU caches cold and flatter the ratio).
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def rss_mb() -> float:
    """Current resident set size (Linux /proc), falling back to the peak from getrusage."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(funcs, texts, block: int = 250) -> list[list[float]]:
    """ms per call for each function, taking turns block by block over the texts."""
    times: list[list[float]] = [[] for _ in funcs]
    clock = time.perf_counter
    for offset in range(0, len(texts), block):
        for func, out in zip(funcs, times):
            for text in texts[offset:offset + block]:
                start = clock()
                func(text)
                out.append((clock() - start) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    devset = ROOT / "nlp" / "devset" / "devset.jsonl"
    base = [json.loads(line)["text"] for line in devset.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [f"{base[i % len(base)]} #{i}" for i in range(args.n)]

    rss_start = rss_mb()
    load_start = time.perf_counter()
    import spacy

    import nlp
    nlp.get_pipeline()
    load_s = time.perf_counter() - load_start
    rss_loaded = rss_mb()

    tokenizer = spacy.blank("en").tokenizer
    timed([tokenizer, nlp.extract], texts[:500])  # warm both the same way
    token_ms, extract_ms = timed([tokenizer, nlp.extract], texts)

    p50_e, p99_e = statistics.median(extract_ms), percentile(extract_ms, 0.99)
    p50_t, p99_t = statistics.median(token_ms), percentile(token_ms, 0.99)
    mean_e, mean_t = statistics.fmean(extract_ms), statistics.fmean(token_ms)
    print(f"texts: {len(texts)} (mean {statistics.fmean(map(len, texts)):.0f} chars)")
    print(f"extract        p50 {p50_e:.3f} ms  p99 {p99_e:.3f} ms  mean {mean_e:.3f} ms")
    print(f"tokenizer only p50 {p50_t:.3f} ms  p99 {p99_t:.3f} ms  mean {mean_t:.3f} ms")
    print(f"ratio extract/tokenizer: p50 {p50_e / p50_t:.1f}x  mean {mean_e / mean_t:.1f}x")
    print(f"pipeline load {load_s:.2f} s; RSS before import {rss_start:.0f} MB, after load {rss_loaded:.0f} MB, "
          f"after run {rss_mb():.0f} MB; pipeline strings {len(nlp.get_pipeline().vocab.strings)}")
    print("targets (issue 13): extract p50 <= 0.3 ms, p99 <= 1 ms per message; RSS after load <= 200 MB")
    from nlp.urgency_model import decide  # its share of extract: scored on every text (a rule reason may be vetoed)
    model_us = sorted(ms * 1000 for ms in timed([lambda text: decide(text, None)], texts)[0])
    print(f"urgency model alone p50 {statistics.median(model_us):.1f} us  p99 {percentile(model_us, 0.99):.1f} us")
    with_people = sum(1 for text in texts[:1000] if nlp.extract(text).people)
    print(f"texts with people found: {with_people} of 1000 (the people component runs on every text)")
    span_tagger_cost(nlp, texts)
    span_tagger_cost(nlp, texts, "tip_people_tagger", "people tagger", 60)
    return 0


def span_tagger_cost(nlp, texts: list[str], component: str = "tip_span_tagger", title: str = "span tagger",
                     target: int = 80) -> None:
    """What a learned tagger component adds (the location tagger nlp/span_tagger.py, or the people tagger
    nlp/people_tagger.py): extract with and without it, in turns, and the component timed alone (wall
    clock and this thread's CPU time, which load skews less)."""
    pipe = nlp.get_pipeline()
    full = pipe.tip_components
    names = [name for name, _ in pipe.pipeline]
    if component not in names:
        return
    without = tuple(c for name, c in pipe.pipeline if name != component)

    def extract_without(text: str):
        pipe.tip_components = without
        try:
            return nlp.extract(text)
        finally:
            pipe.tip_components = full

    with_ms, without_ms = timed([nlp.extract, extract_without], texts)
    print(f"{title} added (extract with - without): p50 {(statistics.median(with_ms) - statistics.median(without_ms)) * 1000:.0f} us"
          f"  p99 {(percentile(with_ms, 0.99) - percentile(without_ms, 0.99)) * 1000:.0f} us")
    from compare_nlp import component_runner  # bench/: the component timed as compare_nlp times it

    run = component_runner(nlp, component)
    wall, cpu = [], []
    for text in texts:
        took_cpu, took_wall = run(text)
        cpu.append(took_cpu * 1e6)
        wall.append(took_wall * 1e6)
    print(f"{title} component alone: p50 {statistics.median(wall):.0f} us  p99 {percentile(wall, 0.99):.0f} us wall; "
          f"p50 {statistics.median(cpu):.0f} us  p99 {percentile(cpu, 0.99):.0f} us CPU (target: < {target} us p50)")


if __name__ == "__main__":
    raise SystemExit(main())
