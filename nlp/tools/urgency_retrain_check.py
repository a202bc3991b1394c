"""Should the urgency model be retrained? `python -m nlp.tools.urgency_retrain_check BASE_DUMP NEW_DUMP FILE...`

BASE_DUMP and NEW_DUMP are `urgency_fairtest dump` files of the same dev rows (the rules at the stop's start and now).
For each FILE (a file stem or a Spanish id prefix, as in urgency_fairtest) one model is trained on every other row and
scored, with the shipped weights ("today": fair only on files they never saw), on FILE with both rule passes over a grid
of settings (threshold, veto, overrule). Prints each file at the shipped settings, the means (all, English, Spanish), the
best grid rows and the nested figure (each file scored with the settings best on the others). One training per file
serves both questions of nlp/URGENCY_MODEL.md: how much the rules moved, and whether a retrained model beats today's.
"""
from __future__ import annotations

import json
import math
import sys

from ..urgency_model import features, model, train
from .urgency_fairtest import f1, fold_of

GRID = [(t, v, o) for t in (0.4, 0.5, 0.6, 0.7) for v in (-2.0, -2.5, -3.0, -3.5, -math.inf) for o in (0.8, 0.9, 0.95, 1.1)]


def urgent(rules: dict, evidence: float, p: float, t: float, v: float, o: float) -> bool:
    """urgency_model.decide on a dump row's rule pass (a reason the model may not veto stands)."""
    return (rules["reason"] is not None and (evidence >= v or not rules.get("vetoable", True))) or \
        (p >= t and not rules["counter"]) or p >= o


def main(argv: list[str]) -> int:
    base_path, new_path, held_files = argv[0], argv[1], argv[2:]
    shipped = model()
    read = lambda path: [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]  # noqa: E731
    new = {(row["file"], row["id"]): row for row in read(new_path)}
    base = [row for row in read(base_path) if (row["file"], row["id"]) in new]
    feats = [features(row["text"]) for row in base]
    res: dict[str, dict] = {}
    here = (shipped.threshold, shipped.veto, shipped.overrule)
    for held in held_files:
        idx = [i for i, row in enumerate(base) if fold_of(row) == held]
        retrained = train([(f, row["urgent"]) for f, row in zip(feats, base) if fold_of(row) != held])
        out = {}
        for name, chosen in (("today", shipped), ("retrained", retrained)):
            evidence = [chosen.evidence(feats[i]) for i in idx]
            for rules, pick in (("base", lambda row: row), ("new", lambda row: new[(row["file"], row["id"])])):
                for setting in GRID + [here]:
                    out[(name, rules) + setting] = f1((base[i]["urgent"], urgent(pick(base[i]), e, chosen.probability(e), *setting))
                                                      for i, e in zip(idx, evidence))
        res[held] = out
        print(held, len(idx), " | ".join(f"{m}/{r} F1 {out[(m, r) + here][2]:.3f}" for m in ("today", "retrained")
                                         for r in ("base", "new")), flush=True)

    def mean(key: tuple, files: list[str]) -> float:
        return sum(res[h][key][2] for h in files) / len(files)

    groups = (("all", held_files), ("en", [h for h in held_files if not h.startswith("es-")]),
              ("es", [h for h in held_files if h.startswith("es-")]))
    for group, files in groups:
        if files:
            print(f"{group} means at the shipped settings:",
                  " ".join(f"{m}/{r} {mean((m, r) + here, files):.3f}" for m in ("today", "retrained") for r in ("base", "new")))
    for name in ("retrained", "today"):
        keys = [(name, "new") + setting for setting in GRID]
        for key in sorted(keys, key=lambda k: -mean(k, held_files))[:5]:
            print("grid", key, " ".join(f"{group} {mean(key, files):.3f}" for group, files in groups if files))
        if len(held_files) < 2:
            continue  # the nested figure needs other files to choose on
        nested = []
        for held in held_files:
            best = max(keys, key=lambda k: mean(k, [h for h in held_files if h != held]))
            nested.append(res[held][best][2])
        print(f"nested {name} mean {sum(nested) / len(nested):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
