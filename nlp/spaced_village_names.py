"""Village names of the shape "X on Y" written with spaces where the map writes hyphens: "hay on wye", "newcastle
on clun", "holme on spalding moor", "tilton on the hill", "low newton by the sea". The
rules and the tagger find the first word alone ("hay") and often the river or village after it as a place of its
own ("wye"); ANNOTATION.md labels the town as written, one span. seaside_names.py joins "on sea" and
hyphen_names.py the hyphened forms; this joins the spaced ones.

A place (a listed town or a word no list knows, never a street, a river, a shop or a number) followed by one of the
joining words of these names ("on", "upon", "under", "cum", "super"; "by" only before "the") and then a name: a
river of nlp/data/en/rivers.txt, a listed town that is no word, a word no list knows ("clun"), or "the" and a
landscape word ("the hill", "the sea", "the wolds"); the name must end there (punctuation, the end, a function or
time word), so "frome on keyford road" or "leeds on tuesday" join nothing. "on" before an island ("broadford on
skye") is joined too, though the labels keep the island apart: rare, left.
Runs after the tagger on English texts; the gate is a joining word in the text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS
from .lexicon import gazetteer, word_list
from .spans import lower_words, stretch_facts
from .street_names import anchor_words
from .villages import NAME_END_WORDS, TIME_WORDS, participle, unknown_lowered

JOINING_WORDS = frozenset("on upon by under cum super in of next y le".split())
# "in" and "of" join far more places to what they are in than they make one name ("the co-op in keynsham", "the
# outskirts of leeds"): they join a place only to a word no list knows ("horton in ribblesdale", "kirkton of
# skene", "tanworth in arden"; a listed town after them is a second place), never a county ("-shire"), and only
# after one word or a listed name. "next" joins only "the sea"; Welsh "y" joins any word
# ("cwm y glo", "betws y coed": short Welsh words are in no list).
LISTED_ONLY_JOINERS = frozenset(("in", "of"))
# Not "at": "the river kennet at marlborough", "the Half Moon at ferring", "frankwell at quarter to" are two places
# or a place and a time far more often than "st margarets at cliffe" is one. "by" joins only "the sea" and the
# like ("Mayfair by Tyson and Frankford": a corner by the area), "under" never with "the" ("under the bridge").
JOIN_RE = re.compile(r" (on|upon|by|under|cum|super|in|of|next|y|le) (?:(the) )?([a-z]+)(?: ([a-z]+))?(?![\w'’-])", re.IGNORECASE)
DIGIT_RE = re.compile(r"\d")
REST_END_RE = re.compile(r"\s*(?:[,.!?;:)(\-]|$)")
NEXT_WORD_RE = re.compile(r"\s+([a-z']+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    def words(name: str) -> frozenset[str]:
        return frozenset(word.lower() for word in word_list("en/" + name))
    return words("rivers.txt"), words("village_the_tails.txt"), words("village_second_words.txt")


def name_word(word: str) -> bool:
    """A word that can end a village's name after its joining word: a river, a listed town, a word no list knows."""
    rivers = _lists()[0]
    lowered = word.lower()
    # a listed town only when it is no word ("wilton bridge": Bridge is a town too)
    return lowered in rivers or gazetteer().get(lowered) is False or unknown_lowered(lowered)


def ends_name(text: str, end: int) -> bool:
    if REST_END_RE.match(text, end):
        return True
    match = NEXT_WORD_RE.match(text, end)
    return match is not None and (match.group(1).lower() in STOP_WORDS or match.group(1).lower() in TIME_WORDS
                                  or match.group(1).lower() in NAME_END_WORDS)


def first_part(value: str) -> bool:
    """The place before the joining word: a listed town or a name no list knows, not a street, shop or number."""
    lowered = value.lower()
    last = lowered.split()[-1]
    if DIGIT_RE.search(value) or "/" in value or "&" in value or lowered.startswith(("river ", "the ")) \
            or lowered in _lists()[0]:
        return False   # a number, a corner, a river ("the wyre on ..."): no village's first part
    streets, place_types = anchor_words()
    if last in streets or last in place_types:
        return False
    return lowered in gazetteer() or unknown_lowered(last) or lowered.startswith(("st ", "saint "))


@lru_cache(maxsize=1)
def spanish_words() -> frozenset[str]:
    """spaCy's Spanish stop words, with and without their accents ("aquí", "aqui")."""
    from spacy.lang.es.stop_words import STOP_WORDS as SPANISH
    plain = (unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() for word in SPANISH)
    return frozenset(SPANISH) | frozenset(plain)


