"""The Spanish word lists (nlp/data/es/lexicon.json) compiled into the regexes every Spanish finder reads,
and the word tests they share: the commonest Spanish words, a cheap substring test before each regex,
and the code words ("vuelo", "caso", "cuenta") after which a code is neither a plate nor a place.

Tips are often typed in lower case and without accents: a street name after "calle"/"avenida" may be
lower case, judged against function words (lexicon "not_names"), English dictionary words and the
commonest Spanish words (common_words.txt).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR, UNACCENTED, common_words, spanish_lexicon, stop_words, trie_pattern

LETTER = "A-Za-zÁÉÍÓÚÑÜáéíóúñü"
# Words the Spanish rules read that English tips use as often ("white van", "Market Ave", "the suv"): they
# do not make a text Spanish on their own (a Spanish text holds other words: "una van blanca en la Ave 5").
ENGLISH_TOO = frozenset("van ave av suv moto ibiza clio toledo bus son e u pa ni ya yo nos".split())
CAP = "A-ZÁÉÍÓÚÑ"



# A count after a Spain street's name starts who is there, not the name's second word: "paseo del transito| dos tios se
# pegan" (a count before "de" is a name's: "calle tres de mayo")
SPAIN_COUNT = r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|varios|varias)\b"

def _alt(words) -> str:
    """The words as one case-insensitive alternation (longest first); the names around them keep their case."""
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


def _not_before(words) -> str:
    """A negative look-ahead: none of the words (case-insensitive) followed by a word boundary starts here. The words
    as a trie (lexicon.trie_pattern), not a list: a look-ahead only asks whether some word matches, which the two
    shapes answer alike, and the trie asks it one character at a time instead of word by word (the look-ahead
    runs at every word start of many regexes: ~240 words tried each time made "suffixed" ~0.5 ms a Spanish text)."""
    return r"(?!(?i:" + trie_pattern(sorted(set(words))).replace(r"\ ", r"\s+") + r")\b)"


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


# A finite verb's ending and the infinitive endings its stem may take: "arranco" (arrancar), "bajan" (bajar), "cobra"
# (cobrar), "vendieron" (vender). Longest first, so "aron" is tried before "an" and "o".
VERB_FORM_ENDINGS = (("aron", ("ar",)), ("ieron", ("er", "ir")), ("aban", ("ar",)), ("aba", ("ar",)),
                     ("ian", ("er", "ir")), ("ia", ("er", "ir")), ("an", ("ar",)), ("en", ("er", "ir")),
                     ("a", ("ar",)), ("e", ("er", "ir")), ("o", ("ar", "er", "ir")), ("ó", ("ar",)), ("io", ("er", "ir")))


def verb_form(word: str) -> bool:
    """A lower-case word shaped as a finite form of a common Spanish verb, whose infinitive is one of the commonest
    Spanish words and which is no English word: "y arranco", "y bajan", "st cobra por cuidar" continue the sentence;
    "y racine", "y pico" (no "racinar", "picar" is rarer) stay names."""
    if not word.isalpha() or not word.islower() or word in common_words():
        return False
    for ending, infinitives in VERB_FORM_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and any(common_spanish(stem + inf) for inf in infinitives):
            return True
    return False


DIMINUTIVE_RE = re.compile(r"^(\w{2,}?)(?:c|ec)?(?:it|ic|ill)([oa])s?$")
CLITIC_RE = re.compile(r"^(\w{2,}(?:ar|er|ir))(?:se|me|te|le|les|lo|los|la|las|nos)$")


def spanish_form(word: str) -> bool:
    """A common Spanish word made smaller or given a pronoun: "casitas" (casa), "bolsita" (bolsa), "pegarle"
    (pegar), "amenazarla" (amenaza); no name either ("en casitas de campaña", "por pegarle a alguien")."""
    if common_spanish(word):
        return True
    small = DIMINUTIVE_RE.match(word)
    if small and any(common_spanish(small.group(1) + end) for end in (small.group(2), "a", "o", "e", "")):
        return True
    verb = CLITIC_RE.match(word)
    return bool(verb) and any(common_spanish(base) for base in (verb.group(1), *(verb.group(1)[:-2] + v for v in "aoe")))


@lru_cache(maxsize=1)
def us_state_codes() -> frozenset[str]:
    """Every US state's postal code ("TX", "IL"), from nlp/data/en/us_states.json."""
    states = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    return frozenset(code for name, code in states.items() if not name.startswith("_"))


