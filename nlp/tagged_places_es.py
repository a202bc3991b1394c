"""The Spanish location tagger's places joined with the rules' (for texts tagged_places.spanish() calls Spanish).

The tagger is the English one's perceptron (span_tagger.SpanTagger) with Spanish features
(tagger_features_es.py) and its own weights, nlp/data/es/span_tagger.json (trained by
`python -m nlp.tools.train_span_tagger --lang es`). Its places join the rules' as the English ones do
(tagged_places.combine): trimmed of trailing function words (Spanish and English), never over a plate, phone or
vehicle, never inside a rule place; a span that touches no rule place needs a name and must not sit right beside
one; a span replaces the rule places it overlaps (a boundary fix) or is added, at MODEL_CONFIDENCE.
nlp/LOCATION_TAGGER.md ("Spanish") says how it was trained and measured.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from . import spanish_people
from .doc_attrs import LOCATIONS, PARTIAL_PLATES, PHONES, PLATES, TIMES, VEHICLES, read
from .lexicon import DATA_DIR, common_words, gazetteer, lexicon, stop_words
from .perceptron import char_spans
from .span_tagger import SpanTagger
from .spanish_corners import sentence_word
from .spanish_counts import counted_after, counted_span
from .spanish_english_corners import grown_corner
from .spanish_plate_issuers import issuer_place
from .spanish_plea_words import plea_words
from .spanish_present_verbs import present_verb
from .spanish_rules import common_spanish, flown, rules
from .spanish_run_on_words import run_on_end
from .spanish_tagged_tails import without_verb_tails
from .spanish_verb_words import sentence_verb
from .spans import beside, overlaps, replace_with_tagged, text_of
from .street_names import DIRECTIONS
from .tagger_features import OFFSETS, WordCache
from .tagger_features_es import context_features, fold, token_features, word_features, word_lists

WEIGHTS_PATH = DATA_DIR / "es" / "span_tagger.json"
MODEL_CONFIDENCE = 0.6   # as the English tagger's: a guess, not said back as "Anotado"
VERB_ENDINGS = ("aron", "ieron", "aba", "ando", "iendo")   # "y quemaron", "y salieron", "y corriendo"
# A floor and door ("3ºB", "2º", "4ªA") ends no place: the annotation keeps the street and its number only
FLOOR_RE = re.compile(r"\d{1,2}[ºª°][a-zA-Z]?")
# A place never ends in these: "calle 145 y", "parque de", "la 18 y la"
# ("rn", texted "right now", is a time: "la gulfton st rn")
TRAILING = frozenset("y e o u con de del la las el los en por a al que se ya para pero hasta desde como n rn & / + @ - x"
                     .split())


class SpanishTagger(SpanTagger):
    """The perceptron of span_tagger.py reading Spanish features (tagger_features_es.token_features)."""

    def __init__(self, labels, weights, stacked: bool):
        super().__init__(labels, weights, stacked)
        self._words = WordCache(self.summed_word)   # word -> its features' summed weights (own, as each neighbour)

    def summed_word(self, word: str) -> tuple:
        """(own + bias, as the word 2 before, 1 before, 1 after, 2 after)."""
        own, neighbours, _, _ = word_features(word)
        return (self.vector(("bias", *own)), *(self.vector(neighbours[k]) for k in OFFSETS))

    def word_sums(self, word: str) -> tuple:
        """summed_word(word), summed once per word (bounded cache)."""
        return self._words[word]

    def tags(self, doc: Doc, rule_spans=None) -> list[str]:
        """What predict_features(token_features(doc, rule_spans)) gives, with each word's features summed once."""
        n = len(doc)
        if not n:
            return []
        if len(self.labels) != 3:
            return self.predict_features(token_features(doc, rule_spans if self.stacked else None))
        table = [word_features(t.text) for t in doc]
        words = self._words
        sums = [words[t.text] for t in doc]
        context = context_features(doc, table, rule_spans if self.stacked else None)
        get = self.weights.get
        outside, begin, inside = self.labels
        tags, previous = [], outside
        for i in range(n):
            a, b, c = sums[i][0]
            for k, offset in ((i - 2, 1), (i - 1, 2), (i + 1, 3), (i + 2, 4)):
                if 0 <= k < n:
                    w = sums[k][offset]
                    a += w[0]
                    b += w[1]
                    c += w[2]
            for feat in (*context[i], f"t-1={previous}", f"t-1={previous}|s={table[i][0][1][2:]}"):
                w = get(feat)
                if w is not None:
                    a += w[0]
                    b += w[1]
                    c += w[2]
            best, best_score = outside, a
            if b > best_score:
                best, best_score = begin, b
            if c > best_score and previous != outside:
                best = inside
            tags.append(best)
            previous = best
        return tags

    def scored_spans(self, doc: Doc, rule_spans=None, label: str = "LOC"):
        raise NotImplementedError("the Spanish tagger has no margins")

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> "SpanishTagger":
        tagger = SpanTagger.load(path)
        return cls(tagger.labels, tagger.weights, tagger.stacked)


