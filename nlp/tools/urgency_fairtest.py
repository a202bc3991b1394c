"""The fair test of the learned urgency model (nlp/URGENCY_MODEL.md), in two steps.

1. In a worktree of the rules as they stood before heldout2 was tuned on (commit 2e0310c), dump the rule
   pass for the dev files (read from this checkout; the sealed heldout4.jsonl and es/heldout3.jsonl are
   refused by name, and only split "dev" rows are read):

    git worktree add --detach /work/wt-old 2e0310c && ln -s $PWD/.venv /work/wt-old/.venv
    cd /work/wt-old && .venv/bin/python $OLDPWD/nlp/tools/urgency_fairtest.py dump /tmp/old.jsonl \\
        $OLDPWD/nlp/devset/{devset,heldout,dev_s19,heldout2}.jsonl $OLDPWD/nlp/devset/es/dev.jsonl

2. Here: `python -m nlp.tools.urgency_fairtest compare /tmp/old.jsonl` trains each model on devset, heldout,
   dev_s19 and the es-dev rows only, and prints every combination on heldout2 and on the es-h rows (the
   rules had never seen either), plus the model alone, leave one training file out.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SEALED_NAMES = ("heldout4.jsonl", "es/heldout3.jsonl")
TRAIN_FOLDS = ("devset", "heldout", "dev_s19", "es-dev")
TEST_FOLDS = ("heldout2", "es-h")
COUNTER = frozenset(("PAST", "TALK", "RESOLVED", "NEGATION"))  # nlp.urgency.COUNTER_LABELS


def signals_of(doc, urgency, reason: str | None) -> list[str]:
    """The rule pass's signals, read the same way from any version of the rules (see urgency_model.rule_signals)."""
    cues = doc.user_data.get("urgency_cues", [])
    hiding = [(span.start, span.end) for span in cues if span.label_ in ("NEGATION", "RESOLVED")]
    found = set()
    for span in cues:
        hidden = span.label_ not in ("NEGATION", "RESOLVED") and any(s <= span.start and span.end <= e for s, e in hiding)
        found.add(("H:" if hidden else "C:") + span.label_)
    if urgency.past_time(doc):
        found.add("PAST_TIME")
    if urgency.progressive(doc):
        found.add("PROGRESSIVE")
    found.add("V:" + (reason.split(":")[0] if reason else "-"))
    return sorted(found)


def dump(out: Path, names: list[str]) -> None:
    sys.path.insert(0, ".")  # the nlp package of the worktree this runs in
    from nlp import urgency
    from nlp.pipeline import clean, get_pipeline

    pipeline = get_pipeline()
    with out.open("w", encoding="utf-8") as sink:
        for name in names:
            if name.endswith(SEALED_NAMES) or "heldout4" in name:
                raise SystemExit(f"refused: {name} is sealed")
            for line in Path(name).read_text(encoding="utf-8").splitlines():
                item = json.loads(line) if line.strip() else None
                if not item or item.get("split", "dev") != "dev":
                    continue
                text = clean(item["text"])
                doc = pipeline.make_doc(text)
                doc.user_data["text"] = text
                for _, component in pipeline.pipeline:
                    doc = component(doc)
                reason = urgency.judge(doc)
                sink.write(json.dumps({"id": item["id"], "file": name, "text": item["text"], "urgent": bool(item.get("urgent")),
                                       "reason": reason, "signals": signals_of(doc, urgency, reason)}) + "\n")


def fold_of(row: dict) -> str:
    name = row["file"].replace("\\", "/")
    if name.endswith("es/dev.jsonl"):
        return "es-h" if row["id"].startswith("es-h") else "es-dev"
    return Path(name).stem


def prf(pairs) -> str:
    pairs = list(pairs)
    tp = sum(1 for want, have in pairs if want and have)
    fp = sum(1 for want, have in pairs if have and not want)
    fn = sum(1 for want, have in pairs if want and not have)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}"


def compare(path: Path) -> None:
    from ..urgency_model import features, train

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["fold"] = fold_of(row)
        row["words"] = features(row["text"])
        row["stacked"] = features(row["text"], row["signals"])
        labels = {s.split(":", 1)[1] for s in row["signals"] if s[:2] in ("C:", "H:")}
        row["counter"] = bool(labels & COUNTER) or ("WEAPON_TALK" in labels and "WEAPON_ACTIVE" not in labels) \
            or "PAST_TIME" in row["signals"]
    training = [row for row in rows if row["fold"] in TRAIN_FOLDS]
    words = train([(row["words"], row["urgent"]) for row in training])
    stacked = train([(row["stacked"], row["urgent"]) for row in training])
    both = train([(row["stacked"], row["urgent"]) for row in training] + [(row["words"], row["urgent"]) for row in training])

    def rule(row):
        return row["reason"] is not None

    variants = [
        ("old rules alone", rule),
        ("words model alone t=0.3", lambda r: words.score(r["words"]) >= 0.3),
        ("words model alone t=0.5", lambda r: words.score(r["words"]) >= 0.5),
        ("stacked (words+rule signals) alone t=0.5", lambda r: stacked.score(r["stacked"]) >= 0.5),
        ("stacked, rows twice (with/without signals) t=0.5", lambda r: both.score(r["stacked"]) >= 0.5),
        ("rules OR stacked-twice t=0.5", lambda r: rule(r) or both.score(r["stacked"]) >= 0.5),
        ("rules OR words t=0.3", lambda r: rule(r) or words.score(r["words"]) >= 0.3),
        ("rules OR words t=0.5", lambda r: rule(r) or words.score(r["words"]) >= 0.5),
        ("rules OR words t=0.7", lambda r: rule(r) or words.score(r["words"]) >= 0.7),
        ("rules (vetoed by words<0.05) OR words t=0.5",
         lambda r: (rule(r) and words.score(r["words"]) >= 0.05) or words.score(r["words"]) >= 0.5),
        ("rules OR (words t=0.3, no counter-cue)", lambda r: rule(r) or (words.score(r["words"]) >= 0.3 and not r["counter"])),
        ("SHIPPED rules OR (words t=0.5, no counter-cue)",
         lambda r: rule(r) or (words.score(r["words"]) >= 0.5 and not r["counter"])),
    ]
    for fold in TEST_FOLDS:
        test = [row for row in rows if row["fold"] == fold]
        print(f"== {fold}: {len(test)} texts, {sum(r['urgent'] for r in test)} urgent (old rules never tuned on them)")
        for name, predict in variants:
            print(f"  {name:<50} {prf((r['urgent'], predict(r)) for r in test)}")
    print("== leave one training file out (the old rules were tuned on these files: their figures are in-sample)")
    for fold in TRAIN_FOLDS:
        held = [row for row in training if row["fold"] == fold]
        model = train([(row["words"], row["urgent"]) for row in training if row["fold"] != fold])
        alone = prf((r["urgent"], model.score(r["words"]) >= 0.5) for r in held)
        shipped = prf((r["urgent"], rule(r) or (model.score(r["words"]) >= 0.5 and not r["counter"])) for r in held)
        print(f"  {fold:<8} {len(held):>5} texts  model alone {alone}  | rules {prf((r['urgent'], rule(r)) for r in held)}"
              f"  | shipped {shipped}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 2 and argv[0] == "dump":
        dump(Path(argv[1]), argv[2:])
    elif len(argv) == 2 and argv[0] == "compare":
        compare(Path(argv[1]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