def plate_regions(lex: dict) -> list[str]:
    """The states and regions written between a plate word and the plate ("placa de michoacan PGH-472-B",
    "placa colorado CKN-J48"): the Spanish lexicon's, and every US state's full name (nlp/data/en/us_states.json)."""
    states = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    return [*lex["plate_regions"], *lex["plate_regions_more"], *(name for name in states if not name.startswith("_")),
            *(f"{a}." for a in lex["plate_region_abbreviations"]), *lex["plate_region_abbreviations"]]


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """Every US state's full name in lower case (nlp/data/en/us_states.json): "california" is a street in "47 y california"."""
    states = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    return frozenset(name for name in states if not name.startswith("_"))


# The plate words' stems, a cheap test before the plate regexes: the Spanish words of Mexico and the US ("placa"), Puerto
# Rico ("tablilla"), Spain ("matrícula"), Argentina and Chile ("patente"), and the English words a Spanish tip borrows
# ("la reg empezaba con LD", "la tag de georgia terminaba en 7WV": rules()["plate_context"] reads them)
PLATE_STEMS = ("plac", "tablill", "matr", "patent", "reg ", "tag ", "tags ", "plate")


@lru_cache(maxsize=1)
def rules() -> dict:
    lex = spanish_lexicon()
    name = rf"(?:\d{{1,4}}(?:st|nd|rd|th|a|o|ra|ro|va|vo)?\b|[{CAP}][{LETTER}'.\-]*[{LETTER}])"
    names = rf"{name}(?:\s+(?:de\s+(?:la\s+|los\s+)?)?{name}){{0,3}}"
    # A street name typed in lower case ("calle pulaski", "pico y union"): one word that is not a function word,
    # verb or adverb of the sentence around it, a colour or a gerund ("la calle esta", "estacion de brixton robando");
    # a colour that is also a street's given name ("rosa": "calle de la rosa") stays a name.
    name_colours = [c for c in lex["colours"] if c not in set(lex["street_given_names"])]
    lower = rf"(?:{_not_before(lex['not_names'] + name_colours)}(?![{LETTER}]*(?:ando|iendo)\b)[a-zñáéíóúü][{LETTER}'\-]*[{LETTER}])"
    number = r"(?:\d{1,4}(?:st|nd|rd|th|a|o|ra|ro|va|vo)?\b)"
    # "way" after a possessive or "wrong" is a way of going ("on his way", "the wrong way round"), never a street
    not_a_way = "".join(rf"(?<!\b{w}\s)" for w in ("his", "her", "my", "their", "our", "your", "its", "wrong", "other", "same",
                                                   "whole", "long", "right", "opposite"))
    suffix_words = rf"(?i:st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|pl|{not_a_way}way|pkwy|parkway|hwy|highway|expy|pike|trail|trl|ct|court|cir|circle|ter|terrace)"
    en_suffix_required = rf"\s+{suffix_words}\b\.?"
    en_suffix = f"(?:{en_suffix_required})?"
    directions = rf"(?:\s+(?:{_alt(lex['street_directions'])})\b)"
    street = rf"(?:(?:{_alt(lex['street_types'])})\.?\s+)"
    # "av." and "avda." with their dot are Mexico's and Spain's "avenida" after any word ("en av. vallarta"); without the
    # dot "av"/"ave" only after "la", as English writes "ave" after the name; Mexico's "el blvd" is the bulevar
    # Mexico's "calzada" is an avenue ("calzada de tlalpan", "la calz independencia"): its short form takes a bare name
    # here, the whole word only with "de" (spain_street): Spain's "la calzada contraria" is the roadway. Kept out of
    # spanish_street_types, which the tagger's features read.
    es_street = rf"(?:(?:{_alt(lex['spanish_street_types'])}|(?i:calz\.?))\s+|(?<=\bla\s)(?i:ave|av|blvd)\.?\s+|(?<=\bel\s)(?i:blvd)\.?\s+|(?i:av|avda)\.\s+)"
    particle = rf"(?:(?i:{_alt(lex['name_particles'])})\s+)"   # "van buren": checked by spanish_corners.particle_ok
    lname = rf"(?:(?:[NSEWnsew]|sw|se|nw|ne|SW|SE|NW|NE)\s+(?=\d)|(?:st|St)\s+(?=[a-z]))?(?:{name}|{particle}?{lower}(?:\s+{lower})?)"
    # a number that runs on after a dash is a code's ("la orden es la FM-26-00871"), no road's
    highway = rf"(?:{_alt(lex['highway_words'])}[\s\-]?\d{{1,4}}\b(?![\-/]\d))"
    # "e alisal st", "w southern ave": a direction before a lower-case name when an English street word follows
    dname = rf"(?:(?:[NSEWnsew]|sw|se|nw|ne|SW|SE|NW|NE)\s+{particle}?{lower}(?:\s+{lower})?{en_suffix_required})"
    # a grid street, its number and compass letter or word ("4100 s", "900 west": Salt Lake City and other grid towns)
    grid = r"(?:\d{3,5}\s+(?i:north|south|east|west|[nsew])\b(?![\w'.]))"
    side = rf"(?:{grid}|{highway}|{dname}|{street}(?:{name}|[{CAP}]\b)|{es_street}{lower}|{name}(?:\s+{name})?{en_suffix}|{lname}{en_suffix})"
    # "park st y broad st" may open the text or a clause after a comma ("en south tucson, 6th ave y 36th st"); "el loop
    # 410 y culebra rd" follows "el" (all judged by spanish_corners.corner_end)
    # every cue but the start ends in a space: one look-behind for it first, so the others are tried only after a
    # space (the same matches; the alternation of 12 look-behinds at every character cost half of this regex's time)
    cue = r"(?:^|(?<=\s)(?:(?<=,\s)|(?<=\bde\s)|(?<=\ben\s)|(?<=\bentre\s)|(?<=\bpor\s)|(?<=\bhacia\s)|(?<=\ba\s)" \
          r"|(?<=\bla\s)|(?<=\bdel\s)|(?<=\bal\s)|(?<=\besquina\s)|(?<=\bel\s)))"
    units = _alt(lex["time_units"])
    count = rf"(?:\d{{1,3}}|{_alt(lex['number_words'])})"
    parts = _alt(lex["clock_parts"])
    colours = _alt(lex["colours"])
    return {
        "intersection": re.compile(rf"{cue}(?:la\s+)?({side}\s+(?:y|con|e|esquina\s+con|esq\.?\s+con)\s+(?:la\s+)?{side})", re.UNICODE),
        # "3200 de la calle Kensington"; with an English street word after it the number may be short and a
        # direction may come first ("88 clinton ave", "2250 s lowell blvd", "6120 w colfax ave", "880 nw 19th ave"; not
        # "se", a Spanish word, which the English rules read in "4410 se division st")
        "address": re.compile(rf"\b(\d{{3,5}}\s+(?:block\s+)?(?:de\s+(?:la\s+)?)?(?:{street}"
                              rf"(?:{names}|{number}{directions}?|[{CAP}]\b)|{es_street}{lower})"
                              rf"|\d{{1,5}}\s+(?:block\s+)?(?:de\s+(?:la\s+)?)?(?:(?:[NSEWnsew]|(?i:nw|ne|sw)|north|south|east|west)\.?\s+)?"
                              rf"(?:{names}{en_suffix_required}|{particle}?(?:{lower}\s+){{0,2}}{lower}{en_suffix_required}))",
                              re.UNICODE),
        "street": re.compile(rf"\b({street}(?:{number}{directions}|{names}|[{CAP}]\b)|{es_street}{lower}\b{en_suffix}"
                             rf"|\d{{1,2}}(?:ra|ro|da|do|ta|to|va|vo|na|no|ma|mo|a|o)\s+(?:{_alt(lex['street_types'])})\b)", re.UNICODE),
        # Spain's "calle de bravo murillo", "calle del amparo 42", "avenida de la albufera", "plaza de lavapies"
        "spain_street": re.compile(rf"\b((?i:calle|calzada|calz\.?|avenida|avda\.?|av\.?|plaza|plaça|paseo|passeig|rambla|explanada|ronda|glorieta|traves[ií]a|camino|carrera|carretera|carrer)\s+"
                                   rf"(?:de\s+la|de\s+los|de\s+las|del|de)\s+({lower})(?:\s+(?!esq(?:uina)?\b|{SPAIN_COUNT}\s+(?!de\b)){lower})?"
                                   rf"(?:\s+\d{{1,4}}\b)?)",
                                   re.UNICODE),
        # A place name in lower case after "en", "de", "por", "hacia": taken when the gazetteer knows it ("en peckham")
        "named": re.compile(r"(?<=\s)(?:(?<=\ben\s)|(?<=\bde\s)|(?<=\bpor\s)|(?<=\bhacia\s))([a-zñ][a-zñ]{3,})\b", re.UNICODE),
        "code_before": re.compile(rf"\b(?:{_alt(lex['code_words'])})(?:\s*,)?\s+(?:de\s+(?:mi|su|tu|la|el)\s+\w+(?:\s+\w+)?(?:\s+(?:es|era)\s+|\s*,\s*))?"
                                 # "lote del medicamento 24K117", "pedido de amazon 4471KX": what the code is of, one word after "de"/"del"
                                 rf"(?:del?\s+[a-zñáéíóú]{{3,}}\s+)?"
                                 rf"(?:(?:es|era|de|mi|su|del|el|la|n[uú]mero|#|:|(?:termina|acaba)\s+en)\s*){{0,3}}(?:[a-z0-9]+-)?$"),
        # English street names in lower case with their English suffix: "fordham road", "long point rd"
        "suffixed": re.compile(rf"\b((?:(?:[nsew]|sw|se|nw|ne)\s+|(?:north|south|east|west)\s+(?=\d))?"
                               rf"(?:{number}|{particle}?(?:{lower}\s+){{0,2}}{lower})"
                               rf"\s+{suffix_words})\b", re.UNICODE),
        # What every "suffixed" match holds: a cheap search before that regex (a stem test lets "estaba" through)
        "suffix_word": re.compile(rf"\s{suffix_words}\b"),
        "proper_landmark": re.compile(rf"\b((?:{_alt(lex['proper_landmarks'])})\s+(?:de\s+(?:la\s+)?)?"
                                      rf"(?:{number}|{lower}(?:\s+{lower})?))(?![{LETTER}\d])", re.UNICODE),
        # "en el eastside park", "del east street market": an English place word after a lower-case name, "el" before
        "english_place": re.compile(rf"(?<=\s)(?:(?<=\bel\s)|(?<=\bdel\s)|(?<=\bal\s))((?:{lower}\s+){{0,2}}{lower}\s+"
                                    rf"{_alt(lex['english_place_words'])})\b", re.UNICODE),
        "titled_street": re.compile(rf"(?<=\bla\s)({_alt(lex['street_titles'])}\s+[a-zñáéíóú][a-zñáéíóú'\-]{{2,}})\b", re.UNICODE),
        "landmark": re.compile(rf"\b((?:{_alt(lex['landmarks'])})\s+(?:de\s+)?{names})", re.UNICODE),
        # "la tablilla de la motora es 7C4H22", "la matricula del mio es 4412 JKB": whose plate, between word and plate;
        # "placa de florida con el numero Y44 7KD": the number named after the state
        "plate": re.compile(rf"\b(?:{_alt(lex['plate_cues'])})\b(?:\s+(?:{_alt(lex['plate_qualifiers'])})\b)?"
                            rf"(?:\s+(?i:del|de\s+(?:la|el|mi|su|tu|ese|esa))\s+(?:{_alt(lex['vehicle_types'] + lex['plate_owners'])})\b)?"
                            rf"(?:\s+(?:es|era)\b)?(?:\s+(?:de\s+)?(?:{_alt(plate_regions(lex))})\b)?,?"
                            rf"(?:\s+(?:creo\s+que\s+)?(?:es|era|dice|decía|decia|que\s+dice|(?:con\s+(?:el\s+)?)?(?:número|numero|num)|no\.?))?[\s:#.\-]*"
                            rf"([A-Z0-9]{{1,4}}[\s\-][A-Z0-9]{{1,5}}(?:-[A-Z0-9]{{1,3}})?|[A-Z0-9]{{1,8}})(?![A-Za-z0-9])", re.UNICODE | re.IGNORECASE),
        # the part may be written in two groups, as the plate is: "terminaba en 72 KHB", "acababa en 4 LP"
        # or letters then one digit, the part's end said after it: "empezaba con CG 7 y algo mas"
        "partial": re.compile(rf"\b(?:{_alt(lex['partial_plate_cues'])})\s+([A-Z0-9]{{1,4}}(?:\s[A-Z]{{2,3}}(?![A-Za-z0-9])|"
                              rf"(?<=[A-Z])\s\d(?=\s+(?:y|o)\s+(?:algo|nada|no)\b|\s*\.\.\.))?)\b",
                              re.UNICODE),
        # "las primeras 3 de la placa son JLM", "tenia KX al principio", "un 47 en medio": a part plate named by where it
        # sits ("en medio de la calle" is a place)
        "partial_where": re.compile(r"\b(?i:(?:primer[oa]s?|[uú]ltim[oa]s?)(?:\s+(?:\d|dos|tres|cuatro))?(?:\s+(?:letras|n[uú]meros|"
                                    r"d[ií]gitos))?(?:\s+de\s+la\s+(?:placa|tablilla|matr[ií]cula))?\s+(?:son|eran|es|era|vi))[\s,:]+"
                                    r"([A-Z0-9]{2,4})\b|\b([A-Z0-9]{2,4})\s+(?i:al\s+(?:principio|final|inicio|comienzo)|(?:en|al)\s+(?:el\s+)?medio(?!\s+del?\b))\b",
                                    re.UNICODE),
        "plate_context": re.compile(rf"\b(?:{_alt(lex['plate_cues'])}|plates?|tags?|reg)\b", re.IGNORECASE),
        # "a las 3", "sobre las 8", "despues de las 10", "antes de las 5", "pasadas las 11"
        "clock": re.compile(rf"\b(?:(?:como\s+)?a\s+|sobre\s+|alrededor\s+de\s+|a\s+eso\s+de\s+|(?:antes|despu[eé]s)\s+de\s+|pasadas\s+|"
                            rf"(?:desde|hasta)\s+(?=las\s|la\s+una\b))las?\s+"
                            rf"(?:\d{{1,2}}(?::\d\d)?(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))?|{count})(?:\s+y\s+(?:media|cuarto))?(?:\s+en\s+punto)?"
                            rf"(?:\s+de\s+(?:la|esta)\s+(?:{parts}))?(?![\w:])", re.UNICODE | re.IGNORECASE),   # "a las 8 de esta mañana"
        "ago": re.compile(rf"\b(?:desde\s+)?hace\s+(?:(?:como|unos|unas|casi|m[aá]s\s+de|menos\s+de)\s+)?(?:{count}\s+)?"
                          rf"(?:{units})\b", re.UNICODE | re.IGNORECASE),
        # "el 12 de octubre", "el martes 14", "los martes y jueves": dates and days
        "date": re.compile(rf"\b(?:(?:el\s+)?(?:d[ií]a\s+)?\d{{1,2}}\s+de\s+(?:{_alt(lex['months'])})(?:\s+(?:de\s+)?\d{{4}})?"
                           rf"|(?:el\s+)?(?:{_alt(lex['days'])})\s+\d{{1,2}}(?:\s+de\s+(?:{_alt(lex['months'])}))?\b"
                           rf"|los\s+(?:{_alt(lex['days'])})(?:\s*(?:,|y)\s+(?:los\s+)?(?:{_alt(lex['days'])}))+)\b",
                           re.UNICODE | re.IGNORECASE),
        "since": re.compile(r"\b(?:desde|hasta)\s+$", re.IGNORECASE),
        # one word each, between word boundaries: a trie finds the same words as the list (it tries them at every word)
        "vtype": re.compile(rf"\b(?:{trie_pattern(sorted({w.lower() for w in lex['vehicle_types']}))})\b", re.UNICODE | re.IGNORECASE),
        "not_plate_words": frozenset(lex["not_plate_words"]),
        # Any word one of the rules below reads (a place, plate, vehicle, time or function word): a
        # text without one is left as English found it, at the cost of one regex search.
        "any": frozenset(w.split()[0].lower() for w in [*lex["street_types"], *lex["landmarks"], *lex["plate_cues"],
                                                        *lex["vehicle_types"], *lex["colours"], *lex["not_plate_words"],
                                                        *lex["not_vehicles"], *lex["not_names"], *lex["months"], *lex["days"], "hace", "las", "la", "y", "con"]
                         if w.split()[0].lower() not in common_words()) - ENGLISH_TOO - stop_words(),
        # Substrings one of which a text must hold for each regex to be worth running (most English
        # texts hold none): the regexes cost ~0.3 ms a text together, these tests ~0.01 ms.
        "stems": {"plate": PLATE_STEMS, "highway": tuple(w.lower() for w in lex["highway_words"]), "titled_street": tuple(w + " " for w in lex["street_titles"]), "english_place": tuple(" " + w for w in lex["english_place_words"]), "intersection": (" y ", " con ", " e "), "road_code": ("la ", "nacional ", "autov"),
                  "address": tuple(str(d) for d in range(10)),
                  "street": tuple(w.lower() for w in lex["street_types"]) + ("calz",),
                  "landmark": tuple(w.lower() for w in lex["landmarks"]),
                  "proper_landmark": tuple(w.lower() for w in lex["proper_landmarks"]),
                  "suffixed": (" st", " rd", " road", " av", " street", " blvd", " boulevard", " dr", " ln", " lane",
                               " pl", " way", " pkwy", " parkway", " hwy", " highway", " expy", " pike", " trail", " trl", " ct",
                               " court", " cir", " circle", " ter"),
                  "clock": ("la ", "las "), "ago": ("hace",),
                  "date": tuple(m[:4] for m in lex["months"]) + ("lunes", "martes", "rcoles", "jueves", "viernes", "bado", "domingo"), "named": ("en ", "de ", "por ", "hacia "),
                  "spain_street": ("calle d", "calzada d", "calz d", "calz. d", "avenida d", "plaza d", "paseo d", "ronda d", "glorieta d", "travesia d",
                                   "travesía d", "camino d", "carrera d", "carrer d", "carretera d", "av d", "av. d", "avda",
                                   "plaça d", "passeig d", "rambla d", "explanada d")},
        "not_vehicles": frozenset(lex["not_vehicles"]),
        "not_names": frozenset(lex["not_names"]),
        "particles": frozenset(lex["name_particles"]),
        "date_word": re.compile(rf"(?:{_alt(lex['months'])}|{_alt(lex['days'])}|noche|d[ií]a|tarde|madrugada|ma[nñ]ana)"),
        "not_barrios": frozenset(lex["not_barrios"]),
        "highway": re.compile(rf"\b({highway})", re.UNICODE),
        # A road's code after "la" (autovía, carretera, interstate): Spain's "la A-357", "la V-21", "la a64", "la i-35w";
        # one digit only after A, N or I ("la A-7", "la N-4"; not "la B-2", a flat)
        # also after the road's kind, which stands between: "la nacional n-340", "la autovia a-4"
        "road_code": re.compile(r"(?:(?<=\bla\s)|(?<=\bnacional\s)|(?<=\bautov[ií]a\s))"
                                r"([A-Za-z]{1,2}-\d{2,3}[nsewNSEW]?|[AaNnIi]-\d|[Aa]\d{2,3})(?![\w\-])"),
        "model_word": re.compile(rf"\s+{_not_before(lex['not_names'])}[a-z0-9][a-z0-9\-]*(?=\s)", re.UNICODE),
        "model_code": re.compile(r"\s+[a-zA-Z]{1,2}-?\d{2,4}\b(?!\s*(?:de|del)\b)"),
        "joint": re.compile(r"\s+(?:y|con|e|esquina\s+con|esq\.?\s+con)\s+(?:la\s+)?"),   # "essex st esquina con jackson st"
        "typed": re.compile(rf"\b(?:{_alt(lex['street_types'])})\b|\s{suffix_words}\b|^(?:st|St)\s"),
        "colour": re.compile(rf"\s+(?:(?:de\s+)?color\s+)?(?:{colours})\b(?:\s+(?:{_alt(lex['colour_shades'])})\b)?",
                             re.UNICODE | re.IGNORECASE),
    }


