"""Spanish areas named without a street (and towns after one: towns_after): barrios and colonias after "en"/"por"/"hacia" ("en la villita", "colonia las
palmas") and towns of one or more words the gazetteer or `nlp/data/es/towns.txt` holds ("en santa ana", ", nueva
orleans,"). Apart from spanish_places.py, which reads streets, corners and landmarks: these are guessed from a cue
and a name alone, so they are judged against the word lists, not against street words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import common_words, gazetteer, lexicon, spanish_lexicon, stop_words, word_list
from .spanish_area_second_words import second_name_end
from .spanish_area_tails import area_name_end
from .spanish_counts import price_before
from .spanish_rules import common_spanish, rules, spanish_form, verb_form
from .spanish_surnames import second_surname_end
from .spans import overlaps

# Verb endings: "en corriendo" is no barrio; spanish_places reads the same endings for a corner's sides.
VERB_ENDINGS = ("io", "ió", "ó", "aron", "ieron", "aba", "ia", "ía", "ando", "iendo")


# The second word is only looked at (a look-ahead), so a cue right after the first is read too: "en cordoba por moreras".
# "a la altura de", "rumbo a", "saliendo de" place a moving car as "en" places a tipster: "a la altura de valdefierro"
BARRIO_RE = re.compile(r"\b(?:en|por|hacia|a\s+la\s+altura\s+de|rumbo\s+a|saliendo\s+de|con\s+direcci[oó]n\s+a)\s+"
                       r"([a-zñ][a-zñ'\-]{3,})\b(?=\s+([a-zñ][a-zñ'\-]{2,})\b)?", re.UNICODE)
# "en el barrio de delicias", "en la colonia obrera": the word after an area word names the area, common or not
# (Galician "os"/"as" are "los"/"las": "barrio de os mallos"; Mexico writes "fracc." for "fraccionamiento")
AREA_NAMED_RE = re.compile(r"\b(barrio|colonia|barriada|fraccionamiento|fracc\.?|urbanizaci[oó]n|pol[ií]gono)\s+(de\s+(?:la\s+|los\s+|las\s+|os\s+|as\s+)?|del\s+)?"
                           r"((?:(?:la|las|los|el)\s+(?=[a-zñ]{3,})|(san|santa|santo|sant)\s+)?([a-zñ][a-zñáéíóú'\-]{3,}|(?<=l[ao]s\s)[a-zñ]{3}|(?<=el\s)[a-zñ]{3}|(?<=la\s)[a-zñ]{3}|norte|sur|este|oeste))\b",
                           re.UNICODE)
# A town's side named in English, with or without "el": "en el north end", "por el south side", "del eastside"
COMPASS_AREA_RE = re.compile(r"\b(?i:en|por|hacia|de|desde|del)\s+(?:(?i:el)\s+)?((?i:north|south|east|west)\s?(?i:end|side))\b")
# (with a pronoun after it: "multa por estacionarlo mal")
INFINITIVE_RE = re.compile(r"(?:ar|er|ir)(?:lo|la|los|las|le|les|me|te|se|nos)?$")
AREA_ARTICLES = ("la ", "las ", "los ", "el ")
STREET_WORDS = frozenset(("calle", "avenida", "carretera", "camino", "paseo", "ronda", "autopista", "autovia", "autovía"))
COMPASS_WORDS = frozenset("north south east west".split())
# The last word of an English-named area ("boyle heights", "moss side", "woodberry down", "west end", "dean valley")
AREA_WORDS = frozenset("heights park lakes lake hills hill city village gardens square cross green beach point springs "
                       "town rivera vista side down end vale heath ridge valley grove".split())
# A barrio's second word saying which part or which one: "trinitat nova", "ciutat vella", "zaidin norte" (not "este":
# "en pilsen este sabado" is this Saturday)
SECOND_NAME_WORDS = frozenset("nova nou vella vell alta alto baja bajo norte sur oeste vieja viejo nueva nuevo".split())
NOT_BARRIOS = frozenset("facebook instagram whatsapp tiktok youtube google uber lyft amazon snapchat twitter telegram "
                        "zoom netflix internet online".split())


def listed_not_barrio(word: str) -> bool:
    """An app, a way of getting about, a garment or a part of a street (lexicon "not_barrios", NOT_BARRIOS), or its
    plural ("banquetas", "pañales")."""
    listed = rules()["not_barrios"] | NOT_BARRIOS
    return word in listed or (word.endswith("s") and (word[:-1] in listed or (word.endswith("es") and word[:-2] in listed)))


def unknown_word(word: str) -> bool:
    r = rules()
    return not (spanish_form(word) or word in common_words() or word in r["not_names"] or listed_not_barrio(word)
                or word.endswith(VERB_ENDINGS) or word.endswith("mente"))


def find_barrios(text: str, taken) -> list[tuple[int, int]]:
    """Guessed neighbourhoods: see BARRIO_RE. Two words when the second is an area word ("boyle heights")."""
    if text.isupper():
        return []
    found = []
    for match in BARRIO_RE.finditer(text):
        first, second = match.group(1), match.group(2)
        start = match.start(1)
        if text[match.start()] in "pP" and price_before(text, match.start()):
            continue   # "cobra 300 euros por colchon": "por" after a price is "per", no place cue
        if second and second in AREA_WORDS and first not in NOT_BARRIOS and first not in rules()["not_names"]:
            end = match.end(2)
        elif second and first in COMPASS_WORDS and unknown_word(second):
            end = match.end(2)   # "en south oxnard", "en east wenatchee": a town's side
        elif unknown_word(first) and not (INFINITIVE_RE.search(first) and text[match.start():start].lower().startswith("por")):
            # not an infinitive after "por": "multa por pescar", "me cobro por jalar"; a side or age word after the
            # name is the name's too: "en trinitat nova", "en pilsen norte"
            end = match.end(2) if second in SECOND_NAME_WORDS else match.end(1)
        else:
            continue
        if not overlaps(start, end, taken):
            found.append((start, end))
    found += [span for span in _known_areas(text) if not overlaps(*span, taken + found)]
    found += [span for span in _article_areas(text) if not overlaps(*span, taken + found)]
    found += [m.span(1) for m in COMPASS_AREA_RE.finditer(text) if not overlaps(*m.span(1), taken + found)]
    for match in AREA_NAMED_RE.finditer(text):
        word = match.group(5)
        # "colonia las palmas", "barrio obrero", "barrio logan", "poligono sur": the area word and its name are one
        # place (ANNOTATION.md: the cue word stays, whatever the name's language; stop 34 relabelled the rows that had
        # dropped it), "el barrio de delicias" too ("barrio de delicias"); "la colonia de X" is "X"; a common word
        # shaped like a verb is none ("del barrio hacen donas"), and so is a verb form no frequency list holds ("del
        # barrio tiran petardos")
        estate = match.group(1).lower().startswith("pol")   # "el poligono de malpica": an estate is named with its word
        if estate and word in STREET_WORDS:
            continue   # "el poligono de la carretera amarilla": the road names it, and the street finders read the road
        # "el barrio del oeste", "el barrio del naranjo": "del" (no bare "de") makes the area word part of the name
        named_with_del = (match.group(2) or "").startswith("del")
        # "barrio de analco", "urbanizacion de buztintxuri": the cue word and its "de" stay (ANNOTATION.md, stop 34)
        barrio = match.group(1).lower() == "barrio" or match.group(1).lower().startswith("urbanizaci")
        span = match.span(3) if match.group(2) and not (estate or named_with_del or barrio) else (match.start(1), match.end(3))
        span = (span[0], second_surname_end(text, *span))   # "colonia sanchez taboada": both surnames name it
        span = (span[0], area_name_end(text, span[1], text[span[0]:span[1]].split()[-1]))   # "colonia lomas de chapultepec"
        span = (span[0], second_name_end(text, *span))   # "colonia cerro grande", "colonia sor juana"
        if match.group(2) is not None and match.group(3).startswith(AREA_ARTICLES):
            continue
        # after "de la", "del", an article or a saint's title the word is a noun or a name, never the sentence's verb:
        # "el barrio de la victoria", "el barrio del carmen", "el fraccionamiento el refugio", "barrio de san anton"
        named = (match.group(2) or "").split()[-1:] in (["la"], ["los"], ["las"], ["os"], ["as"], ["del"]) or match.group(4) \
            or match.group(3).startswith(AREA_ARTICLES)
        if word not in rules()["not_names"] and word not in stop_words() and (named or not word.endswith(VERB_ENDINGS)) \
                and not (not named and len(word) > 4 and word.endswith(("an", "en")) and (common_spanish(word) or verb_form(word))) \
                and not overlaps(*span, taken + found):
            found.append(span)
    return sorted(found)


# A tip that opens with "en el palmar", "en la ñora,": a cue, an article and a name no dictionary holds names the scene,
# a barrio or town that keeps its article (ANNOTATION.md, stop 33: a Spanish-named place keeps it). Only at the text's
# start: mid-text the same shape is mostly a thing or a room ("en el garaje", "en la troca"), and before "de" a noun
# and what it is of ("en la plaza de ...").
ARTICLE_AREA_RE = re.compile(r"(?:en|por|desde)\s+((?:el|la|los|las)\s+([a-zñ][a-zñ']{3,}))\b(?!\s+(?:de|del)\b)",
                             re.UNICODE)
# "el barrio de el naranjo": Spanish contracts "de el" to "del", so an uncontracted one is the name's article
UNCONTRACTED_AREA_RE = re.compile(r"\bbarrio\s+de\s+(el\s+([a-zñ][a-zñ']{3,}))\b")
# English-named areas drop the article ("en el westside" is "westside"): their endings
ENGLISH_AREA_END_RE = re.compile(r"(?:side|town|view|wood|field|park|land|ville|dale|ton|ford|port|burg|mont)$")


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """Street and landmark words ("callejon", "gasolinera") and area words ("poligono"): a kind of place, no name."""
    lex = spanish_lexicon()
    return frozenset(lex["street_types"] + lex["landmarks"] + ["poligono", "polígono", "barrio", "colonia",
                                                                 "barriada", "urbanizacion", "fraccionamiento"])


def _article_areas(text: str) -> list[tuple[int, int]]:
    """The area ARTICLE_AREA_RE finds at the text's start, when its name word is unknown (unknown_word)."""
    match = ARTICLE_AREA_RE.match(text)
    if match is None and " de el " in text:   # (the cheap gate: most texts hold no uncontracted "de el")
        match = UNCONTRACTED_AREA_RE.search(text)
    if not match:
        return []
    word = match.group(2)
    if not unknown_word(word) or word in stop_words() or word in NOT_BARRIOS or word in _place_nouns() \
            or ENGLISH_AREA_END_RE.search(word):
        return []
    return [match.span(1)]


