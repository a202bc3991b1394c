"""Vehicles: colour + make + model (+ trim/body type), assembled from cue-matcher parts (cues.py).

patterns/vehicles.jsonl labels words COLOUR, MAKE, MODEL and VTYPE; pattern id
"ambiguous" marks makes/models that are also everyday words ("Focus", "Ranger",
"Smart"): those count only next to another vehicle word.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .doc_attrs import CONFIDENCE, PLATES, TIMES, VEHICLE_PARTS, VEHICLES, attrs, read
from .hedges import hedged_scores
from .spans import overlaps, scores_of, store, store_scores, text_of

# A trim or model number right after a make/model: "Silverado 2500", "Camry XSE", "520d", "F-150", "2500HD".
TRIM_RE = re.compile(r"^(?:\d{2,4}[A-Za-z]{0,3}|[A-Z]{2,4}|[A-Z]{1,2}-?\d{1,3}[a-z]?|Sport|Limited|Hybrid|Turbo)$")
# Trims people text in lower case: "golf gti", "fiesta st", "mini cooper", "golf r"; and two-word ones:
# "merc a class", "civic type r", "a3 s line", "bmw m sport".
LOWER_TRIMS = frozenset("gti gtd gte gt st rs vrs fr sri gsi xr2 xr3 xr3i amg tdi tsi cooper sport turbo r s".split())
TWO_WORD_TRIMS = {"class": frozenset("a b c e g s v x m".split()), "r": frozenset(["type"]), "s": frozenset(["type", "cooper"]),
                  "line": frozenset(["s", "r"]), "sport": frozenset(["m"])}


def trim_length(doc: Doc, index: int) -> int:
    """How many tokens from doc[index] are a trim written in lower case (0, 1 or 2)."""
    first = doc[index].lower_
    if index + 1 < len(doc) and first in TWO_WORD_TRIMS.get(doc[index + 1].lower_, ()):
        return 2
    return 1 if first in LOWER_TRIMS and doc[index].is_lower else 0
JOINERS = frozenset(["/", "-", "and", "&"])
STATE_ABBREVIATIONS = frozenset("MD NJ PA NY CT DE VA OH FL TX CA GA NC SC MA MI IL DC UK GB".split())


def vehicle_groups(doc: Doc) -> list[list]:
    """Runs of adjacent vehicle words (a colour pair may be joined by / - and &)."""
    groups: list[list] = []
    for span in sorted(filter_spans(read(doc, VEHICLE_PARTS)), key=lambda s: s.start):
        if groups:
            last = groups[-1][-1]
            gap = doc[last.end:span.start]
            if span.start == last.end or (
                len(gap) == 1 and gap[0].lower_ in JOINERS and last.label_ == "COLOUR" and span.label_ == "COLOUR"
            ):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


# Body types that say only "a vehicle": a colour before one is no description an officer can use ("silver car",
# "dark car"), and an ambiguous name before one is usually a word ("smashing up cars").
GENERIC_TYPES = frozenset("car cars vehicle vehicles motor motors".split())


def is_vehicle(group: list) -> bool:
    labels = [span.label_ for span in group]
    named = [span for span in group if span.label_ in ("MAKE", "MODEL")]
    if any(span.id_ != "ambiguous" for span in named):
        return True
    specific_type = any(span.label_ == "VTYPE" and span.text.lower() not in GENERIC_TYPES for span in group)
    if named:  # only ambiguous names: need support from a colour, body type or a second name
        return len(named) > 1 or "COLOUR" in labels or specific_type
    return "COLOUR" in labels and specific_type


def find_vehicles(doc: Doc) -> list[tuple[int, int, str]]:
    if not read(doc, VEHICLE_PARTS):
        return []
    blocked = [(s, e) for s, e, _ in read(doc, PLATES) + read(doc, TIMES)]
    text = text_of(doc)
    found = []
    for group in vehicle_groups(doc):
        while group and group[-1].label_ == "COLOUR":
            group = group[:-1]  # "Yamaha black" keeps only the make
        if not group or not is_vehicle(group):
            continue
        end_token = group[-1].end
        if group[-1].label_ in ("MAKE", "MODEL") and end_token < len(doc):
            following = doc[end_token]
            if TRIM_RE.match(following.text) and following.text not in STATE_ABBREVIATIONS:
                end_token += 1
            else:
                end_token += trim_length(doc, end_token)
        start_char = group[0].start_char
        end_char = doc[end_token - 1].idx + len(doc[end_token - 1].text)
        while end_char > start_char and overlaps(start_char, end_char, blocked):
            end_token -= 1  # never swallow a plate or a time
            end_char = doc[end_token - 1].idx + len(doc[end_token - 1].text)
        if end_char > start_char:
            found.append((start_char, end_char, text[start_char:end_char]))
    return found


@Language.component("tip_vehicles", requires=attrs(VEHICLE_PARTS, PLATES, TIMES, CONFIDENCE),
                    assigns=attrs(VEHICLES, CONFIDENCE) + ["doc.spans"])
def vehicle_finder(doc: Doc) -> Doc:
    """Assemble vehicles from the cue matcher's parts, never swallowing a plate or a time.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.vehicles set.
    """
    vehicles = find_vehicles(doc)
    store(doc, VEHICLES, vehicles)
    hedged = hedged_scores(text_of(doc), vehicles, None) if vehicles else {}
    if hedged:   # "a red fiesta maybe": kept, but below CONFIDENT, so the tip flow never says it back as got
        store_scores(doc, VEHICLES, {**scores_of(doc, VEHICLES), **hedged})
    return doc
