"""Where extract's time goes: CPU time per pipeline component, and the top functions of a cProfile run.

Run: python bench/profile_nlp.py [--texts bench|en|es] [--passes 3] [--top 10]
  bench: the texts bench/bench_nlp.py times (nlp/devset/devset.jsonl, a counter appended to each);
  en / es: every English / Spanish dev text (split "dev" only; the sealed held-out files are skipped by name,
  see bench/dump_extract.py), a counter appended.
Per component: mean and p50 of this thread's CPU time (time.thread_time_ns, which load from other processes
skews less than wall time), best pass of --passes. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def load_texts(which: str) -> list[str]:
    if which == "bench":
        path = ROOT / "nlp" / "devset" / "devset.jsonl"
        base = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        from dump_extract import dev_texts
        base = [text for key, text in dev_texts() if key.startswith("es/") == (which == "es")]
    return [f"{text} #{i}" for i, text in enumerate(base)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", choices=("bench", "en", "es"), default="bench")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    import nlp
    from nlp.doc_attrs import FAST, TEXT

    texts = load_texts(args.texts)
    pipe = nlp.get_pipeline()
    for text in texts[:300]:
        nlp.extract(text)
    names = ["make_doc"] + [name for name, _ in pipe.pipeline]
    best: dict[str, list[int]] = {}
    for _ in range(args.passes):
        per: dict[str, list[int]] = {name: [] for name in names + ["total"]}
        clock = time.thread_time_ns
        for text in texts:
            start = clock()
            doc = pipe.make_doc(text)
            doc.user_data.update({TEXT: text, FAST: True})
            now = clock()
            per["make_doc"].append(now - start)
            for name, component in pipe.pipeline:
                before = now
                doc = component(doc)
                now = clock()
                per[name].append(now - before)
            per["total"].append(now - start)
        for name, values in per.items():
            if name not in best or statistics.fmean(values) < statistics.fmean(best[name]):
                best[name] = values
    print(f"{len(texts)} texts ({args.texts}); CPU us per text, best of {args.passes} passes")
    for name in names + ["total"]:
        values = best[name]
        print(f"  {name:18s} mean {statistics.fmean(values) / 1000:7.1f}  p50 {statistics.median(values) / 1000:7.1f}")
    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        nlp.extract(text)
    profile.disable()
    stats = pstats.Stats(profile)
    print(f"top {args.top} functions by own time (cProfile, {len(texts)} texts; its overhead inflates small calls):")
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
