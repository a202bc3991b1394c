"""Spanish facts, added to the English ones: the `tip_spanish` component.

Places with Spanish cues (spanish_places.py), clock and relative times (spanish_times.py), vehicles
written noun first (spanish_vehicles.py) and plates after "placa", "tablilla", "matrícula"
(spanish_plates.py), all read by the regexes spanish_rules.py compiles from nlp/data/es/lexicon.json;
codes after "vuelo", "caso", "cuenta" are neither plates nor places.

Spanish urgency and time cue phrases go through the shared cue matcher (nlp/data/es/*.jsonl, see
lexicon.language_patterns), so the English rules judge them. This component runs last but one, before
urgency, and runs on every text: a tip that mixes English and Spanish gets both readings. Where a
Spanish fact overlaps an English one, the longer wins.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .card_descriptors import without_descriptors
from .doc_attrs import (
    CONFIDENCE,
    LOCATIONS,
    PARTIAL_PLATES,
    PHONES,
    PLATES,
    TIMES,
    VEHICLE_PARTS,
    VEHICLES,
    attrs,
    read,
)
from .english_over_spanish import outside_english_places
from .flight_numbers import without_flights
from .mexican_dial_prefixes import with_dial_prefix
from .mexican_phones import mexican_phones
from .mexican_plates import mexican_plates, without_state_codes
from .partial_tails import with_tails
from .plate_corrections import take_back
from .plate_shapes import normalise
from .spanish_areas import areas_before_places, find_barrios
from .spanish_article_names import mid_article_areas
from .spanish_bare_features import bare_features
from .spanish_bare_street_words import bare_street_places
from .spanish_clause_street_names import with_clause_names
from .spanish_clock_tails import with_clock_tails
from .spanish_colon_heads import colon_head
from .spanish_counted_times import with_counts
from .spanish_date_streets import date_streets, with_date_corners, without_dates_inside
from .spanish_day_pairs import day_pairs
from .spanish_devotion_areas import devotion_areas
from .spanish_facility_areas import facility_areas
from .spanish_grid_addresses import grid_addresses
from .spanish_lettered_streets import lettered_streets
from .spanish_month_day_refs import with_month_days
from .spanish_name_articles import article_areas
from .spanish_named_features import find_named_features
from .spanish_numbered_streets import numbered_streets
from .spanish_old_plates import old_spain_plates
from .spanish_phone_shapes import grouped_phones
from .spanish_places import find_places
from .spanish_plate_issuers import without_issuers
from .spanish_plate_more import more_parts
from .spanish_plate_parts import plate_parts
from .spanish_plates import (
    SOMETHING_AFTER_RE,
    drop_conjunction,
    find_plates,
    lower_word_plate,
    not_this,
    other_readings,
    reading_scores,
    spain_plates,
    state_plates,
    written_as_plate,
)
from .spanish_plea_words import plea_word
from .spanish_road_towns import road_town_places
from .spanish_rules import code_before, common_spanish, flown, rules, us_state_codes, us_states
from .spanish_saint_areas import longer_saint_towns, saint_areas
from .spanish_shouted_areas import shouted_areas
from .spanish_son_names import son_names
from .spanish_street_after_things import street_after_things
from .spanish_street_dates import date_named_places, without_named_dates
from .spanish_street_directions import with_sides
from .spanish_tagged_tails import without_trailing_verbs
from .spanish_time_edges import with_edges
from .spanish_times import find_times, with_since
from .spanish_vehicles import after_a_machine, find_vehicles
from .spans import lower_words, overlaps, scores_of, store, store_scores, text_of
from .trailing_letter_plates import with_trailing_letter

_WORD = re.compile(r"[a-záéíóúñü]+")
BARRIO_CONFIDENCE = 0.6   # below nlp.extraction.CONFIDENT: a guessed neighbourhood is not said back as "Anotado"


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


# Spain's nine digits without a + code ("644 21 87 30", "612 345 678"), only after a Spanish phone word, as a bare
# nine-digit number is often something else (numbers with a + code are nlp/phones.py's, in every language)
SPAIN_PHONE_RE = re.compile(r"(?<![\w+])[6789]\d{2}(?:(?:[\s.-]?\d{2}){3}|[\s.-]?\d{3}[\s.-]?\d{3})(?![\w])")
PHONE_WORD_BEFORE_RE = re.compile(r"(?:llam|tel[eé]f|\bcel\b|celular|whats|wasap|m[oó]vil|n[uú]mero|\bsms\b|mensaje|contacto)",
                                  re.IGNORECASE)


def spanish_phones(text: str, phones: list) -> list:
    """Spain's nine-digit phones that no phone already covers, after a phone word and not after a code word."""
    if sum(map(str.isdigit, text)) < 9:
        return []
    found = []
    taken = [(s, e) for s, e, _ in phones]
    for match in SPAIN_PHONE_RE.finditer(text):
        digits = sum(map(str.isdigit, match.group()))
        if digits != 9 or not PHONE_WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()):
            continue
        if overlaps(*match.span(), taken) or code_before(text, match.start(), english=False):
            continue
        taken.append(match.span())
        found.append((match.start(), match.end(), match.group()))
    found += grouped_phones(text, taken, code_before)   # "a un tal 612 448 903": no phone word needed
    return sorted(found + mexican_phones(text, taken + [(s, e) for s, e, _ in found], code_before))   # "del 33 1844 2270"


