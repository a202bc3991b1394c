"""The fair test of the learned urgency model and its combination with the rules (nlp/URGENCY_MODEL.md).

A file the rules were never tuned on is scored with the rules as they stood before it was added and a
model trained on every other dev row (leave one file out). Two steps:

1. In a worktree of the old commit, dump its rule pass (the rules' reason, its counter-evidence, its cues)
   and the old extractor's urgent flag for every dev text (read from this checkout; the sealed
   held-out files named in nlp/sealed.py are refused by name, and only split "dev" rows are read):

    git worktree add --detach /work/wt-old-urg-90fa72e 90fa72e && ln -s $PWD/.venv /work/wt-old-urg-90fa72e/.venv
    cd /work/wt-old-urg-90fa72e && .venv/bin/python $OLDPWD/nlp/tools/urgency_fairtest.py dump /tmp/old-90fa72e.jsonl \\
        $OLDPWD/nlp/devset/{devset,heldout,heldout2,heldout3,dev_s19,dev_s20a,dev_s20b}.jsonl $OLDPWD/nlp/devset/es/dev.jsonl

   The old extractor's flag reproduces the published score of the file (`compare` prints it as "old extractor").

2. Here: `python -m nlp.tools.urgency_fairtest compare heldout3=/tmp/old-90fa72e.jsonl dev_s20b=/tmp/old-9aadc7e.jsonl ...`
   trains, for each FILE=DUMP, a model on every dev row of the dump but FILE's, and prints each combination of
   the rules and the model on FILE, the mean over the files, and the "nested" figure (each file scored with
   the combination that did best on the others: an honest estimate of choosing on the mean).
   `--features base,char4` picks the featurisers (default: the shipped one); `today` scores the shipped weights as
   they are, not retrained (fair only on files they were not trained on: the baseline a retrained model must beat). A FILE is a file stem
   ("heldout3") or the id prefix of the Spanish rows of es/dev.jsonl ("es-h2").

3. A rule change alone: `python -m nlp.tools.urgency_fairtest rules BASE_DUMP NEW_DUMP FILE ...` trains one model per FILE
   (on every other dev row of BASE_DUMP: the model reads only the words, so it is the same for both) and scores the
   shipped combination on FILE with each dump's rule pass (dumps of the same rows, e.g. before and after the change).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import runpy
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

# nlp/sealed.py of THIS checkout, run by its path: the script runs in an old worktree, whose own nlp package is the
# one on sys.path and may name older sealed files (or none)
is_sealed = runpy.run_path(str(Path(__file__).resolve().parents[1] / "sealed.py"))["is_sealed"]


def dump(out: Path, names: list[str]) -> None:
    """The old rule pass and old extractor flag of every dev text of the files (run in the old worktree)."""
    for name in names:
        if is_sealed(name):
            raise SystemExit(f"refused: {name} is sealed")
    sys.path.insert(0, ".")  # the nlp package of the worktree this runs in
    from nlp import urgency
    from nlp.doc_attrs import URGENT_REASON
    from nlp.pipeline import clean, get_pipeline
    try:
        from nlp.doc_attrs import FAST, TEXT
    except ImportError:  # older commits
        FAST, TEXT = None, "text"

    pipeline = get_pipeline()
    components = getattr(pipeline, "tip_components", None) or [component for _, component in pipeline.pipeline]
    with out.open("w", encoding="utf-8") as sink:
        for name in names:
            for line in Path(name).read_text(encoding="utf-8").splitlines():
                item = json.loads(line) if line.strip() else None
                if not item or item.get("split", "dev") != "dev":
                    continue
                text = clean(item["text"])
                doc = pipeline.make_doc(text)
                doc.user_data[TEXT] = text
                if FAST:
                    doc.user_data[FAST] = True
                for component in components:  # what extract does
                    doc = component(doc)
                sink.write(json.dumps({
                    "id": item["id"], "file": str(name).replace("\\", "/").split("/devset/")[-1], "text": item["text"],
                    "urgent": bool(item.get("urgent")), "full": doc.user_data.get(URGENT_REASON),
                    "reason": urgency.judge(doc), "counter": bool(urgency.counter_evidence(doc)),
                    # whether the model may veto the rules' reason (older commits: always)
                    "vetoable": getattr(urgency, "vetoable", lambda reason: True)(urgency.judge(doc)),
                    "cues": [(span.label_, span.start, span.end) for span in doc.user_data.get("urgency_cues", [])],
                    **found_spans(item["text"]),
                }) + "\n")


def found_spans(text: str) -> dict:
    """The old extractor's own locations and vehicles of a text (for the featurisers that mask them)."""
    import nlp
    try:
        found = nlp.extract(text).to_dict()
    except Exception:  # noqa: BLE001 - an old commit that cannot: no masks
        return {"locations": [], "vehicles": []}
    return {"locations": list(found.get("locations") or []), "vehicles": list(found.get("vehicles") or [])}


