"""Vehicles: colour + make + model (+ trim/body type), assembled from cue-matcher parts (cues.py).

patterns/vehicles.jsonl labels words COLOUR, MAKE, MODEL and VTYPE; pattern id
"ambiguous" marks makes/models that are also everyday words ("Focus", "Ranger",
"Smart"): those count only next to another vehicle word.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .coloured_words import coloured_words
from .doc_attrs import CONFIDENCE, PARTIAL_PLATES, PLATES, TIMES, VEHICLE_PARTS, VEHICLES, attrs, read
from .equipment import about_a_bicycle, equipment_words_at, is_equipment, only_bicycle_makes
from .hedges import hedged_scores
from .lexicon import DATA_DIR, common_words, lexicon, short_words, stop_words
from .model_words_as_words import without_word_names
from .partial_plates import FRONT_HALF_MARKED_RE
from .plate_states import state_codes
from .spans import overlaps, scores_of, store, store_scores, text_of
from .times import DAYS
from .vehicle_state_tails import without_plate_state

# A trim or model number right after a make/model: "Silverado 2500", "Camry XSE", "520d", "F-150", "2500HD".
TRIM_RE = re.compile(r"^(?:\d{2,4}[A-Za-z]{0,3}|[A-Z]{2,4}|[A-Z]{1,2}-?\d{1,3}[a-z]?|Sport|Limited|Hybrid|Turbo)$")
# Trims people text in lower case: "golf gti", "fiesta st", "mini cooper", "golf r"; and two-word ones:
# "merc a class", "civic type r", "a3 s line", "bmw m sport".
LOWER_TRIMS = frozenset("gti gtd gte gt st rs vrs fr sri gsi xr2 xr3 xr3i amg tdi tsi cooper sport turbo r s".split())
TWO_WORD_TRIMS = {"class": frozenset("a b c e g s v x m".split()), "r": frozenset(["type"]), "s": frozenset(["type", "cooper"]),
                  "line": frozenset(["s", "r", "gt"]), "sport": frozenset(["m"]), "series": frozenset("1 2 3 4 5 6 7 8".split())}
# A model code as people text it, in any case, after a make or model: "audi a1", "lexus is250", "volvo xc60",
# "chevy s10", "golf mk3", "bmw i8" (letters then digits; TRIM_RE holds the upper-case and digit-first shapes).
MODEL_CODE_RE = re.compile(r"^[A-Za-z]{1,3}-?\d{1,4}[A-Za-z]{0,2}$")
PLATE_YEAR_AFTER = frozenset("reg plate plates registration".split())   # "an R reg corsa": the plate's year letter


def trim_length(doc: Doc, index: int) -> int:
    """How many tokens from doc[index] are a trim written in lower case (0, 1 or 2); a trim of two letters or
    more in any case ("Corsa SRi", "Sportage GT Line"), and "R" unless a plate's year letter ("a golf R", not "R reg")."""
    first = doc[index].lower_
    if index + 1 < len(doc) and first in TWO_WORD_TRIMS.get(doc[index + 1].lower_, ()):
        return 2
    if first == "r" and doc[index].text == "R":
        return 0 if index + 1 < len(doc) and doc[index + 1].lower_ in PLATE_YEAR_AFTER else 1
    return 1 if first in LOWER_TRIMS and (doc[index].is_lower or len(first) > 1) else 0


def not_a_trim(doc: Doc, index: int) -> bool:
    """A state or country written beside the plate ("tan buick enclave TN tag ...", "insignia NI reg"), or the
    letters that start a plate ("nissan rogue BCK 4412"), or the front half of a UK plate marked as cut off ("astra
    MT12 ... no MT13 FPE", even when taken back and no plate piece any more): never part of the vehicle."""
    token = doc[index]
    return token.lower_ in state_codes() or token.text in NOT_TRIMS or (
        token.is_upper and token.is_alpha and len(token) >= 3 and index + 1 < len(doc) and doc[index + 1].text[:1].isdigit()) or (
        token.is_upper and len(token) == 4 and FRONT_HALF_MARKED_RE.match(text_of(doc), token.idx) is not None)


def unlisted_model(doc: Doc, index: int) -> bool:
    """A word right after a make that is no dictionary word, state, day ("sat" outside) or street word ("rd"),
    nor one with its g dropped ("doin", "drivin"), is the model no list holds yet ("toyota avensis", "buick
    lesabre", "honda trx"): a make is written before its model."""
    token = doc[index]
    lowered = token.lower_
    return token.is_alpha and len(lowered) >= 2 and not token.is_upper and lowered not in common_words() \
        and not (lowered.endswith("in") and lowered + "g" in common_words()) \
        and lowered not in stop_words() and lowered not in state_codes() and lowered not in DAYS \
        and lowered not in short_words() and lowered not in street_suffixes()  # the word list holds 4+ letters only