# A flat's number before the address, as UK tips write it in a Spanish text too: "flat 6, 41 cranbrook road" is one place.
# The number has a digit or is one letter (streets.FLAT_RE): "apartment at 5520 cascade rd se" has none.
FLAT_BEFORE_RE = re.compile(r"\b(?i:flat|apt|apartment|unit)\s+(?:\w{0,3}\d\w{0,3}|[A-Za-z]),?\s+$")


def with_flat(text: str, locations: list) -> list:
    """An address that starts with its house number takes the flat written before it (FLAT_BEFORE_RE); a place
    inside the longer span ("flat 6" alone) goes."""
    out = []
    for start, end, value in locations:
        flat = FLAT_BEFORE_RE.search(text, max(0, start - 24), start) if text[start:start + 1].isdigit() else None
        out.append((flat.start(), end, text[flat.start():end]) if flat else (start, end, value))
    return [p for p in out if not any(q != p and q[0] <= p[0] and p[1] <= q[1] for q in out)]


STREET_WORD_START_RE = re.compile(r"(?i:calle|avenida|avda|paseo|plaza|camino|calzada|boulevard|bulevar|av|calz|privada|priv|"
                                  r"cerrada|callej[oó]n|andador|prolongaci[oó]n|glorieta|colonia|col|fraccionamiento|fracc|blvd)\.?\s")


def without_street_dates(text: str, times: list, locations: list) -> list:
    """The times less the dates that name a street ("calle 5 de mayo", "avenida 16 de septiembre ahorita" keeps
    "ahorita")."""
    streets = [(s, e) for s, e, _ in locations if STREET_WORD_START_RE.match(text, s)]
    out = []
    for start, end, value in times:
        inside = next((e for s, e in streets if s < start < e), None)
        if inside is None:
            out.append((start, end, value))
        elif end > inside and text[inside:end].strip():
            start = inside + len(text[inside:end]) - len(text[inside:end].lstrip(" ,"))
            out.append((start, end, text[start:end]))
    return out
CUE_BEFORE_RE = re.compile(r"\b(?:en|de|del|cerca\s+de|hacia|por)\s+$", re.IGNORECASE)


def spanish_word_town(text: str, place: tuple[int, int, str]) -> bool:
    """An English town that is a common Spanish word, lower case and after no place word: "rondando la escuela
    ayer" is yesterday, not Ayer (Massachusetts); "en mesa" stays Mesa."""
    start, end, value = place
    return (value.islower() and " " not in value and common_spanish(value)
            and not CUE_BEFORE_RE.search(text, max(0, start - 12), start))


BARE_ZIP_RE = re.compile(r"\d{5}(?:-\d{4})?")
ZIP_WORD_BEFORE_RE = re.compile(r"\b(?:zip|c[oó]digo\s+postal|c\.?p\.?)\s*(?:es\s+|:\s*)?$", re.IGNORECASE)
STATE_BEFORE_RE = re.compile(r"([A-Za-z]+(?:\s+[A-Za-z]+)?),?\s+$")


