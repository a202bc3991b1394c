"""Spanish corners: two streets joined by "y" as one place ("en la esquina de 5th y Cambria", "pico y union",
"kedzie y fullerton"), or two places when "entre" comes before two typed streets ("entre la 10th st y la 11th st").
A corner all in lower case is judged against English and Spanish dictionaries, so "8 y 11 años", "en limpieza y cocina"
or "la calle loiza y siguio" are no corners. spanish_places.py finds the corner spans and calls corner_end on each.
"""
from __future__ import annotations

import re

from .lexicon import common_words, gazetteer, stop_words
from .spanish_areas import VERB_ENDINGS, listed_not_barrio
from .spanish_rules import common_spanish, rules, spanish_form, us_states, verb_form

# A verb's endings, finite and infinitive, that end a lower-case name run: "calle kedzie roban", "y siguen"
NAME_RUN_VERB_ENDINGS = VERB_ENDINGS + ("an", "en", "ar", "er", "ir", "amos", "emos", "imos")
# After "y" these start what happened next, not a second street: "calle 145 y uno ya esta sangrando"
NOT_A_SIDE = frozenset("uno una unos unas el la los las ya se me le lo nadie todos todo nos te mi su".split())
# "el semaforo de tropicana y eastern", "la parada del bus de la tremont y cedar": a place where two streets meet
CORNER_PLACE_BEFORE_RE = re.compile(r"\b(?:sem[aá]foro|gasolinera|parada|estacionamiento|lote|tienda|bar|club|parque|"
                                    r"cancha|mercado|escuela|iglesia|cruce|esquina|mcdonalds|taqueria|taquer[ií]a)\s+"
                                    r"(?:de|del)\s+(?:la\s+)?$|\b(?:en|por|de|a|hacia)\s+la\s+$")


AGE_BEFORE_RE = re.compile(r"\b(?:como|unos|aprox\w*|tiene|ten[ií]a|edad|años)\s+(?:de\s+)?$")
PLACE_BEFORE_DE_RE = re.compile(r"\b(?:esquina|cruce|calles?|intersecci[oó]n|cerca|frente|lado|zona|[aá]rea|barrio)\s+de\s+$")


def _age_before(text: str, start: int, corner: str) -> bool:
    """Whether the number a corner starts with is someone's age: after "como (de)", "unos", "tiene" ..., or
    after a bare "de" (no "esquina de", "cerca de" ...) with "con" after it ("un señor de 50 con barba")."""
    before = text[max(0, start - 24):start].lower()
    if AGE_BEFORE_RE.search(before):
        return True
    return bool(re.search(r"\bde\s+$", before)) and not PLACE_BEFORE_DE_RE.search(before) and \
        re.match(r"\d+\s+con\s", corner) is not None


# A bare number right after these is a code's end or an hour, no street: "acaba en 4417 y la persona ...", "la sucursal
# es la 0442 y ...", "hasta la 1 y tengo un bebe"
NUMBER_NOT_STREET_BEFORE_RE = re.compile(r"\b(?:(?:acaba|acababa|termina|terminaba|empieza|empezaba)\s+(?:en|con)\s+(?:el\s+|la\s+)?"
                                         r"|(?:es|era|son)\s+(?:el|la)\s+|(?:hasta|desde)\s+las?\s+)$", re.IGNORECASE)


def _bare_number_not_a_street(text: str, start: int, sides: list[str]) -> bool:
    """A corner with a bare number for a side that reads as no street: the number follows a code's or a clock's words
    (NUMBER_NOT_STREET_BEFORE_RE), or it comes second after one lower-case word after a bare "de" that no place word
    comes before ("un carrito de bebe y 2 bicis", "95 euros de grua y 95 de deposito"; "la parada de kedzie y 26" stays)."""
    before = text[max(0, start - 30):start]
    if sides[0].strip().isdigit():
        return NUMBER_NOT_STREET_BEFORE_RE.search(before) is not None
    first = sides[0].strip()
    return (sides[1].strip().isdigit() and first.isalpha() and first.islower() and re.search(r"\bde\s+$", before) is not None
            and not PLACE_BEFORE_DE_RE.search(before.lower()) and not CORNER_PLACE_BEFORE_RE.search(before.lower()))