# "en el southside", "por el east end": an article between the cue and a name the gazetteer holds; "en east san jose",
# "hacia south austin": a compass word before one
KNOWN_AREA_RE = re.compile(r"\b(?:en|por|hacia|de|desde)\s+(?:(?:el|la)\s+(?:(north|south|east|west)\s+)?|"
                           r"(north|south|east|west)\s+)([a-z][a-z'\-]{2,}(?:\s+[a-z][a-z'\-]{2,}){0,2})")

AFTER_DE_RE = re.compile(r"\s+(?:de|del)\b")


def _known_areas(text: str) -> list[tuple[int, int]]:
    """Areas KNOWN_AREA_RE finds: the longest run of words the gazetteer holds, unambiguous, no common word and
    no "de" after it ("en el centro", "en la casa", "en la rotonda de ..." are none), or, after a compass word, any name it holds ("south austin")."""
    places, found = gazetteer(), []
    for match in KNOWN_AREA_RE.finditer(text):
        compass = match.group(1) or match.group(2)   # no article and no compass word: find_towns and "named" read those
        words = [(w.group(), match.start(3) + w.end()) for w in re.finditer(r"\S+", match.group(3))]
        for n in range(len(words), 0, -1):
            name = " ".join(w for w, _ in words[:n])
            whole = f"{compass} {name}" if compass else name
            ambiguous = places.get(whole)
            if ambiguous is None and compass:
                ambiguous = places.get(name)
            if ambiguous is None or (ambiguous and not compass) or whole in stop_words() or listed_not_barrio(whole):
                continue
            if not compass and (all(common_spanish(w) for w, _ in words[:n]) or (n == 1 and name in common_words())
                                or AFTER_DE_RE.match(text, words[n - 1][1])):
                continue   # "la rotonda de la avenida", "la alameda de hercules": a noun and what it is of
            found.append((text.rindex(compass, 0, match.start(3)) if compass else match.start(3), words[n - 1][1]))
            break
    return found


