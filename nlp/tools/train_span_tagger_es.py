"""Train the Spanish location tagger: `python -m nlp.tools.train_span_tagger --lang es` (this module does the work).

Reads the `dev` rows of every Spanish dev file (nlp/devset/es/dev.jsonl, es/test.jsonl, the older split now
dev-like, and any es/dev_*.jsonl that appears), never the sealed held-out files (es/heldout*.jsonl are not
read at all: a held-out file is folded into es/dev.jsonl after its one score). Features: tagger_features_es.py.
As for English, the rules' places are features (stacking): for each batch of held-out texts, the places the
rules found before they were tuned on it (nlp/data/es/span_tagger_rule_spans.json, made with
nlp/tools/dump_rule_spans.py in a worktree at each old commit), today's rules for the rest, and RULE_DROPOUT of
them hidden at random. Deterministic: the same data gives the same nlp/data/es/span_tagger.json.
"""
from __future__ import annotations

from pathlib import Path

from ..span_tagger import SpanTagger
from ..tagged_places_es import SpanishTagger
from ..tagger_features_es import token_features
from . import tagger_data, train_span_tagger
from .tagger_data import read_rows
from .train_span_tagger import DEVSET_DIR, RULE_DROPOUT, rule_doc, train  # noqa: F401 (rule_doc: span_tagger_protocol_es)

ES_DIR = DEVSET_DIR / "es"
WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "data" / "es" / "span_tagger.json"
RULE_SPANS_PATH = WEIGHTS_PATH.parent / "span_tagger_rule_spans.json"
ITERATIONS = 8


def spanish_files(directory: Path = ES_DIR) -> list[Path]:
    """The Spanish dev files: dev.jsonl, test.jsonl (an older split, its rows dev now) and any dev_*.jsonl.
    Named by pattern, so a held-out file (heldout*.jsonl) is never read."""
    files = [directory / "dev.jsonl", directory / "test.jsonl", *sorted(directory.glob("dev_*.jsonl"))]
    return [path for path in files if path.exists() and not path.name.startswith("heldout")]


def load_rows(files=None) -> list[dict]:
    files = list(files) if files is not None else spanish_files()
    for path in files:
        if Path(path).name.startswith("heldout"):
            raise ValueError(f"{path} is a held-out file")
    return read_rows(files)


def unseen_rule_spans(path: Path = RULE_SPANS_PATH) -> dict[str, list[tuple[int, int]]]:
    return tagger_data.unseen_rule_spans(path)


def make_examples(rows: list[dict], rule_spans: dict | None = None, dropout: float = RULE_DROPOUT, seed: int = 1,
                  stacked: bool = True):
    """(features, tags) per row, and how many labelled places were not found on token boundaries (the English
    make_examples with the Spanish features)."""
    return train_span_tagger.make_examples(rows, stacked, rule_spans, dropout=dropout, seed=seed, features=token_features)


def train_spanish(rows: list[dict], rule_spans: dict | None = None, iterations: int = ITERATIONS,
                  stacked: bool = True) -> tuple[SpanTagger, int]:
    examples, missing = make_examples(rows, rule_spans, dropout=RULE_DROPOUT if stacked else 0.0, stacked=stacked)
    tagger = train(examples, iterations=iterations, stacked=stacked)
    return SpanishTagger(tagger.labels, tagger.weights, tagger.stacked), missing


def main(iterations: int = ITERATIONS, out: Path = WEIGHTS_PATH) -> int:
    from .train_span_tagger import save
    files = spanish_files()
    rows = load_rows(files)
    tagger, missing = train_spanish(rows, unseen_rule_spans(), iterations)
    save(tagger, out, note=f"trained by nlp.tools.train_span_tagger --lang es on {len(rows)} Spanish dev texts "
                           f"({', '.join('es/' + p.name for p in files)}), {iterations} iterations, "
                           f"rule dropout {RULE_DROPOUT}")
    print(f"{len(rows)} texts, {missing} labelled places not on token boundaries, {len(tagger.weights)} features, "
          f"{out.stat().st_size / 1024:.0f} KB -> {out}")
    return 0