@lru_cache(maxsize=None)
def model_words() -> tuple[frozenset[str], frozenset[str]]:
    """(models named by an everyday word, "note", "grand prix"; trim words, "estate") from nlp/data/en/vehicle_models.json."""
    data = json.loads((DATA_DIR / "en" / "vehicle_models.json").read_text(encoding="utf-8"))
    return frozenset(data["models_named_by_words"]), frozenset(data["trims"])


def word_model_length(doc: Doc, index: int) -> int:
    """How many tokens from doc[index] are a model named by everyday words ("note", "town and country"), 0 if none."""
    models = model_words()[0]
    for length in (3, 2, 1):
        if index + length <= len(doc) and doc[index:index + length].text.lower() in models:
            return length
    return 0


def hyphened_model_length(doc: Doc, index: int) -> int:
    """"vw t-roc", "isuzu d-max", "nissan x-trail": a letter or two, a hyphen and a word (3 tokens), else 0."""
    if index + 2 < len(doc) and doc[index].is_alpha and len(doc[index]) <= 2 and doc[index + 1].text == "-" \
            and doc[index + 2].is_alpha and doc[index + 1].idx == doc[index].idx + len(doc[index]):
        return 3
    return 0


@lru_cache(maxsize=None)
def street_suffixes() -> frozenset[str]:
    """"st", "rd", "ave": after "plymouth" or "dodge" they make a street, not a model."""
    return frozenset(word.rstrip(".") for word in lexicon()["street_suffixes"] | lexicon()["ambiguous_street_suffixes"])


def model_length(doc: Doc, index: int, after_make: bool) -> int:
    """How many tokens from doc[index] finish the vehicle named just before: a model the lists lack (after a
    make only), a model code or trim ("a1", "gti", "1 series", "SE"), and one more trim after that ("trx 420")."""
    taken = 0
    for step in range(2):
        at = index + taken
        if at >= len(doc) or not_a_trim(doc, at):
            break
        token = doc[at]
        if trim_length(doc, at) == 2:
            taken += 2  # "GT Line", "type r": before TRIM_RE takes "GT" alone
        elif TRIM_RE.match(token.text) or MODEL_CODE_RE.match(token.text) or token.lower_ in model_words()[1] \
                or lone_model_digit(doc, at):
            taken += 1
        elif length := trim_length(doc, at):
            taken += length
        elif step == 0 and after_make and (length := word_model_length(doc, at) or hyphened_model_length(doc, at)
                                           or unlisted_model(doc, at)):
            taken += length
        else:
            break
    return taken


COUNT_AFTER = frozenset("of or to more other others hundred thousand".split())   # "astra 4 of them": a count


def lone_model_digit(doc: Doc, index: int) -> bool:
    """"mazda 6, same car", "mazda 2 heading north": one digit after a model is its number when no noun it counts
    follows ("a focus 2 lads in it", "golf 3 doors down"): the text ends, a punctuation mark or a verb ends the
    vehicle, or a stop word starts the next phrase."""
    token = doc[index]
    if not (len(token.text) == 1 and token.text.isdigit()):
        return False
    if index + 1 >= len(doc):
        return True
    following = doc[index + 1]
    return following.is_punct and following.text != "." or (
        following.lower_ in STOP_WORDS and following.lower_ not in COUNT_AFTER) or (
        following.is_lower and following.is_alpha and following.lower_.endswith(("ing", "ed")))


JOINERS = frozenset(["/", "-", "and", "&"])
COLOURED = frozenset("colored coloured colour color".split())
# the wear on the paint, not its colour: left out before a colour ("rusty" is read as a colour where it is the only one)
WORN_COLOURS = frozenset(("rusty",))
NOT_COLOURS = frozenset({("ice", "cream")})
NOT_TRIMS = frozenset("NI UK GB ROI".split())
# "silver ford mondeo taxi": the use, not the body; the guide labels "silver ford mondeo".
USE_WORDS = frozenset("taxi cab".split())