@lru_cache(maxsize=1)
def shipped_tagger() -> SpanishTagger | None:
    """The shipped Spanish weights (None when the file is missing: the rules work alone)."""
    return SpanishTagger.load() if WEIGHTS_PATH.exists() else None


def english_verb(word: str, lists: dict) -> bool:
    """A lower-case English word shaped like a verb: "kensington y somerset sells" (the rules' corners judge the
    word after a corner's second side so); a street, place or area word stays ("heights", "gardens")."""
    return word.islower() and word.endswith(("s", "ed", "ing")) and word in common_words() \
        and word.rstrip(".") not in lists["street"] | lists["place"] and word not in lists["areas"]


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A tagged span without the function words, joiners, words of the sentence ("y la 63 hay", "park y cada") and
    punctuation it ends with, and the punctuation it starts with."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    first, last = span.start, span.end
    last = run_on_end(doc, first, last)   # "paseo de la estacion| desde septiembre"
    stop = stop_words()
    lists = word_lists()
    not_names = lists["notname"]   # the sentence's own words: "hay", "cada", "ya", "ayer" (lexicon.json)
    for k in range(first + 1, last - 1):
        if fold(doc[k].text) in lists["joiners"]:
            side = k + 1
            while side < last - 1 and fold(doc[side].text) in lists["articles"]:
                side += 1
            word = fold(doc[side].text)
            if word in not_names or word.endswith(VERB_ENDINGS) or (
                    sentence_word(word) and word not in lists["street"] | lists["place"]) or (
                    fold(doc[k].text) == "con" and (word.isdigit() or word in COUNT_WORDS)):
                last = k   # "gage park y anoche quemaron", "la calle alta y tapa el vado", "alicante con dos tios":
                break      # what happened next (a word only Spanish holds, a verb) or a count, not a second street
    last = suffix_end(doc, first, last, lists)
    while last > first and (doc[last - 1].is_punct or fold(doc[last - 1].text) in TRAILING
                            or doc[last - 1].lower_ in stop or fold(doc[last - 1].text) in not_names
                            or FLOOR_RE.fullmatch(doc[last - 1].text)):   # "calle cervantes 3ºB": the flat, no place
        last -= 1
    if last - first >= 4 and fold(doc[last - 3].text) in lists["joiners"] and english_verb(doc[last - 1].text, lists):
        last -= 1   # "kensington y somerset sells": a corner's second side and a verb (as the rules' corners)
    if last - first >= 2 and doc[last - 1].text.islower() and (sentence_verb(doc[last - 1].text)
                                                                 or present_verb(doc[last - 1].text)):
        last -= 1   # "calle la victoria pegaron", "88 de la elizabeth ave agarrado", "torreaguera dice": the sentence's verb
        while last > first + 1 and fold(doc[last - 1].text) in TRAILING:
            last -= 1   # "3150 de la rosewood ave y dice": the "y" that led to the verb goes with it
    while first < last and doc[first].is_punct:
        first += 1
    if first >= last:
        return start, start
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


# After "con" these count people or things ("con dos tios"), never name a second street
COUNT_WORDS = frozenset("dos tres cuatro cinco seis siete ocho nueve diez varios varias muchos muchas unos unas".split())
# English street words that end a street's name ("haverhill st", "potters ave"); not "plaza" or "av", which start a
# Spanish one ("plaza del pilar", "av de los insurgentes")
ENGLISH_SUFFIXES = frozenset(w.rstrip(".") for w in lexicon()["street_suffixes"]) - {"plaza", "av"}


