"""Compare `extract` in two trees (a base and this one) under the same load: two worker processes, blocks in turns.

Run: python bench/compare_nlp.py --base DIR [--n 5000] [--block 100] [--component tip_span_tagger]
  DIR holds another version's nlp/ package (e.g. `git worktree add` or `git archive REV nlp | tar -x -C DIR`).
The texts are bench/bench_nlp.py's (nlp/devset/devset.jsonl cycled, a counter appended so each is new). Each tree
runs in its own process (both register spaCy components of the same names, so they cannot share one); the parent
hands out the same block of texts to one, then the other, swapping who goes first each block, so load from other
processes skews both alike. Per text: this thread's CPU time (time.thread_time, which load skews less than wall
time) and wall time. Prints figures; asserts nothing. Outputs are not compared here: bench/dump_extract.py --diff.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bench_texts(n: int) -> list[str]:
    devset = ROOT / "nlp" / "devset" / "devset.jsonl"
    base = [json.loads(line)["text"] for line in devset.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [f"{base[i % len(base)]} #{i}" for i in range(n)]


def component_runner(nlp, name: str):
    """A function that runs the pipeline on a text as extract does and returns the CPU and wall seconds that the
    component `name` took."""
    from nlp.doc_attrs import FAST, TEXT

    pipe = nlp.get_pipeline()
    names = [n for n, _ in pipe.pipeline]
    index = names.index(name)
    before, component = [c for _, c in pipe.pipeline[:index]], pipe.pipeline[index][1]

    def run(text: str) -> tuple[float, float]:
        doc = pipe.make_doc(text)
        doc.user_data.update({TEXT: text, FAST: True})
        for earlier in before:
            doc = earlier(doc)
        t0, c0 = time.perf_counter(), time.thread_time()
        component(doc)
        return time.thread_time() - c0, time.perf_counter() - t0
    return run


def worker(root: str, n: int, component: str | None) -> int:
    """Load the nlp package of `root`, then time the blocks of texts the parent names on stdin."""
    sys.path.insert(0, root)
    import nlp

    if not nlp.__file__.startswith(str(Path(root).resolve())):
        print(json.dumps({"error": f"imported {nlp.__file__}, not from {root}"}), flush=True)
        return 1
    nlp.get_pipeline()
    texts = bench_texts(n)
    for text in texts[:300]:
        nlp.extract(text + " warm")
    print(json.dumps({"ready": True}), flush=True)
    run = component_runner(nlp, component) if component else None
    for line in sys.stdin:
        start, end = map(int, line.split())
        cpu, wall = [], []
        for text in texts[start:end]:
            if run is not None:
                took_cpu, took_wall = run(text)
            else:
                t0, c0 = time.perf_counter(), time.thread_time()
                nlp.extract(text)
                took_cpu, took_wall = time.thread_time() - c0, time.perf_counter() - t0
            cpu.append(took_cpu * 1000)
            wall.append(took_wall * 1000)
        print(json.dumps({"cpu": cpu, "wall": wall}), flush=True)
    return 0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", help="a tree holding the other version's nlp/ package")
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--block", type=int, default=100)
    parser.add_argument("--component", help="time only this pipeline component (e.g. tip_span_tagger)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker, args.n, args.component)
    if not args.base:
        parser.error("--base DIR is required")
    roots = {"base": str(Path(args.base).resolve()), "this": str(ROOT)}
    extra = ["--component", args.component] if args.component else []
    procs = {name: subprocess.Popen([sys.executable, __file__, "--worker", root, "--n", str(args.n), *extra],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
             for name, root in roots.items()}
    for name, proc in procs.items():
        reply = json.loads(proc.stdout.readline())
        if "error" in reply:
            print(f"{name}: {reply['error']}")
            return 1
    times = {name: {"cpu": [], "wall": []} for name in procs}
    order = list(procs)
    for block, start in enumerate(range(0, args.n, args.block)):
        for name in (order if block % 2 == 0 else order[::-1]):
            procs[name].stdin.write(f"{start} {min(args.n, start + args.block)}\n")
            procs[name].stdin.flush()
            reply = json.loads(procs[name].stdout.readline())
            times[name]["cpu"] += reply["cpu"]
            times[name]["wall"] += reply["wall"]
    for proc in procs.values():
        proc.stdin.close()
        proc.wait()
    print(f"texts: {args.n} in blocks of {args.block}, {args.component or 'extract'}, base {roots['base']} vs this {roots['this']}")
    for kind in ("cpu", "wall"):
        for name in procs:
            values = times[name][kind]
            print(f"  {kind:4s} {name:4s} p50 {statistics.median(values):.3f} ms  p99 {percentile(values, 0.99):.3f} ms"
                  f"  mean {statistics.fmean(values):.3f} ms")
        base, this = times["base"][kind], times["this"][kind]
        print(f"  {kind:4s} this/base: p50 {statistics.median(this) / statistics.median(base):.3f}x"
              f"  mean {statistics.fmean(this) / statistics.fmean(base):.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
