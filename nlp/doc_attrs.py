"""What the pipeline components leave on a Doc, and under which names.

Each component keeps its output in doc.user_data[NAME] (per Doc: threads share nothing):
- facts, as (start_char, end_char, value) triples in text order: PHONES, TIMES, PLATES,
  PARTIAL_PLATES, VEHICLES, LOCATIONS;
- cue matches (cues.py): Spans in VEHICLE_PARTS, TIME_PARTS and URGENCY_CUES; (start, end)
  token offsets in GAZETTEER_NAMES and STRONG_CUE_WORDS;
- URGENT_REASON: a short reason, or None when the text is not urgent.

Every name is also a Doc extension, doc._.<name>, reading and writing that user_data entry
(None until a component has set it). That lets the components declare what they `requires`
and `assigns` as spaCy does ("doc._.plates", see `attrs`), and lets callers read results the
spaCy way. The components themselves go through doc.user_data: doc._.x builds an Underscore
object on every access (~2.5 us against ~0.1 us for the dict), and one text takes ~45 accesses:
through doc._ they would add ~0.1 ms to a ~0.3 ms extract().
"""
from __future__ import annotations

from spacy.tokens import Doc

PHONES = "phones"
TIMES = "times"
PLATES = "plates"
PARTIAL_PLATES = "partial_plates"
VEHICLES = "vehicles"
LOCATIONS = "locations"
URGENT_REASON = "urgent_reason"
PEOPLE = "people"
PLATE_STATES = "plate_states"      # {plate: "PA"}: a US state written beside the plate (plates.py)
CONFIDENCE = "confidence"          # {field: {value: 0..1}}: facts that are guesses score below CONFIDENT

VEHICLE_PARTS = "vehicle_parts"
TIME_PARTS = "time_parts"
URGENCY_CUES = "urgency_cues"
GAZETTEER_NAMES = "gazetteer_names"
LOCAL_NAMES = "local_names"        # names from nlp/data/local_names/*.txt (a force's nicknames)
STRONG_CUE_WORDS = "strong_cue_words"

EXTENSIONS = (PHONES, TIMES, PLATES, PARTIAL_PLATES, VEHICLES, LOCATIONS, URGENT_REASON, PEOPLE, PLATE_STATES, CONFIDENCE,
              VEHICLE_PARTS, TIME_PARTS, URGENCY_CUES, GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS)

# Per-Doc scratch, not component output, so no extensions: the text, kept because spaCy rebuilds
# doc.text from the tokens on every access; the flag `extract` sets on the Docs it throws away
# after reading the facts (no doc.spans mirror for them, see spans.py); and the text's lower-case
# words, which several components test before running a regex that needs one of them.
TEXT = "text"
FAST = "fast"
LOWER_WORDS = "lower_words"  # the set of lower-case letter runs of the text, for cheap "is this word here" checks


def attrs(*names: str) -> list[str]:
    """spaCy attribute strings for a component's `requires`/`assigns`: attrs(PLATES) -> ["doc._.plates"]."""
    return [f"doc._.{name}" for name in names]


def read(doc: Doc, name: str) -> list:
    """What an earlier component stored under `name` ([] when nothing was stored)."""
    return doc.user_data.get(name, [])


def _register_extensions() -> None:
    for name in EXTENSIONS:
        # force: the getter and setter only ever touch user_data[name], so registering twice is harmless
        Doc.set_extension(name, getter=lambda doc, name=name: doc.user_data.get(name),
                          setter=lambda doc, value, name=name: doc.user_data.__setitem__(name, value), force=True)


_register_extensions()
