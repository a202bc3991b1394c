"""Benchmark nlp.extract on Spanish tips and what the Spanish location tagger adds. Prints figures; asserts nothing.

Run: python bench/bench_nlp_es.py [--n 5000]. The texts are the Spanish dev set's (nlp/devset/es/dev.jsonl and
es/test.jsonl, never a held-out file), cycled, with a counter appended so every text is distinct. Extract with
and without the tagger component are timed in alternating blocks (load skews both alike); then the component
alone (wall clock and this thread's CPU time) on the texts it tags (tagged_places.spanish()).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_nlp import percentile, rss_mb, timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5_000)
    args = parser.parse_args()
    folder = ROOT / "nlp" / "devset" / "es"
    base = [json.loads(line)["text"] for name in ("dev.jsonl", "test.jsonl")
            for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [f"{base[i % len(base)]} #{i}" for i in range(args.n)]

    import nlp
    from nlp.doc_attrs import FAST, TEXT
    from nlp.tagged_places import spanish
    from nlp.tagged_places_es import shipped_tagger

    pipe = nlp.get_pipeline()
    shipped_tagger()
    print(f"RSS after load (with the Spanish weights) {rss_mb():.0f} MB")
    full = pipe.tip_components
    names = [name for name, _ in pipe.pipeline]
    without = tuple(c for name, c in pipe.pipeline if name != "tip_span_tagger")

    def extract_without(text: str):
        pipe.tip_components = without
        try:
            return nlp.extract(text)
        finally:
            pipe.tip_components = full

    timed([nlp.extract, extract_without], texts[:500])   # warm both the same way
    with_ms, without_ms = timed([nlp.extract, extract_without], texts)
    print(f"Spanish texts: {len(texts)} (mean {statistics.fmean(map(len, texts)):.0f} chars)")
    print(f"extract        p50 {statistics.median(with_ms):.3f} ms  p99 {percentile(with_ms, 0.99):.3f} ms  "
          f"mean {statistics.fmean(with_ms):.3f} ms")
    print(f"without tagger p50 {statistics.median(without_ms):.3f} ms  p99 {percentile(without_ms, 0.99):.3f} ms")
    print(f"Spanish tagger added (extract with - without): p50 "
          f"{(statistics.median(with_ms) - statistics.median(without_ms)) * 1000:.0f} us  p99 "
          f"{(percentile(with_ms, 0.99) - percentile(without_ms, 0.99)) * 1000:.0f} us")
    index = names.index("tip_span_tagger")
    before, tagger = [c for _, c in pipe.pipeline[:index]], pipe.pipeline[index][1]
    wall, cpu, tagged = [], [], 0
    for text in texts:
        doc = pipe.make_doc(text)
        doc.user_data.update({TEXT: text, FAST: True})
        for component in before:
            doc = component(doc)
        tagged += spanish(doc)
        start, start_cpu = time.perf_counter(), time.thread_time()
        tagger(doc)
        cpu.append((time.thread_time() - start_cpu) * 1e6)
        wall.append((time.perf_counter() - start) * 1e6)
    print(f"tagger component alone ({tagged} of {len(texts)} texts read as Spanish): p50 {statistics.median(wall):.0f} us"
          f"  p99 {percentile(wall, 0.99):.0f} us wall; p50 {statistics.median(cpu):.0f} us  "
          f"p99 {percentile(cpu, 0.99):.0f} us CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
