"""The location component: gathers every kind of place and keeps the longest non-overlapping ones."""
from __future__ import annotations

from spacy.tokens import Doc

from .codes import find_postcodes, find_roads, find_zips
from .spans import facts, pick_longest, store, text_of
from .streets import alpha_words, find_intersections, find_named_places, find_streets
from .towns import find_towns, find_unlisted_places

# Lower number wins between candidates of equal length.
PRIORITY = {"intersection": 0, "street": 1, "postcode": 2, "road": 3, "named": 4, "zip": 5, "town": 6, "unlisted": 7}


def find_locations(doc: Doc) -> list[tuple[int, int, str]]:
    text = text_of(doc)
    candidates: list[tuple[int, int, int, str]] = []

    def add(kind: str, spans: list[tuple[int, int]]) -> None:
        if spans:
            candidates.extend((start, end, PRIORITY[kind], text[start:end]) for start, end in spans)

    add("intersection", find_intersections(text))
    words = alpha_words(text)
    add("street", find_streets(text, words))
    add("postcode", find_postcodes(text))
    add("road", find_roads(text))
    add("named", find_named_places(text, words))
    add("zip", find_zips(text))
    location_ends = {end for _, end, _, _ in candidates}
    add("town", find_towns(doc, location_ends))
    add("unlisted", find_unlisted_places(doc, [(c[0], c[1]) for c in candidates]))
    if not candidates:
        return []

    blocked = [(s, e) for s, e, _ in facts(doc, "plates") + facts(doc, "phones") + facts(doc, "partial_plates")]
    # A street that contains a vehicle word ("Dodge St") beats the vehicle; otherwise the vehicle wins.
    vehicles = facts(doc, "vehicles")
    chosen = pick_longest(candidates, blocked)
    kept_vehicles = []
    for v_start, v_end, v_text in vehicles:
        if any(start <= v_start and v_end <= end and (end - start) > (v_end - v_start) for start, end, _ in chosen):
            continue
        kept_vehicles.append((v_start, v_end, v_text))
    if len(kept_vehicles) != len(vehicles):
        store(doc, "vehicles", kept_vehicles)
    vehicle_spans = [(s, e) for s, e, _ in kept_vehicles]
    return [fact for fact in chosen if not any(fact[0] < e and s < fact[1] for s, e in vehicle_spans)]


def place_finder(doc: Doc) -> Doc:
    store(doc, "locations", find_locations(doc))
    return doc