def fold_of(row: dict) -> str:
    if row["file"].endswith("es/dev.jsonl"):
        return row["id"].rsplit("-", 1)[0]  # es-dev, es-h, es-h2, es-d20
    return Path(row["file"]).stem


def f1(pairs) -> tuple[float, float, float]:
    pairs = list(pairs)
    tp = sum(1 for want, have in pairs if want and have)
    fp = sum(1 for want, have in pairs if have and not want)
    fn = sum(1 for want, have in pairs if want and not have)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def featurisers() -> dict[str, Callable[[str], list[str]]]:
    from ..urgency_model import words

    def base(text: str) -> list[str]:
        tokens = words(text)
        return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]

    def char4(text: str) -> list[str]:
        found = base(text)
        for token in words(text):
            if len(token) >= 5:
                padded = f"<{token}>"
                found.extend("#" + padded[i:i + 4] for i in range(len(padded) - 3))
        return found

    from ..urgency_model import features
    return {"shipped": features, "base": base, "char4": char4}


PLACE, VEHICLE = "zplace", "zvehicle"  # the class tokens that replace a place's or a vehicle's words


def masked_features(tokens: list[str]) -> list[str]:
    """The shipped features (words, bigrams, 4-letter pieces) of tokens some of which are class tokens (no pieces)."""
    from ..urgency_model import pieces
    found = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
    for token in tokens:
        if len(token) >= 5 and token not in (PLACE, VEHICLE):
            found.extend(pieces(token))
    return found


