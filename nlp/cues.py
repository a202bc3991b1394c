"""One PhraseMatcher pass for every cue word list: vehicles, times and urgency (patterns/*.jsonl).

One matcher call instead of three SpanRulers (each one a matcher call, a dedupe and a SpanGroup).
The patterns keep the SpanRuler format ({"label", "pattern", "id"}, matched on LOWER);
matches become Span objects (label and id set, as a SpanRuler makes them), one list per
pattern file (VEHICLE_PARTS, TIME_PARTS, URGENCY_CUES), sorted as a SpanRuler sorts them.
For inspection they are mirrored to doc.spans[name] unless the Doc comes from `extract`.

The same pass also finds gazetteer names (nlp/data/places_*.txt: GAZETTEER_NAMES) and the
words that introduce a place ("in", "near": STRONG_CUE_WORDS) for towns.py: those are
kept as bare (start, end) token offsets, not Spans.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .day_part_spellings import day_part_spellings
from .doc_attrs import GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS, TIME_PARTS, URGENCY_CUES, VEHICLE_PARTS, attrs
from .dropped_d import dropped_d
from .lexicon import PATTERNS_DIR, STRONG_CUES, gazetteer, language_patterns, local_names, read_jsonl
from .spans import inspecting

SPAN_GROUPS = ((VEHICLE_PARTS, "vehicles.jsonl"), (TIME_PARTS, "times.jsonl"), (URGENCY_CUES, "urgency.jsonl"))
OFFSET_GROUPS = (GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS)
GROUPS = tuple(group for group, _ in SPAN_GROUPS) + OFFSET_GROUPS
MAX_NAME_TOKENS = 5  # longer phrases (gazetteer names) are never looked for


def dropped_g(patterns: list[dict]) -> list[dict]:
    """The patterns with a word of six letters or more in -ing, written as people text it: "-in" ("shooting at"
    -> "shootin at", "someone stealing" -> "someone stealin", "being followed" -> "bein followed"). Other short words keep
    their g ("thing", "sing")."""
    found = []
    for pattern in patterns:
        phrase = pattern["pattern"]
        if not isinstance(phrase, str) or "ing" not in phrase:
            continue
        changed = " ".join(word[:-1] if (len(word) >= 6 or word == "being") and word.endswith("ing") and word.isalpha()
                           else word for word in phrase.split(" "))
        if changed != phrase:
            found.append({**pattern, "pattern": changed})
    return found


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
            for group, filename in SPAN_GROUPS:
                by_key: dict[str, list[str]] = {}
                english = read_jsonl(PATTERNS_DIR / filename)
                if group in (URGENCY_CUES, TIME_PARTS):  # "shootin at", "every mornin": the dropped-g forms too
                    english = english + dropped_g(english)
                if group == TIME_PARTS:  # "most mornins", "this morn", "yesterday efternoon"
                    english = english + day_part_spellings(english)
                spanish = language_patterns(filename)
                if group == URGENCY_CUES:  # "apuñalao", "tirao": the dropped-d forms too
                    spanish = spanish + dropped_d(spanish)
                for pattern in english + spanish:
                    key = f"{group}|{pattern['label']}|{pattern.get('id', '')}"
                    by_key.setdefault(key, []).append(pattern["pattern"])
                for key, phrases in by_key.items():
                    _, label, span_id = key.split("|")
                    self.add(tokenizer, key, phrases)
                    self.keys[strings[key]] = (group, strings.add(label), strings.add(span_id))
            for group, phrases in ((GAZETTEER_NAMES, sorted(gazetteer())), (LOCAL_NAMES, list(local_names())),
                                   (STRONG_CUE_WORDS, sorted(STRONG_CUES))):
                self.add(tokenizer, group, phrases, MAX_NAME_TOKENS)
                self.keys[strings[group]] = (group, 0, 0)  # label 0: an offset group
        finally:
            tokenizer.max_cache_size = cache_size

    def add(self, tokenizer, key: str, phrases: list[str], max_tokens: int = 0, batch: int = 256) -> None:
        for offset in range(0, len(phrases), batch):
            docs = [doc for doc in tokenizer.pipe(phrases[offset:offset + batch]) if not max_tokens or len(doc) <= max_tokens]
            self.matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        """Find every cue word and gazetteer name in one matcher pass.

        doc (Doc): The Doc to annotate.
        RETURNS (Doc): The same Doc, with doc._.vehicle_parts, time_parts, urgency_cues (Spans),
            gazetteer_names and strong_cue_words ((start, end) token offsets) set.
        """
        found: dict[str, list] = {group: [] for group in GROUPS}
        for match_id, start, end in self.matcher(doc):
            group, label, span_id = self.keys[match_id]
            found[group].append((start, end, label, span_id) if label else (start, end))
        for group, _ in SPAN_GROUPS:
            if found[group]:  # Spans only for hits, deduplicated and sorted as Span.__lt__ would order them
                found[group] = [Span(doc, s, e, label=label, span_id=i) for s, e, label, i in sorted(set(found[group]))]
        doc.user_data.update(found)
        if inspecting(doc):
            for group, _ in SPAN_GROUPS:
                doc.spans[group] = found[group]
        return doc


@Language.factory("tip_cues", assigns=attrs(*GROUPS) + ["doc.spans"])
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    """The cue matcher is a factory, not a plain component: it builds its PhraseMatcher from nlp.vocab once.

    nlp (Language): The pipeline the component is added to.
    name (str): The component's name in the pipeline.
    RETURNS (CueMatcher): The component.
    """
    return CueMatcher(nlp, name)
