"""The location component: gathers every kind of place and keeps the longest non-overlapping ones."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .address_towns import ends_in_town, towns_after_addresses
from .brands import find_brand_shops
from .bus_routes import bus_route
from .codes import find_postcodes, find_roads, find_zips
from .counties import find_counties
from .cued_lower_streets import find_lower_streets
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
from .feature_places import find_feature_places, find_named_features
from .features import find_features
from .flat_buildings import find_flat_places
from .intersections import find_intersections
from .lexicon import common_words, countries_abroad, gazetteer, stop_words
from .named_places import (
    find_lower_landmarks,
    find_moved_to,
    find_named_places,
    find_the_names,
    find_the_town_names,
    find_the_unknown,
)
from .plate_states import state_codes
from .pubs import find_pubs
from .shops import find_shops
from .spans import lower_words, pick_longest, store, text_of
from .street_names import alpha_words, anchor_set, anchor_words
from .street_towns import towns_after_commas, towns_after_streets
from .streets import (
    find_blocks,
    find_numbered_names,
    find_ordinal_streets,
    find_streets,
    find_welsh_streets,
    with_old,
)
from .town_facilities import with_facilities
from .towns import find_local_names, find_towns, find_unlisted_places
from .villages import TIME_WORDS, compound, find_lower_villages, known_words
from .zip_checks import placed_zips

# Lower number wins between candidates of equal length.
PRIORITY = {"local": 0, "intersection": 1, "block": 1, "street": 2, "postcode": 3, "road": 4, "named": 5, "feature": 5,
            "zip": 6, "town": 7, "numbered": 8, "ordinal": 8, "unlisted": 9, "village": 9, "the_name": 10, "landmark": 10, "moved": 11}
# How sure each kind is (nlp.extraction.CONFIDENT = 0.75): a capitalised word no list knows is a guess.
CONFIDENCE_OF = {"unlisted": 0.6, "village": 0.6, "the_name": 0.6, "landmark": 0.6, "moved": 0.6, "numbered": 0.8, "ordinal": 0.8}

ORDER_WORDS = frozenset("order ordered delivered delivery refund online website app".split())
DRIVE_THRU_RE = re.compile(r"[\s-]+(?:thru|through)\b", re.IGNORECASE)
FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
FLIGHT_BEFORE_RE = re.compile(r"\bflights?(?:\s+(?:no\.?|number|#)?\s*[A-Za-z0-9]{1,7}){0,2}\s+(?:back\s+)?(?:from|to|into)\s+$",
                              re.IGNORECASE)
NAMING_WORDS = frozenset("named called nicknamed calls call goes go going known aka name".split())
NAMED_BEFORE_RE = re.compile(r"(?<!place )(?<!town )(?<!village )(?<!pub )(?<!bar )(?<!club )(?<!shop )(?<!street )"
                             r"(?<!road )(?<!estate )(?<!city )(?<!area )\b(?:named|called|nicknamed|calls\s+(?:himself|herself|themselves)|go(?:es|ing)?\s+by|"
                             r"known\s+as|aka|name(?:\s+(?:is|was)|:)?)\s+(?-i:[A-Z][a-z]+\s+)?$", re.IGNORECASE)   # "my name is Gemma Holt"


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
    add("feature", find_feature_places(text, lower_words(doc)))   # "lake wabana", "skylark farm", "kinver high school"
    common = common_words()
    add("numbered", find_numbered_names(text, common))
    add("the_name", find_the_names(text, common))
    add("the_name", find_the_unknown(text, lower_words(doc)))
    add("the_name", find_the_town_names(text, lower_words(doc)))
    add("landmark", find_lower_landmarks(text, lower_words(doc)) + find_named_features(text, lower_words(doc)))
    add("moved", find_moved_to(text, lower_words(doc)))
    present = lower_words(doc)
    words = alpha_words(text, present) if not present.isdisjoint(anchor_set()) else []
    add("street", with_old(text, find_streets(text, words)))
    add("street", find_lower_streets(text, words))
    add("street", find_welsh_streets(text, known_words(), present))
    add("street", find_flat_places(text, present, gazetteer(), TIME_WORDS))
    add("postcode", find_postcodes(text))
    add("road", find_roads(text, present))
    add("named", find_named_places(text, words, present))
    add("named", find_shops(text, present))
    add("zip", placed_zips(text, find_zips(text)))   # not "serial numbers 44718 and 44719"
    add("ordinal", find_ordinal_streets(text))
    location_ends = {end for _, end, _, _ in candidates}
    add("town", find_towns(doc, location_ends))
    add("unlisted", find_unlisted_places(doc, {end for _, end, _, _ in candidates}))
    add("village", find_lower_villages(doc))
    add("town", find_counties(text, present))   # "in llano county"
    if not candidates and not find_brand_shops(text, present, set()):   # "outside the cenex, ...": a brand alone
        return []
    # "the Tesco", "the A38", "the River Brue": when a list or a street rule finds the name after "the", keep
    # that one ("the Bearpit", a guess either way, keeps its "the").
    starts = {start for start, _, priority, _ in candidates if priority != PRIORITY["unlisted"]}
    candidates = [c for c in candidates if c[2] != PRIORITY["the_name"] or c[0] + 4 not in starts]

    if "drive" in present and not present.isdisjoint(("thru", "through")):
        # "in the taco bell drive thru": the drive-through of a place found on its own ("taco bell"), not a street
        # named Taco Bell Drive ("down oak drive through the estate" stays)
        candidates = [c for c in candidates if not (c[3].lower().endswith("drive") and DRIVE_THRU_RE.match(text, c[1])
                                                    and any(o[0] == c[0] and o[1] < c[1] for o in candidates))]
    if not present.isdisjoint(NAMING_WORDS):
        # "a guy named Cornell", "goes by Lil Dink": a person's name, however like a town it is ("a pub called
        # the Bell", "a village called Priddy" are places)
        candidates = [c for c in candidates if not NAMED_BEFORE_RE.search(text, max(0, c[0] - 36), c[0])]
    if "flight" in present or "flights" in present:
        # "flight BA 2491 from malaga", "my flight to tenerife": where a flight came from or went, not the place
        candidates = [c for c in candidates if not FLIGHT_BEFORE_RE.search(text, max(0, c[0] - 40), c[0])]
    if "from" in present and not present.isdisjoint(ORDER_WORDS):
        # "order no 77413209 from argos says delivered": the shop as a seller, not a place
        candidates = [c for c in candidates if not FROM_BEFORE_RE.search(text, 0, c[0])]
    # "i was in spain then", "an officer in syria": a country abroad is no place an officer can go
    candidates = [c for c in candidates if c[3].lower() not in countries_abroad() and not bus_route(text, present, c[0], c[1])]
    blocked = [(s, e) for s, e, _ in read(doc, PLATES) + read(doc, PHONES) + read(doc, PARTIAL_PLATES)]
    # A street that contains a vehicle word ("Dodge St") beats the vehicle; otherwise the vehicle wins.
    vehicles = read(doc, VEHICLES)
    picked = pick_longest(candidates, blocked)
    areas = areas_after_streets(text, picked, kind_of, common) + towns_after_addresses(text, picked)   # "9 x rd edgemont"
    towns = towns_after_streets(text, [(s, e) for s, e, _ in picked if kind_of.get((s, e)) in STREET_KINDS],
                                anchor_words()[0]) + towns_after_commas(text, [(s, e) for s, e, _ in picked], present)
    starts = {s for s, _, _ in picked}   # "the tops in cortland": a chain's branch; "the feathers in ledbury": a pub
    shops = find_brand_shops(text, present, starts) + find_pubs(text, present, starts)
    if areas or towns or shops:
        kept = [c for c in candidates if not any(c[0] < e and s < c[1] for s, e in shops)]
        picked = pick_longest(kept + [(s, e, PRIORITY["village"], text[s:e]) for s, e in areas + towns]
                              + [(s, e, PRIORITY["named"], text[s:e]) for s, e in shops], blocked)
        for span in shops:
            kind_of[span] = "named"   # a shop, though the gazetteer has a town of its name ("holiday")
        for span in areas:
            kind_of.setdefault(span, "village")
        for span in towns:
            kind_of.setdefault(span, "town" if text[span[0]:span[1]].lower() in gazetteer() else "village")
    chosen = split_trailing_towns(text, split_between(text, picked))
    for start, end, _ in chosen:   # a part of a split place is as sure as the place
        if (start, end) not in kind_of:
            kind_of[(start, end)] = next(kind_of[(s, e)] for s, e, _ in picked if s <= start and end <= e)
    chosen = with_facilities(text, chosen, kind_of, TOWN_KINDS)   # "galashiels bus station"
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


BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
BETWEEN_JOIN_RE = re.compile(r"\s+(?:and|n)\s+|\s*&\s*", re.IGNORECASE)
BARE_ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.IGNORECASE)


def split_between(text: str, spans: list) -> list:
    """"between ralph ave and crums ln", "between hawick and denholm": the two ends of a stretch are two
    places, not a corner. Two bare ordinals stay one span ("Pine St between 2nd and 3rd": the block)."""
    out = []
    for start, end, value in spans:
        joins = list(BETWEEN_JOIN_RE.finditer(text, start, end))
        if len(joins) != 1 or not BETWEEN_BEFORE_RE.search(text, max(0, start - 12), start):
            out.append((start, end, value))
            continue
        join = joins[0]
        left, right = text[start:join.start()], text[join.end():end]
        if not left.strip() or not right.strip() or (BARE_ORDINAL_RE.fullmatch(left) and BARE_ORDINAL_RE.fullmatch(right)):
            out.append((start, end, value))
            continue
        out.extend(((start, join.start(), left), (join.end(), end, right)))
    return out


def split_trailing_towns(text: str, spans: list) -> list:
    """A street and the town after it, texted with no comma, are two places: "moorings way southsea",
    "19 denman street east radford", "block c sneinton"; a US state after a town is dropped ("opp alabama").
    Only when the part before the town ends with a street word (and perhaps a direction: "denman street east")
    or is a block ("block c"), or in lower case with a landmark word ("st marys church caldicot"), the town is a
    listed, unambiguous name, and the whole is not a listed place."""
    places = gazetteer()
    states = state_codes()
    streets, landmark_words = anchor_words()
    out = []
    for start, end, value in spans:
        words = value.split()
        if len(words) < 2 or value.lower() in places or text[start:end] != value:
            out.append((start, end, value))
            continue
        if words[-1].lower() in states and words[-2].lower() not in NOT_BEFORE_STATE and (
                len(words[-1]) > 2 or " ".join(words[:-1]).lower() in places):
            head = len(words) - 1          # "opp alabama", "dundalk md": the town alone
            town = None
        else:
            head = town = next((len(words) - size for size in (2, 1) if len(words) - size >= 1
                                and ends_in_town(words, size, places, trailing_town, streets)
                                and " ".join(words[-size - 1:]).lower() not in places   # "... in st| albans"
                                and (street_ending(words[:len(words) - size], streets | PLACE_ENDS | (
                                    landmark_words if value.islower() else frozenset()))   # not "Bristol Temple| Meads"
                                     or unlisted_street(words[:len(words) - size]))), None)
            if head is None:   # "17 fishpool st in st albans": a street, "in" and a listed town
                town = next((len(words) - size for size in (2, 1) if len(words) - size >= 3
                             and words[-size - 1].lower() == "in" and places.get(" ".join(words[-size:]).lower()) is False
                             and street_ending(words[:len(words) - size - 1], streets)), None)
                head = town - 1 if town is not None else None
        if head is None:
            out.append((start, end, value))
            continue
        head_end = start + len(" ".join(words[:head]))
        out.append((start, head_end, text[start:head_end]))
        if town is not None:
            town_start = text.index(words[town], head_end)
            out.append((town_start, end, text[town_start:end]))
    return out


# A state's name after these is a street's ("e michigan ave & n pennsylvania", "w warren / wyoming"), not the state.
NOT_BEFORE_STATE = frozenset(("of", "in", "&", "/", "and", "at", "n", "s", "e", "w"))
AREA_AFTER_RE = re.compile(r"\s*,?\s+(?:(?:up|down|over|out|round)\s+)?in\s+(?:the\s+)?([a-z][a-z'\-]{2,})(?:\s+([a-z][a-z'\-]{2,}))?\b")
AREA_WORDS = frozenset("heights hills hill park village town city beach end side springs gardens estate vale".split())
TOWN_KINDS = frozenset(("town", "village", "unlisted", "local"))
STREET_KINDS = frozenset(("street", "block", "intersection", "named", "numbered", "ordinal", "road"))


def areas_after_streets(text: str, picked: list, kind_of: dict, common: frozenset[str]) -> list[tuple[int, int]]:
    """"on dale st in frogtown", "4500 block of 54th st in city heights", "the vons on university ave in ocean
    beach": a lower-case name after a street and "in" is the area it is in (a guess). One word no dictionary
    holds, or two whose last is an area word ("heights", "beach", "park")."""
    stops = stop_words()
    found = []
    for start, end, _ in picked:
        if kind_of.get((start, end)) not in STREET_KINDS:
            continue
        match = AREA_AFTER_RE.match(text, end)
        if match is None:
            continue
        first, second = match.group(1), match.group(2)
        if second and second in AREA_WORDS and first not in stops:
            found.append((match.start(1), match.end(2)))
        elif first not in common and first not in stops and (second is None or second in stops or second in common):
            found.append(match.span(1))
    return found


# A named landmark ends with these as a street ends with its street word: "vulcan park", "the old bridge".
PLACE_ENDS = frozenset(("park", "bridge"))


def trailing_town(words: list[str], places: dict[str, bool]) -> bool:
    """The last words of a place that may be a town after a street: a listed, unambiguous name ("southsea"),
    or one lower-case word that no word list or dictionary knows ("harlescott": a suburb no list has)."""
    name = " ".join(words).lower()
    if places.get(name) is False:
        return True
    word = words[0]
    return len(words) == 1 and word.isalpha() and word.islower() and len(word) >= 5 and word not in known_words() \
        and name not in places and not (word.endswith("s") and word[:-1] in known_words()) \
        and not (word.endswith("in") and word + "g" in known_words()) \
        and not compound(word, known_words())   # "tryin": a verb with its g dropped, as villages.unknown_lowered


def street_ending(words: list[str], streets: frozenset[str]) -> bool:
    """"19 denman street", "denman street east", "block c": a street's end, after which a town may follow."""
    lowered = [w.lower().rstrip(".,") for w in words]
    if len(lowered) >= 2 and lowered[-1] in DIRECTIONS:
        lowered = lowered[:-1]
    if len(lowered) == 2 and lowered[0] in ("block", "blk", "flat", "unit") and len(lowered[1]) <= 2:
        return True
    return len(lowered) >= 2 and (lowered[-1] in streets or misspelt_street_word(lowered[-1], streets))