@lru_cache(maxsize=1)
def spanish_towns() -> frozenset[str]:
    """Place names as Spanish speakers write them ("nueva orleans", "filadelfia"): nlp/data/es/towns.txt; and the towns
    and city districts of Spain ("alicante", "carabanchel"): nlp/data/es/towns_spain.txt (GeoNames)."""
    return word_list("es/towns.txt") | word_list("es/towns_spain.txt")


@lru_cache(maxsize=1)
def article_towns() -> frozenset[str]:
    """Towns whose name opens with an article ("el ejido", "la pobla de vallbona"): nlp/data/es/article_towns.txt."""
    return word_list("es/article_towns.txt")


# Where a town's name may start: after a place cue ("en santa ana", "cerca de council bluffs"; "me siguio hasta
# armilla", "esto es nou barris": where a chase ends, a tipster saying where all this is), at the start of the text
# or after a comma ("santa ana, minnie st ...", "broad st y tulane ave, nueva orleans, ...")
TOWN_START_RE = re.compile(r"(?:\b(?:en|de|por|hacia|desde|hasta|cerca\s+de|esto\s+es)\s+|^\s*|,\s*)(?=[A-Za-zñÑ])", re.UNICODE)
TOWN_WORDS_RE = re.compile(r"[A-Za-zñÑáéíóú'\-]+(?:\s+[A-Za-zñÑáéíóú'\-]+){0,3}", re.UNICODE)
NOT_TOWN_FIRST = frozenset("la el los las lo de del un una y o en al a".split())
# "placa de nueva jersey", "tablilla de texas": the state that issued a plate; "la iglesia de santa rosa": a landmark's name
# (after "de" only: "la calle mayor en alicante" is a street and its town)
PLATE_OR_LANDMARK_BEFORE_RE = re.compile(r"\b(?:placas?|tablillas?|matr[ií]culas?|escuela|iglesia|parroquia|capilla|colegio|"
                                         r"hospital|parque|calle|avenida|plaza|colonia|barrio)\b[^,.]{0,24}$")


