"""Retrain the learned urgency model: `python -m nlp.tools.train_urgency [--out PATH] [--folds]`.

Reads every dev text of the English set files (nlp/devset/*.jsonl) and of nlp/devset/es/dev.jsonl
(never the sealed held-out files named in nlp/sealed.py: they are skipped by name, and
only rows with split "dev" are read), trains nlp.urgency_model's logistic regression on their words
(no rule signals: see nlp/URGENCY_MODEL.md) and writes nlp/data/en/urgency_model.json. Deterministic:
the same texts give the same file.

Retrain after adding or relabelling dev texts (a held-out file folded into dev, a new dev batch), then
run `python -m nlp.evaluate` and `python -m nlp.evaluate --lang es` to see the dev figures.
`--folds` also prints the model alone, leave one file out (its spread across files).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..sealed import is_sealed
from ..urgency_model import MODEL_PATH, UrgencyModel, features, train

DEVSET_DIR = Path(__file__).resolve().parents[1] / "devset"
# How the model combines with the rules (urgency_model.decide), chosen on the fair test of stop 21 (the mean F1 over
# five files the rules had never seen, each scored with a model trained without it; nlp/URGENCY_MODEL.md)
THRESHOLD = 0.6  # the rules found nothing and saw no sign against an emergency: urgent from here
VETO = -2.5  # the rules said urgent: the model drops their reason when the words' evidence (sum of weights) is below
OVERRULE = 0.9  # the rules saw a sign against an emergency (past, talk, negation...): urgent from here all the same


def dev_files(directory: Path = DEVSET_DIR) -> list[Path]:
    """The English set files and the Spanish dev file, without the sealed ones."""
    files = sorted(directory.glob("*.jsonl")) + [directory / "es" / "dev.jsonl"]
    return [path for path in files if not is_sealed(path) and path.exists()]


def dev_rows(files: list[Path]) -> list[dict]:
    """The split "dev" rows of the files, each with the name of its file under "file"."""
    rows = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item.get("split", "dev") == "dev":
                    rows.append({**item, "file": path.name if path.parent == DEVSET_DIR else f"es/{path.name}"})
    return rows


def fit(rows: list[dict], threshold: float = THRESHOLD) -> UrgencyModel:
    chosen = train([(features(row["text"]), bool(row.get("urgent"))) for row in rows])
    chosen.threshold, chosen.veto, chosen.overrule = threshold, VETO, OVERRULE
    return chosen


def scores(chosen: UrgencyModel, rows: list[dict]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for row in rows:
        have = chosen.score(features(row["text"])) >= chosen.threshold
        want = bool(row.get("urgent"))
        tp, fp, fn = tp + (want and have), fp + (have and not want), fn + (want and not have)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.train_urgency", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", action="store_true", help="also print the model alone, leave one file out")
    args = parser.parse_args(argv)
    rows = dev_rows(dev_files())
    if args.folds:
        for name in sorted({row["file"] for row in rows}):
            held = [row for row in rows if row["file"] == name]
            p, r, f = scores(fit([row for row in rows if row["file"] != name]), held)
            print(f"model alone, trained without {name:<16} on it: P {p:.3f} R {r:.3f} F1 {f:.3f} ({len(held)} texts)")
    chosen = fit(rows)
    args.out.write_text(json.dumps(chosen.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"trained on {len(rows)} dev texts ({sum(bool(r.get('urgent')) for r in rows)} urgent): "
          f"{len(chosen.weights)} weights -> {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
