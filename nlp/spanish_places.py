"""Spanish places: corners ("en la esquina de 5th y Cambria", "pico y union"), addresses ("3200 de la calle
Kensington"), streets after "calle"/"avenida", English street names in lower case ("fordham road"), landmarks
("frente a la escuela Roberto Clemente", "parque humboldt") and gazetteer names after "en" ("en peckham");
barrios and towns named without a street are spanish_areas.py's; whether a corner's match is one is
spanish_corners.py's. Names in lower case are judged against English and Spanish dictionaries.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import common_words, gazetteer, spanish_lexicon, stop_words
from .spanish_areas import find_towns, towns_after, unknown_word
from .spanish_corners import NAME_RUN_VERB_ENDINGS, between, corner_end, particle_ok
from .spanish_counts import counted_after
from .spanish_de_names import de_name_end
from .spanish_english_corners import joined_english_corners
from .spanish_joined_names import joined_name_end
from .spanish_landmark_names import area_in_landmark, kind_of_thing, kind_word
from .spanish_mid_name_runs import mid_name_end
from .spanish_name_articles import name_article_start
from .spanish_name_run_ends import NAME_RUN_STOPS
from .spanish_person_streets import person_name_end
from .spanish_present_verbs import present_verb
from .spanish_rules import code_before, common_spanish, rules, stem_tests, verb_form
from .spanish_run_on_words import run_on_words
from .spanish_street_tails import ENGLISH_SUFFIX_END_RE, address_head, house_number_head, street_head, street_tail
from .spanish_verb_words import sentence_verb
from .spans import overlaps

WATER_WORDS = frozenset(("creek", "river", "lake", "bayou"))   # a water's English name is a name, common words or not
PLACE_KINDS = ("intersection", "address", "highway", "road_code", "english_place", "titled_street", "spain_street", "street", "suffixed", "proper_landmark", "landmark", "named")
SPANISH_STREET_RE = re.compile(r"(?i:calle|avenida|avinguda|avgda\.?|av\.?|avda\.|bulevar|blvd\.?|paseo|camino|callej[oó]n|carrer|rua|plaza|ronda|carretera)\s+[a-zñáéíóúü]")
# A king's or pope's number ends a street named for him: "avenida juan carlos i,", "calle alfonso xiii." (not a lone "x": "por")
# Popes and kings up to XXIII: "avenida juan xxiii 30", "calle benedicto xvi"
REGNAL = r"(?:\s+(?:x{0,2}(?:i{1,3}|iv|vi{0,3}|ix)|xx?v|X{0,2}(?:I{1,3}|IV|VI{0,3}|IX)|XX?V))"
# (the house number: street_tail) a run may also end before a house number that ends the clause or comes before the
# town ("calle cruz verde 17,", "calle menendez pelayo 12 en el alisal"): a number after two name words is the door's
NAME_RUN_RE = re.compile(r"(?:\s+[a-zñáéíóúü][a-zñáéíóúü'\-]+){1,3}(?=\s*(?:[,.;:!?)]|$)|\s+\d{1,4}(?:\s*(?:[,.;:!?)]|$)|\s+(?:en|de|del)\s)|"
                         + NAME_RUN_STOPS + r")|"
                         r"(?:\s+[a-zñáéíóúü][a-zñáéíóúü'\-]+){0,3}" + REGNAL + r"(?=\s*(?:[,.;:!?)]|$)|\s+\d)")
# Spain's street names run on with "de (la)" and end with the house number: "calle de san juan de la peña,", "calle de
# la alqueria de la estrella 14,", "calle de san vicente ferrer 12,"
SPAIN_NAME_RUN_RE = re.compile(r"(?:(?:\s+(?:(?:de|del)\s+(?:(?:la|los|las|el)\s+)?)?[a-zñáéíóúü][a-zñáéíóúü'\-]+){1,4}"
                               + REGNAL + r"?|" + REGNAL + r")(?:\s+\d{1,4})?(?=\s*(?:[,.;:!?)]|$))")
RUN_JOINERS = frozenset(("de", "del", "la", "los", "las", "el"))
# (one or two names of the king's before it: "avenida juan carlos I")
UPPER_REGNAL_RE = re.compile(r"((?:\s+[a-zñáéíóúü][a-zñáéíóúü'\-]+){0,2})\s+(?:X{0,2}(?:I{1,3}|IV|VI{0,3}|IX)|XX?V)(?![\w'\-])")


def _name_run(text: str, start: int, end: int, spain: bool = False) -> int:
    # the longer of the run and a person's whole name: "calle pedro antonio de alarcon 31" (spanish_person_streets.py)
    return max(_plain_name_run(text, start, end, spain), person_name_end(text, start, end))


def _plain_name_run(text: str, start: int, end: int, spain: bool = False) -> int:
    """A lower-case street name after "calle" runs on to the end of its clause when every word after the first is
    a name, not a verb, function word or plural noun of the sentence: "calle luis ortiz muñoz, queman ..."
    gives the whole name; "calle kedzie roban carros, ..." stays "calle kedzie". spain: a Spain street's name, whose
    run may hold "de (la)" and end with the house number (SPAIN_NAME_RUN_RE)."""
    if not SPANISH_STREET_RE.match(text, start) or (end < len(text) and text[end].isalnum()):
        return end
    end = _titled_name(text, start, end)
    joined = joined_name_end(text, end) if not spain else end
    if joined != end:
        return joined   # "avenida ponce de leon,": the surname's "de" joins its parts
    numeral = UPPER_REGNAL_RE.match(text, end)
    if numeral and not text.isupper() and not any(w in stop_words() for w in numeral.group(1).split()):
        return numeral.end()   # "la calle alfonso I estuvo ...": a numeral in capitals is the king's, whatever follows
    de_end = end if spain else de_name_end(text, end)
    if de_end != end:
        return de_end   # "calle cristo de la epidemia y ...": the image's name runs on with "de la"
    run = (SPAIN_NAME_RUN_RE if spain else NAME_RUN_RE).match(text, end)
    if not run:
        return mid_name_end(text, end)   # "avenida blasco ibañez y ni paro": unknown words inside the clause
    r = rules()
    words = run.group().split()
    regnal = [k for k, word in enumerate(words) if re.fullmatch(REGNAL, " " + word)
              and (k == len(words) - 1 or words[k + 1].isdigit())]   # a king's number: the words before it name him
    for k, word in enumerate(words):
        if k in regnal or (spain and (word in RUN_JOINERS or word.isdigit())):
            continue
        if (word in r["not_names"] or word in stop_words() or (_verb_like(word) if spain else word.endswith(NAME_RUN_VERB_ENDINGS))
                or (word.endswith("s") and common_spanish(word) and not regnal) or word.endswith(("ando", "iendo", "mente"))):
            return end
    return run.end()


@lru_cache(maxsize=1)
def street_name_titles() -> frozenset[str]:
    lex = spanish_lexicon()
    return frozenset(lex["street_titles"] + lex["street_name_titles"] + lex["street_given_names"] + lex["street_surnames"])


# (Catalan joins two surnames with "i": "avinguda ramon i cajal", "carrer pi i margall")
NAME_WORD_AFTER_RE = re.compile(r"\s+(?:i\s+)?([a-zñáéíóúü][a-zñáéíóúü'\-]{2,})\b")


def _titled_name(text: str, start: int, end: int) -> int:
    """A street that ends on a title or a given name ("calle pintor", "avenida reina", "calle miguel"; lexicon
    street_titles, street_name_titles, street_given_names) ends
    after the name that follows it, common word or not: "calle maestro serrano el viernes", "calle pintor aparicio en
    ...", as a title always comes before the person's name."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1].lower() not in street_name_titles():
        return end
    name = NAME_WORD_AFTER_RE.match(text, end)
    if not name or name.group(1) in stop_words() or name.group(1) in rules()["not_names"] or _verb_like(name.group(1)):
        return end
    return name.end()