# A place noun and "de" before a town: the town names the landmark, which is the place ("la comisaria de usera", "la playa
# de palma", "la gran via de hortaleza", "el metro de sol", "el muelle de santa lucia", "la biblioteca de glendale",
# "la central de autobuses de zapopan", "la estacion de autobuses de burgos"; stop 37: "el jardin de san marcos", "el panteon
# de dolores hidalgo"); a town's monument too ("la catedral de burgos", "el castillo
# de ponferrada": the monument is where to go, not the whole town)
PLACE_NOUN_DE_RE = re.compile(r"\b((?:gran\s+)?(?i:v[ií]a|comisar[ií]a|playa|metro|estaci[oó]n(?:\s+de\s+(?:autobuses|buses|tren|trenes|camiones))?|"
                              r"pol[ií]gono|isla|arco|espig[oó]n|paraje|aeropuerto|jard[ií]n|pante[oó]n|cementerio|mirador|santuario|capilla|"
                              r"puerto|puente|mercado|hospital|plaza|paseo(?:\s+mar[ií]timo)?|avenida|calle|carretera|ronda|"
                              r"catedral|bas[ií]lica|castillo|estadio|ermita|mezquita|alc[aá]zar|muelle|biblioteca|museo|"
                              r"central\s+de\s+autobuses|terminal(?:\s+de\s+autobuses)?))\s+de\s+$",
                              re.UNICODE)