@lru_cache(maxsize=1)
def mask_word_lists() -> tuple[frozenset, frozenset]:
    """Street-type words (English and Spanish lexicons, not the ambiguous ones) and vehicle words (patterns/vehicles.jsonl types, makes and
    models of one word; the Spanish vehicle types), folded as the model folds words."""
    from ..lexicon import DATA_DIR
    from ..urgency_model import words
    en = json.loads((DATA_DIR / "lexicon.json").read_text(encoding="utf-8"))
    es = json.loads((DATA_DIR / "es" / "lexicon.json").read_text(encoding="utf-8"))
    places = set()
    for word in list(en["street_suffixes"]) + list(es["street_types"]) + list(es["spanish_street_types"]) + \
            list(es["highway_words"]):  # not the ambiguous ones ("close", "chase", "green")
        places.update(words(word))
    places.discard("drive")  # "drink drive", "drive off"
    vehicles = set()
    for line in (DATA_DIR.parent / "patterns" / "vehicles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if row and row["label"] in ("VTYPE", "MAKE", "MODEL") and isinstance(row["pattern"], str):
            found = words(row["pattern"])
            if len(found) == 1 and found[0].isalpha():
                vehicles.add(found[0])
    for word in es["vehicle_types"]:
        vehicles.update(words(word))
    return frozenset(places), frozenset(vehicles - places)


def mask_spans(text: str, row: dict) -> list[str]:
    """The text's words with the words of each place and vehicle the extractor found replaced by a class token."""
    from ..urgency_model import words
    lowered = text
    for label, spans in ((PLACE, row.get("locations") or []), (VEHICLE, row.get("vehicles") or [])):
        for span in sorted(spans, key=len, reverse=True):
            lowered = re.sub(re.escape(span), f" {label} ", lowered, flags=re.IGNORECASE)
    tokens = words(lowered)
    return [token for i, token in enumerate(tokens) if not (token in (PLACE, VEHICLE) and i and tokens[i - 1] == token)]


def row_featurisers() -> dict[str, Callable[[dict], list[str]]]:
    """Featurisers of a dump row (text plus the old extractor's locations and vehicles)."""
    from ..urgency_model import words
    plain = {name: (lambda row, f=f: f(row["text"])) for name, f in featurisers().items()}

    def mask_words(row: dict) -> list[str]:  # street and vehicle words from the word lists -> class tokens
        places, vehicles = mask_word_lists()
        return masked_features([PLACE if t in places else VEHICLE if t in vehicles else t for t in words(row["text"])])

    def mask_ext(row: dict) -> list[str]:  # the extractor's own places and vehicles -> class tokens
        return masked_features(mask_spans(row["text"], row))

    def mask_both(row: dict) -> list[str]:
        places, vehicles = mask_word_lists()
        return masked_features([PLACE if t in places else VEHICLE if t in vehicles else t for t in mask_spans(row["text"], row)])

    def drop_ext(row: dict) -> list[str]:  # the extractor's places and vehicles dropped altogether
        return masked_features([t for t in mask_spans(row["text"], row) if t not in (PLACE, VEHICLE)])

    plain["today"] = plain["shipped"]  # the shipped weights as they are (not retrained): fair only on files they never saw
    return {**plain, "mask_words": mask_words, "mask_ext": mask_ext, "mask_both": mask_both, "drop_ext": drop_ext}


# Each combination: (old rules' reason found, counter-evidence, model probability, the model's words evidence
# (its logit minus its bias)) -> urgent.
Combo = Callable[[bool, bool, float, float], bool]


def combinations() -> dict[str, Combo]:
    found: dict[str, Combo] = {"old rules alone": lambda rule, ce, p, ev: rule}
    for t in (0.3, 0.5):
        found[f"model alone p>={t}"] = lambda rule, ce, p, ev, t=t: p >= t
    for t in (0.3, 0.4, 0.5, 0.6):
        found[f"rules OR (p>={t} & no CE)"] = lambda rule, ce, p, ev, t=t: rule or (p >= t and not ce)
    found["rules OR p>=0.5 (no CE veto)"] = lambda rule, ce, p, ev: rule or p >= 0.5
    for t in (0.4, 0.5, 0.6):
        for h in (0.8, 0.9, 0.95, 1.1):
            over = f" OR p>={h}" if h <= 1 else ""
            found[f"rules OR (p>={t} & no CE){over}"] = lambda rule, ce, p, ev, t=t, h=h: rule or (p >= t and not ce) or p >= h
            for v in (0.05, 0.1, 0.2):
                found[f"(rules & p>={v}) OR (p>={t} & no CE){over}"] = \
                    lambda rule, ce, p, ev, t=t, h=h, v=v: (rule and p >= v) or (p >= t and not ce) or p >= h
            for m in (0.0, 0.5, 1.0, 2.0, 2.5, 3.0):
                found[f"(rules & evidence>=-{m}) OR (p>={t} & no CE){over}"] = \
                    lambda rule, ce, p, ev, t=t, h=h, m=m: (rule and ev >= -m) or (p >= t and not ce) or p >= h
    return found


def shipped_model():
    """The weights in nlp/data/en/urgency_model.json, as shipped (feature set "today")."""
    from ..urgency_model import model
    return model()


def compare(pairs: list[str], names: list[str]) -> None:
    from ..urgency_model import train

    feats = row_featurisers()
    combos = combinations()
    files = [pair.split("=", 1) for pair in pairs]
    for name in names:
        featurise = feats[name]
        scored: dict[str, list[tuple]] = {}
        for held, path in files:
            rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
            test = [row for row in rows if fold_of(row) == held]
            chosen = shipped_model() if name == "today" else \
                train([(featurise(row), row["urgent"]) for row in rows if fold_of(row) != held])
            scored[held] = []
            for row in test:
                p = chosen.score(featurise(row))
                logit = math.log(p / (1 - p)) if 0 < p < 1 else math.copysign(30.0, p - 0.5)
                unvetoed = not row.get("vetoable", True)  # a kind reading the model never vetoes: its evidence counts as +inf
                scored[held].append((row["urgent"], row["full"] is not None, row["reason"] is not None, row["counter"], p,
                                     math.inf if unvetoed and row["reason"] is not None else logit - chosen.bias))
            print(f"[{name}] {held}: {len(test)} texts, {sum(r[0] for r in scored[held])} urgent; old extractor "
                  "P {:.3f} R {:.3f} F1 {:.3f}".format(*f1((r[0], r[1]) for r in scored[held])), flush=True)
        table = []
        for label, combo in combos.items():
            per = [f1((r[0], combo(r[2], r[3], r[4], r[5])) for r in scored[held])[2] for held, _ in files]
            table.append((sum(per) / len(per), label, per))
        print(f"[{name}] mean F1 | " + " | ".join(held for held, _ in files))
        for mean, label, per in sorted(table, reverse=True):
            print(f"  {mean:.3f}  {label:<52} " + " ".join(f"{x:.3f}" for x in per))
        nested = []
        for held, _ in files:
            others = [h for h, _ in files if h != held]
            best = max(combos, key=lambda label: sum(
                f1((r[0], combos[label](r[2], r[3], r[4], r[5])) for r in scored[h])[2] for h in others))
            nested.append(f1((r[0], combos[best](r[2], r[3], r[4], r[5])) for r in scored[held])[2])
            print(f"  nested {held}: {nested[-1]:.3f} with the best on the others: {best}")
        print(f"[{name}] nested mean {sum(nested) / len(nested):.3f}")


def compare_rules(base_path: str, new_path: str, held_files: list[str]) -> None:
    """The shipped combination on each FILE with the rule pass of two dumps and one model trained without FILE."""
    from ..urgency_model import features, model, train
    shipped = model()
    base = [json.loads(line) for line in Path(base_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    new = {(row["file"], row["id"]): row for row in
           (json.loads(line) for line in Path(new_path).read_text(encoding="utf-8").splitlines() if line.strip())}
    feats = [features(row["text"]) for row in base]
    means: dict[str, list[float]] = {"base": [], "new": []}
    for held in held_files:
        chosen = train([(f, row["urgent"]) for f, row in zip(feats, base) if fold_of(row) != held])
        figures = {}
        for name, pick in (("base", lambda row: row), ("new", lambda row: new[(row["file"], row["id"])])):
            pairs = []
            for row, f in zip(base, feats):
                if fold_of(row) == held:
                    rules, evidence = pick(row), chosen.evidence(f)
                    p = chosen.probability(evidence)
                    pairs.append((row["urgent"], (rules["reason"] is not None and (evidence >= shipped.veto or
                                                                   not rules.get("vetoable", True))) or
                                  (p >= shipped.threshold and not rules["counter"]) or p >= shipped.overrule))
            figures[name] = f1(pairs)
            means[name].append(figures[name][2])
        print(f"{held}: base P {figures['base'][0]:.3f} R {figures['base'][1]:.3f} F1 {figures['base'][2]:.3f} | "
              f"new P {figures['new'][0]:.3f} R {figures['new'][1]:.3f} F1 {figures['new'][2]:.3f}", flush=True)
    print(" | ".join(f"{name} mean F1 {sum(v) / len(v):.3f}" for name, v in means.items()))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) >= 2 and argv[0] == "dump":
        dump(Path(argv[1]), argv[2:])
        return 0
    if len(argv) >= 4 and argv[0] == "rules":
        compare_rules(argv[1], argv[2], argv[3:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.urgency_fairtest compare", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["compare"])
    parser.add_argument("files", nargs="+", help="FILE=DUMP: a held-out file and the dump of the rules before it")
    parser.add_argument("--features", default="shipped", help="comma-separated: today (shipped weights, not retrained), shipped, base, char4, mask_words, mask_ext, mask_both, drop_ext")
    args = parser.parse_args(argv)
    compare(args.files, args.features.split(","))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