def unlisted_street(words: list[str]) -> bool:
    """"wide bargate", "castle foregate": two or more lower-case words ending in a name no dictionary or list
    knows, a street named without a street word (a listed town after it is split off: "wide bargate boston")."""
    last = words[-1]
    return len(words) >= 2 and last.isalpha() and last.islower() and len(last) >= 5 and last not in known_words() \
        and last not in gazetteer() and not compound(last, known_words())


@lru_cache(maxsize=4096)
def misspelt_street_word(word: str, streets: frozenset[str]) -> bool:
    """"stret", "raod", "stree", "avenu": a street word of four letters or more with one letter left out or two
    side by side swapped (the learned tagger reads such words as street words; the town after one is split off)."""
    if len(word) < 3 or not word.isalpha() or word in known_words():
        return False
    for street in streets:
        if len(street) < 4 or abs(len(street) - len(word)) > 1 or street[0] != word[0]:
            continue
        if len(street) == len(word) + 1 and any(street[:i] + street[i + 1:] == word for i in range(1, len(street))):
            return True
        if len(street) == len(word) and sorted(street) == sorted(word) \
                and sum(a != b for a, b in zip(street, word)) == 2 \
                and any(street[:i] + street[i + 1] + street[i] + street[i + 2:] == word for i in range(1, len(street) - 1)):
            return True
    return False


DIRECTIONS = frozenset(("north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw", "northeast",
                        "northwest", "southeast", "southwest"))


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
