"""Which configured language a text is in: an offline detector (lingua, its models inside
the wheel, nothing downloaded) limited to the force's languages, so it stays small and
fast (bench/bench_language.py, English and Spanish: p50 0.03-0.19 ms a text, about 185 MB of
memory per process in high-accuracy mode, which short tips need).

Short or unclear texts get None: the caller keeps its default. The host runs this only on
a phone's texts until one is clear (the first text with content, usually), then remembers
the answer.
"""
from __future__ import annotations

import functools
import importlib
import re

MIN_LETTERS = 8          # fewer letters than this: too short to tell ("ok", "hola", "JKM4410")
MIN_CONFIDENCE = 0.80    # the best language's share of the detector's confidence
MIN_OWN_WORDS = 3        # function words of one language only, for an unclear text to be that language
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_TIP_ID = re.compile(r"\bT-?[0-9A-Z]{4,6}\b")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = []
    for code in languages:
        try:
            chosen.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue   # a language lingua does not know is never detected (keyword or default only)
    if len(chosen) < 2:
        return None
    return LanguageDetectorBuilder.from_languages(*chosen).build()


def detect(text: str, languages) -> str | None:
    """The language ``text`` is in, among ``languages`` (ISO 639-1 codes), or None when it is
    too short or unclear (or only one language is configured).

    Args:
        text: an inbound text (tip IDs and plates are left out of the count).
        languages: the configured languages, e.g. ``["en", "es"]``.
    """
    languages = tuple(dict.fromkeys(c.lower() for c in languages))
    if len(languages) < 2 or not text:
        return None
    words = _TIP_ID.sub(" ", text)
    if len(_LETTERS.findall(words)) < MIN_LETTERS:
        return None
    detector = _detector(languages)
    if detector is None:
        return None
    values = detector.compute_language_confidence_values(words)
    if not values or values[0].value < MIN_CONFIDENCE:
        return stop_word_vote(words, languages)
    return values[0].language.iso_code_639_1.name.lower()


def stop_word_vote(text: str, languages: tuple[str, ...]) -> str | None:
    """For a text the detector finds unclear, often a mix ("un kia forte blanco me choco y se fue en la john young
    pkwy"): the language with the most function words of its own (spaCy's stop words that no other configured
    language has), when there are at least MIN_OWN_WORDS of them and twice as many as any other's; else None."""
    words = [w.lower() for w in _WORD.findall(text)]
    lists = {code: _stop_words(code) for code in languages}
    counts = []
    for code, own in lists.items():
        others = set().union(*(lists[c] for c in languages if c != code))
        counts.append((sum(1 for w in words if w in own and w not in others), code))
    counts.sort(reverse=True)
    best, code = counts[0]
    runner_up = counts[1][0] if len(counts) > 1 else 0
    return code if best >= MIN_OWN_WORDS and best >= 2 * max(runner_up, 1) else None


@functools.lru_cache(maxsize=None)
def _stop_words(code: str) -> frozenset[str]:
    try:
        return frozenset(importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS)
    except (ImportError, AttributeError):
        return frozenset()   # a language spaCy has no list for takes no part in the vote


def warm(languages) -> None:
    """Build the detector now (start-up) rather than on the first text."""
    if len(set(languages)) >= 2:
        detect("warming up the language models once per process", languages)
