"""The learned location tagger's places joined with the rules' (component ``tip_span_tagger``).

Each tagged span is trimmed of trailing function words, then replaces the rule places it overlaps (a
boundary fix) or is added; it never shortens a rule place, never sits on a plate, phone or vehicle, and
never deletes a rule place. A span the rules did not touch must hold a name, must not sit right beside a
rule place, and is not a shop after "ordered ... from". Texts mostly in Spanish go to the Spanish tagger
instead (tagged_places_es.py: its own features and weights, joined with the rules the same way). See nlp/LOCATION_TAGGER.md for how this was chosen and measured.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import tagged_places_es
from .block_tails import split_block_tail
from .brands import without_shop_part
from .doc_attrs import (
    CONFIDENCE,
    GAZETTEER_NAMES,
    LOCAL_NAMES,
    LOCATIONS,
    PARTIAL_PLATES,
    PHONES,
    PLATES,
    STRONG_CUE_WORDS,
    TIMES,
    VEHICLES,
    attrs,
    read,
)
from .lexicon import countries_abroad, gazetteer, lexicon, stop_words
from .named_places import CARDS_AFTER_RE, NOT_LANDMARK_NAMES
from .places import (
    FLIGHT_BEFORE_RE,
    FROM_BEFORE_RE,
    NAMED_BEFORE_RE,
    NAMING_WORDS,
    ORDER_WORDS,
    split_between,
    split_trailing_towns,
)
from .plate_states import state_codes
from .quoted_names import without_quoted_names
from .span_tagger import SpanTagger, shipped_tagger
from .spanish_number_heads import take_house_numbers
from .spanish_town_states import with_spanish_states
from .spans import beside, lower_words, overlaps, replace_with_tagged, text_of
from .street_names import anchor_set, anchor_words
from .tagged_at_splits import split_at
from .tagged_not_places import shaped_not_place
from .tagger_features import word_lists
from .tail_verbs import and_then_next, dropped_g, past_tense, verb_form
from .town_facilities import with_facilities
from .town_tails import with_town_tails
from .towns import TIME_WORDS

# A place only the tagger found is a guess: below nlp.extraction.CONFIDENT (0.75), so the flow does not
# say it back to the tipster as "Got it", but officers still see it.
MODEL_CONFIDENCE = 0.6


SPANISH_WORDS = frozenset("de la el en que por con una los las del esta y mi su al un es hay muy pero para lo le ya "
                          "calle".split())
ENGLISH_WORDS = frozenset("the a in on at and is was of to he she they with his her my it there by near".split())


def spanish(doc: Doc) -> bool:
    words = lower_words(doc)
    found = len(words & SPANISH_WORDS)
    return found >= 2 and found > len(words & ENGLISH_WORDS)


# A place never ends in a function word or a joiner: "the Plough in", "Aramingo and", "Bridge st n".
TRAILING = frozenset(("n", "&", "/", "+", "@", "-", "x", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",  # "wexworthy sat (night)"
                      "past", "outside", "near", "til", "until"))   # "paris rd past (chalmette)", "us 2 outside (williston)", "the nidd near (ripley)"


SIDE_WORDS = frozenset("north south east west".split())
FLOOR_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+floor", re.IGNORECASE)   # "on the 3rd floor": a storey, not a street
DAY_OF_MONTH_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)   # "it happened on 21st": a date
# "at 10 past 9", "paid 600", "in 1998", "a woman w pink hair": a bare number of up to four digits or one letter
# the rules did not touch is a time, a sum, a year or a shorthand, never a place (a zip has five digits).
BARE_NUMBER_RE = re.compile(r"\d{1,4}|[a-z]", re.IGNORECASE)
FIRST_WORD_RE = re.compile(r"[A-Za-z]+")
TIME_UNITS = frozenset("min mins minute minutes hr hrs hour hours sec secs seconds ago day days night nights week weeks wk wks "
                        "month months year years yrs".split())   # "clapper bridge 9 (days)": a count of time


def not_place_endings() -> frozenset[str]:
    """"lot", "exit", "earlier": a part of a place or a time after it (nlp/data/lexicon.json not_place_endings)."""
    return lexicon()["not_place_endings"]


def in_a_time(doc: Doc, char: int) -> bool:
    """The character at `char` is inside a time the times reader found (tip_times runs before the tagger)."""
    return any(start <= char < end for start, end, _ in read(doc, TIMES))


def within_a_time(doc: Doc, start: int, end: int) -> bool:
    """"every day at 4ish", "round teatime": the whole span is a time the times reader found, not a place."""
    return any(s <= start and end <= e for s, e, _ in read(doc, TIMES))


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A tagged span without the stop words, joiners and punctuation it ends with."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    first, last = span.start, span.end
    lists = word_lists()
    stop = lists["stop"]
    while last > first:
        word = doc[last - 1].lower_
        if doc[last - 1].is_punct or word in stop or word in TRAILING or (word in not_place_endings() and last - 1 > first):
            last -= 1
        elif last - 1 > first and doc[last - 1].is_lower and (dropped_g(word, lists["common"]) or past_tense(word, lists["common"])):
            last -= 1      # "colliford lake tryin (to get)", "talley smashed (again)": what someone did there
        elif last - 2 > first and doc[last - 1].is_lower and and_then_next(doc[last - 2].lower_, word):
            last -= 2      # "hominy and kept (going)", "fishbourne n drove (off)": the next clause
        elif last - 3 > first and not doc[last - 2].whitespace_ and and_then_next(doc[last - 3].lower_, doc[last - 2].lower_ + word):
            last -= 3      # "luce and hes (caught)": spaCy splits "hes" into "he" "s"
        elif word == "s" and last - 1 > first and doc[last - 2].lower_ == "there":
            last -= 2      # "crowle and theres (a car)": spaCy splits "theres" into "there" "s"
        elif last - 1 > first and word in SIDE_WORDS and last < len(doc) and doc[last].lower_ == "of":
            last -= 1      # "us 64 east of farmington": a direction to the town
        elif word.isdigit() and last < len(doc) and doc[last].lower_ in TIME_UNITS:
            last -= 1      # "4th st 10 min ago": the number is a time
        elif last - 1 > first and in_a_time(doc, doc[last - 1].idx):
            last -= 1      # "22nd at vandermolen most nights", "leigh on sea every friday": a time the times reader found
        elif last - 2 > first and doc[last - 2].lower_ in ("and", "&") and word in lists["common"] \
                and re.search(r"\s(?:and|&)\s", doc[first:last - 2].text):
            last -= 2      # "chelten and greene and drove (off)": a second "and" starts what happened next
        else:
            break
    while first < last and doc[first].is_punct:
        first += 1
    if first >= last:
        return start, start
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


TAIL_WORD_RE = re.compile(r"[A-Za-z']+|\S")
TAIL_KEEP = frozenset("n s e w ne nw se sw north south east west upper lower end hill cross green common".split())


def without_plain_tail(text: str, start: int, end: int, rule_spans: list[tuple[int, int]]) -> int:
    """A tagged span that runs on past the end of the rules' place it starts with keeps that end when what it adds is
    a function word and then only lower-case dictionary and function words ("pontarddulais and says", "conistone
    and hes"): a street word, a direction, a number or a name in the tail keeps it ("dale road and derby road")."""
    rule_end = next((e for s, e in rule_spans if s == start and e < end), None)
    if rule_end is None:
        return end
    lists = word_lists()
    streets = anchor_set()
    words = TAIL_WORD_RE.findall(text[rule_end:end])
    if words and (verb_form(words[0], lists["common"]) or and_then_next(words[0].lower(), "".join(words[1:2]).lower())) \
            and not SAINT_END_RE.search(text, start, rule_end):   # "shardlow and his (mum)": the next clause
        return rule_end   # "kankakee goes", "harrisonburg holdin", "stalham got", "dunoon carryin bats": what happened there
    if not words or words[0].lower() not in lists["stop"]:
        return end   # "ludlow castle", "upton noble": a name's last word may be a dictionary word
    named = False
    for word in words:
        lowered = word.lower()
        if lowered in CONTRACTED:
            continue   # "annsborough and hes", "alpharetta and wo(nt)": a pronoun or verb run together
        if lowered in streets and not named:
            continue   # "eastry and drove (off)": a street word with no name before it is no street
        if not word.isalpha() or not word.islower() or lowered in streets or lowered in TAIL_KEEP \
                or (lowered not in lists["common"] and lowered not in lists["stop"]):
            return end
        named = named or lowered not in lists["stop"]
    return rule_end


# Pronouns and verbs texted without an apostrophe, and the pieces spaCy splits "wont", "cant" into.
CONTRACTED = frozenset("hes shes im theyre youre ive wo ca nt thats theres whos".split())


PLATE_WORD_AFTER_RE = re.compile(r"\s+(?:tags?|plates?|reg|registration|license|licence)\b", re.IGNORECASE)
SAINT_ONLY_RE = re.compile(r"(?:st|st\.|saint)", re.IGNORECASE)


def whole_listed_name(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """A tagged span that is part of an unambiguous gazetteer name the cue matcher found is that name: "st" of
    "leaving st just", "shilton" of "heading for earl shilton"."""
    for first, last in read(doc, GAZETTEER_NAMES):
        name_start, name_end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        if name_start <= start and end <= name_end and (name_start, name_end) != (start, end) \
                and gazetteer().get(text[name_start:name_end].lower()) is False:
            return name_start, name_end
    return start, end


SAINT_END_RE = re.compile(r"\b(?:st|saint)\.?$", re.IGNORECASE)   # "holbeach st marks": a saint's name
def named(doc: Doc, start: int, end: int) -> bool:
    """A span with a name in it: a capitalised word (in a text not all capitals), a number, a gazetteer name
    or a word no dictionary knows. "the river bank", "the car park" hold none: common words are no place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    common = word_lists()["common"]
    upper = text_of(doc).isupper()
    places = gazetteer()
    for token in span:
        word = token.text
        lowered = token.lower_
        if (word[0].isupper() and not upper) or any(ch.isdigit() for ch in word) \
                or (lowered in places and (lowered not in common or upper)) \
                or (token.is_alpha and lowered not in common and not misspelt_function_word(lowered)
                    and lowered not in NOT_LANDMARK_NAMES and not (token.is_lower and dropped_g(lowered, common))):   # "old", "local": a description, not a name
            return True   # (a common word is no name in lower case even where a village has it: "the old bridge")
    return False


@lru_cache(maxsize=4096)
def misspelt_function_word(word: str) -> bool:
    """"thier", "wiht": the letters of a function word, typed in another order (not a name no list knows)."""
    return len(word) >= 3 and "".join(sorted(word)) in function_word_letters()


@lru_cache(maxsize=1)
def function_word_letters() -> frozenset[str]:
    return frozenset("".join(sorted(w)) for w in stop_words() if len(w) >= 3 and w.isalpha())


def named_person(doc: Doc, text: str, start: int) -> bool:
    """"goes by Lil Dink", "a guy named Cornell": a person's name, not a place (the rule places.py applies)."""
    if lower_words(doc).isdisjoint(NAMING_WORDS):
        return False
    first = FIRST_WORD_RE.match(text, start)
    return bool(NAMED_BEFORE_RE.search(text, max(0, start - 36), start)) or \
        (first is not None and first.group(0).lower() in NAMING_WORDS)   # the cue inside the span: "aka Lil Bit"


def sold_from(doc: Doc, text: str, start: int) -> bool:
    """"ordered a tv from currys online": a shop as a seller, not a place; "flight BA 12 from malaga": where a
    flight came from (the rules places.py applies)."""
    words = lower_words(doc)
    if ("flight" in words or "flights" in words) and FLIGHT_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    return "from" in words and not words.isdisjoint(ORDER_WORDS) and bool(FROM_BEFORE_RE.search(text, 0, start))


STREET_COMMA_RE = re.compile(r"([A-Za-z]+)\.?,\s+")


def after_street_comma(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A tagged span that runs from a street over a comma ("6 tregenna close, st erth") is the street and the place
    after it, as ANNOTATION.md labels them ("flat 4, 22 Victoria Crescent" keeps its comma: "4" is no street word)."""
    for match in STREET_COMMA_RE.finditer(text, start, end):
        if match.group(1).lower() in anchor_words()[0] and match.end() < end:
            return [(start, match.end(1)), (match.end(), end)]
    return [(start, end)]


IN_LAW_RE = re.compile(r"\b(?:brother|sister|mother|father|son|daughter|mum|mom|dad)s?[\s-]+in[\s-]+law$", re.IGNORECASE)
PLACE_JOIN_RE = re.compile(r"\s+(?:on|in|at|off|near|by)\s+", re.IGNORECASE)


def two_places_joined(text: str, start: int, end: int, rule_spans: list[tuple[int, int]]) -> bool:
    """A tagged span that holds two whole rule places with a place preposition between them ("the spar on high st",
    "a cafe in ely"): the rules' two places, not one."""
    inside = sorted((s, e) for s, e in rule_spans if start <= s and e <= end)
    return any(PLACE_JOIN_RE.fullmatch(text, first[1], second[0]) for first, second in zip(inside, inside[1:]))


def combine(doc: Doc, tagger: SpanTagger) -> None:
    """The combination rule (chosen on two earlier held-out sets, see nlp/LOCATION_TAGGER.md): the tagger reads
    the rules' places as features and tags the text; each span it finds (trimmed of trailing function words;
    none over a plate, phone or vehicle, none inside a rule place) replaces the rule places it overlaps (a
    boundary fix: "14 church row" for "church row") or is added; a rule place the tagger's spans do not touch
    stays. The tagger never only deletes a rule place. A span the rules did not find exactly is a guess at
    MODEL_CONFIDENCE, so the flow does not say it back as "Got it"."""
    if spanish(doc):
        return
    rule_places = read(doc, LOCATIONS)
    found = tagger.spans(doc, rule_places)
    if not found:
        return
    text = text_of(doc)
    blocked = [(s, e) for name in (PLATES, PARTIAL_PLATES, PHONES, VEHICLES) for s, e, _ in read(doc, name)]
    rule_spans = [(s, e) for s, e, _ in rule_places]
    model = []
    for start, end in found:
        if any(s <= start and end <= e for s, e in rule_spans):
            continue  # the rules' place or inside one (most spans): trimming only shortens it, it would stay inside
        start, end = trimmed(doc, start, end)
        end = without_shop_part(text, start, without_plain_tail(text, start, end, rule_spans), rule_spans)
        start, end = whole_listed_name(doc, text, start, end)
        if SAINT_ONLY_RE.fullmatch(text[start:end]) or text[start:end].lower() in countries_abroad() \
                or (text[start:end].lower() in state_codes() and PLATE_WORD_AFTER_RE.match(text, end)):
            continue   # "near st (mawes)": a saint's word alone names nothing; "in syria": abroad (places.py);
            # "washington plate BVK 2291": the plate's state (tip_plates keeps it), not a place
        if two_places_joined(text, start, end, rule_spans):
            continue   # "hendersons chemist on stafford st": a shop on a street, two places
        if start >= end or (start, end) in rule_spans or overlaps(start, end, blocked) \
                or any(s <= start and end <= e for s, e in rule_spans):
            continue  # a span inside a rule place never cuts it shorter ("Avon to Kennet cycle path")
        if not overlaps(start, end, rule_spans) and (not named(doc, start, end) or sold_from(doc, text, start)
                                                     or beside(text, start, end, rule_spans) or named_person(doc, text, start)
                                                     or DAY_OF_MONTH_RE.fullmatch(text[start:end])
                                                     or FLOOR_RE.fullmatch(text[start:end])
                                                     or BARE_NUMBER_RE.fullmatch(text[start:end]) or shaped_not_place(text, start, end)
                                                     or within_a_time(doc, start, end)
                                                     or text[start:end].lower().rstrip("s") in TIME_WORDS
                                                     or text[start:end].lower() in lexicon()["not_places"]
                                                     or IN_LAW_RE.search(text, max(0, start - 16), end)
                                                     or CARDS_AFTER_RE.match(text, end)):   # "in walmart cards"
            continue  # a place the rules did not touch at all needs a name in it, and the rules' negatives hold
        pieces = split_at(text, after_street_comma(text, start, end), lambda s, e: named(doc, s, e))
        for piece_start, piece_end in split_block_tail(text, pieces, rule_spans):
            value = text[piece_start:piece_end].strip(" .,;:!?\"'()")
            if value:
                model.append((piece_start, piece_end, value))
    if not model:
        return
    model = split_trailing_towns(text, split_between(text, model))   # "moorings way southsea": the street and the town
    towns = {(s, e): "town" for s, e, v in model if v.lower() in gazetteer()}   # "towson| town center": as for a rule town
    model = with_facilities(text, model, towns, frozenset(("town",))) if towns else model
    replace_with_tagged(doc, LOCATIONS, rule_places, model, MODEL_CONFIDENCE)


@Language.component(
    "tip_span_tagger",
    requires=attrs(LOCATIONS, CONFIDENCE, GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS, PLATES, PARTIAL_PLATES, PHONES,
                   VEHICLES, TIMES),
    assigns=attrs(LOCATIONS, CONFIDENCE) + ["doc.spans"],
)
def tag_places(doc: Doc) -> Doc:
    """Let the learned tagger fix the rules' place boundaries and add the places they missed (see `combine`).

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, doc._.locations and doc._.confidence updated.
    """
    if spanish(doc):   # the Spanish tagger, trained on the Spanish dev set (tagged_places_es.py)
        tagger_es = tagged_places_es.shipped_tagger()
        if tagger_es is not None:
            tagged_places_es.combine(doc, tagger_es)
        take_house_numbers(doc)   # "del 9 de la calle de la reina": the tagger's street without its number
        with_spanish_states(doc, MODEL_CONFIDENCE)   # "en laredo tx": the town takes its state code
        return doc
    tagger = shipped_tagger()
    if tagger is not None:
        combine(doc, tagger)
    with_town_tails(doc, text_of(doc), MODEL_CONFIDENCE)   # "rhos| on sea", "sparta| tn": found cut short
    without_quoted_names(doc)   # "paid zelle to 'kicksdirect'", "seller u/kicksbyjay": a name, no place
    return doc
