"""People: descriptions of the people in a tip, as written (nlp/data/en/people.json).

Kinds, each one phrase: how many ("3 lads", "two guys", "group of 5"), age ("about 25", "mid 40s", "in his 30s",
"15 yo", "aged 40", "teenagers"), height ("6ft", "5'10", "about 6 foot"), build ("tall", "stocky", "heavy set"),
clothing ("red hoodie", "black north face jacket", "all black", "balaclava"), hair ("shaved head", "bald"), gait and names
or nicknames ("called Dee", "goes by Smithy" -> "Dee", "Smithy"). Spanish descriptions ("chamarra negra",
"un chavo de 15", "le dicen el Flaco") come from nlp/spanish_people.py and compete with these for the text.

Words that mean other things elsewhere need a person near them: a bare "about 25" only next to a person word or
another description ("guy about 30", "about 25, red hoodie", not "paid about 50 quid"); "tall", "short", "thin" not
before a word that is not a person or a description ("short while", "tall fence"). Nothing inside a time, plate, phone or vehicle.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, PEOPLE, PHONES, PLATES, TIMES, VEHICLES, attrs, read
from .lexicon import PATTERNS_DIR, read_jsonl, stop_words
from .people_ages import AGE_VERBS, ALLOWED_AFTER_BUILD, CHILD_WORDS, amount_of_something, bare_ages
from .people_animals import not_animal_ages
from .people_clause_ages import ceiling_ages, clause_ages
from .people_crowds import NOT_PEOPLE, crowd_counts
from .people_gaits import listed_gaits
from .people_marks import (
    BODY_MARKS,
    MARKS,
    NOT_MODIFIERS,
    bare_hair_says_nothing,
    counted_start,
    marked_from,
    owned_by_tipster,
    widened_numbers,
    worn_from,
    worn_pair,
)
from .people_names import apposed_names, not_a_person_name
from .people_patterns import (
    FOLLOW_WORD_RE,
    MARK_RE,
    PREVIOUS_WORDS_RE,
    ascii_regexes,
    counted_nouns,
    descriptor_words,
    regexes,
    word_lists,
)
from .people_sizes import INTENSIFIERS, SIZE_WORDS, intensified, sized_people
from .spanish_people import find_spanish_people
from .spans import lower_words, overlaps, pick_longest, store, text_of


@lru_cache(maxsize=None)
def trigger_words() -> dict[str, frozenset[str]]:
    """For each kind, words one of which every match holds: a set lookup skips the regexes a text cannot match.

    The word kept from a phrase is the one every match must hold and few texts hold: the head noun of a
    garment or hair phrase ("baseball cap" -> "cap", "shaved head" -> "head"), the verb or noun of a name cue
    ("they call him" -> "call", "known as" -> "known"). Words that need a partner are kept apart:
    "all" (clothing) only counts beside a colour, "his"/"her" (age: "in his 30s") beside a number.
    """
    lists = word_lists()

    def last_words(*names: str) -> frozenset[str]:
        return frozenset(WORDS_RE.findall(phrase.lower())[-1] for name in names for phrase in lists[name]
                         if WORDS_RE.search(phrase.lower()))

    colours = {p["pattern"] for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl") if p["label"] == "COLOUR"}
    return {
        "count": counted_nouns() | {"group"},
        "numbers": frozenset(w for phrase in lists["number_words"] for w in WORDS_RE.findall(phrase.lower())
                             if w not in ("a", "of")),
        "age": frozenset("ish yo y old aged age early mid late teens teen teenage teenager teenagers twenties "
                         "thirties forties fifties sixties seventies".split()) | lists["something_words"],  # "30 summat"
        "age_pronouns": frozenset(("his", "her", "their")),
        "build": last_words("build") | frozenset(w for phrase in lists["build"] for w in WORDS_RE.findall(phrase.lower())),
        "build_ambiguous": frozenset(w for phrase in lists["build_ambiguous"] for w in WORDS_RE.findall(phrase.lower())),
        "clothing": last_words("garments", "brands", "face_marks") | {"tattoo", "tattoos", "scar", "scars", "tat", "tats", "tatted"},
        "colours": frozenset(w for c in colours | lists["colours_extra"] for w in WORDS_RE.findall(c.lower())),
        "hair": last_words("hair_words", "hair_alone"),
        "name": frozenset("aka k called calls calling go goes known know knows knew name names named nickname nicknamed call".split()),
        "person": frozenset(lists["person_nouns"]) | {"is", "was", "hes", "shes", "he", "she", "aged"} | AGE_VERBS,
    }


WORDS_RE = re.compile(r"[a-z]+")
DIGIT_RE = re.compile(r"\d")
NOT_NAMES_AFTER_IS = frozenset("english british irish scottish welsh polish romanian albanian black white asian mixed "
                               "american mexican hispanic latino dominican puerto african indian chinese muslim".split())
# garments that describe nobody on their own ("grabbed my bag", "no coat on", "the hood of the truck", "took his shirt
# off", "her clothes on"): only with a colour, brand or another word before them ("red top", "gucci bag", "wax jacket")
NEEDS_A_MODIFIER = frozenset(("bag", "top", "helmets", "suit", "chain", "chains", "bonnet", "cape", "capes", "docs"))  # "cape girardeau", "the docs"
# these describe someone after any word that says what they are like ("wax jacket", "minecraft shirt", modified())
NEEDS_A_WORD_BEFORE = frozenset(("jersey", "jerseys", "coat", "shirt", "trainers", "clothes", "clothing", "costume", "hood", "jacket", "vest",
                                 "boots", "joggers", "polo", "air max", "air maxes", "bibs"))
NICKNAME_WORDS = frozenset(word.lower() for word in word_lists()["nickname_adjectives"])
TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr"))
OF_THEM_END_RE = re.compile(r"\bo(?:f)?\s+(?:them|em|us)$")  # a count that ends "of them": who "them" are is open
HEIGHT_HINT_RE = re.compile(r"[4-7]\s*(?:ft|foot|feet|'|’)", re.IGNORECASE)
# name cues that also start ordinary phrases ("they call round"): the name must be written with a capital
BARE_CALL_CUES = frozenset(("call", "calls"))


def name_matches(pattern: re.Pattern, text: str):
    """The name-cue matches of `text`, each tried again after the name's first word, so that a name whose
    second word is a cue does not hide the next name ("named Marcus aka Lil Bit": "Marcus", then "Lil Bit")."""
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return
        yield match
        first = match.group("name").split()[0]
        position = match.start("name") + len(first)


POSSESSIVES = frozenset("my our his her their your".split())


def possessed(text: str, start: int) -> bool:
    """A possessive just before `start` ("my teenage son")."""
    previous = PREVIOUS_WORDS_RE.search(text, 0, start)
    return previous is not None and previous.end(1) == start - 1 and previous.group(1).lower() in POSSESSIVES


def modified(text: str, start: int) -> bool:
    """A word before a bare garment that says what it is like ("wax jacket", "minecraft shirt"), not a
    determiner, possessive or number ("his coat", "no coat", "the hood", "10 trainers") nor "new", "stolen"."""
    previous = PREVIOUS_WORDS_RE.search(text, 0, start)
    if previous is None or previous.end(1) != start - 1 or text[start - 1] != " ":
        return False
    word = previous.group(1).lower()
    return word not in stop_words() and word not in NOT_MODIFIERS and word not in word_lists()["person_nouns"]


def find_people(text: str, blocked: list[tuple[int, int]], present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Descriptions of people in `text`, outside the `blocked` spans; `present` is the text's lower-case
    words (spans.lower_words), when the caller has them already."""
    rx = regexes()
    searched = text
    if text.isascii():   # the caseless kinds on the lower-cased text (lowered_regexes): the same spans
        rx = ascii_regexes()
        searched = text.lower()
    lists = word_lists()
    candidates: list[tuple[int, int, int, str]] = []
    if present is None:
        present = frozenset(WORDS_RE.findall(text.lower()))
    triggers = trigger_words()
    has_digit = DIGIT_RE.search(text) is not None

    def has(kind: str) -> bool:
        return not present.isdisjoint(triggers[kind])

    decades = has_digit or has("age")
    wanted = {
        "count": has("count") and (has_digit or has("numbers") or "group" in present),
        # "60ish", "15yo": one token, but "ish" and "yo" are letter runs of the text and age triggers
        "age": has("age") or (decades and has("age_pronouns")),
        "weight": has_digit and "stone" in present,
        "titled_name": not present.isdisjoint(TITLES),
        "one_is_name": "is" in present,
        "related_name": not present.isdisjoint(lists["relation_nouns"]) and not text.islower(),
        "nickname": not present.isdisjoint(NICKNAME_WORDS) and not text.islower(),
        "height": has_digit and HEIGHT_HINT_RE.search(text) is not None,
        "build": has("build"),
        "build_ambiguous": has("build_ambiguous"),
        "clothing": has("clothing") or (not present.isdisjoint(("all", "aw")) and has("colours")),
        "hair": has("hair"),
        "name": has("name"),
    }

    def add(start: int, end: int, priority: int) -> None:
        candidates.append((start, end, priority, text[start:end]))

    # "shots fired near where the hikers park, 3 of them": the shots are counted; fireworks are thrown by people ("kids
    # throwing fireworks ..., about 6 of them"), so not them
    shots = not present.isdisjoint(NOT_PEOPLE - {"fireworks", "firework"})
    for match in rx["count"].finditer(searched) if wanted["count"] else ():
        if shots and OF_THEM_END_RE.search(match.group()):
            continue
        if not owned_by_tipster(text, match.start()):  # "my 2 kids", "our 2 boys": the tipster's own, no one to look for
            add(counted_start(searched, match), match.end(), 0)
    candidates.extend(crowd_counts(searched, present) + apposed_names(text, present))  # "6 or 7 of em", "one lad, Callum,"
    for match in MARK_RE.finditer(searched) if not present.isdisjoint(MARKS) else ():
        add(*match.span("mark"), 2)
    for kind, priority in (("age", 1), ("height", 1), ("weight", 1), ("build", 2), ("clothing", 2), ("hair", 2)):
        if not wanted[kind]:
            continue
        for match in rx[kind].finditer(searched):
            bare = text[match.start():match.end()].lower() if kind == "clothing" else ""
            start = worn_from(text, match.start()) if kind == "clothing" else match.start()  # "in a celtic top"
            if start == match.start() and (bare in NEEDS_A_MODIFIER or (
                    bare in NEEDS_A_WORD_BEFORE and not modified(text, match.start()))):
                continue  # "grabbed my bag", "ladders on top": only "gucci bag", "red top", "wax jacket" describe someone
            if kind == "age" and amount_of_something(text, match.start(), match.end()):
                continue  # "the 30 summat quid he owes me": a sum, not an age (nlp/people_ages.py)
            if kind == "age" and searched[match.start():match.end()].lower() == "teenage" and possessed(text, match.start()):
                continue  # "my teenage son": whose child, not what the suspect looks like
            if kind == "clothing" and owned_by_tipster(text, start):
                continue  # "filming under my skirt", "im in a tshirt"
            if kind == "hair" and bare_hair_says_nothing(text, match.start(), match.end()):
                continue  # "by her hair", "burning stubble"
            if kind == "clothing" and not present.isdisjoint(BODY_MARKS):  # "spider web tattoo"
                start = marked_from(text, start, [(s, e) for s, e, _, _ in candidates])
            for piece_start, piece_end in (worn_pair(text, start, match.end(), lists["garments"]) if kind == "clothing"
                                           else ((start, match.end()),)):
                add(piece_start, piece_end, priority)
    descriptors = descriptor_words()
    nouns = lists["person_nouns"]
    for match in rx["build_ambiguous"].finditer(searched) if wanted["build_ambiguous"] else ():
        following = FOLLOW_WORD_RE.match(text, match.end()).group(1).lower()
        if following in ("", ) or following in ALLOWED_AFTER_BUILD or following in nouns or following in descriptors:
            add(*match.span(), 3)
    for match in name_matches(rx["name"], text) if wanted["name"] else ():
        name = match.group("name")
        first = name.split()[0].lower()
        if first in lists["not_name_words"] or first in nouns or first.isdigit():
            continue
        cue = WORDS_RE.findall(text[match.start():match.start("name")].lower())
        if cue and cue[-1] in BARE_CALL_CUES and not name[0].isupper():
            continue  # "the one they call Smudge", never "they call round", "they call everyone"
        if not_a_person_name(text, match.start(), name):
            continue  # "a company called zippy", "called sayin", "a user named xx_99"
        start, end = match.span("name")
        words = name.split()
        nicknamed = words[0].lower() in NICKNAME_WORDS and len(words) == 2 and words[1].isalpha()  # "goes by lil tone"
        if len(words) == 2 and not nicknamed and (words[1].lower() in lists["not_name_words"] or not words[0][0].isupper()
                                                  or not words[1][0].isupper()):
            end = start + len(words[0])
        add(start, end, 0)
    for kind in ("titled_name", "one_is_name", "related_name", "nickname"):
        for match in rx[kind].finditer(text) if wanted[kind] else ():
            name = match.group("name").split()[-1].lower()  # "Big Kev": the name after the nickname word
            if kind != "titled_name" and (name in stop_words() or name in lists["not_name_words"]
                                          or name in NOT_NAMES_AFTER_IS or name in nouns):
                continue  # "he is The...", "the guy is English"
            add(*match.span("name"), 0)
    found_spans = [(s, e) for s, e, _, _ in candidates]
    # a bare age ("about 25") needs a person word before it or a description beside it (nlp/people_ages.py)
    if decades and (found_spans or has("person") or not present.isdisjoint(CHILD_WORDS)):
        candidates.extend(bare_ages(text, searched, rx["bare_age"], found_spans, descriptors, nouns))
    candidates.extend(clause_ages(text, present, bool(found_spans) or has("person"), blocked))  # "skateboard, maybe 17"
    if not present.isdisjoint(lists["age_adjectives"]):
        candidates.extend(aged_people(text, searched, rx["aged_person"], candidates))
    if has_digit:  # "70 odd", "15 maybe 16"; "cant be more than 20" (nlp/people_ceiling_ages.py)
        candidates = ceiling_ages(text, present, widened_numbers(text, candidates, NUMBER_PRIORITIES))
    candidates.extend(sized_people(text, present) + listed_gaits(searched, present))  # "60s, walking stick"
    if not present.isdisjoint(INTENSIFIERS):
        candidates = intensified(text, candidates, lists["build"] | lists["build_ambiguous"] | SIZE_WORDS)
    candidates.extend(find_spanish_people(text, present))
    return pick_longest(not_animal_ages(text, candidates, present), blocked)  # "4 yr old blue heeler"


