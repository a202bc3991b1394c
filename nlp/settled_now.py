"""A bare "now" in a text that reports nothing happening now describes a state, not when the event happened.

nlp/devset/ANNOTATION.md labels "now" only when it places the event ("theyre outside the house now"); in a
report of something over ("hes at the er now", "power back on now", "now shes stopped answering", "can i
still report it now") it says how things stand. The urgency judge is the extractor's reading of whether
something is happening now, so it runs first (it reads the "now" as a cue) and this drops the bare "now"
from the times of a text it did not call urgent (dev: 39 such "now" unlabelled, 2 labelled). "right now",
"just now" and clock times are left alone: they place an event even in a calm report. So is the "now" of car doors
being tried (urgency_car_doors.py, stop 38): the event goes on now; it is calm only because nobody is in danger.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import TIMES, URGENT_REASON, attrs, read
from .spans import store, text_of
from .urgency_car_doors import car_doors_only

# Spanish "ahora" alike ("pague y ahora me piden $300", "y ahora no contesta"): the scam's or story's next step
BARE_NOWS = frozenset(("now", "ahora"))


@Language.component("tip_settled_now", requires=attrs(TIMES, URGENT_REASON), assigns=attrs(TIMES) + ["doc.spans"])
def settled_now(doc: Doc) -> Doc:
    """Drop a bare "now" from doc._.times when the text was not judged urgent.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, doc._.times without a state "now".
    """
    times = read(doc, TIMES)
    if times and read(doc, URGENT_REASON) is None and any(value.lower() in BARE_NOWS for _, _, value in times) and \
            not car_doors_only(text_of(doc).lower()):
        store(doc, TIMES, [fact for fact in times if fact[2].lower() not in BARE_NOWS])
    return doc
