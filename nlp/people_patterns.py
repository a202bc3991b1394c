"""The people reader's word lists and regexes (nlp/people.py), built once per process from
nlp/data/en/people.json: one regex per kind of description (count, age, height, build, clothing, hair, names),
their lower-case twins for ASCII texts (faster), and the words that start a description. Apart from people.py,
which decides which matches describe a person in the text; the people tagger's features read the same lists.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR, PATTERNS_DIR, read_jsonl, trie_pattern

NUMBER_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
              r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy)"
DECADE = r"(?:(?:[1-9]0)'?s|teens|twenties|thirties|forties|fifties|sixties|seventies)"
# where a tattoo or scar is ("on his neck", "through his eyebrow", "all over his back"): part of the description.
# Texts drop the pronoun too ("tattoo on neck", "scar on face"): then only a named body part, never "tattoo on insta"
ON_BODY = r"\s+(?:on|under|through|down|across|above|below|all\s+over)\s+(?:(?:his|her|their)\s+[a-z]+" \
          r"|(?:neck|face|cheek|forehead|head|arms?|hands?|wrists?|knuckles|fingers|chest|legs?)(?![\w']))"
# how hair is worn ("grey hair in a ponytail", "brown hair in bunches"): one description with the hair
HAIR_WORN = r"\s+in\s+(?:a\s+)?(?:bun|ponytail|pony\s+tail|top\s+knot|plait|plaits|braid|braids|bunches|pigtails|cornrows)"
# a way of moving or speaking that marks someone, after "with a", "has a" ("bloke with a limp"): the group is the span
MARK_RE = re.compile(r"(?<![\w'])(?:with|has|had|got|walks\s+with|walking\s+with)\s+a\s+(?P<mark>limp|lisp|stutter|stammer)(?![\w'])",
                     re.IGNORECASE)
FOLLOW_WORD_RE = re.compile(r"\s*([A-Za-z']+|[^\sA-Za-z']|$)")
PREVIOUS_WORDS_RE = re.compile(r"([A-Za-z']+)[\s,]*$")


@lru_cache(maxsize=None)
def word_lists() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA_DIR / "en" / "people.json").read_text(encoding="utf-8"))
    return {name: frozenset(words) for name, words in raw.items() if not name.startswith("_")}


@lru_cache(maxsize=None)
def counted_nouns() -> frozenset[str]:
    """Plural nouns a number before counts as people: count_nouns and the plural person_insults ("3 little sods",
    "2 chavs", "4 hoodlums": a tipster names the group by what they think of it as often as by "lads")."""
    lists = word_lists()
    return lists["count_nouns"] | {word for word in lists["person_insults"] if word.endswith("s")}


def alternation(words) -> str:
    """A trie alternation with free spacing inside multi-word phrases ("heavy set", "heavy-set")."""
    return trie_pattern(sorted(words)).replace(r"\ ", r"[\s-]+")


@lru_cache(maxsize=None)
def regexes() -> dict[str, re.Pattern]:
    lists = word_lists()
    colours = {p["pattern"] for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl") if p["label"] == "COLOUR"}
    colour = alternation(colours | lists["colours_extra"])
    approx = alternation(lists["approx"])
    numbers = alternation(lists["number_words"])
    count_nouns = alternation(counted_nouns())
    garment = alternation(lists["garments"])
    brand = alternation(list(lists["brands"]) + list(lists["clubs"]))  # "celtic top", "man utd top"
    hair = alternation(lists["hair_words"])
    b = r"(?<![\w'])"
    e = r"(?![\w'])"
    flags = re.IGNORECASE
    return {
        "count": re.compile(
            rf"{b}(?:(?:a\s+)?group\s+of\s+(?:(?:{approx})\s+)?(?:{numbers}|\d{{1,2}})(?:\s+(?:or|to|-)\s+\d{{1,2}})?(?:\s+(?:\w+\s+)?{count_nouns})?"
            rf"|(?:(?:{approx})\s+)?(?:{numbers})(?:\s*(?:or|to|-)\s*\d{{1,2}})?\s+(?:(?:{alternation(lists['count_adjectives'])})\s+)?"
            rf"{count_nouns}"
            rf"|(?:(?:{approx})\s+)?(?:{numbers}|[2-9]|1\d|20)(?:\s*(?:or|to|-)\s*\d{{1,2}})?\s+o(?:f)?\s+(?:them|em|us)){e}",  # Scots "5 o them"
            flags),  # "about 3 of them": how many
        "age": re.compile(
            rf"{b}(?:(?:(?:{approx})\s+)?\d{{1,2}}(?:\s*(?:-|to|or)\s*\d{{1,2}})?\s*(?:ish|yo|y/o|y\.o\.|yrs?\s+olds?|years?\s+olds?|year\s+olds?|0\s+(?:{alternation(lists['something_words'])}))"
            rf"|(?:aged?|age:)\s+(?:(?:{approx})\s+)?\d{{1,2}}(?:\s*(?:-|to|or)\s*\d{{1,2}})?"
            rf"|in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]*)?{DECADE}"
            rf"|(?:(?:{approx})\s+)?(?:early|mid|late)[\s-]*{DECADE}"
            rf"|teenage){e}", flags),
        "bare_age": re.compile(  # judged by context (module docstring)
            # never a piece of a longer number ("25,000", "229.40", "77-4412-0019")
            rf"{b}(?<!\d[,.:/-])(?:(?:(?:{approx})\s+)?(?:\d{{1,2}})(?:\s*(?:-|or|to)\s*\d{{1,2}})?|(?:(?:{approx})\s+)?{DECADE}){e}"
            rf"(?![:./,-]\d|\s*(?:%|£|\$))",
            flags),
        "height": re.compile(
            rf"{b}(?:(?:{approx})\s+)?[4-7]\s*(?:ft|foot|feet|')\s*(?:nothing|\d{{1,2}}(?:\s*(?:in(?!\s+(?:a|an|the|his|her|their|{colour}|{garment})(?![\w']))|inches|\"|''))?)?(?![\w'])", flags),
        "build": re.compile(rf"{b}(?:{alternation(lists['build'])}){e}", flags),
        "build_ambiguous": re.compile(rf"{b}(?:{alternation(lists['build_ambiguous'])}){e}", flags),
        "clothing": re.compile(
            rf"{b}(?:(?:(?:neck|face|hand|arm|sleeve|teardrop)\s+)?tattoos?(?:\s+sleeves?)?(?:\s+of\s+an?\s+[a-z]+(?:\s+[a-z]+(?={ON_BODY}))?)?(?:{ON_BODY})?"
            rf"|(?:neck|face|hand|arm|finger|teardrop)\s+tats?|tatted(?:\s+up)?"  # "face tats", "neck tat": tattoos in slang
            rf"|scars?(?:{ON_BODY})?"
            rf"|{alternation(lists['face_marks'])}"  # "gold tooth", "lazy eye"
            rf"|(?:all|aw)\s+(?:in\s+)?(?:{colour}){e}(?:\s+(?:{garment}))?"  # Scots "aw in black"
            rf"|(?:(?:{colour})\s+(?:and\s+)?){{0,2}}(?:(?:{brand})\s+){{0,2}}(?:{garment})"
            rf"|(?:(?:{colour})\s+){{1,2}}(?:{brand})"  # "bright yellow north face": a coloured brand is a garment
            rf"){e}", flags),
        "aged_person": re.compile(
            rf"{b}(?:{alternation(lists['age_adjectives'])})\s+(?:{alternation(lists['aged_nouns'])}){e}", flags),
        "weight": re.compile(rf"{b}(?:(?:{approx})\s+)?\d{{1,2}}\s*stone{e}", flags),
        "titled_name": re.compile(r"(?<![\w'])(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z][\w'-]*)"),
        "related_name": re.compile(  # "my son Jaylen", "her boyfriend Daz", "my daughters boyfriend Tyler"
            rf"(?<![\w'])(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)\s+(?:[a-z]+s\s+)?(?:{alternation(lists['relation_nouns'])})"
            r"\s+(?P<name>[A-Z][a-z][\w'-]*)"),
        "nickname": re.compile(  # "Big Kev", "Wee Shaz": case-sensitive
            rf"(?<![\w'])(?P<name>(?:{alternation(lists['nickname_adjectives'])})\s+[A-Z][a-z][\w'-]*)"),
        "one_is_name": re.compile(r"(?<![\w'])(?:one|lad|guy|girl|man|woman|boy|kid|he|she|dealer)\s+is\s+(?P<name>[A-Z][a-z][\w'-]*)"),
        "hair": re.compile(
            rf"{b}(?:(?:(?:{alternation(lists['hair_modifiers'])})\s+){{0,2}}(?:{hair})(?:{HAIR_WORN})?|{alternation(lists['hair_alone'])}){e}",
            flags),
        "name": re.compile(
            rf"{b}(?:{alternation(lists['name_cues'])})\s*[:\-]?\s+[\"']?(?P<name>[A-Za-z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", flags),
    }


# The kinds whose regex reads no capital (its code uses the match's span only, never its case)
CASELESS_KINDS = ("count", "age", "aged_person", "bare_age", "height", "build", "build_ambiguous", "clothing", "weight", "hair")
_ESCAPE_RE = re.compile(r"\\.")


@lru_cache(maxsize=None)
def lowered_regexes() -> dict[str, re.Pattern]:
    """The CASELESS_KINDS regexes without IGNORECASE, for the lower-cased text of an ASCII tip: the same spans
    (an ASCII character matches a lower-case ASCII letter ignoring case exactly when its lower case is that
    letter), found ~1.5-3x faster: re's branch test skips an alternative whose first letter differs only for
    case-sensitive letters, so each word list (a trie) is entered only on its first letters. Built only from
    patterns that hold no capital outside an escape and no other character whose case is an ASCII letter ("K")."""
    out = {}
    for kind in CASELESS_KINDS:
        pattern = regexes()[kind]
        source = _ESCAPE_RE.sub("", pattern.pattern)
        cased_as_ascii = any(not ch.isascii() and any(c.isascii() for c in ch.lower() + ch.upper() + ch.casefold())
                             for ch in source)
        if source == source.lower() and not cased_as_ascii:
            out[kind] = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    return out


@lru_cache(maxsize=None)
def ascii_regexes() -> dict[str, re.Pattern]:
    """regexes() with the lowered_regexes() in place of their caseless kinds: what find_people reads on an ASCII
    tip, merged once (a new dict every text cost more than the look-ups it served)."""
    return {**regexes(), **lowered_regexes()}


@lru_cache(maxsize=None)
def descriptor_words() -> frozenset[str]:
    """First words of descriptions: after an ambiguous build word they show it describes a person."""
    lists = word_lists()
    words = set()
    words.update(p["pattern"] for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl") if p["label"] == "COLOUR")
    for name in ("build", "build_ambiguous", "hair_modifiers", "hair_words", "hair_alone", "garments", "brands",
                 "colours_extra"):
        words.update(w.split()[0] for w in lists[name])
    return frozenset(words)