NUMBER_PRIORITIES = frozenset((1, 4))  # ages, heights and weights (1) and bare ages (4), as find_people adds them
AGED_BRIDGE = frozenset((",", "with", "w", "w/", "wearing", "in", "a", "an", "his", "her"))
AGE_PRIORITIES = (1, 4)


def aged_people(text: str, searched: str, pattern: re.Pattern, candidates) -> list[tuple[int, int, int, str]]:
    """"older guy", "young lad": a description only when another description that is not an age follows it
    within a few bridge words ("older bloke with glasses", "young lad, grey trackies"), never "older guy maybe
    50s" (the age is the description) nor a bare "some older guy took her keys" (nlp/data/en/people.json)."""
    found = []
    for match in pattern.finditer(searched):
        end = match.end()
        after = [(s, p) for s, _, p, _ in candidates if end < s <= end + 16]
        if not after:
            continue
        start, priority = min(after)
        between = text[end:start].lower().replace(",", " , ").split()
        if priority not in AGE_PRIORITIES and all(word in AGED_BRIDGE for word in between) \
                and not any(p in AGE_PRIORITIES and end < s <= end + 24 for s, _, p, _ in candidates):
            found.append((match.start(), end, 2, text[match.start():end]))
    return found


@Language.component("tip_people", requires=attrs(PHONES, TIMES, PLATES, VEHICLES, LOCATIONS), assigns=attrs(PEOPLE) + ["doc.spans"])
def people_finder(doc: Doc) -> Doc:
    """Find descriptions of people (how many, age, height, build, clothing, hair, names).

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.people set.
    """
    blocked = [(s, e) for name in (PHONES, TIMES, PLATES, VEHICLES, LOCATIONS) for s, e, _ in read(doc, name)]
    found = find_people(text_of(doc), blocked, lower_words(doc))
    store(doc, PEOPLE, [fact for fact in found if not overlaps(fact[0], fact[1], blocked)])
    return doc