# A compass word after a town, then a comma, a stop or the end: "en sevilla este, ...", "en madrid norte."
COMPASS_AFTER_RE = re.compile(r"\s+(este|oeste|norte|sur)(?=\s*(?:[,.;!?]|$))")
FIRST_WORD_RE = re.compile(r"[A-Za-zñÑáéíóú'\-]+")


@lru_cache(maxsize=1)
def _town_first_words() -> frozenset[str]:
    """The first word of every name find_towns may take (unambiguous gazetteer names of two words or more, towns.txt)."""
    names = [name for name, ambiguous in gazetteer().items() if " " in name and not ambiguous] + list(spanish_towns()) \
        + list(article_towns())
    return frozenset(name.split()[0] for name in names)


def find_towns(text: str, taken) -> list[tuple[int, int]]:
    """Towns of two words or more in lower case, which the English reading (cued by "in", capitals) misses: a name
    the gazetteer holds unambiguously or nlp/data/es/towns.txt holds, after a Spanish place cue, or at the start or
    after a comma with a comma, stop or the end after it. A name opening with an article ("el centro", "la blanca")
    is taken only from nlp/data/es/article_towns.txt ("el ejido"); any other
    is left alone: in Spanish it is mostly the words."""
    places, extra, found, firsts = gazetteer(), spanish_towns(), [], _town_first_words()
    articled = article_towns()   # "en el ejido": a town listed with its article is the town, not the words
    for cue in TOWN_START_RE.finditer(text):
        first = FIRST_WORD_RE.match(text, cue.end())
        if not first or first.group().lower() not in firsts:
            continue   # cheap: most words after "de", "en" or a comma start no town's name
        words = TOWN_WORDS_RE.match(text, cue.end())
        if not words:
            continue
        listed = not cue.group().strip(" \t") or cue.group().lstrip().startswith(",")
        landmark = PLACE_NOUN_DE_RE.search(text, max(0, cue.end() - 30), cue.end())
        if not listed and not landmark and cue.group().strip().lower() == "de" \
                and PLATE_OR_LANDMARK_BEFORE_RE.search(text[max(0, cue.start() - 30):cue.end()].lower()):
            continue
        parts = list(re.finditer(r"\S+", words.group()))
        for n in range(len(parts), 0, -1):   # one word only from towns.txt ("filadelfia"): "en doral" is read already
            end = cue.end() + parts[n - 1].end()
            name = text[cue.end():end].lower()
            if name in articled:
                pass
            elif name.split()[0] in NOT_TOWN_FIRST or not (name in extra or (n > 1 and places.get(name) is False)):
                continue
            if listed and not re.match(r"\s*(?:[,.;!?]|$)", text[end:]):
                continue
            compass = COMPASS_AFTER_RE.match(text, end)
            end = compass.end(1) if compass else end   # "en sevilla este, ...": a side of the town
            start = landmark.start(1) if landmark else cue.end()   # "la comisaria de usera": the landmark is the place
            if not overlaps(start, end, list(taken) + found):
                found.append((start, end))
            break
    return found


# "en el alisal, en la calle 7th ...", "en la rondilla por la calle ...", "en main south por la chandler st": the area a
# tipster names first, then the street they narrow it to. A place cue, one to three name words, then only a comma and/or
# a place cue (and an article) before a place already found: the text right before that place, read backwards.
NAME_WORD = r"(?!(?:en|por|el|la|los|las|de|del|y|a|al|con|que)\b)[^\W\d_][\w'\-]*"
AREA_BEFORE_PLACE_RE = re.compile(rf"\b(?i:en|por)\s+(?:(?i:el|la|los|las)\s+)?({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}}?)"
                                  r"(?:\s*,)?\s+(?:(?i:en|por)\s+)?(?:(?i:el|la|los|las)\s+)?$", re.UNICODE)
