"""The location component: gathers every kind of place and keeps the longest non-overlapping ones."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .codes import find_postcodes, find_roads, find_zips
from .doc_attrs import (
    CONFIDENCE,
    GAZETTEER_NAMES,
    LOCAL_NAMES,
    LOCATIONS,
    PARTIAL_PLATES,
    PHONES,
    PLATES,
    STRONG_CUE_WORDS,
    VEHICLES,
    attrs,
    read,
)
from .features import find_features
from .intersections import find_intersections
from .lexicon import common_words
from .named_places import find_moved_to, find_named_places, find_the_names
from .spans import lower_words, pick_longest, store, text_of
from .street_names import alpha_words, anchor_set
from .streets import find_blocks, find_numbered_names, find_ordinal_streets, find_streets
from .towns import find_local_names, find_lower_villages, find_towns, find_unlisted_places

# Lower number wins between candidates of equal length.
PRIORITY = {"local": 0, "intersection": 1, "block": 1, "street": 2, "postcode": 3, "road": 4, "named": 5, "feature": 5,
            "zip": 6, "town": 7, "numbered": 8, "ordinal": 8, "unlisted": 9, "village": 9, "the_name": 10, "moved": 11}
# How sure each kind is (nlp.extraction.CONFIDENT = 0.75): a capitalised word no list knows is a guess.
CONFIDENCE_OF = {"unlisted": 0.6, "village": 0.6, "the_name": 0.6, "moved": 0.6, "numbered": 0.8, "ordinal": 0.8}


ORDER_WORDS = frozenset("order ordered delivered delivery refund online website app".split())
FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def read_scores(doc: Doc) -> dict:
    return doc.user_data.get(CONFIDENCE) or {}


def find_locations(doc: Doc) -> list[tuple[int, int, str]]:
    text = text_of(doc)
    candidates: list[tuple[int, int, int, str]] = []
    kind_of: dict[tuple[int, int], str] = {}

    def add(kind: str, spans: list[tuple[int, int]]) -> None:
        if spans:
            candidates.extend((start, end, PRIORITY[kind], text[start:end]) for start, end in spans)
            for span in spans:
                kind_of.setdefault(span, kind)  # the first kind added (the surer one) names a span found twice

    add("local", find_local_names(doc))
    add("intersection", find_intersections(text, lower_words(doc)))
    add("block", find_blocks(text))
    add("feature", find_features(text, lower_words(doc)))
    common = common_words()
    add("numbered", find_numbered_names(text, common))
    add("the_name", find_the_names(text, common))
    add("moved", find_moved_to(text, lower_words(doc)))
    present = lower_words(doc)
    words = alpha_words(text) if not present.isdisjoint(anchor_set()) else []
    add("street", find_streets(text, words))
    add("postcode", find_postcodes(text))
    add("road", find_roads(text, present))
    add("named", find_named_places(text, words, present))
    add("zip", find_zips(text))
    add("ordinal", find_ordinal_streets(text))
    location_ends = {end for _, end, _, _ in candidates}
    add("town", find_towns(doc, location_ends))
    add("unlisted", find_unlisted_places(doc, {end for _, end, _, _ in candidates}))
    add("village", find_lower_villages(doc))
    if not candidates:
        return []
    # "the Tesco", "the A38", "the River Brue": when a list or a street rule finds the name after "the", keep
    # that one ("the Bearpit", a guess either way, keeps its "the").
    starts = {start for start, _, priority, _ in candidates if priority != PRIORITY["unlisted"]}
    candidates = [c for c in candidates if c[2] != PRIORITY["the_name"] or c[0] + 4 not in starts]

    if "from" in present and not present.isdisjoint(ORDER_WORDS):
        # "order no 77413209 from argos says delivered": the shop as a seller, not a place
        candidates = [c for c in candidates if not FROM_BEFORE_RE.search(text, 0, c[0])]
    blocked = [(s, e) for s, e, _ in read(doc, PLATES) + read(doc, PHONES) + read(doc, PARTIAL_PLATES)]
    # A street that contains a vehicle word ("Dodge St") beats the vehicle; otherwise the vehicle wins.
    vehicles = read(doc, VEHICLES)
    chosen = pick_longest(candidates, blocked)
    confidence = dict(read_scores(doc))
    scores = confidence[LOCATIONS] = {}
    doc.user_data[CONFIDENCE] = confidence
    for start, end, value in chosen:
        scores[value] = min(scores.get(value, 1.0), CONFIDENCE_OF.get(kind_of[(start, end)], 0.9))
    kept_vehicles = []
    for v_start, v_end, v_text in vehicles:
        if any(start <= v_start and v_end <= end and (end - start) > (v_end - v_start) for start, end, _ in chosen):
            continue
        kept_vehicles.append((v_start, v_end, v_text))
    if len(kept_vehicles) != len(vehicles):
        store(doc, VEHICLES, kept_vehicles)
    vehicle_spans = [(s, e) for s, e, _ in kept_vehicles]
    return [fact for fact in chosen if not any(fact[0] < e and s < fact[1] for s, e in vehicle_spans)]


@Language.component(
    "tip_places",
    # towns.py reads the gazetteer names and strong cue words on behalf of this component
    requires=attrs(GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS, CONFIDENCE, PLATES, PARTIAL_PLATES, PHONES, VEHICLES),
    assigns=attrs(LOCATIONS, VEHICLES, CONFIDENCE) + ["doc.spans"],
)
def place_finder(doc: Doc) -> Doc:
    """Find every kind of place and keep the longest non-overlapping ones; drop the vehicles
    that sit inside a place ("Dodge St").

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.locations set and doc._.vehicles updated.
    """
    store(doc, LOCATIONS, find_locations(doc))
    return doc
