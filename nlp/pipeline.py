"""The spaCy pipeline: built once per process, on first use.

spacy.blank("en") (or the statistical pipeline named by NLP_SPACY_MODEL, if it is
installed) + one PhraseMatcher component for the cue words in nlp/patterns/*.jsonl and
the gazetteer names (cues.py) + rule components that turn matches and regex hits into
facts with character offsets (doc_attrs.py names them).
"""
from __future__ import annotations

import ctypes
import gc
import os
import threading

import spacy
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LOWER
from spacy.language import Language
from spacy.tokens import Doc

# Importing a component's module registers it with spaCy (@Language.component / @Language.factory).
from . import (  # noqa: F401
    cues,
    people,
    people_tagger,
    phones,
    places,
    plates,
    settled_now,
    spanish,
    tagged_places,
    times,
    urgency,
    vehicles,
)
from .doc_attrs import (
    CONFIDENCE,
    FAST,
    LOCATIONS,
    PARTIAL_PLATES,
    PEOPLE,
    PHONES,
    PLATE_STATES,
    PLATES,
    TEXT,
    TIMES,
    URGENT_REASON,
    VEHICLES,
)
from .extraction import Extraction
from .warm import warm_caches

MAX_CHARS = 2000  # longer texts are cut: SMS concatenation tops out well below this
# The components in the order they run. Each one declares the Doc attributes it `requires` and
# `assigns`; tests/nlp/test_pipeline.py checks that every requirement is assigned earlier.
PIPE_NAMES = ("tip_cues", "tip_phones", "tip_times", "tip_plates", "tip_vehicles", "tip_places", "tip_spanish",
              "tip_span_tagger", "tip_people", "tip_people_tagger", "tip_urgency", "tip_settled_now")

# Lexeme attributes the rules read (token.lower_, is_alpha, is_title, PhraseMatcher on LOWER), plus the
# cheap flags. spaCy's English defaults also compute NORM, PREFIX, SUFFIX, SHAPE, LIKE_URL, LIKE_EMAIL,
# LIKE_NUM, IS_STOP, ... for every word it has not seen before: that more than doubles the cost of a
# new word (a phone number, a plate, a typo: most tips have one) and nothing here reads them.
LEX_ATTRS = (LOWER, IS_ALPHA, IS_TITLE, IS_DIGIT, IS_LOWER, IS_UPPER, IS_SPACE, IS_PUNCT)
# The vocab (StringStore + lexemes) grows with every new word and spaCy never shrinks it. Past this many
# strings a fresh pipeline is built in a background thread and swapped in; calls already running keep
# the old one, which is freed when they finish. gunicorn's max_requests recycling bounds it as well.
MAX_STRINGS = int(os.environ.get("NLP_MAX_STRINGS", "100000"))  # ~370 bytes each: ~30 MB at most

_pipeline: Language | None = None
_lock = threading.Lock()
_rebuilding = threading.Event()


def base_pipeline() -> Language:
    """A blank English pipeline, or a statistical one when configured and installed (never downloaded)."""
    model = os.environ.get("NLP_SPACY_MODEL")
    if model:
        try:
            return spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError:
            pass  # not installed: the rules work on the blank pipeline alone
    nlp = spacy.blank("en")
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in LEX_ATTRS if attr in getters}
    return nlp


def build_pipeline() -> Language:
    nlp = base_pipeline()
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    nlp.tip_components = tuple(component for _, component in nlp.pipeline)
    nlp("warm up 5th and Main St, tag ABC1234, in Reading 19140")  # loads the lazily read word lists now
    nlp("un hombre con una pistola en la esquina de 5th y Cambria")  # and the Spanish ones, with the Spanish tagger
    warm_caches()  # and the lists and patterns neither text reaches (nlp/warm.py)
    return nlp


def get_pipeline() -> Language:
    """The process-wide pipeline; the first call builds it (thread-safe)."""
    global _pipeline
    if _pipeline is None:
        with _lock:
            if _pipeline is None:
                _pipeline = build_pipeline()
    return _pipeline


def _rebuild() -> None:
    global _pipeline
    try:
        fresh = build_pipeline()
        with _lock:
            old, _pipeline = _pipeline, fresh
        del old  # freed here unless a call still runs on it (then when that call ends)
        gc.collect()
        _release_free_memory()
    finally:
        _rebuilding.clear()


def _release_free_memory() -> None:
    """Hand freed heap pages back to the OS (glibc only): the old vocab is many small blocks, and
    without this the process keeps their pages and RSS climbs with every rebuild."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _check_vocab(pipeline: Language) -> None:
    """Start a background rebuild once the vocab has grown past MAX_STRINGS (at most one at a time)."""
    if len(pipeline.vocab.strings) > MAX_STRINGS and pipeline is _pipeline and not _rebuilding.is_set():
        with _lock:
            if _rebuilding.is_set():
                return
            _rebuilding.set()
        threading.Thread(target=_rebuild, name="nlp-vocab-rebuild", daemon=True).start()


def clean(text) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    return text[:MAX_CHARS]


def to_extraction(doc: Doc) -> Extraction:
    user_data = doc.user_data

    def values(name: str) -> list[str]:
        facts = user_data.get(name)
        if not facts:
            return []
        return list(dict.fromkeys([value for _, _, value in facts]))  # in order, once each

    reason = user_data.get(URGENT_REASON)
    return Extraction(
        plates=values(PLATES),
        partial_plates=values(PARTIAL_PLATES),
        locations=values(LOCATIONS),
        times=values(TIMES),
        vehicles=values(VEHICLES),
        phones=values(PHONES),
        urgent=reason is not None,
        urgent_reason=reason,
        people=values(PEOPLE),
        plate_states=dict(user_data.get(PLATE_STATES) or {}),
        confidence={name: dict(scores) for name, scores in (user_data.get(CONFIDENCE) or {}).items()},
    )


def extract(text: str) -> Extraction:
    """Pull plates, places, times, vehicles, phone numbers and urgency out of one tip text."""
    text = clean(text)
    if not text.strip():
        return Extraction()
    pipeline = get_pipeline()
    doc = pipeline.make_doc(text)
    doc.user_data[TEXT] = text  # the components read it often; spaCy would rebuild it each time
    doc.user_data[FAST] = True
    # what pipeline(doc) does, minus its per-call overhead (Language.pipeline builds a new list on every access)
    components = getattr(pipeline, "tip_components", None)
    for component in components if components is not None else (c for _, c in pipeline.pipeline):
        doc = component(doc)
    result = to_extraction(doc)
    # The cue Spans kept in user_data point back at the Doc: a reference cycle, so without this every Doc waited
    # for the cyclic GC, which freed ~26 of them at a time (a ~0.3 ms pause on one text in ~26, and 124 young
    # collections per 3,216 texts against 28). Emptied, the Doc is freed here, by its reference count.
    doc.user_data.clear()
    _check_vocab(pipeline)
    return result


__all__ = ["extract", "get_pipeline"]