def _verb_like(word: str) -> bool:
    """A word with a verb's ending that is a verb: a finite form of a common verb ("roban", "esperan"), or a common word
    longer than a name's four letters ("tienen", "quieren": irregular stems); "juan", "ferrer" (a saint, a surname) have
    the ending and name a street ("calle de san juan de la peña", "calle de san vicente ferrer 12")."""
    return word.endswith(NAME_RUN_VERB_ENDINGS) and (verb_form(word) or (common_spanish(word) and len(word) > 4))


# the sentence's own words after a landmark: "el puente tengo que", "el rio ha subido", "el parque de la constitucion vi
# a", "rio shopping aunque"; a finite verb, a participle of one, an auxiliary, a word of when (run_on_words) or a
# conjunction never names a bridge or a park
SENTENCE_WORDS = frozenset("ha han he hemos has vi vio vimos tengo tiene tienen aunque pero porque".split())


def _sentence_word(word: str) -> bool:
    return word in SENTENCE_WORDS or word in run_on_words() or sentence_verb(word) or present_verb(word) \
        or verb_form(word)


def _cut_verb(text: str, start: int, end: int) -> tuple[int, int | None]:
    """A landmark's lower-case name ends before a common Spanish word shaped like a verb: "cerca del parque hacen
    carreras" names no park ("hacen": they do); "el parque humboldt roban" (one name word is kept) is "parque humboldt"."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, word in enumerate(words[1:], 1):
        w = word.group()
        if (w.islower() and w not in ("de", "la") and common_spanish(w) and w not in common_words()
                and w.endswith(NAME_RUN_VERB_ENDINGS)) or _sentence_word(w.lower()):
            kept = [x for x in words[1:i] if x.group() not in ("de", "la")]
            return (start, start + words[i - 1].end()) if kept else (start, None)
    return start, end


def _common_name(landmark: str) -> bool:
    """A landmark word and one common Spanish word in lower case after it, with "de" ("parque de diversiones") or
    shaped like an adjective or a verb ("parque infantil"): no name. One word right after it names it ("parque
    encanto"), and so do two ("parque maximo gomez")."""
    words = [w for w in landmark.split()[1:] if w not in ("de", "la")]
    if len(words) == 1 and " de " not in landmark and not words[0].endswith(ADJECTIVE_ENDINGS + NAME_RUN_VERB_ENDINGS) \
            and words[0] not in stop_words() and not kind_word(words):
        return False   # "parque lincoln", "parque encanto": a noun or a name right after the landmark word names it
    return kind_word(words) or len(words) == 1 and words[0].islower() and common_spanish(words[0])   # "puente peatonal"


# "parque infantil", "parque acuatico", "parque abandonado", "parque publico": a kind of park, not its name
ADJECTIVE_ENDINGS = ("al", "ico", "ica", "ado", "ada", "ido", "ida", "ivo", "iva", "oso", "osa", "ante", "ente", "ble",
                     "il", "ar", "ero", "era", "ano", "ana", "eno", "ena", "io", "ia", "os", "as", "es", "evo", "eva", "ejo",
                     "eja", "oto", "ota", "ueño", "ueña", "ito", "ita")


def _trim_lead(text: str, start: int, end: int) -> int:
    """The start of a lower-case suffixed street past the sentence's words before it ("down main st", "el accidente
    on broad street"): the name is the word before the suffix and the words before it back to a function word."""
    stops = stop_words() | rules()["not_names"]
    words = list(re.finditer(r"\S+", text[start:end]))[:-1]   # the name words, without the suffix
    first = len(words) - 1
    while first > 0 and words[first - 1].group().lower() not in stops:
        first -= 1
    if 0 < first and words[first - 1].group().lower() in rules()["particles"] and \
            particle_ok(text[start + words[first - 1].start():end]):
        first -= 1   # "la van nuys blvd": "van" starts the name when no dictionary holds the word after it
    if 0 < first and words[first - 1].group().lower().rstrip(".") in DIRECTION_WORDS:
        first -= 1   # "la e 8th st", "la w van buren st": the direction is the street's ("e" is no "and" here)
    return start + words[first].start() if words else start


SPAIN_VERB_ENDINGS = ("an", "en", "aron", "ieron", "aba", "ando", "iendo", "ar", "er", "ir")


def _without_verb(text: str, match):
    """A Spain street match without a second name word that is a common verb ("la carretera de ronda pasan"):
    the same regex matched again up to the first name word only."""
    words = text[match.end(2):match.end(1)].split()
    if words and not words[0].isdigit() and common_spanish(words[0].lower()) and words[0].lower().endswith(SPAIN_VERB_ENDINGS) \
            and (verb_form(words[0].lower()) or len(words[0]) > 4) or words and (sentence_verb(words[0]) or present_verb(words[0])
                                                                                  or words[0].lower() in run_on_words()):
        # "pasan", "tienen"; "san juan" names; "la avenida de bayona conducia": a past form or participle
        return rules()["spain_street"].match(text, match.start(1), match.end(2)) or match
    return match


PRONOUN_BEFORE_RE = re.compile(r"\b(?:me|te|se|nos|le|les|lo|la)\s+$", re.IGNORECASE)


# Street words that only name ("la avenida de la paz", "el paseo del parque", "la calzada del ejercito"): a common word after
# "de" names the street; after "calle", "camino" it may be what the street is of ("la calle de mi casa"). A square is
# named so too ("la plaza de regla", "la plaza de mina", "la plaza de la universidad": dev, 3 better, 0 worse)
NAMING_STREET_RE = re.compile(r"(?i:avenida|avda|calz(?:ada)?\.?\s+de(?:l|\s+la)?\s+(?!(?:la\s+)?(?:plaza|carretera|calle|avenida|autopista|autov[ií]a|glorieta|rotonda))|paseo|passeig|rambla|explanada|glorieta|traves[ií]a|plaza|pla[cç]a)\b")


@lru_cache(maxsize=1)
def parking_spaces() -> frozenset[str]:
    return frozenset(spanish_lexicon()["parking_spaces"])


def _spain_corners(text: str, matches: list) -> list[tuple[int, int]]:
    """Spain's streets ("calle de bravo murillo": a name no dictionary holds, or more than one word after "de"), and
    two of them joined as a corner, one place ("calle del pez esquina con calle de la luna", "carrer de sants con carrer
    de badal"): beside a street of the first kind, a name that is a common word ("luna") names a street too."""
    def named(m) -> bool:
        if m.group(1)[:5].lower() in ("plaza", "plaça") and m.group(2).lower() in parking_spaces():
            return False   # "la plaza de garaje", "mi plaza de aparcamiento": a parking space, no square
        return len(m.group(1).split()) > 3 + ("la" in m.group(1).split()[1:3]) or not common_spanish(m.group(2).lower()) \
            or (NAMING_STREET_RE.match(m.group(1)) is not None and m.group(2).lower() not in rules()["not_names"])
    joint = rules()["joint"]
    matches = [_without_verb(text, m) for m in matches]
    found, k = [], 0
    while k < len(matches):
        m = matches[k]
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if nxt is not None and joint.fullmatch(text, m.end(1), nxt.start(1)) and (named(m) or named(nxt)):
            found.append((m.start(1), nxt.end(1)))
            k += 2
            continue
        if named(m):
            found.append(m.span(1))
        k += 1
    return found


DIRECTION_WORDS = frozenset(("n", "s", "e", "w", "ne", "nw", "se", "sw"))
# "de n las vegas blvd", "la s la brea ave": no Spanish sentence puts a compass letter before its own article, so the
# article is the name's ("Las Vegas Blvd", "La Brea Ave")
DIRECTION_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w'\-])(?:[nsewNSEW]|ne|nw|se|sw|NE|NW|SE|SW)\.?\s+(?i:la|las|los|el|del)\s+$")


def _direction_article_head(text: str, start: int) -> int:
    """Where a suffixed street found at `start` starts once a direction and the name's article before it are in."""
    if start < 4 or not text[start - 1].isspace():
        return start
    match = DIRECTION_ARTICLE_BEFORE_RE.search(text, max(0, start - 10), start)
    return match.start() if match else start


SUFFIXED_WORDS_BEFORE = 6   # a "suffixed" match holds at most 5 words before its street word (direction, particle, 3 names)
_TOKEN_RE = re.compile(r"\S+")


def _suffixed(text: str) -> list[tuple[int, int]]:
    """What rules()["suffixed"].finditer finds, searched only from a few words before each English street word: the
    regex tries its lower-case names at every word of the text, and most of a text is far from any "st" or "rd"."""
    r, pos, found = rules(), 0, []
    for word in r["suffix_word"].finditer(text):
        if word.start() < pos:
            continue
        starts = [m.start() for m in _TOKEN_RE.finditer(text, 0, word.start())]
        window = starts[-SUFFIXED_WORDS_BEFORE] if len(starts) >= SUFFIXED_WORDS_BEFORE else 0
        match = r["suffixed"].search(text, max(pos, window))
        if match is None:
            break
        found.append(match.span(1))
        pos = match.end()
    return found


def find_places(text: str, blocked) -> list[tuple[int, int]]:
    """Places, none overlapping another: intersections first, then addresses, streets and named
    landmarks ("gasolinera de Broad y Lehigh" is the corner, not "gasolinera de Broad"), the
    longest of each kind first."""
    r = rules()
    lower = text.lower()
    stems = stem_tests()
    chosen: list[tuple[int, int]] = []
    for kind in PLACE_KINDS:
        if not stems[kind].search(lower) or (kind == "suffixed" and not r["suffix_word"].search(text)):
            continue
        found = _suffixed(text) if kind == "suffixed" else [m.span(1) for m in r[kind].finditer(text)]
        if kind == "intersection":
            found = [(s, e) for s, e in ((s, corner_end(text, s, e)) for s, e in found) if e]
            found = [side for s, e in found for side in between(text, s, e)]
        elif kind == "address":   # "el bloque 4200 de la euclid ave": the block word is the address's
            found = [(address_head(text, s), e) for s, e in found if particle_ok(text[s:e])]
        elif kind == "suffixed":
            found = [(street_head(text, _direction_article_head(text, _trim_lead(text, s, e))), e) for s, e in found]
        elif kind == "named":
            places = gazetteer()
            found = [(s, e) for s, e in found if places.get(text[s:e]) is False and text[s:e] not in common_words()
                     and text[s:e] not in r["not_names"] and not common_spanish(text[s:e])]
        elif kind == "spain_street":   # "calle de bravo murillo", not "la calle de enfrente"
            found = [(s, _name_run(text, s, e, spain=True)) for s, e in _spain_corners(text, list(r[kind].finditer(text)))]
        elif kind == "street":   # "hacia el el camino ave": a Spanish street word opens an English-named street with its article
            found = [(name_article_start(text, s) if ENGLISH_SUFFIX_END_RE.search(text, s, e) else s, _name_run(text, s, e))
                     for s, e in found]
        elif kind == "english_place":   # "el eastside park", "el east street market"; not "el mismo mall", "el flea market"
            # a name word English holds too ("roger williams park", "bob hall pier") is no Spanish word of the sentence
            found = [(s, e) for s, e in found if not all(common_spanish(w) and w not in common_words()
                                                         for w in text[s:e].lower().split()[:-1])
                     and not (len(text[s:e].split()) == 2 and text[s:e].split()[0].lower() in common_words()
                              and text[s:e].split()[1].lower() not in WATER_WORDS)]   # "el sugar creek": a creek's name
        elif kind == "titled_street":   # "la general mcmullen"; not "la general electric" nor "la doctor nos dijo"
            found = [(s, e) for s, e in found if unknown_word(text[s:e].split()[-1].lower())]
        elif kind == "proper_landmark":   # "parque humboldt", not "parque de diversiones" nor "parque hacen carreras"
            found = [(s, e) for s, e in (_cut_verb(text, s, e) for s, e in found) if e and not _common_name(text[s:e])
                     and not PRONOUN_BEFORE_RE.search(text, max(0, s - 5), s)]   # "se rio mucho": laughed
            # "el parque de clarke square" is the area; "el parque de casas moviles" names no park (spanish_landmark_names.py)
            found = [area_in_landmark(text, s, e) or (s, e) for s, e in found if not kind_of_thing(text, s, e)]
        if kind in ("address", "street", "suffixed", "spain_street", "intersection"):
            found = [(s, street_tail(text, s, e)) for s, e in found]
        if kind in ("street", "spain_street"):   # "el 41 de la calle gil de jaz"
            found = [(house_number_head(text, s), e) for s, e in found]
        if kind in ("address", "street"):   # "cruce la calle 2 veces": the number counts, it numbers no street
            found = [(s, e) for s, e in found if not counted_after(text, e)]
        for start, end in sorted(found, key=lambda s: s[0] - s[1]):
            if code_before(text, start):
                continue  # "policy number AV 2231 876": a code's letters, not "Av." (avenida)
            if not overlaps(start, end, chosen + blocked):
                chosen.append((start, end))
            elif kind in ("address", "street") and any(start <= s and e <= end for s, e in chosen):
                # "3200 de la calle Kensington" holds "calle Kensington": the longer address wins
                chosen = [c for c in chosen if not (start <= c[0] and c[1] <= end)]
                if not overlaps(start, end, chosen + blocked):
                    chosen.append((start, end))
    chosen += [(_compass_number_head(text, m), m.end(1)) for m in COMPASS_STREET_RE.finditer(text)
               if not overlaps(*m.span(1), chosen + blocked)
               and not common_spanish(m.group(2).lower()) and m.group(2).lower() not in stop_words()]
    chosen = joined_english_corners(text, chosen)
    chosen += towns_after(text, chosen, blocked)
    return chosen + find_towns(text, chosen + blocked)


# "en la n broadway", "por la s zarzamora": "la", a compass letter and a name, with no street word after it, is a
# street of a grid (the letter says which side), when the name is no common Spanish word
COMPASS_STREET_RE = re.compile(r"\b(?i:en|por|de|a|hacia|desde)\s+la\s+((?:[nsw]|ne|nw|se|sw|N|S|E|W|NE|NW|SE|SW)\.?\s+"
                               r"([a-z][a-z'\-]{3,}))\b(?!\s+(?i:st|ave|rd|blvd|dr|street|avenue|road)\b)")


# "en la 4408 de la n blackstone": the house number written before "de la" is the address's, as "3200 de la calle x"
HOUSE_NUMBER_DE_RE = re.compile(r"(?<![\w.,:/-])(\d{2,5})\s+$")


def _compass_number_head(text: str, match) -> int:
    """Where a compass street (COMPASS_STREET_RE) starts once a house number before its "de la" is in."""
    if match.group().split()[0].lower() != "de":
        return match.start(1)
    number = HOUSE_NUMBER_DE_RE.search(text, max(0, match.start() - 8), match.start())
    return number.start(1) if number else match.start(1)


# A lower-case name after "en", "por", "hacia" that no dictionary holds is a barrio or town, as a guess ("en pilsen",
# "hacia pico rivera", "por washington heights"): officers see it, the tipster is not told "Anotado".
