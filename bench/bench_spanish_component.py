"""Time the tip_spanish component alone (nlp/spanish.py) on the Spanish dev texts. Prints figures; asserts nothing.

Run: python bench/bench_spanish_component.py [--repeat 3]. Texts: nlp/devset/es/dev.jsonl only (never a held-out file).
Every component before tip_spanish runs first; the component's own wall and thread CPU time are measured per text,
so a rule added there shows its cost apart from the rest of the pipeline (run it on two checkouts to compare).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = ROOT / "nlp" / "devset" / "es" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    from compare_nlp import component_runner  # bench/ is this script's folder, first on sys.path

    import nlp
    run = component_runner(nlp, "tip_spanish")  # every component before it runs first, as in extract
    nlp.extract(texts[0])
    wall, cpu = [], []
    for round_ in range(args.repeat):
        for i, text in enumerate(texts):
            cpu_s, wall_s = run(f"{text} #{round_}{i}")
            cpu.append(cpu_s * 1e6)
            wall.append(wall_s * 1e6)
    cpu.sort()
    print(f"tip_spanish alone on {len(texts)} Spanish dev texts x {args.repeat}: CPU p50 {statistics.median(cpu):.0f} us"
          f"  p99 {cpu[int(len(cpu) * 0.99)]:.0f} us  mean {statistics.fmean(cpu):.0f} us; wall p50 {statistics.median(wall):.0f} us")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