def bare_zip(text: str, place: tuple[int, int, str]) -> bool:
    """Five digits alone that the English rules read as a ZIP: in a Spanish text a ticket, a receipt, a badge, an id or
    the digits of a plate ("la multa dice el codigo 22350", "su id es 88213", "ill BK 72219"), unless a ZIP word or a
    US state (name or code) comes right before it ("zip 78521", "houston tx 77036")."""
    start, end, value = place
    if not BARE_ZIP_RE.fullmatch(value):
        return False
    before = text[max(0, start - 24):start]
    if ZIP_WORD_BEFORE_RE.search(before):
        return False
    state = STATE_BEFORE_RE.search(before)
    return not (state and (state.group(1).lower() in us_states() or state.group(1).split()[-1].upper() in us_state_codes()))


# Between two streets found side by side: "y"/"&" (and "la"), a quadrant of the first before it ("calle 8 sw y 12 ave")
CORNER_GAP_RE = re.compile(r"(?:\s+(?:nw|ne|sw|se|NW|NE|SW|SE|[nsewNSEW]))?\s+(?:y|&)\s+(?:(?:la|el)\s+)?")
BETWEEN_RE = re.compile(r"\bentre\s+(?:(?:la|el|las|los)\s+)?$", re.IGNORECASE)
NUMBERED_SIDE_RE = re.compile(r"\d")


def joined_corners(text: str, places: list) -> list:
    """Two streets found side by side with "y" between them are one corner, as the annotation writes a corner
    ("freedom dr y ashley rd", "16th ave sw y sw roxbury st"): each side with a street word or a number, the first
    with no "entre" before it ("entre la 10th st y la 11th st" is two places: the stretch between them)."""
    typed = rules()["typed"]
    joined: list = []
    for place in places:
        if joined:
            s, e, v = joined[-1]
            gap = CORNER_GAP_RE.fullmatch(text, e, place[0])
            if gap and all(typed.search(side) or NUMBERED_SIDE_RE.search(side) for side in (v, place[2])) \
                    and not BETWEEN_RE.search(text, max(0, s - 12), s):
                joined[-1] = (s, place[1], text[s:place[1]])
                continue
        joined.append(place)
    return joined


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
                                                   PHONES, CONFIDENCE),
                    assigns=attrs(PLATES, PARTIAL_PLATES, TIMES, VEHICLES, LOCATIONS, PHONES, CONFIDENCE) + ["doc.spans"])
