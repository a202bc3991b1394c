"""Time one nlp function against the same function of another tree's copy of its module, in one process.

Run: python bench/ab_nlp_function.py --base DIR --module times --call "m.merge_time_parts(doc)" --before tip_times
     [--texts bench|en|es] [--rounds 21]
  DIR holds another version's nlp/ package (e.g. `git archive main nlp | tar -x -C DIR`). Only --module is loaded
  from DIR (as nlp.<module>_base; its relative imports resolve to this tree's nlp), so the two copies share every
  other module and run on the very same Docs: made once by this tree's pipeline up to the component --before.
  --call is an expression of `m` (the module) and `doc` (`read` and doc_attrs' names are in scope too), e.g.
  "m.shipped_tagger().spans(doc, read(doc, LOCATIONS))".
Why: under the shared machine's load (8-10 on 2 cores) bench/compare_nlp.py, two processes in turns, moves by
+-5% between runs, more than a change to one function can gain; here both copies run over the same Docs in
interleaved rounds (the first copy swapped each round) and the minimum of the rounds is compared. It also checks
that both copies return equal results on every Doc. Prints figures; asserts nothing. The texts are profile_nlp's
(the sealed held-out files are never read: bench/dump_extract.py skips them by name).
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--module", required=True, help="a module of nlp/, e.g. times")
    parser.add_argument("--call", required=True, help='e.g. "m.merge_time_parts(doc)"')
    parser.add_argument("--before", required=True, help="the component the Docs are made up to (not run)")
    parser.add_argument("--texts", choices=("bench", "en", "es"), default="bench")
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    from profile_nlp import load_texts

    import nlp
    from nlp import doc_attrs
    from nlp.doc_attrs import FAST, TEXT

    new = importlib.import_module(f"nlp.{args.module}")
    path = Path(args.base) / "nlp" / f"{args.module}.py"
    spec = importlib.util.spec_from_file_location(f"nlp.{args.module}_base", path)
    old = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = old
    spec.loader.exec_module(old)
    pipe = nlp.get_pipeline()
    names = [name for name, _ in pipe.pipeline]
    before = [component for _, component in pipe.pipeline[:names.index(args.before)]]
    docs = []
    for text in load_texts(args.texts):
        doc = pipe.make_doc(text)
        doc.user_data.update({TEXT: text, FAST: True})
        for component in before:
            doc = component(doc)
        docs.append(doc)
    scope = {name: getattr(doc_attrs, name) for name in dir(doc_attrs) if not name.startswith("_")}
    calls = {label: eval(f"lambda doc: {args.call}", {**scope, "m": module})  # noqa: S307 (a bench's own argument)
             for label, module in (("base", old), ("this", new))}
    differ = sum(calls["base"](doc) != calls["this"](doc) for doc in docs)
    clock = time.thread_time_ns
    per: dict[str, list[float]] = {"base": [], "this": []}
    for round_ in range(args.rounds):
        for label in ("base", "this") if round_ % 2 else ("this", "base"):
            call = calls[label]
            start = clock()
            for doc in docs:
                call(doc)
            per[label].append((clock() - start) / len(docs) / 1000)
    base, this = sorted(per["base"]), sorted(per["this"])
    mid = len(base) // 2
    print(f"{len(docs)} texts ({args.texts}), {args.rounds} rounds, {args.module}: {args.call}")
    print(f"  results differ on {differ} texts")
    print(f"  base min {base[0]:.2f} us  median {base[mid]:.2f} us (CPU a text)")
    print(f"  this min {this[0]:.2f} us  median {this[mid]:.2f} us")
    print(f"  this/base: min {this[0] / base[0]:.3f}x  median {this[mid] / base[mid]:.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