def suffix_end(doc: Doc, first: int, last: int, lists: dict) -> int:
    """Where a tagged span ends once an English street word has closed the name: after "st", "ave", "road" only a
    direction, a number, a joiner and its second street, or a word no dictionary holds may follow ("16th ave sw",
    "i-635 y skillman"); a common Spanish or English word is the sentence again ("90 de la haverhill st cobra por",
    "1127 potters ave primer piso")."""
    for k in range(first + 1, last - 1):
        if fold(doc[k].text).rstrip(".") not in ENGLISH_SUFFIXES or fold(doc[k - 1].text) in lists["articles"]:
            continue
        for j in range(k + 1, last):
            word = fold(doc[j].text).rstrip(".")
            if word in lists["joiners"]:
                break   # a corner: its second side is judged as a side (trimmed)
            if word.isdigit() or word in lists["direction"] or word in DIRECTIONS or word in lists["street"] \
                    or word in lists["place"] or not (common_spanish(word) or word in common_words()):
                continue
            return j
        break
    return last


def named(doc: Doc, start: int, end: int) -> bool:
    """A span with a name in it: a capitalised word (in a text not all capitals), a number, a gazetteer name, a
    street or landmark word, or a word neither the English nor the Spanish dictionary knows. "la tienda", "el
    parque de alla" hold none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    upper = text_of(doc).isupper()
    places = gazetteer()
    lists = word_lists()
    street_or_place = lists["street"] | lists["place"]
    if len(span) > 1 and any(fold(token.text).rstrip(".") in street_or_place
                             and (k + 1 == len(span) or fold(span[k + 1].text) not in lists["joiners"])
                             for k, token in enumerate(span)):
        return True   # "calle maple", "parque lincoln": a street or landmark word and a name after it ("calle y ...": none)
    for token in span:
        word = token.text
        lower = fold(word)
        if (word[0].isupper() and not upper) or any(ch.isdigit() for ch in word) or lower in places \
                or (token.is_alpha and lower not in common_words() and not common_spanish(lower)
                    and lower not in lists["notname"]):
            return True
    return False


def not_a_place(value: str) -> bool:
    """Words the rules know are no neighbourhood (lexicon "not_barrios": apps, clothes, ways of getting about:
    "en vinted", "en pijama"), nor clothes and their brands ("en north face", nlp/data/es/people.json): the tagger
    does not add them either."""
    words = value.lower().split()
    listed = not_places()
    return value.lower() in listed or any(" ".join(words[:n]) in listed for n in range(1, len(words) + 1))


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    clothes = spanish_people.word_lists()
    return frozenset(rules()["not_barrios"] | clothes["brands"] | clothes["garments"] | plea_words())   # "apurense"


# A place cue inside a tagged span: it joins two places ("en cordoba por moreras"), no place name holds it
INNER_CUE_RE = re.compile(r"\w\s+(?:por|en|hacia|cerca\s+de)\s+\w", re.IGNORECASE)
# (and the participle: "la tarjeta acabada en 0193", "terminado en 88")
ENDS_IN_BEFORE_RE = re.compile(r"\b(?:acaba|acababa|termina|terminaba|empieza|empezaba|(?:acabad|terminad|empezad)[oa]s?)"
                               r"\s+(?:en|con)\s+$", re.IGNORECASE)
WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")
NAME_ARTICLE_RE = re.compile(r"\b(?:en|por|hacia|desde)\s+(del)\s+$", re.IGNORECASE)
# Spanish names a numbered street with its article or street word ("en la 82", "la calle 40"); digits alone after
# "en" are a price or a code ("por marketplace en 380", "tracking 7749 2210 3386"), no place
DIGITS_ONLY_RE = re.compile(r"\d+(?:\s+\d+)*")
NUMBER_HEAD_BEFORE_RE = re.compile(r"\b(?i:la|el|las|los|del|al|calle|avenida|av|ave|carrera|ruta|km|kilometro|salida)\.?\s+$")


def after_street_word(text: str, start: int) -> bool:
    """Whether a street or place word comes right before: a date there names the street ("avenida 16 de septiembre",
    "calle 5 de mayo"), it is no time that ends a place."""
    word = WORD_BEFORE_RE.search(text, max(0, start - 16), start)
    lists = word_lists()
    return bool(word) and fold(word.group(1)) in lists["street"] | lists["place"]


# A Spanish street's name links its words with "de (la)"; a bare article after a rule's street starts a noun of the
# sentence ("calle baños la luz"; a barrio may hold one: "bilbao la vieja")
ARTICLE_AFTER_RE = re.compile(r"\s+(?i:la|el|los|las)\s")
STREET_WORD_RE = re.compile(r"(?i:calle|avenida|avda|paseo|plaza|camino|carrer|r[uú]a|ronda|carretera|callej[oó]n)\s")


def model_places(doc: Doc, tagger: SpanTagger, rule_places, guarded: bool = True) -> list[tuple[int, int, str]]:
    """The tagger's places, trimmed and guarded (see the module docstring), before they meet the rules'.
    guarded=False: only trimmed and kept off plates, phones and vehicles (the tagger decides)."""
    found = char_spans(doc, tagger.tags(doc, rule_places), "LOC")
    if not found:
        return []
    text = text_of(doc)
    blocked = [(s, e) for name in (PLATES, PARTIAL_PLATES, PHONES, VEHICLES) for s, e, _ in read(doc, name)]
    rule_spans = [(s, e) for s, e, _ in rule_places]
    plate_starts = frozenset(s for name in (PLATES, PARTIAL_PLATES) for s, _, _ in read(doc, name))
    times = [s for s, _, _ in read(doc, TIMES) if not after_street_word(text, s)]
    model = []
    for start, end in found:
        end = min([end] + [s for s in times if start < s < end])   # "la calle canals anteayer": the time ends it
        start, end = grown_corner(text, trimmed(doc, start, end), rule_spans)   # "9th" + "y s grand"
        if start >= end or overlaps(start, end, blocked):
            continue
        if not guarded:
            model.append((start, end, text[start:end].strip(" .,;:!?\"'()")))
            continue
        if (start, end) in rule_spans or any(s <= start and end <= e for s, e in rule_spans):
            continue
        if rules()["code_before"].search(text[start:end].split()[0].lower() + " "):
            continue   # "serial EAMT-1184402", "imei" (before its number): a code and its word, no place
        if ENDS_IN_BEFORE_RE.search(text, max(0, start - 24), start):
            continue   # "la (tarjeta) que acaba en 4471": the end of a card's or a code's number, no place
        if DIGITS_ONLY_RE.fullmatch(text, start, end) and not NUMBER_HEAD_BEFORE_RE.search(text, max(0, start - 12), start):
            continue   # "vendi la bici en 350": a bare number with no article or street word before it
        if counted_span(text[start:end]) or counted_after(text, end):
            continue   # "sale en 480 euros", "la calle 3 veces": a number and what it counts, no place
        if issuer_place(text, (start, end, ""), plate_starts):
            continue   # "utah C447NK": the plate's issuer, no place of the tip
        if flown(text, (start, end)):
            continue   # "mi vuelo de laredo a dallas": where a flight went, no place of the tip
        if STREET_WORD_RE.match(text, start) and any(s == start and e < end and ARTICLE_AFTER_RE.match(text, e)
                                                     for s, e in rule_spans):
            continue   # "calle baños la luz se ...": an article with no "de" before it starts the sentence's next noun
        if INNER_CUE_RE.search(text, start, end):
            continue   # "cordoba por moreras": a place cue inside joins two places, the rules' stay
        if sum(start <= s and e <= end for s, e in rule_spans) >= 2:
            continue   # "main st de mesa": two rule places stay two, never joined into one
        if not overlaps(start, end, rule_spans) and (not named(doc, start, end) or beside(text, start, end, rule_spans)
                                                     or not_a_place(text[start:end])):
            continue
        article = NAME_ARTICLE_RE.search(text, max(0, start - 16), start)
        if article:   # "en del paso heights": "en del" is no Spanish, so "del" is the name's own ("Del Paso Heights")
            start = article.start(1)
        value = text[start:end].strip(" .,;:!?\"'()")
        if value:
            model.append((start, end, value))
    return model


def combine(doc: Doc, tagger: SpanTagger) -> None:
    """The tagger's places replace the rule places they overlap or are added; the other rule places stay."""
    rule_places = read(doc, LOCATIONS)
    model = model_places(doc, tagger, rule_places)
    if not model:
        return
    model = without_verb_tails(text_of(doc), model, rule_places)   # "la avenida de la bahia| pasan camiones"
    replace_with_tagged(doc, LOCATIONS, rule_places, model, MODEL_CONFIDENCE)
