"""People described in Spanish (nlp/data/es/people.json), added to the English descriptions by `tip_people`.

Spanish puts the garment first and its colour after it ("chamarra negra", "sudadera gris con capucha",
"gorra de los raiders"), builds after the person ("un tipo alto y flaco", "una morena"), ages after "de"
("un chavo de 15", "como de 30", "de unos 20 años") and nicknames after "le dicen" ("le dicen el Flaco").
Kinds, each one phrase, as in nlp/people.py: how many ("dos chavos", "un grupo de 5"), age, build,
clothing, hair and names.

Words that mean other things elsewhere need a person beside them: "alto" is also loud or a stop sign,
"bajo" is under, "blanco" and "negro" are colours; a bare "de 20" is only an age right after a person
("un morro de 20", not "billete de 20"). Texts with none of the list words are skipped by a set lookup,
and every word of the lists is matched with or without its accents (tips are often typed without them).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR, UNACCENTED

WORD_RE = re.compile(r"[a-zñü]+")
B = r"(?<![\wÁÉÍÓÚÑÜáéíóúñü])"
E = r"(?![\wÁÉÍÓÚÑÜáéíóúñü])"
# garments that are other words too: "traje" (I brought), "vestido" (dressed), "jersey" (New Jersey)
NEEDS_A_MODIFIER = frozenset("traje vestido jersey buzo licra zapatos mezclilla pants shorts jeans mochila camisa".split())
# after these a number of years is a time, not an age ("hace 2 años", "desde hace 5 años")
NOT_AGE_BEFORE = frozenset("hace desde durante por hasta cada".split())
LEADING_DE_RE = re.compile(r"de\s+(?=\d|unos|como|mas|más)", re.IGNORECASE)
AGE_VERBS = frozenset("tiene tenia tendra es era parece parecia anos años de".split())


def fold(word: str) -> str:
    return word.lower().translate(UNACCENTED)


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """Every list with each phrase also without its accents."""
    raw = json.loads((DATA_DIR / "es" / "people.json").read_text(encoding="utf-8"))
    return {name: frozenset(words) | frozenset(fold(w) for w in words)
            for name, words in raw.items() if not name.startswith("_")}


def alternation(words) -> str:
    """Longest first, free spacing inside multi-word phrases."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def regexes() -> dict[str, re.Pattern]:
    lists = word_lists()
    colour = alternation(lists["colours"])
    numbers = alternation(lists["number_words"] - {"como", "como unos", "unos", "unas", "mas o menos", "más o menos"})
    count_nouns = alternation(lists["count_nouns"])
    garment = alternation(lists["garments"])
    tail = alternation(lists["garment_tails"])
    brand = alternation(lists["brands"])
    approx = alternation(lists["age_approx"])
    flags = re.IGNORECASE
    return {
        "count": re.compile(
            rf"{B}(?:un\s+grupo\s+de\s+(?:(?:como|unos)\s+)?(?:\d{{1,2}}|{numbers}|{count_nouns})(?:\s+{count_nouns})?"
            rf"|(?:(?:como|unos|unas|mas\s+o\s+menos|más\s+o\s+menos)\s+)?(?:\d{{1,2}}|{numbers})"
            rf"(?:\s*(?:o|a|-)\s*(?:\d{{1,2}}|{numbers}))?\s+{count_nouns}){E}", flags),
        "age_years": re.compile(
            rf"{B}(?:(?:{approx})\s+)?\d{{1,2}}(?:\s*(?:o|a|-|y)\s*\d{{1,2}})?\s*(?:años|anos|añitos|anitos|añotes){E}", flags),
        "age_after": re.compile(
            rf"{B}(?:{approx})\s+\d{{1,2}}(?:\s*(?:o|a|-)\s*\d{{1,2}})?{E}(?![:./]\d|\s*(?:%|\$|dolares|dólares|pesos|euros|"
            rf"minutos|min|horas|hrs|dias|días|cuadras|millas|metros|veces|carros|casas|personas|de\s+la|am|pm))", flags),
        "age_word": re.compile(rf"{B}{alternation(lists['age_words'])}{E}", flags),
        "build": re.compile(rf"{B}{alternation(lists['build'])}{E}", flags),
        "build_ambiguous": re.compile(rf"{B}{alternation(lists['build_ambiguous'])}{E}", flags),
        "clothing": re.compile(
            rf"{B}(?:(?:vestid[oa]s?|tod[oa]s?)\s+(?:(?:todo|toda)\s+)?de\s+{colour}"
            rf"|{garment}(?:\s+(?:y\s+)?(?:{colour}|{tail}|(?:de\s+(?:la\s+|los\s+)?)?{brand})){{0,3}}){E}", flags),
        "hair": re.compile(
            rf"{B}(?:{alternation(lists['hair_nouns'])}(?:\s+(?:y\s+)?{alternation(lists['hair_modifiers'])}){{1,2}}"
            rf"|(?:barba|bigote|barbita|chivita)|{alternation(lists['hair_alone'])}){E}", flags),
        "name": re.compile(
            rf"{B}{alternation(lists['name_cues'])}\s*:?\s+(?P<name>(?:(?:el|la)\s+)?[A-Za-zÁÉÍÓÚÑáéíóúñ][\w'-]*)", flags),
    }


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Folded words one of which every Spanish description holds; English-looking ones ("jeans", "nike")
    are left out so that an English text is never read twice."""
    lists = word_lists()
    words: set[str] = set()
    for name in ("count_nouns", "age_words", "build", "garments", "hair_nouns", "hair_alone", "name_cues"):
        for phrase in lists[name]:
            words.update(WORD_RE.findall(fold(phrase)))
    words.update(("anos", "anitos", "de"))
    return frozenset(words - {"jeans", "shorts", "pants", "hoodie", "jersey", "mohawk", "alias", "el", "la", "de", "con",
                              "en", "los", "su", "es", "como", "apodo", "nombre", "complexion", "tez", "piel", "y"})


def previous_word(text: str, start: int) -> str:
    words = WORD_RE.findall(fold(text[max(0, start - 30):start]))
    return words[-1] if words else ""


def next_word(text: str, end: int) -> str:
    match = re.match(r"[\s,]*([\wÁÉÍÓÚÑÜáéíóúñü]+)", text[end:end + 30])
    return fold(match.group(1)) if match else ""


def find_spanish_people(text: str, present: frozenset[str] | None = None) -> list[tuple[int, int, int, str]]:
    """Candidate Spanish descriptions in ``text`` as (start, end, priority, phrase); people.find_people picks
    among them and the English ones. ``present``: the text's lower-case words (spans.lower_words: runs of a-z),
    which for an ASCII text are its folded words (no accent to fold, no ñ or ü)."""
    words = present if present is not None and text.isascii() else frozenset(WORD_RE.findall(fold(text)))
    if words.isdisjoint(trigger_words()):
        return []
    rx = regexes()
    lists = word_lists()
    nouns = lists["person_nouns"]
    found: list[tuple[int, int, int, str]] = []

    def add(start: int, end: int, priority: int) -> None:
        lead = LEADING_DE_RE.match(text, start, end)
        if lead:
            start = lead.end()   # "un chavo de 15" -> "15", "de unos 20 años" -> "unos 20 años"; "como de 30" stays
        found.append((start, end, priority, text[start:end]))

    for match in rx["count"].finditer(text):
        add(*match.span(), 0)
    for match in rx["age_years"].finditer(text):
        if previous_word(text, match.start()) not in NOT_AGE_BEFORE:
            add(*match.span(), 1)
    for match in rx["age_word"].finditer(text):
        add(*match.span(), 1)
    for match in rx["build"].finditer(text):
        add(*match.span(), 2)
    for match in rx["clothing"].finditer(text):
        if fold(match.group()) in NEEDS_A_MODIFIER:
            continue   # "te traje", "vestido" alone: only "traje negro", "vestido rojo" describe someone
        add(*match.span(), 2)
    for match in rx["hair"].finditer(text):
        add(*match.span(), 2)
    for match in rx["name"].finditer(text):
        name = match.group("name")
        if fold(name.split()[-1]) in lists["not_names"] or name.split()[-1].isdigit():
            continue
        add(*match.span("name"), 0)
    spans = [(s, e) for s, e, _, _ in found]

    def described(start: int, end: int) -> bool:
        return any(abs(s - end) <= 4 or abs(start - e) <= 4 for s, e in spans)

    for match in rx["build_ambiguous"].finditer(text):
        before = previous_word(text, match.start())
        if before in nouns or described(*match.span()):
            add(*match.span(), 3)   # "un hombre alto", "alto, gorra roja"; not "la musica bien alto"
    for match in rx["age_after"].finditer(text):
        start, end = match.span()
        if not all(5 <= int(n) <= 90 for n in re.findall(r"\d+", match.group())):
            continue
        before = previous_word(text, start)
        person_before = any(w in nouns for w in WORD_RE.findall(fold(text[max(0, start - 25):start]))[-3:])
        if (person_before or described(start, end) or before in AGE_VERBS) and before not in NOT_AGE_BEFORE:
            add(start, end, 4)   # "un chavo de 15", "como de 30, gorra roja"; not "billete de 20"
    return found
