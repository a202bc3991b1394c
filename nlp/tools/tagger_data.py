"""What the learned taggers' training and protocol scripts share (train_span_tagger.py, train_span_tagger_es.py,
train_people_tagger.py and the *_protocol.py scripts). Not part of the product.

The English dev files they read, by name (a glob would also read the sealed held-out files), reading a file's
`dev` rows, a text run through the rule components before a tagger, the rules' spans from before they were tuned
on a file (stacking) and which of them a training text shows the tagger, and the score a protocol prints.
A protocol run in an old worktree needs this file copied in beside its own.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from ..doc_attrs import FAST, TEXT

DEVSET_DIR = Path(__file__).resolve().parents[1] / "devset"
TRAIN_FILES = ("devset.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "dev_s19.jsonl", "dev_s20a.jsonl",
               "dev_s20b.jsonl", "dev_s21a.jsonl", "dev_s21b.jsonl", "heldout4.jsonl",
               "dev_s22a.jsonl", "dev_s22b.jsonl", "dev_s22u.jsonl", "heldout5.jsonl",
               "dev_s23a.jsonl", "dev_s23u.jsonl", "heldout6.jsonl",
               "dev_s24a.jsonl", "dev_s24u.jsonl", "heldout7.jsonl",
               "dev_s25a.jsonl", "dev_s25u.jsonl", "heldout8.jsonl",
               "dev_s26a.jsonl", "dev_s26u.jsonl", "heldout9.jsonl",
               "dev_s27a.jsonl", "dev_s27u.jsonl", "heldout10.jsonl",
               "dev_s28a.jsonl", "dev_s28u.jsonl", "heldout11.jsonl",
               "dev_s29a.jsonl", "dev_s29u.jsonl", "heldout12.jsonl",
               "dev_s30a.jsonl", "dev_s30u.jsonl", "heldout13.jsonl",
               "dev_s31a.jsonl", "dev_s31u.jsonl", "heldout14.jsonl",
               "dev_s32a.jsonl", "dev_s32u.jsonl", "heldout15.jsonl",
               "dev_s33a.jsonl", "dev_s33u.jsonl", "heldout16.jsonl",
               "dev_s34a.jsonl", "dev_s34u.jsonl", "heldout17.jsonl",
               "dev_s35a.jsonl", "dev_s35u.jsonl", "heldout18.jsonl",
               "dev_s36a.jsonl", "dev_s36u.jsonl", "heldout19.jsonl",
               "dev_s37a.jsonl", "dev_s37u.jsonl", "heldout20.jsonl",
               "dev_s38a.jsonl", "dev_s38u.jsonl", "heldout21.jsonl",
               "dev_s39a.jsonl", "dev_s39u.jsonl", "heldout22.jsonl")


def read_rows(paths) -> list[dict]:
    """The `dev` rows of some JSON-lines files (the caller refuses the sealed ones first)."""
    rows = []
    for path in paths:
        rows.extend(json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip())
    return [row for row in rows if row.get("split", "dev") == "dev"]


def run_rules(text: str, pipeline=None, *, stop_before: str | None = None, stop_after: str | None = None) -> Doc:
    """The text run through today's pipeline components up to (not including) `stop_before`, or up to and
    including `stop_after` (the Doc, not the Extraction)."""
    from ..pipeline import clean, get_pipeline
    pipeline = pipeline or get_pipeline()
    text = clean(text)
    doc = pipeline.make_doc(text)
    doc.user_data[TEXT] = text
    doc.user_data[FAST] = True
    for name, component in pipeline.pipeline:
        if name == stop_before:
            break
        doc = component(doc)
        if name == stop_after:
            break
    return doc


def unseen_rule_spans(path: Path) -> dict[str, list[tuple[int, int]]]:
    """{text id: [(start, end), ...]}: the rules' spans in a held-out text before they were tuned on it ({} when
    the file is missing)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: [tuple(span) for span in spans] for key, spans in data["spans"].items()}


def shown_rule_spans(row: dict, facts, unseen: dict, rng: random.Random | None, dropout: float) -> list:
    """The rules' spans a training text shows the tagger: the unseen ones for its id, else today's `facts`; with
    `dropout`, that share of them hidden at random (`rng`, seeded by the caller)."""
    spans = unseen.get(row["id"])
    if spans is None:
        spans = [(s, e) for s, e, _ in facts]
    if dropout and rng is not None:
        spans = [span for span in spans if rng.random() >= dropout]
    return spans


def score(pairs, field: str) -> str:
    """Precision, recall and F1 of (expected values, found values) pairs, matched as nlp.evaluate matches `field`."""
    from ..evaluate import normalise, prf
    counts = Counter()
    for expected_values, found_values in pairs:
        expected = Counter(normalise(field, v) for v in expected_values)
        found = Counter(normalise(field, v) for v in dict.fromkeys(found_values))
        tp = sum((expected & found).values())
        counts["tp"] += tp
        counts["fp"] += sum(found.values()) - tp
        counts["fn"] += sum(expected.values()) - tp
    p, r, f = prf(counts["tp"], counts["fp"], counts["fn"])
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {counts['tp']} fp {counts['fp']} fn {counts['fn']})"


def save_weights(path: Path, note: str, labels, weights: dict, **extra) -> None:
    """A tagger's weights file: {"_note", "labels", the `extra` keys, "weights" (sorted)}."""
    data = {"_note": note, "labels": list(labels), **extra, "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