def vehicle_groups(doc: Doc) -> list[list]:
    """Runs of adjacent vehicle words (a colour pair may be joined by / - and &)."""
    groups: list[list] = []
    parts = read(doc, VEHICLE_PARTS)
    for span in sorted(filter_spans(parts + coloured_words(doc, parts)), key=lambda s: s.start):
        if span.label_ == "COLOUR" and span.start and (doc[span.start - 1].lower_, span.text.lower()) in NOT_COLOURS:
            continue  # "the ice cream van": a kind of van, not a cream one
        if groups:
            last = groups[-1][-1]
            gap = doc[last.end:span.start]
            if span.start == last.end or (
                len(gap) == 1 and gap[0].lower_ in JOINERS and last.label_ == "COLOUR" and span.label_ == "COLOUR"
            ) or (len(gap) == 1 and gap[0].lower_ in COLOURED and last.label_ == "COLOUR"):   # "dark colored sedan"
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
    return "COLOUR" in labels and "VTYPE" in labels  # "silver car", "dark car" (ANNOTATION.md) as "white van"


# Water words: in a text about water, "the ford" is the river crossing, not the make
WATER_WORDS = frozenset("water waters flood flooded flooding floods river stream brook wade wading swept current".split())


def is_a_ford_crossing(doc: Doc, group: list) -> bool:
    """"crashed in the ford, water rising", "through the old ford": "ford" alone after "the" (and maybe "old"), in a text
    that speaks of water, is a shallow river crossing."""
    if len(group) != 1 or group[0].text.lower() != "ford" or group[0].end < len(doc) and doc[group[0].end].is_alpha \
            and doc[group[0].end].lower_ not in STOP_WORDS:
        return False   # "the ford transit", "the ford focus": the make with its model
    before = [token.lower_ for token in doc[max(0, group[0].start - 2):group[0].start]]
    return bool(before) and (before[-1] == "the" or before[-2:] == ["the", "old"]) \
        and any(token.lower_ in WATER_WORDS for token in doc)


def find_vehicles(doc: Doc) -> list[tuple[int, int, str]]:
    if not read(doc, VEHICLE_PARTS):
        return []
    # never swallow a plate, a part plate ("white vw transporter GX19 or GX16 something") or a time
    blocked = [(s, e) for s, e, _ in read(doc, PLATES) + read(doc, PARTIAL_PLATES) + read(doc, TIMES)]
    text = text_of(doc)
    machines = equipment_words_at(text.lower())   # "generator", "outboard", "mower": a make there names a machine
    found = []
    for group in vehicle_groups(doc):
        while group and group[-1].label_ == "COLOUR":
            group = group[:-1]  # "Yamaha black" keeps only the make
        if len(group) > 1 and group[0].text.lower() in WORN_COLOURS and group[1].label_ == "COLOUR":
            group = group[1:]  # "a rusty red transit" gives "red transit" (ANNOTATION.md, decided at stop 33)
        group = without_word_names(doc, group) if group else group  # "white polo shirt", "quad bikes up the path"
        if not group or not is_vehicle(group):
            continue
        if only_bicycle_makes([span.text for span in group if span.label_ in ("MAKE", "MODEL")]) and \
                about_a_bicycle(text.lower()):
            continue   # "my stolen trek bike", "red specialized rockhopper": a pedal bike (equipment.py)
        if len(group) > 1 and group[-1].text.lower() in USE_WORDS and any(
                span.label_ in ("MAKE", "MODEL") for span in group):
            group = group[:-1]
        group = without_plate_state(doc, group)   # "audi a4 colorado plate BQK-H44": the plate's state
        end_token = group[-1].end
        if group[-1].label_ == "MAKE" and end_token < len(doc) and doc[end_token].lower_ in street_suffixes() and \
                all(span.label_ == "MAKE" for span in group):
            continue   # "ford st", "dodge rd": a make named a street (a trim follows a model: "fiesta st")
        if is_a_ford_crossing(doc, group):
            continue   # "stuck in the water at the ford": a river crossing
        if group[-1].label_ in ("MAKE", "MODEL"):
            end_token += model_length(doc, end_token, group[-1].label_ == "MAKE")
        start_char = group[0].start_char
        end_char = doc[end_token - 1].idx + len(doc[end_token - 1].text)
        while end_char > start_char and overlaps(start_char, end_char, blocked):
            end_token -= 1  # never swallow a plate or a time
            end_char = doc[end_token - 1].idx + len(doc[end_token - 1].text)
        if machines and is_equipment(text.lower(), start_char, end_char, [span.label_ for span in group], machines):
            continue   # "stolen generator, yellow honda": a machine, not a vehicle
        if end_char > start_char:
            found.append((start_char, end_char, text[start_char:end_char]))
    return found


@Language.component("tip_vehicles", requires=attrs(VEHICLE_PARTS, PLATES, PARTIAL_PLATES, TIMES, CONFIDENCE),
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
