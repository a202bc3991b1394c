"""The spaCy pipeline: built once per process, on first use.

spacy.blank("en") (or the statistical pipeline named by NLP_SPACY_MODEL, if it is
installed) + one PhraseMatcher component for the cue words in nlp/patterns/*.jsonl
(cues.py) + rule components that turn matches and regex hits into facts with
character offsets.
"""
from __future__ import annotations

import os
import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extraction import Extraction
from . import cues  # noqa: F401  (registers the tip_cues factory)
from .phones import phone_finder
from .places import place_finder
from .plates import normalise, plate_finder
from .spans import FAST
from .times import time_finder
from .urgency import urgency_judge
from .vehicles import vehicle_finder

MAX_CHARS = 2000  # longer texts are cut: SMS concatenation tops out well below this
COMPONENTS = (("tip_phones", phone_finder), ("tip_times", time_finder), ("tip_plates", plate_finder),
              ("tip_vehicles", vehicle_finder), ("tip_places", place_finder), ("tip_urgency", urgency_judge))

for _name, _func in COMPONENTS:
    Language.component(_name, func=_func)

_pipeline: Language | None = None
_lock = threading.Lock()


def base_pipeline() -> Language:
    """A blank English pipeline, or a statistical one when configured and installed (never downloaded)."""
    model = os.environ.get("NLP_SPACY_MODEL")
    if model:
        try:
            return spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError:
            pass  # not installed: the rules work on the blank pipeline alone
    return spacy.blank("en")


def build_pipeline() -> Language:
    nlp = base_pipeline()
    nlp.add_pipe("tip_cues")
    for name, _ in COMPONENTS:
        nlp.add_pipe(name)
    nlp("warm up 5th and Main St, tag ABC1234, in Reading 19140")  # loads the lazily read word lists now
    return nlp


def get_pipeline() -> Language:
    """The process-wide pipeline; the first call builds it (thread-safe)."""
    global _pipeline
    if _pipeline is None:
        with _lock:
            if _pipeline is None:
                _pipeline = build_pipeline()
    return _pipeline


def clean(text) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return text[:MAX_CHARS]


def to_extraction(doc: Doc) -> Extraction:
    def values(key: str) -> list[str]:
        seen: list[str] = []
        for _, _, value in doc.user_data.get(key, []):
            if value not in seen:
                seen.append(value)
        return seen

    reason = doc.user_data.get("urgent_reason")
    return Extraction(
        plates=values("plates"),
        partial_plates=values("partial_plates"),
        locations=values("locations"),
        times=values("times"),
        vehicles=values("vehicles"),
        phones=values("phones"),
        urgent=reason is not None,
        urgent_reason=reason,
    )


def extract(text: str) -> Extraction:
    """Pull plates, places, times, vehicles, phone numbers and urgency out of one tip text."""
    text = clean(text)
    if not text.strip():
        return Extraction()
    pipeline = get_pipeline()
    doc = pipeline.make_doc(text)
    doc.user_data["text"] = text  # the components read it often; spaCy would rebuild it each time
    doc.user_data[FAST] = True
    return to_extraction(pipeline(doc))


__all__ = ["extract", "get_pipeline", "normalise"]
