"""Spanish facts, added to the English ones: places with Spanish cues ("en la esquina de 5th y
Cambria", "cerca de la calle Lehigh", "frente a la escuela Roberto Clemente"), clock and
relative times ("a las 3 de la mañana", "hace 10 minutos"), vehicles written noun first
("camioneta blanca", "Honda Civic gris") and plates after "placa", "tablilla", "matrícula".
Tips are often typed in lower case and without accents: street names after "calle"/"avenida" and
corners ("esquina de pico y union") are read in lower case too, judged against function words
(lexicon "not_names"), English dictionary words and the commonest Spanish words (common_words.txt),
so "8 y 11 años" or "en limpieza y cocina" are no corners; codes after "vuelo", "caso", "cuenta"
are neither plates nor places.

Word lists are data (nlp/data/es/lexicon.json); Spanish urgency and time cue phrases go
through the shared cue matcher (nlp/data/es/*.jsonl, see lexicon.language_patterns), so
the English rules judge them. This component runs last but one, before urgency, and runs
on every text: a tip that mixes English and Spanish gets both readings. Where a Spanish
fact overlaps an English one, the longer wins.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, PARTIAL_PLATES, PHONES, PLATES, TIMES, VEHICLE_PARTS, VEHICLES, attrs, read
from .lexicon import DATA_DIR, UNACCENTED, common_words, gazetteer, stop_words
from .spans import overlaps, store, text_of
from .vehicles import TRIM_RE

LETTER = "A-Za-zÁÉÍÓÚÑÜáéíóúñü"
# Words the Spanish rules read that English tips use as often ("white van", "Market Ave", "the suv"): they
# do not make a text Spanish on their own (a Spanish text holds other words: "una van blanca en la Ave 5").
ENGLISH_TOO = frozenset("van ave av suv moto ibiza clio toledo bus son e u pa ni ya yo nos".split())
_WORD = re.compile(r"[a-záéíóúñü]+")
CAP = "A-ZÁÉÍÓÚÑ"


def _alt(words) -> str:
    """The words as one case-insensitive alternation (longest first); the names around them keep their case."""
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def spanish_words() -> frozenset[str]:
    """The 10,000 commonest Spanish words (nlp/data/es/common_words.txt, see nlp/data/ATTRIBUTION.md): a lower-case
    word after "en" that is one of them ("en limpieza y cocina") is no street name."""
    words = (DATA_DIR / "es" / "common_words.txt").read_text(encoding="utf-8").split()
    return frozenset(words) | frozenset(word.translate(UNACCENTED) for word in words)


def common_spanish(word: str) -> bool:
    """One of the commonest Spanish words, or its plural ("diversiones", "casas"), accents or not."""
    words = spanish_words()
    return word in words or (word.endswith("s") and (word[:-1] in words or (word.endswith("es") and word[:-2] in words)))


@lru_cache(maxsize=1)
def rules() -> dict:
    lex = json.loads((DATA_DIR / "es" / "lexicon.json").read_text(encoding="utf-8"))
    name = rf"(?:\d{{1,4}}(?:st|nd|rd|th|a|o|ra|ro|va|vo)?\b|[{CAP}][{LETTER}'.\-]*[{LETTER}])"
    names = rf"{name}(?:\s+(?:de\s+(?:la\s+|los\s+)?)?{name}){{0,3}}"
    # A street name typed in lower case ("calle pulaski", "pico y union"): one word that is not a function word,
    # verb or adverb of the sentence around it, a colour or a gerund ("la calle esta", "estacion de brixton robando").
    lower = rf"(?:(?!(?:{_alt(lex['not_names'] + lex['colours'])})\b)(?![{LETTER}]*(?:ando|iendo)\b)[a-zñáéíóúü][{LETTER}'\-]*[{LETTER}])"
    number = r"(?:\d{1,4}(?:st|nd|rd|th|a|o|ra|ro|va|vo)?\b)"
    suffix_words = r"(?i:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|pl|way|pkwy|hwy|expy)"
    en_suffix_required = rf"\s+{suffix_words}\b\.?"
    en_suffix = f"(?:{en_suffix_required})?"
    directions = rf"(?:\s+(?:{_alt(lex['street_directions'])})\b)"
    street = rf"(?:(?:{_alt(lex['street_types'])})\.?\s+)"
    es_street = rf"(?:(?:{_alt(lex['spanish_street_types'])})\s+|(?<=\bla\s)(?i:ave|av|blvd)\.?\s+)"
    lname = rf"(?:(?:[NSEWnsew]|sw|se|nw|ne|SW|SE|NW|NE)\s+(?=\d)|(?:st|St)\s+(?=[a-z]))?(?:{name}|{lower}(?:\s+{lower})?)"
    side = rf"(?:{street}(?:{name}|[{CAP}]\b)|{es_street}{lower}|{name}(?:\s+{name})?{en_suffix}|{lname}{en_suffix})"
    cue = r"(?:(?<=\bde\s)|(?<=\ben\s)|(?<=\bentre\s)|(?<=\bpor\s)|(?<=\bhacia\s)|(?<=\ba\s)|(?<=\bla\s)|(?<=\bdel\s)" \
          r"|(?<=\bal\s)|(?<=\besquina\s))"
    units = _alt(lex["time_units"])
    count = rf"(?:\d{{1,3}}|{_alt(lex['number_words'])})"
    parts = _alt(lex["clock_parts"])
    colours = _alt(lex["colours"])
    return {
        "intersection": re.compile(rf"{cue}(?:la\s+)?({side}\s+(?:y|con|e)\s+(?:la\s+)?{side})", re.UNICODE),
        "address": re.compile(rf"\b(\d{{3,5}}\s+(?:block\s+)?(?:de\s+(?:la\s+)?)?(?:{street}"
                              rf"(?:{names}|{number}{directions}?|[{CAP}]\b)|{es_street}{lower}|(?:[NSEW]\.?\s+)?{names}{en_suffix_required}"
                              rf"|(?:{lower}\s+){{0,2}}{lower}{en_suffix_required}))",
                              re.UNICODE),
        "street": re.compile(rf"\b({street}(?:{number}{directions}|{names}|[{CAP}]\b)|{es_street}{lower}\b{en_suffix}"
                             rf"|\d{{1,2}}(?:ra|ro|da|do|ta|to|va|vo|na|no|ma|mo|a|o)\s+(?:{_alt(lex['street_types'])})\b)", re.UNICODE),
        # A place name in lower case after "en", "de", "por", "hacia": taken when the gazetteer knows it ("en peckham")
        "named": re.compile(r"(?:(?<=\ben\s)|(?<=\bde\s)|(?<=\bpor\s)|(?<=\bhacia\s))([a-zñ][a-zñ]{3,})\b", re.UNICODE),
        "code_before": re.compile(rf"\b(?:{_alt(lex['code_words'])})\s+(?:(?:es|era|de|mi|su|del|el|la|n[uú]mero|#|:)\s*){{0,3}}(?:[a-z0-9]+-)?$"),
        # English street names in lower case with their English suffix: "fordham road", "long point rd"
        "suffixed": re.compile(rf"\b((?:(?:[nsew]|sw|se|nw|ne)\s+)?(?:{number}|(?:{lower}\s+){{0,2}}{lower})"
                               rf"\s+{suffix_words})\b", re.UNICODE),
        "proper_landmark": re.compile(rf"\b((?:{_alt(lex['proper_landmarks'])})\s+(?:de\s+(?:la\s+)?)?"
                                      rf"(?:{number}|{lower}(?:\s+{lower})?))(?![{LETTER}\d])", re.UNICODE),
        "landmark": re.compile(rf"\b((?:{_alt(lex['landmarks'])})\s+(?:de\s+)?{names})", re.UNICODE),
        "plate": re.compile(rf"\b(?:{_alt(lex['plate_cues'])})\b(?:\s+(?:{_alt(lex['plate_qualifiers'])})\b)?"
                            rf"(?:\s+(?:es|era)\b)?(?:\s+(?:de\s+)?(?:{_alt(lex['plate_regions'])})\b)?,?"
                            rf"(?:\s+(?:es|era|dice|decía|decia|que\s+dice|número|numero|num|no\.?))?[\s:#.\-]*"
                            rf"([A-Z0-9]{{1,4}}[\s\-][A-Z0-9]{{1,5}}|[A-Z0-9]{{1,8}})(?![A-Za-z0-9])", re.UNICODE | re.IGNORECASE),
        "partial": re.compile(rf"\b(?:{_alt(lex['partial_plate_cues'])})\s+([A-Z0-9]{{1,4}})\b", re.UNICODE),
        # "las primeras 3 de la placa son JLM", "tenia KX al principio": a part plate named by where it sits
        "partial_where": re.compile(r"\b(?i:(?:primer[oa]s?|[uú]ltim[oa]s?)(?:\s+(?:\d|dos|tres|cuatro))?(?:\s+(?:letras|n[uú]meros|"
                                    r"d[ií]gitos))?(?:\s+de\s+la\s+(?:placa|tablilla|matr[ií]cula))?\s+(?:son|eran|es|era))\s+"
                                    r"([A-Z0-9]{2,4})\b|\b([A-Z0-9]{2,4})\s+(?i:al\s+(?:principio|final|inicio|comienzo))\b",
                                    re.UNICODE),
        "plate_context": re.compile(rf"\b(?:{_alt(lex['plate_cues'])}|plates?|tags?|reg)\b", re.IGNORECASE),
        "clock": re.compile(rf"\b(?:(?:como\s+)?a\s+|sobre\s+|alrededor\s+de\s+|a\s+eso\s+de\s+|(?:desde|hasta)\s+(?=las\s|la\s+una\b))las?\s+"
                            rf"(?:\d{{1,2}}(?::\d\d)?(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))?|{count})(?:\s+y\s+(?:media|cuarto))?(?:\s+en\s+punto)?"
                            rf"(?:\s+de\s+la\s+(?:{parts}))?(?![\w:])", re.UNICODE | re.IGNORECASE),
        "ago": re.compile(rf"\b(?:desde\s+)?hace\s+(?:(?:como|unos|unas|casi|m[aá]s\s+de|menos\s+de)\s+)?(?:{count}\s+)?"
                          rf"(?:{units})\b", re.UNICODE | re.IGNORECASE),
        # "el 12 de octubre", "el martes 14", "los martes y jueves": dates and days
        "date": re.compile(rf"\b(?:(?:el\s+)?(?:d[ií]a\s+)?\d{{1,2}}\s+de\s+(?:{_alt(lex['months'])})(?:\s+(?:de\s+)?\d{{4}})?"
                           rf"|(?:el\s+)?(?:{_alt(lex['days'])})\s+\d{{1,2}}(?:\s+de\s+(?:{_alt(lex['months'])}))?\b"
                           rf"|los\s+(?:{_alt(lex['days'])})(?:\s*(?:,|y)\s+(?:los\s+)?(?:{_alt(lex['days'])}))+)\b",
                           re.UNICODE | re.IGNORECASE),
        "since": re.compile(r"\b(?:desde|hasta)\s+$", re.IGNORECASE),
        "vtype": re.compile(rf"\b(?:{_alt(lex['vehicle_types'])})\b", re.UNICODE | re.IGNORECASE),
        "not_plate_words": frozenset(lex["not_plate_words"]),
        # Any word one of the rules below reads (a place, plate, vehicle, time or function word): a
        # text without one is left as English found it, at the cost of one regex search.
        "any": frozenset(w.split()[0].lower() for w in [*lex["street_types"], *lex["landmarks"], *lex["plate_cues"],
                                                        *lex["vehicle_types"], *lex["colours"], *lex["not_plate_words"],
                                                        *lex["not_vehicles"], *lex["not_names"], *lex["months"], *lex["days"], "hace", "las", "la", "y", "con"]
                         if w.split()[0].lower() not in common_words()) - ENGLISH_TOO - stop_words(),
        # Substrings one of which a text must hold for each regex to be worth running (most English
        # texts hold none): the regexes cost ~0.3 ms a text together, these tests ~0.01 ms.
        "stems": {"plate": ("plac", "tablill", "matr"), "intersection": (" y ", " con ", " e "),
                  "address": tuple(str(d) for d in range(10)),
                  "street": tuple(w.lower() for w in lex["street_types"]),
                  "landmark": tuple(w.lower() for w in lex["landmarks"]),
                  "proper_landmark": tuple(w.lower() for w in lex["proper_landmarks"]),
                  "suffixed": (" st", " rd", " road", " av", " street", " blvd", " boulevard", " dr", " ln", " lane",
                               " pl", " way", " pkwy", " hwy", " expy"),
                  "clock": ("la ", "las "), "ago": ("hace",),
                  "date": tuple(m[:4] for m in lex["months"]) + ("lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo"), "named": ("en ", "de ", "por ", "hacia ")},
        "not_vehicles": frozenset(lex["not_vehicles"]),
        "not_names": frozenset(lex["not_names"]),
        "model_word": re.compile(rf"\s+(?!(?:{_alt(lex['not_names'])})\b)[a-z0-9][a-z0-9\-]*(?=\s)", re.UNICODE),
        "model_code": re.compile(r"\s+[a-zA-Z]{1,2}-?\d{2,4}\b(?!\s*(?:de|del)\b)"),
        "joint": re.compile(r"\s+(?:y|con|e)\s+(?:la\s+)?"),
        "typed": re.compile(rf"(?:{_alt(lex['street_types'])})\b|\s{suffix_words}\b|^(?:st|St)\s"),
        "colour": re.compile(rf"\s+(?:de\s+color\s+)?(?:{colours})\b(?:\s+(?:{_alt(lex['colour_shades'])})\b)?",
                             re.UNICODE | re.IGNORECASE),
    }


def _plate_value(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


def _has(text: str, words) -> bool:
    """A cheap test before a regex: does the lower-cased text hold any of these (folded) stems?"""
    return any(word in text for word in words)


def lower_word_plate(raw: str) -> bool:
    """"paga 150", "casa 12": a lower-case word of 3 letters or more and a number, as Spanish prose writes them."""
    return bool(re.fullmatch(r"[a-zñáéíóú]{3,}[\s\-]*\d+|\d+[\s\-]*[a-zñáéíóú]{3,}", raw))


def written_as_plate(raw: str) -> bool:
    """"DE70 UNA", "Y 832 RDV": all in capitals with three letters or more, a plate even where its
    letters spell a Spanish word (prose writes "la casa 2900", "una" in lower case)."""
    return raw == raw.upper() and sum(ch.isalpha() for ch in raw) >= 3


def _drop_conjunction(text: str, plate: tuple) -> tuple:
    """"BKN 5590 o algo asi": the Spanish "o" (or "y", "e", "u") after a plate is not part of it."""
    start, end, _ = plate
    cut = re.search(r"\s+[oyeu]$", text[start:end])
    if cut is None:
        return plate
    end = start + cut.start()
    return (start, end, _plate_value(text[start:end]))


def find_plates(text: str, blocked) -> tuple[list, list]:
    r = rules()
    plates, partials = [], []
    if not _has(text.lower(), r["stems"]["plate"]):
        return plates, partials
    for match in r["plate"].finditer(text):
        raw = match.group(1)
        value = _plate_value(raw)
        if not any(ch.isdigit() for ch in value) or not re.search(r"[A-Z0-9]", raw.upper()) or raw != raw.upper():
            continue
        start, end = match.span(1)
        if overlaps(start, end, blocked):
            continue
        if 5 <= len(value) <= 8:
            plates.append((start, end, value))
        elif 2 <= len(value) <= 4:
            partials.append((start, end, value))
    if r["plate_context"].search(text):
        for match in r["partial"].finditer(text):
            value = match.group(1)
            if any(ch.isupper() or ch.isdigit() for ch in value) and value == value.upper() \
                    and not overlaps(*match.span(1), [(s, e) for s, e, _ in plates]):
                partials.append((match.start(1), match.end(1), value))
        for match in r["partial_where"].finditer(text):
            group = 1 if match.group(1) else 2
            value = match.group(group)
            if any(ch.isdigit() for ch in value) or value.isupper():
                if not overlaps(*match.span(group), [(s, e) for s, e, _ in plates + partials]):
                    partials.append((match.start(group), match.end(group), value))
    return plates, partials


CODE_BEFORE_RE = re.compile(r"\b(?:number|no|num|ref|code)\.?\s+$", re.IGNORECASE)
NUMBER_BEFORE_RE = re.compile(r"\bn[uú]mero\s+(?:es\s+|era\s+)?$", re.IGNORECASE)  # "numero 77412": not a place
PLACE_KINDS = ("intersection", "address", "street", "suffixed", "proper_landmark", "landmark", "named")
VERB_ENDINGS = ("io", "ió", "ó", "aron", "ieron", "aba", "ia", "ía", "ando", "iendo")


def _corner_end(text: str, start: int, end: int) -> int | None:
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
    last = sides[1].split()
    if len(last) == 2 and last[1].islower() and not r["typed"].search(sides[1]) and \
            (last[1] not in common_words() or last[1] in stop_words() or last[1].endswith(("s", "ed", "ing"))):
        end = start + corner.rindex(last[1]) - 1
        corner, sides[1] = text[start:end], last[0]
    if any(ch.isupper() or ch.isdigit() for ch in corner) or any(r["typed"].search(x) for x in sides):
        return end
    before = text[max(0, start - 16):start].lower()
    if re.search(r"\b(?:esquina|corner|cruce|intersecci[oó]n)\s+de\s+(?:la\s+)?$|\bentre\s+(?:la\s+)?$", before):
        return end
    words = [word for side in sides for word in side.lower().split()]
    if re.search(r"\ben\s+$", before) and all(len(w) >= 3 and w not in common_words() and not common_spanish(w)
                                               for w in words) \
            and not words[-1].endswith(VERB_ENDINGS):
        return end
    return None


def code_before(text: str, start: int, english: bool = True) -> bool:
    """A number or code that follows a code word ("vuelo AA1423", "el caso 24-CR-0913", "mi cuenta es
    AB12345"): not a plate nor a place. With english (for places), also after "number", "ref", "numero"."""
    window = text[max(0, start - 40):start]
    return bool((english and (CODE_BEFORE_RE.search(window) or NUMBER_BEFORE_RE.search(window)))
                or rules()["code_before"].search(window.lower()))


def _common_name(landmark: str) -> bool:
    """A landmark word and one common Spanish word in lower case after it: "parque de diversiones" (two words
    name someone: "parque maximo gomez")."""
    words = [w for w in landmark.split()[1:] if w not in ("de", "la")]
    return len(words) == 1 and words[0].islower() and common_spanish(words[0])


def _trim_lead(text: str, start: int, end: int) -> int:
    """The start of a lower-case suffixed street past the sentence's words before it ("down main st", "el accidente
    on broad street"): the name is the word before the suffix and the words before it back to a function word."""
    stops = stop_words() | rules()["not_names"]
    words = list(re.finditer(r"\S+", text[start:end]))[:-1]   # the name words, without the suffix
    first = len(words) - 1
    while first > 0 and words[first - 1].group().lower() not in stops:
        first -= 1
    return start + words[first].start() if words else start


def find_places(text: str, blocked) -> list[tuple[int, int]]:
    """Places, none overlapping another: intersections first, then addresses, streets and named
    landmarks ("gasolinera de Broad y Lehigh" is the corner, not "gasolinera de Broad"), the
    longest of each kind first."""
    r = rules()
    lower = text.lower()
    chosen: list[tuple[int, int]] = []
    for kind in PLACE_KINDS:
        if not _has(lower, r["stems"][kind]):
            continue
        found = [m.span(1) for m in r[kind].finditer(text)]
        if kind == "intersection":
            found = [(s, e) for s, e in ((s, _corner_end(text, s, e)) for s, e in found) if e]
        elif kind == "suffixed":
            found = [(_trim_lead(text, s, e), e) for s, e in found]
        elif kind == "named":
            places = gazetteer()
            found = [(s, e) for s, e in found if places.get(text[s:e]) is False and text[s:e] not in common_words()
                     and text[s:e] not in r["not_names"] and not common_spanish(text[s:e])]
        elif kind == "proper_landmark":   # "parque humboldt", not "parque de diversiones"
            found = [(s, e) for s, e in found if not _common_name(text[s:e])]
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
    return chosen


def find_times(text: str) -> list[tuple[int, int]]:
    r = rules()
    lower = text.lower()
    return [m.span() for kind in ("clock", "ago", "date") if _has(lower, r["stems"][kind]) for m in r[kind].finditer(text)]


def _since(text: str, times: list) -> list:
    """"desde el viernes", "hasta el lunes": the word before a time belongs to it."""
    r = rules()
    out = []
    for s, e, _ in times:
        before = r["since"].search(text, max(0, s - 7), s)
        s = before.start() if before else s
        out.append((s, e, text[s:e]))
    return out


def find_vehicles(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Noun first: [type] [make/model ...] [colour]: "camioneta blanca", "un BMW negro"."""
    r = rules()
    named = sorted((s.start_char, s.end_char, s.id_) for s in read(doc, VEHICLE_PARTS) if s.label_ in ("MAKE", "MODEL"))
    # a make or model that is also a word ("impala", "golf", "seat") starts a vehicle only with a colour after it
    starts = [(m.start(), m.end(), "type") for m in r["vtype"].finditer(text)] + \
             [(s, e, "name" if i != "ambiguous" else "ambiguous") for s, e, i in named]
    found = []
    for start, end, kind in sorted(starts):
        pos, has_name = end, kind != "type"
        while True:   # make/model words and a trim right after
            nxt = next(((s, e) for s, e, _ in named if s in (pos + 1, pos)), None)
            if nxt is None:
                trim = re.match(r"\s+(\S+)", text[pos:])
                if has_name and trim and TRIM_RE.match(trim.group(1).rstrip(",.")):
                    pos += trim.end() - (len(trim.group(1)) - len(trim.group(1).rstrip(",.")))
                break
            pos, has_name = nxt[1], True
        colour = r["colour"].match(text, pos)
        if colour is None and has_name:   # a model the list lacks between a make and a colour: "nissan versa gris"
            model = r["model_word"].match(text, pos)
            colour = model and r["colour"].match(text, model.end())
        if colour:
            tail = r["model_code"].match(text, colour.end())   # "troca blanca f150"
            found.append((start, tail.end() if tail else colour.end()))
        elif kind == "type" and has_name:
            found.append((start, pos))
    return found


def _merge(existing: list, new_spans: list, text: str, join_adjacent: bool = False) -> list:
    """Existing facts plus new spans: overlapping (or, for times, touching) ones become one."""
    spans = sorted([(s, e) for s, e, _ in existing] + list(new_spans))
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and (s < merged[-1][1] or (join_adjacent and not text[merged[-1][1]:s].strip())):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e, text[s:e]) for s, e in merged]


def _longest(existing: list, new_spans: list, text: str, value=None) -> list:
    """Existing facts and new ones, longest first, none overlapping another."""
    candidates = sorted([(s, e, v) for s, e, v in existing] +
                        [(s, e, value(s, e) if value else text[s:e]) for s, e in new_spans],
                        key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list = []
    for s, e, v in candidates:
        if not overlaps(s, e, [(a, b) for a, b, _ in chosen]):
            chosen.append((s, e, v))
    return sorted(chosen)


@Language.component("tip_spanish", requires=attrs(VEHICLE_PARTS, PLATES, PARTIAL_PLATES, TIMES, VEHICLES, LOCATIONS,
                                                   PHONES),
                    assigns=attrs(PLATES, PARTIAL_PLATES, TIMES, VEHICLES, LOCATIONS) + ["doc.spans"])
def spanish_finder(doc: Doc) -> Doc:
    """Add the Spanish readings of plates, times, vehicles and places to the English ones.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.plates, partial_plates, times, vehicles and locations updated.
    """
    text = text_of(doc)
    r = rules()
    if r["any"].isdisjoint(_WORD.findall(text.lower())):   # no Spanish word any rule here reads
        return doc
    phones = [(s, e) for s, e, _ in read(doc, PHONES)]
    times = _since(text, _merge(read(doc, TIMES), find_times(text), text, join_adjacent=True))
    plates, partials = find_plates(text, phones + [(s, e) for s, e, _ in times])
    english = [_drop_conjunction(text, p) for p in read(doc, PLATES)]
    english = [p for p in english   # "la casa 2900", "el 3200": a Spanish word and a number
               if (written_as_plate(text[p[0]:p[1]])
                   or not any(w.lower() in r["not_plate_words"] for w in re.split(r"[\s\-]+", text[p[0]:p[1]])))
               and not lower_word_plate(text[p[0]:p[1]])]
    plates = [p for p in plates if not code_before(text, p[0], english=False)]
    english = [p for p in english if not code_before(text, p[0], english=False)]
    plates = _longest(english, [(s, e) for s, e, _ in plates], text, value=lambda s, e: _plate_value(text[s:e]))
    taken = [(s, e) for s, e, _ in plates]
    partials = [p for p in _longest(read(doc, PARTIAL_PLATES), [(s, e) for s, e, _ in partials], text,
                                    value=lambda s, e: _plate_value(text[s:e])) if not overlaps(p[0], p[1], taken)]
    taken += [(s, e) for s, e, _ in partials]
    english = [v for v in read(doc, VEHICLES) if v[2] not in r["not_vehicles"]]   # "fiesta", "punto": words here
    vehicles = [v for v in _longest(english, find_vehicles(doc, text), text) if not overlaps(v[0], v[1], taken)]
    places = find_places(text, taken + phones)
    old = [p for p in read(doc, LOCATIONS) if not overlaps(p[0], p[1], places + taken) and not code_before(text, p[0])]
    locations = _longest(old, places, text)
    vehicles = [v for v in vehicles if not any(s <= v[0] and v[1] <= e and (e - s) > (v[1] - v[0])
                                               for s, e, _ in locations)]
    locations = [p for p in locations if not overlaps(p[0], p[1], [(s, e) for s, e, _ in vehicles])]
    for name, facts in ((TIMES, times), (PLATES, plates), (PARTIAL_PLATES, partials), (VEHICLES, vehicles),
                        (LOCATIONS, locations)):
        store(doc, name, facts)
    return doc