@lru_cache(maxsize=256)
def _stems_re(words: tuple) -> re.Pattern:
    """One search for all of a kind's (folded) stems, a cheap test before its regex (a generator of `in` tests cost
    ~20 us a text over the eleven place kinds); no stems match nothing."""
    return re.compile("|".join(re.escape(w) for w in words) if words else r"(?!)")


@lru_cache(maxsize=1)
def stem_tests() -> dict[str, re.Pattern]:
    """rules()["stems"] as one compiled search per kind: `stem_tests()[kind].search(lower)` tests them without
    hashing the stems on every call (the finders ask it ~15 times a text)."""
    return {kind: _stems_re(tuple(words)) for kind, words in rules()["stems"].items()}


CODE_BEFORE_RE = re.compile(r"\b(?:number|no|num|ref|code)\.?\s+$", re.IGNORECASE)
# a plate word right before the code word owns it: "la matricula de la multa", "la placa de la multa"
PLATE_OF_CODE_RE = re.compile(r"\b(?:matr[ií]cula|placas?|tablilla|plate|tag)\s+(?:de\s+(?:la|el|mi|su|esa|este|esta)|del)\s+$",
                              re.IGNORECASE)
NUMBER_BEFORE_RE = re.compile(r"\bn[uú]mero\s+(?:es\s+|era\s+)?$", re.IGNORECASE)  # "numero 77412": not a place