def corner_end(text: str, start: int, end: int) -> int | None:
    """Where a corner ends, or None when it is not one. "26 y kedzie", "pico y union", "Kensington y
    Allegheny" are corners; "8 y 11" (años), "la cara y maneja" are not. A corner all in lower case
    with no number or street word needs "esquina de" before it, or "en" and two names no English
    dictionary holds, the second not shaped like a verb ("en crenshaw y slauson", not "en philly y la vi").
    A second lower-case word on the last side stays only when it is an English word and not shaped like an
    English verb ("grand concourse", not "somerset sells")."""
    r = rules()
    corner = text[start:end]
    sides = r["joint"].split(corner, maxsplit=1)
    if len(sides) != 2:
        return end
    if all(side.isdigit() for side in sides):   # "8 y 11" (años) is none; "entre la 7 y la 8" (calles) is one
        return end if re.search(r"\bla\s+$", text[max(0, start - 4):start]) and re.search(r"\sla\s", corner) else None
    if sides[0].isdigit() and _age_before(text, start, corner):
        return None   # "un morro como de 20 con gorra roja", "un señor de 50 con barba": an age, not "26 y kedzie"
    if _bare_number_not_a_street(text, start, sides):
        return None
    if sides[1].split()[0].lower() in NOT_A_SIDE:
        return None   # "calle hartville y uno ya se colgo": the street alone (found as a street)
    if not particle_ok(corner):
        return None   # "la 16th st y van buren" is a corner; "main st y van llegando" is not
    if (not text[:start].strip(" \t\n.,;:!¡¿?\"'(") or re.search(r",\s$", text[max(0, start - 2):start])) \
            and not all(r["typed"].search(x) or GRID_SIDE_RE.fullmatch(x) for x in sides):
        return None   # opening the text or a clause with no place word before it, both sides need a street word
    # ("park st y broad st", "en soho, grand st y mercer st")
    last = sides[1].split()
    if len(last) == 2 and last[0].lower() not in r["particles"] and last[1].islower() and not r["typed"].search(sides[1]) and \
            not GRID_SIDE_RE.fullmatch(sides[1]) and \
            (last[1] not in common_words() or last[1] in stop_words() or last[1].endswith(("s", "ed", "ing"))):
        end = start + corner.rindex(last[1]) - 1
        corner, sides[1] = text[start:end], last[0]
    if sentence_word(sides[1]) and (r["typed"].search(sides[0]) or sides[1].endswith(NAME_RUN_VERB_ENDINGS)):
        return None   # "la calle loiza y siguio", "la morse rd y tambien ...": the street, then what happened next
    if re.search(r"\scon\s+\d+$", corner) or re.search(r"\scon\s+(?:dos|tres|cuatro|cinco|seis|varios|varias)$", corner.lower()):
        return None   # "harrow road con 2 tios", "en alicante con dos": how many people, not a second street
    if re.search(r"\scon\s", corner) and sides[1].islower() and " " not in sides[1] and common_spanish(sides[1]) \
            and sides[1] not in common_words():
        return None   # "la main ave con armas largas": with arms, not a second street ("47 y california" stays)
    if with_a_thing(corner, sides[1]):
        return None   # "la calle hilera con la puerta lateral abierta": the street, then what it has
    if any(ch.isupper() or ch.isdigit() for ch in corner) or any(r["typed"].search(x) for x in sides):
        return end
    before = text[max(0, start - 16):start].lower()
    if re.search(r"\b(?:esquina|corner|cruce|intersecci[oó]n)\s+de\s+(?:la\s+)?$|\bentre\s+(?:la\s+)?$", before):
        return end
    words = [word for side in sides for word in side.lower().split()]
    if CORNER_PLACE_BEFORE_RE.search(text[max(0, start - 40):start].lower()) and \
            all(len(w) >= 3 and not common_spanish(w) and w not in r["not_names"] and not listed_not_barrio(w)
                for w in words) \
            and not words[-1].endswith(VERB_ENDINGS):
        return end   # "la kedzie y fullerton", "el semaforo de nellis y stewart": English street names, Spanish around
    if re.search(r"\ben\s+$", before) and all(len(w) >= 3 and w not in common_words() and not common_spanish(w)
                                               and not listed_not_barrio(w) for w in words) \
            and not words[-1].endswith(VERB_ENDINGS):
        return end
    return None


ARTICLE_THING_RE = re.compile(r"\scon\s+(?:la|el|los|las|un|una|unos|unas|su|sus)\s+([a-zñáéíóúü]+)")


def with_a_thing(corner: str, side: str) -> bool:
    """"con" and an article before a common Spanish noun is what a street or car has, no second street: "bayshore blvd con
    la hielera", "calle hilera con la puerta lateral"; "calle mayor con la avenida del puerto" has a street word."""
    thing = ARTICLE_THING_RE.search(corner) if " con " in corner else None
    return (thing is not None and not rules()["typed"].search(side) and common_spanish(thing.group(1))
            and thing.group(1) not in common_words())


def sentence_word(side: str) -> bool:
    """One lower-case word that only the Spanish dictionary holds (no English word, no place the gazetteer knows, no US
    state): "siguio", "tambien", "corriente" continue the sentence after "y"; "pico y union", "archer y california",
    "la 5 y main" are corners."""
    word = side.strip()
    return (word.isalpha() and word.islower() and (spanish_form(word) or verb_form(word)) and word not in common_words()
            and gazetteer().get(word) is None and word not in us_states())


GRID_SIDE_RE = re.compile(r"\d{3,5}\s+(?i:north|south|east|west|[nsew])")   # "2100 s": a grid street names itself


BETWEEN_BEFORE_RE = re.compile(r"\bentre\s+(?:la\s+|el\s+)?$")
HIGHWAY_SIDE_RE = re.compile(r"^(?:el\s+|la\s+)?(?:loop|hwy|highway|interstate|freeway|autopista|carretera|ruta|i)[\s\-]?\d")


def between(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"entre la 10th st y la 11th st", "entre la carretera 77 y la mission rd": a stretch between two streets is two
    places, as "between mill street and corve street" is in English, when both sides carry a street or road word;
    "la esquina de 5th y cambria" and "entre la 7 y la 8" stay one corner."""
    if not BETWEEN_BEFORE_RE.search(text[max(0, start - 12):start].lower()):
        return [(start, end)]
    r = rules()
    joint = r["joint"].search(text, start, end)
    if not joint or not text[joint.start():joint.end()].strip().startswith("y"):
        return [(start, end)]
    sides = [(start, joint.start()), (joint.end(), end)]
    if all(r["typed"].search(text[s:e]) or HIGHWAY_SIDE_RE.match(text[s:e].lower()) for s, e in sides):
        return sides
    return [(start, end)]


def particle_ok(span: str) -> bool:
    """A particle ("van", "von") in a street name must come before a word no dictionary holds: "van buren",
    not "van corriendo" (they go) nor "van blanca"."""
    r = rules()
    words = span.lower().split()
    return all(following not in common_words() and not common_spanish(following)
               for word, following in zip(words, words[1:]) if word in r["particles"])
