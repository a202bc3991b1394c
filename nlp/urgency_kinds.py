"""Urgency read from kinds of meaning, not from one phrase (stop 24; used by nlp/urgency.py).

Phrase rules fitted the texts they were written for and did not carry to new ones. The readings here combine
small classes of cue words (patterns/urgency.jsonl and data/es/urgency.jsonl, found by the one cue matcher) by
what they mean together:

- **someone missing and at risk**: a MISSING state ("still not back", "hasnt come home", "not answering",
  "no ha regresado") with a sign the person cannot look after themselves: AT_RISK ("dementia", "a heart
  condition", "in her dressing gown"), EXPOSED to the weather or the dark ("its dark", "sleeting", "con este
  calor") or the age of a child or an old person ("hes 11", "shes only 9", "hes 89", "tiene 6 años", "mi hija de 15"). The
  person is missing now, whatever time they left ("went out this morning"): the time does not make it the past.
  Not when a PET is named ("our cat hasnt come home, shes 14"), the person is back (RETURNED: "turned up", "came
  home", "ya aparecio", said after the last MISSING cue: the latest news) or it is a question. The model does not veto
  this reading (urgency.UNVETOED_REASONS): its words ("goes to voicemail", "on my app") say nothing against it.
- **someone who hurt or is barred from the tipster is here now**: an OFFENDER ("who hit me", "restraining
  order", "orden de restriccion") and a PRESENT_AT ("hes back at the door", "parked outside my", "afuera de
  mi casa"), not in the past tense ("was parked outside").
- **"keeps" + a verb in -ing is going on, not a habit** ("theres a kid on the roof, he keeps slipping", "im at
  the bus stop and he keeps asking me to get in", "my sister is on the train and a man keeps touching her") when
  the text is anchored in the present (a NOW, "im at ...", someone who "is on/at/in" a place) and does not say how
  often ("every night", "for weeks"); "a lad keeps trying car doors" stays a habit (PAST).
- **someone lost outdoors and exposed**: LOST ("got lost", "are lost", "lost on the moor") counts as missing when
  the text is not about the past (no PAST cue): "walkers lost on the fell, getting dark".
- **a child or an animal shut in a car in the heat**: a KID or PET word, a car ("in the car", or a make or model the
  vehicles component found: "in a grey kia sportage", "a red ford ka with 2 dogs inside"), and heat ("its 90 out",
  "boiling", "sunny") or the windows shut ("windows up"), not in the past: "nobody in it" there means no adult with them, not "nobody hurt".
- **a fire that is out** ("the bin fire by the shops is out", "the blaze was out by 6"): a fire word as the subject of
  "is/was out" reads as RESOLVED (not "out of control", "out the back"): `resolved_fires`, added to the cue list.
- **shots denied** ("not gunshots", "it wasnt gunfire", "no son balazos", "no fue un disparo", "ninguna balacera"):
  the tipster names the sound and says it is not shots, an explanation like "turns out": RESOLVED (`denied_shots`).
  A copula or "ningun(a)" before a shots noun only: "no shots fired yet" or "not shooting yet" keep their danger.
- **a utility stolen** ("someone is stealing my electric", "me estan robando la luz", "se esta robando el agua"): a
  bill or a meter, not a theft in progress: the theft cue is hidden (NEGATION, `utility_theft`).
- **a lasting feeling is no news** ("todavia tengo pesadillas", "aun tengo miedo", "still have nightmares"): "still"
  before the tipster's own fear says how they feel since a past event, not that it is happening (`lasting_feeling`).
- **"but" + a present copula that names what it really is** ("but its the quiz master doing his bit", "but theyre about
  6", "but it's from the fox"): the present form of the RESOLVED "but it was"; not "but its an emergency", "but its
  a real gun" (`but_it_is`).
- **a fight that is over** ("the fight outside the bar is over", "the scrap was all over by the time"): a fight word as
  the subject of "is/was over" reads as RESOLVED, like a fire that is out (not "is over the road", "over here"):
  `fights_over`.
- **"rip" after an article is the sea's current** ("caught in the rip", "a rip pulled him out"), not "rest in peace":
  that PAST cue is dropped.
- a calm that starts inside a NOW phrase is no calm ("hes on his way over now": not "over now").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .doc_attrs import URGENCY_CUES, VEHICLES, read
from .lexicon import trie_pattern
from .spans import text_of
from .urgency_account_help import GATE as HACK_GATE
from .urgency_account_help import HELP_LABELS as ACCOUNT_HELP_LABELS
from .urgency_account_help import account_help
from .urgency_clinging import CLINGING_CLAUSES
from .urgency_collapse import COLLAPSE_CLAUSES
from .urgency_forced_in import FORCED_IN, FORCED_IN_CLAUSES
from .urgency_keeps_now import keeps_now
from .urgency_keeps_on import KEEPS_ON_CLAUSES
from .urgency_misreads import count_now, danger_goes_on, doubted_calm, left_someone, paper_shop
from .urgency_reopened import REOPENERS, reopened, retracting
from .urgency_said_again import said_again
from .urgency_situations import SITUATION_CLAUSES, bien_intensifier, quantified_things
from .urgency_suicide_slang import SUICIDE_SLANG_CLAUSES
from .urgency_turned import GATE as TURN_GATE
from .urgency_turned import turned

# A child's or an old person's age next to the person: "hes 11", "she is only 9", "im 15", "aged 89", "tiene 6 años";
# or before "year old" ("my 6 year old", "a 4yr old").
YEARS_OLD_RE = re.compile(r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?|yo\b)\s*-?\s*(?:old|o\b)?|\b(\d{1,3})\s*yo\b")
# Spanish also puts the age after a word for a child or a relative with "de": "mi hija de 15", "un niño de 6".
AGE_RE = re.compile(r"\b(?:he|she|hes|shes|he's|she's|he’s|she’s|im|i'm|i’m|i am|is|only|aged|tiene|tengo|"
                    r"(?:hij[oa]|ni[ñn][oa]|chamac[oa]|nene|nena|beb[eé]|abuel(?:it)?[oa]|herman(?:it)?[oa]|sobrin[oa]|niet[oa]|son|daughter|muchach[oa])\s+de)\s+"
                    r"(?:only\s+|just\s+|about\s+|like\s+)?(\d{1,3})\b(?!\s*(?:min|mins|minutes|hours|hrs|am|pm|ft|foot|feet|"
                    r"miles|mph|%|:|[.,]\d|kg|lb|st\b|stone|inch|cm|m\b|mil|dolares|dólares|pesos|bucks))")
CHILD_MAX, ELDER_MIN = 16, 70
MISSING_AT_RISK, HOT_CAR = "someone missing and at risk", " in danger: shut in a hot car"  # the kinds' reasons
# How often: "keeps" with one of these words is a habit ("keeps parking there every night").
HOW_OFTEN = frozenset(("every", "always", "constantly", "regularly", "often", "daily", "nightly", "weekly", "weeks",
                       "months", "years", "days", "nights", "times", "whenever", "ages", "again", "since", "usually"))
PAST_WORDS = frozenset(("was", "were", "had", "been"))
# The tipster somewhere now: "im on furlong road", "im at the bus stop", "i'm locked in" (not "im dying to know").
FIRST_PERSON_RE = re.compile(r"\b(?:im|i['’]m|i am)\s+(?:on|at|in|outside|inside|by|near|home|alone|stuck|hiding|locked|"
                             r"walking|driving|sat|sitting|standing|still|now)\b", re.IGNORECASE)
# Someone somewhere now, in the third person: "my daughter is on the night bus", "theyre at the station" (a place
# after a determiner: not "is in love", "is on drugs").
THIRD_PERSON_RE = re.compile(r"\b(?:he|she|they|hes|shes|theyre|he['’]s|she['’]s|they['’]re|my\s+[a-z]+)\s*(?:is|are|)\s+"
                             r"(?:still\s+)?(?:on|at|in|outside|inside)\s+(?:the|a|an|her|his|their|my)\b", re.IGNORECASE)
# A fire word as the subject of "is/was out" in one clause: "the tent fire down by the river is out" (not "out of
# control", "out the back", "out there", "out front").
FIRE_OUT_RE = re.compile(r"\b(?:fire|fires|blaze|flames|bonfire)\b[^,.;!?]{0,60}?\b(?:is|was|s|are|were|been|went|gone)\s+"
                         r"(?:all\s+|completely\s+|now\s+)?out\b(?!\s*(?:of|the|there|here|front|back|side|on|in|at|to)\b)",
                         re.IGNORECASE)
# A fight word as the subject of "is/was over" in one clause: "the fight outside the bar is over" (not "is over the
# road", "over there", "over here", "over to").
FIGHT_OVER_RE = re.compile(r"\b(?:fight|fights|fighting|scrap|scuffle|brawl|punch-up|punch\s+up|row|argument|ruck)\b[^,.;!?]{0,60}?"
                           r"\b(?:is|was|s|are|were|been|its|it['’]s)\s+(?:all\s+|now\s+|well\s+)?over\b"
                           r"(?!\s*(?:the|there|here|by|at|in|on|to|a|an|my|his|her|their|our|from|near|outside|with)\b)",
                           re.IGNORECASE)
ARTICLES = frozenset(("the", "a", "that", "this"))  # "the rip", "a rip": a rip current, not "rip" (rest in peace)
# In a car: "in the car", "inside a silver van", "in the back of their suv" (not "smashing car windows").
# A copula denied before a shots noun (English and Spanish): "not shots", "wasnt gunfire", "no son balazos", "no fue un
# disparo", "no es un tiroteo", "ninguna balacera".
DENIED_SHOTS_RE = re.compile(
    r"\b(?:(?:not|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|ain['’]?t)\s+(?:any\s+|real\s+)?(?:gun\s*shots?|gun\s*fire|shots)"
    r"|(?:no\s+(?:son|es|eran|era|fueron|fue)|ningun[ao]?)\s+(?:(?:un|una|unos|unas|el|la|los|las)\s+)?"
    r"(?:balazos?|disparos?|tiros|tiroteos?|balaceras?|plomazos?))\b", re.IGNORECASE)
# Stealing a utility: "is stealing my electric", "using our wifi", "me estan robando la luz", "se esta robando el agua".
UTILITY_THEFT_RE = re.compile(
    r"\b(?:(?:me|nos|se|le|les)\s+)?(?:(?:est[aá]n?|anda|andan)\s+)?(?:(?:me|nos|se|le|les)\s+)?(?:robando|roba|roban)\s+"
    r"(?:(?:la|el|mi|mis|nuestra|nuestro|de\s+la|del)\s+)?(?:luz|electricidad|agua|internet|wifi|se[ñn]al|cable|corriente)\b"
    r"|\b(?:(?:is|are|been|was|were|s)\s+)?(?:stealing|nicking|robbing|using|leeching)\s+(?:(?:my|our|the|their|his|her)\s+)?"
    r"(?:electric|electricity|power|wifi|wi-fi|internet|broadband|water|gas\s+supply)\b", re.IGNORECASE)
# "still" before the tipster's own fear: "todavia tengo pesadillas", "aun tengo miedo", "i still have nightmares".
LASTING_FEELING_RE = re.compile(
    r"(?:tengo|siento|me\s+da|me\s+dan|have|get|feel|im|i['’]m|am)\s+(?:(?:mucho|mucha|muchas|so|really|a\s+bit|bad)\s+)?"
    r"(?:miedo|pesadillas|ansiedad|nervios|trauma|p[aá]nico|panic|nightmares|flashbacks|scared|afraid|anxious|anxiety|"
    r"shaken|shook|traumati[sz]ed)\b", re.IGNORECASE)
# The danger cue labels (nlp/urgency.py TRIGGER_ORDER) that a "but it's the ..." can explain.
TRIGGER_LABELS = frozenset(("SHOTS", "WEAPON", "HURT", "KIDNAP", "THREAT_NOW", "THREAT", "FIRE", "SUICIDE", "CHILD", "IN_DANGER",
                            "BREAKIN_NOW", "BREAKIN", "THEFT_NOW", "THEFT", "FOLLOWED", "DANGER_DRIVING", "HELP", "HELP_WEAK"))
STILL_WORDS = ("still", "todavia", "todavía", "aun", "aún")
# "but" + a present copula + what the thing really is: "but its the quiz master", "but theyre about 6", "but its from
# the fox", "but hes a lifeguard" (not "but its an emergency", "but its a real gun").
BUT_IT_IS_RE = re.compile(
    r"\bbut\s+(?:its|it['’]s|it\s+is|hes|he['’]s|he\s+is|shes|she['’]s|she\s+is|theyre|they['’]re|they\s+are)\s+"
    r"(?:a|an|the|from|about|my|our|his|her|their)\b(?!\s+(?:emergency|real|gun|knife|weapon|fire|proper|big)\b)",
    re.IGNORECASE)
# Shots told by their count: "heard like 6 pops", "heard three loud bangs", "escuche como 5 tronidos". A count of sharp
# sounds heard is how people who are not sure say gunfire (ANNOTATION.md: shots heard with no time given are urgent);
# a past time, "but it was fireworks" or a RESOLVED still outweigh it as for any SHOTS cue.
COUNTED_SHOTS_RE = re.compile(
    r"\b(?:heard|hear|hearing|escuch[eéoa]\w*|o[ií](?:mos|)?)\s+(?:like\s+|about\s+|maybe\s+|around\s+|at\s+least\s+|"
    r"como\s+|unos\s+|unas\s+|mas\s+de\s+|más\s+de\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|"
    r"a\s+couple\s+of|dos|tres|cuatro|cinco|seis|siete|ocho|varios|varias)\s+(?:more\s+|loud\s+|quick\s+|sharp\s+|fuertes\s+)?"
    r"(?:pops|bangs|cracks|pop\s+pops|tronidos|truenos|estallidos|tronazos|detonaciones)\b", re.IGNORECASE)
IN_CAR_RE = re.compile(r"\b(?:in|inside)\s+(?:the\s+back\s+(?:seat\s+)?of\s+)?(?:(?:the|a|an|his|her|their|that|this|my|its)\s+)?(?:[a-z]+\s+){0,2}?"
                       r"(?:car|van|truck|suv|minivan|pickup|vehicle|jeep)\b", re.IGNORECASE)
# Spanish: "dentro de un coche", "en el carro", "adentro de la camioneta" (stop 31: the kind was English only)
IN_CAR_ES_RE = re.compile(r"\b(?:en|dentro\s+de|adentro\s+de)\s+(?:(?:el|un|una|la|su|mi)\s+)?(?:[a-z]+\s+){0,2}?"
                          r"(?:coche|carro|auto|camioneta|furgoneta)\b", re.IGNORECASE)
NOBODY = ("nobody", "no one", "noone", "no-one")
HEAT_WORDS = frozenset(("hot", "boiling", "baking", "sweltering", "scorching", "heat", "heatwave", "sun", "sunshine", "roasting",
                        "sunny", "calor", "calorón", "caloron"))
# The windows shut on a car with a child or an animal left in it: no air, the danger whatever the weather says. Steamed
# glass says the same (the breath of whoever is shut in; stop 34 r2: "glass all steamed, one's flopped over").
WINDOWS_UP_RE = re.compile(r"\bwindows?\s+(?:all\s+|are\s+|r\s+)?(?:up|shut|closed)\b|"
                           r"\b(?:windows?|glass|windscreen|windshield)\s+(?:all\s+|are\s+|is\s+)?steamed\b|"
                           r"\b(?:ventanas|ventanillas|cristales|vidrios)\s+(?:cerrad[oa]s|arriba|subid[oa]s)\b",
                           re.IGNORECASE)
# A car named by its make or model (the vehicles component found it) with "in" before it: "in a black honda pilot".
IN_BEFORE_RE = re.compile(r"\b(?:in|inside)\s+(?:(?:the|a|an|his|her|their|that|this|my|its|some)\s+)?$", re.IGNORECASE)
# "with 2 dogs inside", "a toddler in there", "con un perro dentro": the child or animal said to be in the car named before.
INSIDE_AFTER_RE = re.compile(r"\s*(?:inside|in\s+it|in\s+there|in\s+the\s+back|a?dentro\b(?!\s+de\b))\b",
                             re.IGNORECASE)
CAR_NOUN_RE = re.compile(r"\b(?:car|van|truck|suv|coche|carro|auto|camioneta|furgoneta)\b", re.IGNORECASE)
# "its like 95 out", "it's 88 degrees", "its 31c", "the thermometer says 97": a temperature said now; hot from 80 (F) or
# 27-49 with "c". A reading has no unit ("the truck thermometer says 97"): the end of the text or a stop closes it.
TEMPERATURE_RE = re.compile(
    r"\bit(?:s|['’]s|\s+is)\s+(?:like\s+|about\s+|over\s+|nearly\s+|almost\s+)?(\d{2,3})\s*"
    r"(?:(°?\s*c\b|celsius)|degrees|°|f\b|out\b|outside\b)"
    r"|\b(?:thermometer|temp|temperature|gauge)\s+(?:says|reads|shows|is|of|at)\s+(?:like\s+|about\s+|over\s+)?(\d{2,3})\s*"
    r"(°?\s*c\b|celsius)?"
    r"|\b(\d{2,3})\s*(grados\s+c\b|grados\s+celsius|grados)", re.IGNORECASE)  # "38 grados" (Spanish: Celsius unless 80 up)


def vulnerable_age(text: str) -> bool:
    """A child's (16 or under) or an old person's (70 or over) age given next to the person ("shes only 11")."""
    if not any(ch.isdigit() for ch in text):
        return False
    lowered = text.lower()
    ages = [int(m.group(1)) for m in AGE_RE.finditer(lowered)]
    ages += [int(m.group(1) or m.group(2)) for m in YEARS_OLD_RE.finditer(lowered) if "old" in m.group(0) or m.group(2)]
    return any(age <= CHILD_MAX or age >= ELDER_MIN for age in ages)


def missing_at_risk(doc: Doc, labels: dict, vulnerable_words: frozenset) -> str | None:
    """Someone missing now who cannot look after themselves (see the module docstring)."""
    missing = "MISSING" in labels or ("LOST" in labels and "PAST" not in labels)  # "got lost" last winter: the past
    if not missing or "RESOLVED" in labels or "ROUTINE" in labels or "PET" in labels:  # a lost cat
        return None
    last_missing = max((span.end for span in labels.get("MISSING", [])), default=0)
    if any(span.start >= last_missing for span in labels.get("RETURNED", [])):  # the latest news: "but she turned up
        return None  # this morning"; not "mates came back without her, her phones off" nor "not came home" (inside it)
    if "AT_RISK" in labels or "EXPOSED" in labels or vulnerable_age(text_of(doc)) or \
            any(token.lower_ in vulnerable_words for token in doc):
        return MISSING_AT_RISK
    return None


def offender_here(doc: Doc, labels: dict) -> str | None:
    """Someone who hurt or is barred from the tipster is near them now (see the module docstring)."""
    if "OFFENDER" not in labels or "PRESENT_AT" not in labels or "RESOLVED" in labels:
        return None
    for span in labels["PRESENT_AT"]:
        if not (span.start and doc[span.start - 1].lower_ in PAST_WORDS):
            return f"threat: {labels['OFFENDER'][0].text}"
    return None


def ongoing_keeps(doc: Doc, labels: dict) -> list:
    """The PAST cues "keeps" before a verb in -ing that say something is going on now, not a habit: the text does
    not say how often and is anchored in the present (a NOW or weak NOW cue such as "theres", or "im at ...";
    not a progressive: "im dying to know who keeps nicking our bins"). "a lad keeps trying car doors" stays a habit."""
    spans = [span for span in labels["PAST"] if span.text.lower() == "keeps" and span.end < len(doc)
             and len(doc[span.end].text) >= 5 and doc[span.end].lower_.endswith(("ing", "in"))]
    if not spans or any(token.lower_ in HOW_OFTEN for token in doc):
        return []
    anchored = "NOW" in labels or "NOW_WEAK" in labels or FIRST_PERSON_RE.search(text_of(doc)) or THIRD_PERSON_RE.search(text_of(doc))
    return spans if anchored else []


def hot_temperature(text: str) -> bool:
    """A hot temperature said now: "its like 95 out", "it's 31c", "the thermometer says 97"."""
    for match in TEMPERATURE_RE.finditer(text):
        value = int(match.group(1) or match.group(3) or match.group(5))
        if (27 <= value <= 49) if (match.group(2) or match.group(4)) else value >= 80 or (match.group(5) and 27 <= value <= 49):
            return True
    return False


def in_a_car(doc: Doc, labels: dict) -> bool:
    """A child or an animal in a car: "in the car", or a car the vehicles component named with "in" before it ("in a
    black honda pilot") or the child or animal "inside" after it ("a red kia ... with 2 dogs inside")."""
    text = text_of(doc)
    if IN_CAR_RE.search(text) or IN_CAR_ES_RE.search(text):
        return True
    cars = read(doc, VEHICLES)
    if cars and any(IN_BEFORE_RE.search(text, max(0, start - 30), start) for start, _, _ in cars):
        return True
    # a bare car noun is no vehicle span ("un coche aparcado ... con un perro dentro"; stop 34 r2)
    starts = [start for start, _, _ in cars] + [match.start() for match in CAR_NOUN_RE.finditer(text)]
    if not starts:
        return False
    first_car = min(starts)
    return any(span.start_char > first_car and INSIDE_AFTER_RE.match(text, span.end_char)
               for span in labels.get("KID", []) + labels.get("PET", []))


def shut_in_car(doc: Doc, labels: dict, words: frozenset) -> str | None:
    """A child or an animal in a car in the heat, now (see the module docstring)."""
    if ("KID" not in labels and "PET" not in labels) or "PAST" in labels or "TALK" in labels or not in_a_car(doc, labels):
        return None
    if any(not span.text.lower().startswith(NOBODY) for span in labels.get("RESOLVED", [])):
        return None  # "the owner came back", "shes fine now"; but "nobody in it" is no adult with them
    if words.isdisjoint(HEAT_WORDS) and "EXPOSED" not in labels and not hot_temperature(text_of(doc)) and \
            not WINDOWS_UP_RE.search(text_of(doc)):
        return None
    return ("child" if "KID" in labels else "animal") + HOT_CAR


def clause_spans(doc: Doc, regex: re.Pattern, label: str) -> list[Span]:
    """The regex's matches in the text as spans of ``label`` (a clause, not one phrase the cue matcher could hold)."""
    found = []
    for match in regex.finditer(text_of(doc)):
        span = doc.char_span(match.start(regex.groupindex.get("span", 0)), match.end(regex.groupindex.get("span", 0)), label=label,
                             span_id=REGEX_IDS.get(regex) or CLAUSE_IDS.get(label, label.lower()),
                             alignment_mode="expand")
        if span is not None:
            found.append(span)
    return found


# Kinds read from a clause: (regex, the label its spans get, words one of which the text must hold or None, the cue labels of
# which one must be present or None). The gates keep them off almost every text.
CLAUSE_KINDS = (
    (FIRE_OUT_RE, "RESOLVED", ("out",), frozenset(("FIRE",))),            # "the skip fire is out"
    (FIGHT_OVER_RE, "RESOLVED", ("over",), frozenset(("HURT",))),         # "the fight outside the bar is over"
    (DENIED_SHOTS_RE, "RESOLVED", None, frozenset(("SHOTS",))),        # "no son balazos, son cuetes"
    (UTILITY_THEFT_RE, "NEGATION", None, frozenset(("THEFT", "THEFT_NOW"))),  # "me estan robando la luz": a bill
    (BUT_IT_IS_RE, "RESOLVED", ("but",), TRIGGER_LABELS),                 # "but its the quiz master"
    (COUNTED_SHOTS_RE, "SHOTS", ("hear", "escuch", "oi"), None),      # "heard like 6 pops", "escuche como 5 tronidos"
) + SITUATION_CLAUSES + COLLAPSE_CLAUSES + KEEPS_ON_CLAUSES + CLINGING_CLAUSES + FORCED_IN_CLAUSES + SUICIDE_SLANG_CLAUSES  # urgency_situations.py: a habit closing a clause, ...; urgency_collapse.py, urgency_keeps_on.py,
# the reason id of a kind whose reading the learned model does not veto (urgency.UNVETOED_REASONS)
REGEX_IDS = {regex: FORCED_IN for regex, *_ in FORCED_IN_CLAUSES}
CLAUSE_IDS = {"SHOTS": "shots fired", "HURT": "someone hurt or attacked", "PAST": "habit", "SUICIDE": "suicide risk", "KIDNAP": "abduction",
              "DANGER_DRIVING": "dangerous driver", "IN_DANGER": "someone in danger"}  # the reason id of a kind's spans when it is not the label's own ("resolved")


# Every kind's gate words, each looked for once a text (kinds share many: "drag", "push", "grab"): a set of those
# present, then one set test a kind, instead of a generator over each kind's words.
GATE_WORDS = tuple(sorted({word for _, _, words, _ in CLAUSE_KINDS if words for word in words}))
# The same set found in one scan: a lookahead at each character, so overlapping gate words are all found. Exact only
# while no gate word starts another (then at most one matches at a character); else the per-word test above is used.
GATE_RE = None if any(a != b and b.startswith(a) for a in GATE_WORDS for b in GATE_WORDS) else \
    re.compile("(?=(" + trie_pattern(GATE_WORDS) + "))")


def lasting_feeling(doc: Doc, span: Span) -> bool:
    """A "still" cue before the tipster's own fear ("aun tengo miedo"): how they feel, not news (module docstring)."""
    if span.text.lower() not in STILL_WORDS:
        return False
    return LASTING_FEELING_RE.match(text_of(doc), span.end_char + 1 if span.end < len(doc) else span.end_char) is not None


def cues_with_kinds(doc: Doc) -> list[Span]:
    """The cue matcher's urgency cues plus the ones read from a clause here (a fire that is out, shots denied). Not
    cached on the Doc (a component writes only what it declares): each clause is gated on its cue label and cheap."""
    cues = read(doc, URGENCY_CUES)
    labels = {span.label_ for span in cues}
    lowered = text_of(doc).lower()
    present = set(GATE_RE.findall(lowered)) if GATE_RE is not None else {word for word in GATE_WORDS if word in lowered}
    extra = [span for regex, label, words, needs in CLAUSE_KINDS
             if (needs is None or not labels.isdisjoint(needs)) and (words is None or not present.isdisjoint(words))
             for span in clause_spans(doc, regex, label)]
    if "PAST" in labels:  # "caught in the rip": the current, not "rip" (rest in peace)
        cues = [span for span in cues if not (span.label_ == "PAST" and span.text.lower() == "rip" and span.start
                                              and doc[span.start - 1].lower_ in ARTICLES)]
    if "PAST" in labels:  # "se tomo todas las pastillas": how many, not how often (urgency_situations.py)
        cues = quantified_things(doc, cues)
    if "PAST" in labels and ("SUICIDE" in labels or any(span.label_ == "SUICIDE" for span in extra)):  # "keeps sayin he'll jump":
        cues = said_again(doc, cues, HOW_OFTEN, extra)  # said again now, no habit (urgency_said_again.py, urgency_suicide_slang.py)
    if "PAST" in labels and "keeps" in lowered:  # "keeps asking what year it is": harm going on (urgency_keeps_now.py)
        cues = keeps_now(doc, cues, HOW_OFTEN)
    if "RESOLVED" in labels and "bien" in lowered:  # "ya esta bien rojo": bien says how bad (urgency_situations.py)
        cues = bien_intensifier(doc, cues)
    if "TALK" in labels and "paper" in lowered:  # "in the paper shop": a newsagent, not the news (urgency_misreads.py)
        cues = paper_shop(doc, cues)
    if "RESOLVED" in labels and ("left" in lowered or "pas" in lowered):  # "they left him bleeding", "ya paso la salida":
        cues = left_someone(doc, cues)  # what they did, no calm (urgency_misreads.py)
    if not labels.isdisjoint(("RESOLVED", "TALK")) and (" si " in lowered or " if " in lowered or "whether" in lowered or "no " in lowered
                                 or "still" in lowered or "todav" in lowered or "aun" in lowered or "aún" in lowered):
        cues = doubted_calm(doc, cues)  # "no se si esta viva", "todavia esta vivo": a doubt or "still", no calm (urgency_misreads.py)
    if "RESOLVED" in labels:  # "police are there but he still has
        cues = danger_goes_on(doc, cues)  # the knife": help there, the danger not over (urgency_misreads.py)
    if "NOW" in labels and ("twice" in lowered or "times" in lowered):  # "thats twice now": how often (urgency_misreads.py)
        cues = count_now(doc, cues)
    if "RESOLVED" in labels and "NOW" in labels:  # "hes on his way over now": "over now" is part of the NOW, no calm
        cues = [span for span in cues if not (span.label_ == "RESOLVED" and any(
            now.start < span.start < now.end < span.end for now in cues if now.label_ == "NOW"))]
    if not ACCOUNT_HELP_LABELS.isdisjoint(labels) and any(word in lowered for word in HACK_GATE):
        cues = account_help(doc, cues)  # "hacked my insta, please help me get it back": help with the account (urgency_account_help.py)
    cues = sorted(cues + extra, key=lambda span: (span.start, span.end)) if extra else cues
    if any(span.label_ == "RESOLVED" for span in cues) and (not REOPENERS.isdisjoint(token.lower_ for token in doc)
                                                            or retracting(doc)):
        cues = reopened(doc, cues)  # "all clear but i can still hear shots": re-opened (urgency_reopened.py)
    if any(word in lowered for word in TURN_GATE):  # "can i report a pothole. actually forget that a car..." (urgency_turned.py)
        cues = turned(doc, cues)
    return cues


def state_now(span: Span, calm_end: int) -> bool:
    """A bare "now" right after a calm ("hes out of hospital now", "its out now") describes the state the calm
    names, not news after it; nor is "10 min ago" after a calm ("she got out ... like 10 min ago"): it dates the calm."""
    if span.label_ == "NOW" and span.start >= calm_end and span.text.lower().endswith(" ago"):
        return True
    return span.start == calm_end and span.label_ == "NOW" and span.text.lower() == "now"