def code_before(text: str, start: int, english: bool = True) -> bool:
    """A number or code that follows a code word ("vuelo AA1423", "el caso 24-CR-0913", "mi cuenta es
    AB12345"): not a plate nor a place. With english (for places), also after "number", "ref", "numero"."""
    window = text[max(0, start - 40):start]
    if english and (CODE_BEFORE_RE.search(window) or NUMBER_BEFORE_RE.search(window)):
        return True
    code = rules()["code_before"].search(window.lower())
    # "la matricula de la multa es 4471 HBC": the code word names whose plate it is, the number is the plate's
    return code is not None and not PLATE_OF_CODE_RE.search(window, 0, code.start())


# A flight's from and to, in its clause: "mi vuelo UA 2276 de denver a guadalajara", "vuelo a lima": no place of the tip
# A flight's number ("AA 2219", "UA2276") right before "de"/"a" names the flight even past a question in its clause:
# "el vuelo es AA 2291? no, AA 2219 de raleigh"
FLIGHT_FROM_TO_RE = re.compile(r"\b(?:vuelos?|vol[eé]|volamos|avi[oó]n|aerol[ií]nea|flight)\b(?:[^.;!?]{0,48}?|"
                               r"[^.;!]{0,48}?\b[A-Za-z0-9]{2}\s?\d{2,4}\s+)"
                               r"\b(?:de|desde|a|hacia|para|pa)\s+$", re.IGNORECASE)


def flown(text: str, place: tuple) -> bool:
    """Whether the place is where a flight left from or went to (see FLIGHT_FROM_TO_RE); ANNOTATION.md: no location."""
    return bool(FLIGHT_FROM_TO_RE.search(text, max(0, place[0] - 64), place[0]))