AREA_BEFORE_WINDOW = 60


def areas_before_places(text: str, places, taken) -> list[tuple[int, int]]:
    """Areas named right before a place found (see AREA_BEFORE_PLACE_RE): not when every name word is a common Spanish
    word ("en la casa, en la calle 8", "en serio, por la 5th"), nor one English dictionary word ("en el driveway, en la
    2915 ..."), nor a word of the sentence, an app or a chain ("en el walmart por la calle 8")."""
    r, found = rules(), []
    chains = lexicon()["chains"]
    for start, _ in places:
        match = AREA_BEFORE_PLACE_RE.search(text, max(0, start - AREA_BEFORE_WINDOW), start)
        if not match:
            continue
        words = match.group(1).lower().split()
        if (all(common_spanish(w) for w in words) or (len(words) == 1 and words[0] in common_words())
                or any(w in r["not_names"] or listed_not_barrio(w) or w.endswith(VERB_ENDINGS)
                       for w in words)
                or words[-1] in stop_words() or " ".join(words) in chains):
            continue
        if not overlaps(*match.span(1), list(places) + list(taken) + found):
            found.append(match.span(1))
    return found


TOWN_AFTER_RE = re.compile(r"\s+de\s+([A-Za-zñÑ][a-zñáéíóú]{2,}(?:\s+[A-Za-zñÑ][a-zñáéíóú]{2,})?)\b", re.UNICODE)


# A square or a promenade a town is known by ("plaza mayor de salamanca") and a street named for a town ("avenida
# ciudad de huelva") hold the town; so does a street named for the gate, road or bridge towards a town ("calle puerta de
# sevilla", "calle camino de ronda", "calle carretera de toledo"): those nouns take the town they lead to
NAMED_FOR_TOWN_RE = re.compile(r"(?i:plaza|paseo)\s|\S+\s+(?:\S+\s+)?(?i:ciudad|villa)\s+de\s"
                               r"|\S+\s+(?i:puerta|camino|carretera|ronda|cuesta|traves[ií]a|puente|portal|bajada|subida)\s+de\s")


OWNERS = frozenset("mi tu su sus mis nuestro nuestra el la los las un una".split())
AREA_AFTER_RE = re.compile(rf"\s+de\s+((?:[a-zñ][a-zñ'\-]+\s+){{1,2}}(?:{'|'.join(sorted(AREA_WORDS))}))\b")


def towns_after(text: str, streets, blocked) -> list[tuple[int, int]]:
    """A town the gazetteer or spanish_towns knows after a street and "de": "la havana st de aurora" gives "havana st"
    and "aurora", "la calle panaderos de valladolid" "calle panaderos" and "valladolid",
    even when the town is a Spanish word too; "calle 5 de mayo" (a date) and "la main st de noche" give none."""
    places, r, found = gazetteer(), rules(), []
    for start, end in streets:
        if NAMED_FOR_TOWN_RE.match(text, start, end + 4):
            continue   # "la plaza mayor de salamanca", "la avenida ciudad de huelva": the town is the place's name
        area = AREA_AFTER_RE.match(text, end)   # "la fleet st de fells point": a name and an English area word
        if area and not all(common_spanish(w) for w in area.group(1).split()[:-1]) \
                and not any(w in r["not_names"] or w in OWNERS for w in area.group(1).split()[:-1]) \
                and not overlaps(*area.span(1), streets + blocked + found):
            found.append(area.span(1))
            continue
        match = TOWN_AFTER_RE.match(text, end)
        if not match:
            continue
        words = match.group(1).split()
        for n in (len(words), 1) if len(words) > 1 else (1,):
            name = " ".join(words[:n]).lower()
            if (name in places or name in spanish_towns()) and words[0].lower() not in r["not_names"] \
                    and not r["date_word"].fullmatch(words[0]):
                span = (match.start(1), match.start(1) + len(" ".join(words[:n])))
                if not overlaps(*span, streets + blocked + found):
                    found.append(span)
                break
    return found