def spanish_finder(doc: Doc) -> Doc:
    """Add the Spanish readings of plates, times, vehicles and places to the English ones.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.plates, partial_plates, times, vehicles and locations updated, and phones
        after a Spanish code word ("pedido", "ticket", "mtcn") dropped.
    """
    text = text_of(doc)
    r = rules()
    # no Spanish word any rule here reads: the text's words, or on an ASCII text the same letter runs the earlier
    # components already read (spans.lower_words)
    if r["any"].isdisjoint(lower_words(doc) if text.isascii() else _WORD.findall(text.lower())):
        return doc
    all_phones = read(doc, PHONES)
    kept_phones = [p for p in all_phones if not code_before(text, p[0], english=False)]   # "pedido 112-8840213", "mtcn 884 412 7731"
    extra_phones = spanish_phones(text, all_phones)
    store(doc, PHONES, with_dial_prefix(text, kept_phones + extra_phones))   # "044 55 1234 5678", "01 800 123 4567"
    phones = [(s, e) for s, e, _ in all_phones + extra_phones]
    times = day_pairs(text, with_edges(text, with_since(text, _merge(read(doc, TIMES), find_times(text), text,
                                                                    join_adjacent=True))))  # "el jueves y el viernes"
    times = with_clock_tails(text, times)   # "a las 2 y pico", "cada martes entre las 11 y la 1"
    times = with_counts(text, times, phones)   # "3 veces este mes": the count of times is the time's
    times = with_month_days(text, times)   # "el 3 de cada mes", "del 12 al 19 de diciembre"
    plates, partials = find_plates(text, phones + [(s, e) for s, e, _ in times])
    partials += plate_parts(text, [(s, e) for s, e, _ in plates + partials] + phones)   # "tenia un 77 en la placa"
    plates += old_spain_plates(text, phones)   # "V-8806-GZ", "TO 6630 K": longer than a cued "TO 6630", so kept whole
    plates += [p for p in state_plates(text, phones + [(s, e) for s, e, _ in times])
               if not overlaps(p[0], p[1], [(s, e) for s, e, _ in plates])]   # "nevada 478-TKD, hyundai ..."
    plates += [p for p in spain_plates(text, phones + [(s, e) for s, e, _ in times])
               if not overlaps(p[0], p[1], [(s, e) for s, e, _ in plates + partials])]   # "una furgo gris (2268 KRT)"
    mexican = mexican_plates(text, phones + [(s, e) for s, e, _ in times])
    plates = without_state_codes(text, plates, mexican)   # "placa SON VJ-88-412": Sonora's code, then the plate
    plates += [p for p in mexican if not overlaps(p[0], p[1], [(s, e) for s, e, _ in plates + partials])]   # "mexicali BKR-22-71"
    english = [drop_conjunction(text, p) for p in read(doc, PLATES)
               if not SOMETHING_AFTER_RE.match(text, p[1])]   # "BOS 88L y algo mas": the start of one (a part plate)
    english = [p for p in english   # "la casa 2900", "el 3200": a Spanish word and a number
               if (written_as_plate(text[p[0]:p[1]])
                   or not any(w.lower() in r["not_plate_words"] for w in re.split(r"[\s\-]+", text[p[0]:p[1]])))
               and not lower_word_plate(text[p[0]:p[1]])]
    plates = without_descriptors(text, without_flights(text, [p for p in plates if not code_before(text, p[0], english=False)]))
    english = [p for p in english if not code_before(text, p[0], english=False)
               and not not_this(text, p[0])]   # "no era 5JKR771, era 5JKR711"
    plates = _longest(english, [(s, e) for s, e, _ in plates], text, value=lambda s, e: normalise(text[s:e]))
    plates = with_trailing_letter(text, plates, phones + [(s, e) for s, e, _ in times])   # "VER 4418 B"
    plates = take_back(text, plates, phones + [(s, e) for s, e, _ in times])   # "2XLN 55? no perdon, 2XLN 58"
    plates += other_readings(text, plates, phones + [(s, e) for s, e, _ in times])   # "plate 8K-451 o 8K-415"
    taken = [(s, e) for s, e, _ in plates]
    if plates:   # two readings joined by "o" are each uncertain, as "or" is in English
        store_scores(doc, PLATES, {**scores_of(doc, PLATES), **reading_scores(text, plates)})
    # the Spanish "y", "o" after an English part plate are no part of it: "started with GW y era", "4KP o algo asi"
    partials = [p for p in _longest([drop_conjunction(text, p) for p in read(doc, PARTIAL_PLATES)],
                                    [(s, e) for s, e, _ in partials], text,
                                    value=lambda s, e: normalise(text[s:e])) if not overlaps(p[0], p[1], taken)]
    taken += [(s, e) for s, e, _ in partials]
    if partials:   # "empezaba por 08 y tenia una M", "las letras eran HPK o HBK": the pieces after a part
        more = more_parts(text, partials, taken + phones + [(s, e) for s, e, _ in times])
        partials = with_tails(text, sorted(partials + more), taken + phones + [(s, e) for s, e, _ in times])   # "ERT-4"
        taken += [(s, e) for s, e, _ in partials]
    english = [v for v in read(doc, VEHICLES) if v[2] not in r["not_vehicles"]]   # "fiesta", "punto": words here
    vehicles = [v for v in _longest(english, find_vehicles(doc, text), text) if not overlaps(v[0], v[1], taken)
                and not after_a_machine(text, v[0])]   # "un generador honda rojo": a machine, not a vehicle
    places = grid_addresses(text, taken + phones)   # "el 418 de la s 900 w": whole, before the street rules cut it
    places += date_streets(text, places + taken + phones)   # "calzada 1 de mayo y juarez", "por la 16 de septiembre"
    places += road_town_places(text, places + taken + phones)   # "la carretera a tepic": whole, before a town alone
    places += bare_street_places(text, places + taken + phones)   # "la calzada independencia", "el periferico sur"
    places += find_places(text, places + taken + phones)
    places += numbered_streets(text, places + taken + phones)   # "calle oscura 18": a door number makes the words a name
    places += find_named_features(text, places + taken + phones)   # "playa de las canteras", "el puente romano"
    places += bare_features(text, places + taken + phones)   # "en playa condesa", "la laguna nichupte"
    places += son_names(text, places + taken + phones)   # "en son gotleu": Mallorca's estate names
    places += lettered_streets(text, places + taken + phones)   # "la e wooley rd y j st": a corner's lettered side
    places = outside_english_places(doc, places)   # "4410 se division st" in an English tip stays whole
    old = [p for p in read(doc, LOCATIONS) if not overlaps(p[0], p[1], places + taken) and not code_before(text, p[0])
           and not spanish_word_town(text, p) and not bare_zip(text, p) and not plea_word(text, p)]   # ", apurense"
    locations = with_flat(text, joined_corners(text, _longest(old, places, text)))
    locations = longer_saint_towns(text, locations)   # "santa rosa jauregui": a list held "santa rosa"
    locations = date_named_places(text, locations, [(s, e) for s, e, _ in locations] + taken + phones)   # "mercado 20 de noviembre"
    locations = with_date_corners(text, locations)   # "avenida 20 de noviembre y juarez"
    locations = with_sides(text, locations)   # "avenida madero poniente": the side of town ends the name
    locations = with_clause_names(text, locations, taken + phones + [(s, e) for s, e, _ in times])   # "calle del mar,"
    locations = sorted(locations + [(s, e, text[s:e]) for s, e in street_after_things(
        text, taken + phones + [(s, e) for s, e, _ in locations + times])])   # "el bar de la calle del pez"
    barrios = find_barrios(text, taken + phones + [(s, e) for s, e, _ in locations + times])
    barrios += shouted_areas(text, taken + phones + [(s, e) for s, e, _ in locations + times])   # "EN LA COLONIA X"
    barrios += [a for a in article_areas(text) if not overlaps(*a, barrios + taken + [(s, e) for s, e, _ in locations])]
    barrios += saint_areas(text, barrios + taken + phones + [(s, e) for s, e, _ in locations + times])   # "en san blas"
    barrios += colon_head(text, barrios + taken + phones + [(s, e) for s, e, _ in locations + times])   # "el quemadero: ..."
    barrios += facility_areas(text, barrios + taken + phones + [(s, e) for s, e, _ in locations + times])
    barrios += devotion_areas(text, barrios + taken + phones + [(s, e) for s, e, _ in locations + times])   # "en la merced"
    barrios += mid_article_areas(text, barrios + taken + phones + [(s, e) for s, e, _ in locations + times])   # "en el zurguen"
    barrios += areas_before_places(text, [(s, e) for s, e, _ in locations],
                                   taken + phones + barrios + [(s, e) for s, e, _ in times])
    if barrios:   # guesses: below "Anotado"
        locations = sorted(locations + [(s, e, text[s:e]) for s, e in barrios])
        store_scores(doc, LOCATIONS, {**scores_of(doc, LOCATIONS), **{text[s:e]: BARRIO_CONFIDENCE for s, e in barrios}})
    locations = [p for p in without_trailing_verbs(text, locations) if not flown(text, p)]   # "barrio del carmen han"
    locations = without_issuers(text, locations, plates + partials)   # "placas de durango FLK-88-12": the plate's issuer
    vehicles = [v for v in vehicles if not any(s <= v[0] and v[1] <= e and (e - s) > (v[1] - v[0])
                                               for s, e, _ in locations)]
    locations = [p for p in locations if not overlaps(p[0], p[1], [(s, e) for s, e, _ in vehicles])]
    times = without_named_dates(text, without_street_dates(text, times, locations))   # "av. 5 de febrero"
    times = without_dates_inside(text, times, locations)   # "el puente de la 20 de noviembre"
    for name, facts in ((TIMES, times), (PLATES, plates), (PARTIAL_PLATES, partials), (VEHICLES, vehicles),
                        (LOCATIONS, locations)):
        store(doc, name, facts)
    return doc
