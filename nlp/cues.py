"""One PhraseMatcher pass for every cue word list: vehicles, times and urgency (patterns/*.jsonl).

This replaces three SpanRulers (one matcher call, one dedupe and one SpanGroup each).
The patterns keep the SpanRuler format ({"label", "pattern", "id"}, matched on LOWER);
matches become Span objects (label and id set, as a SpanRuler makes them) grouped by
pattern file and kept in doc.user_data["cues"][key], sorted as a SpanRuler sorts them.
For inspection they are mirrored to doc.spans[key] unless the Doc comes from `extract`.

The same pass also finds gazetteer names (nlp/data/places_*.txt, group "towns") and the
words that introduce a place ("in", "near": group "strong_cues") for towns.py: those are
kept as bare (start, end) token offsets, not Spans.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .lexicon import PATTERNS_DIR, STRONG_CUES, gazetteer, read_jsonl
from .spans import inspecting

GROUPS = (("vehicle_parts", "vehicles.jsonl"), ("time_parts", "times.jsonl"), ("urgency_cues", "urgency.jsonl"))
OFFSET_GROUPS = ("towns", "strong_cues")
MAX_NAME_TOKENS = 5  # longer phrases (gazetteer names) are never looked for


class CueMatcher:
    def __init__(self, nlp: Language, name: str = "tip_cues"):
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, int, int]] = {}  # match id -> (group, label hash, id hash)
        strings = nlp.vocab.strings
        tokenizer = nlp.tokenizer
        # Pattern texts must not fill the tokenizer's cache (10,000 chunks; once full, nothing more is
        # cached and every text tokenizes ~2.5x slower). Docs are made and dropped in batches: 15,000
        # pattern Docs held at once would cost ~70 MB that the allocator does not give back.
        cache_size, tokenizer.max_cache_size = tokenizer.max_cache_size, 0
        try:
            for group, filename in GROUPS:
                by_key: dict[str, list[str]] = {}
                for pattern in read_jsonl(PATTERNS_DIR / filename):
                    key = f"{group}|{pattern['label']}|{pattern.get('id', '')}"
                    by_key.setdefault(key, []).append(pattern["pattern"])
                for key, phrases in by_key.items():
                    _, label, span_id = key.split("|")
                    self.add(tokenizer, key, phrases)
                    self.keys[strings[key]] = (group, strings.add(label), strings.add(span_id))
            for group, phrases in (("towns", sorted(gazetteer())), ("strong_cues", sorted(STRONG_CUES))):
                self.add(tokenizer, group, phrases, MAX_NAME_TOKENS)
                self.keys[strings[group]] = (group, 0, 0)
        finally:
            tokenizer.max_cache_size = cache_size

    def add(self, tokenizer, key: str, phrases: list[str], max_tokens: int = 0, batch: int = 256) -> None:
        for offset in range(0, len(phrases), batch):
            docs = [doc for doc in tokenizer.pipe(phrases[offset:offset + batch]) if not max_tokens or len(doc) <= max_tokens]
            self.matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        cues: dict[str, list] = {group: [] for group, _ in GROUPS}
        offsets: dict[str, list] = {group: [] for group in OFFSET_GROUPS}
        for match_id, start, end in self.matcher(doc):
            group, label, span_id = self.keys[match_id]
            if label:
                cues[group].append((start, end, label, span_id))
            else:
                offsets[group].append((start, end))
        for group, found in cues.items():
            if found:  # Spans only for hits, deduplicated and sorted as Span.__lt__ would order them
                cues[group] = [Span(doc, s, e, label=label, span_id=i) for s, e, label, i in sorted(set(found))]
        doc.user_data["cues"] = cues
        doc.user_data["cue_offsets"] = offsets
        if inspecting(doc):
            for group, spans in cues.items():
                doc.spans[group] = spans
        return doc


@Language.factory("tip_cues")
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp, name)


def cue_spans(doc: Doc, group: str) -> list[Span]:
    return doc.user_data.get("cues", {}).get(group, [])


def cue_offsets(doc: Doc, group: str) -> list[tuple[int, int]]:
    """(start, end) token offsets of the matches of an offset group ("towns", "strong_cues")."""
    return doc.user_data.get("cue_offsets", {}).get(group, [])