def _short_joined_end(text: str, match: re.Match, value: str) -> int | None:
    """"horton in| ribblesdale", "kirkton of| skene", "cwm y| glo": one word after the joiner, ending the name."""
    joiner, the, first, _ = match.groups()
    lowered = first.lower()
    if the or not ends_name(text, match.end(3)) or lowered in STOP_WORDS or lowered in TIME_WORDS:
        return None
    if joiner.lower() == "y":
        # Spanish "y" (and) before a word of the sentence ("desde filadelfia y aqui me siguen") joins nothing
        return match.end(3) if len(lowered) > 1 and lowered not in spanish_words() else None
    if (" " in value and value.lower() not in gazetteer()) or lowered.endswith("shire") or not unknown_lowered(lowered):
        # a pub, church or street before "in" ("the Six Bells in chiddingly", "heol cae gwyn in cwmavon") is a
        # second place; the villages are one word or a listed name
        return None
    if value[:1].isupper() != first[:1].isupper():
        return None   # "the Bay Horse in kinver": a name written otherwise than the word after it is a second place
    return match.end(3)


COMMON_JOINERS = frozenset(("in", "on", "under", "upon", "le"))


def second_town(word: str, joiner: str) -> bool:
    """A listed town after the joining word is a second place ("weston in| bristol"); after "under", "on", "le" only an
    unambiguous one is ("weston under| lizard": Lizard is a town too, and a word)."""
    listed = gazetteer().get(word)
    return listed is not None if joiner == "in" else listed is False


def _common_joined_end(text: str, match: re.Match, value: str) -> int | None:
    """"stanton in| peak", "weston under| lizard", "appleton le| moors": an unambiguous listed town of one word, its
    joining word and one dictionary word ending the name, which is no stop, time, place or verb word nor one of
    nlp/data/en/joined_not_names.txt ("thornton on fire", "weston in hospital"). Dev: 4 texts of this shape, all
    one village; "pensford on sundays" (a time) is the shape's only other reading there."""
    joiner, the, first, _ = match.groups()
    lowered = first.lower()
    if the or joiner.lower() not in COMMON_JOINERS or " " in value or gazetteer().get(value.lower()) is not False \
            or len(lowered) < 3 or lowered in STOP_WORDS or lowered in TIME_WORDS or lowered.rstrip("s") in TIME_WORDS \
            or lowered in word_list("en/joined_not_names.txt") or participle(lowered) or second_town(lowered, joiner.lower()) \
            or lowered in anchor_words()[0] or lowered in anchor_words()[1]:
        return None
    return match.end(3) if ends_name(text, match.end(3)) else None


BY_CORNER_RE = re.compile(r"\s*(?:&|and\b|n\b)", re.IGNORECASE)


def _by_joined_end(text: str, match: re.Match, value: str) -> int | None:
    """"stoke by| nayland", "newton by| toft", "Thorpe by| Water": "by" without "the" joins a town that is no word
    (nayland, toft), or a landscape word of nlp/data/en/village_by_words.txt when both names are capitalised. A word
    no list knows is not joined: after "by" it is as often a person ("robbed in Leeds by Dave") or a shop; nor a
    corner ("Mayfair by Tyson and Frankford")."""
    _, _, first, second = match.groups()
    lowered = first.lower()
    if second is not None and gazetteer().get(f"{lowered} {second.lower()}") is False \
            and ends_name(text, match.end(4)) and not BY_CORNER_RE.match(text, match.end(4)):
        return match.end(4)   # "by| north walsham"
    if " " in value or not ends_name(text, match.end(3)) or BY_CORNER_RE.match(text, match.end(3)):
        return None
    if gazetteer().get(lowered) is False:
        return match.end(3)
    capitalised = value[:1].isupper() and first[:1].isupper()
    return match.end(3) if capitalised and lowered in word_list("en/village_by_words.txt") else None


def joined_end(text: str, end: int, value: str = "") -> int | None:
    """Where "X on Y" ends, given the place X ends at `end`, or None."""
    match = JOIN_RE.match(text, end)
    if match is None:
        return None
    common = _common_joined_end(text, match, value)
    if common is not None:
        return common
    joiner, the, first, second = match.groups()
    joiner = joiner.lower()
    if joiner in LISTED_ONLY_JOINERS or joiner == "y":
        return _short_joined_end(text, match, value)
    if the:
        the_tails = _lists()[1]
        if joiner == "under" or first.lower() not in the_tails:
            return None
        return match.end(3) if ends_name(text, match.end(3)) else None
    if joiner == "by":
        return _by_joined_end(text, match, value)
    if joiner == "next" or not name_word(first):
        return None
    if second and (name_word(second) or second.lower() in _lists()[2]) and ends_name(text, match.end(4)):
        return match.end(4)   # "holme on| spalding moor"
    return match.end(3) if ends_name(text, match.end(3)) else None


def join_spaced_villages(doc: Doc, text: str, confidence: float) -> None:
    """Each place followed by a joining word and a name takes them in; a place inside the words taken goes. The
    joined name is a guess (`confidence`) unless it already had a score."""
    if lower_words(doc).isdisjoint(JOINING_WORDS):
        return   # the cheap gate
    stretch_facts(doc, LOCATIONS, text, lambda end, value: joined_end(text, end, value) if first_part(value) else None,
                  confidence)
