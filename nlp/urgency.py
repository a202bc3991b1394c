"""Urgency: an emergency in progress -> a short reason; a report of the past -> None.

An emergency is immediate danger to someone: a weapon in someone's hand or shots, violence
happening, a medical emergency, fire, a break-in or theft in progress, someone followed or
threatened, an abduction, a child in danger, a drink-driver or dangerous driver on the road now,
someone at risk of suicide, or a plain cry for help.

patterns/urgency.jsonl labels cue phrases (the cue matcher in cues.py finds them):
- triggers (each with a reason id): SHOTS, WEAPON, HURT (violence and medical), KIDNAP, THREAT_NOW
  ("says he'll kill me", "is threatening"), THREAT, FIRE, SUICIDE, CHILD (or KID next to KID_DANGER: "toddler ... in the road"),
  IN_DANGER (anyone in the water, through the ice, shut in a hot car: "hasnt come up", "dog locked in"), BREAKIN(_NOW),
  THEFT(_NOW), THEFT_SAID_NOW (lead theft: only with a NOW, never a progressive alone), FOLLOWED, DANGER_DRIVING, DANGER_DRIVING_WEAK ("cars racing": only with a NOW), DRINK_DRIVE, HELP,
  HELP_WEAK;
- tense: NOW ("right now", "rn", "still outside", "just saw"), NOW_WEAK ("just", "there's a": enough for the triggers that need a present tense, not enough to outweigh the past), PAST
  ("last week", "there was", "in 2019", habits: "every night", "keeps") and TALK (questions, hypotheticals
  and talk about films, games, meetings, the news: "what if", "is it illegal", "film");
- context: NEGATION ("nobody hurt", "toy gun", "killing time", "fire alarm", "shot a video")
  hides the triggers inside it; WEAPON_TALK ("selling", "owns", "pics") marks talk about weapons
  rather than a weapon in someone's hand; WEAPON_ACTIVE ("waving", "pointing", "he's got") puts
  it back in someone's hand.
A time the tipster gives ("about 2am", "this morning") that is not "now" reads as the past too.
RESOLVED ("all out now", "gone now", "put out") says the danger is over: it counts as the past, hides
the "now" inside it, and only a NOW written after it outweighs it. "just" before a PAST cue makes it
recent ("just got jumped"). A drunk word and a driving word with a present cue make a drink-driver.

The shape of the sentence (a present progressive, a violence verb in the simple past with an object, the words
when no cue phrase decides) is read in urgency_shapes.py.

Rules, in this order:
1. The past (PAST, TALK or a past time) without a NOW: not urgent ("there was a break-in last
   week", "last week someone had a knife"). A NOW outweighs it ("he stabbed my brother last
   week and he's outside now").
2. The first trigger that counts, in TRIGGER_ORDER, gives the reason. Every trigger counts,
   except: WEAPON not when WEAPON_TALK is present without WEAPON_ACTIVE; THREAT only with a
   (weak) NOW or a weapon; the NEEDS_NOW triggers only with a (weak) NOW - their *_NOW labels
   are forms that say "now" themselves ("breaking in", "is stealing", "swerving").
3. A small learned model (urgency_model.py: word unigrams, bigrams and 4-letter pieces of words) reads the
   text too (`urgency_model.decide`): it drops the rules' reason when the words weigh clearly against an
   emergency; when no rule makes the text urgent it still can, reason "possible emergency: <its two strongest
   words>", if the text has no sign against it (`counter_evidence`: the past, talk, "all out now", a negation,
   weapon talk) or the model is sure. Rules + model did better than the rules alone on text neither had seen
   (nlp/URGENCY_MODEL.md). The model never overrules a danger dealt with (RESOLVED) or firm talk (a joke, "not
   urgent", a question about the law: TALK cues with the id "firm talk") unless a NOW follows it or the text asks
   for help (`firm_calm`).
4. Safety first (stop 37): a weapon aimed, fired or swung at people now (urgency_aimed_now.py) or brought to a place
   today or tonight (urgency_weapon_brought.py) is urgent whatever calm the text also holds (a season, a range, game,
   "usually nothing"): the rules' own reason when they found one, and neither a calm nor the model drops it. So is
   someone hurt now (urgency_hurt_now.py: bleeding, shot, not moving, trapped, screaming for help; round 2).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, TIMES, URGENCY_CUES, URGENT_REASON, VEHICLES, attrs, read
from .spans import lower_words, text_of
from .urgency_adrift import in_water_now
from .urgency_aimed_now import AIMED_NOW, aimed_now
from .urgency_animal_distress import ANIMAL_DISTRESS, animal_distress
from .urgency_animal_failing_es import ANIMAL_FAILING, animal_failing
from .urgency_bridge_throw import BRIDGE_THROW, bridge_throw
from .urgency_calm_texts import calm_text
from .urgency_cannot_move import CANNOT_MOVE, cannot_move
from .urgency_coming_tonight import COMING_TONIGHT, coming_tonight
from .urgency_danger_now_es import REASONS as DANGER_NOW_REASONS
from .urgency_danger_now_es import danger_now_es
from .urgency_exposed_es import exposed_es
from .urgency_fire_inside import fire_inside
from .urgency_followed_now import FOLLOWED_NOW, followed_now
from .urgency_forced_in import FORCED_IN
from .urgency_hurt_now import HURT_NOW, hurt_now
from .urgency_hurt_now_es import hurt_now_es
from .urgency_ice import ON_ICE, on_ice
from .urgency_kinds import (
    HOT_CAR,
    MISSING_AT_RISK,
    cues_with_kinds,
    hot_temperature,
    lasting_feeling,
    missing_at_risk,
    offender_here,
    ongoing_keeps,
    shut_in_car,
    state_now,
)
from .urgency_lasting import inside_lasting, lasting_ranges, lasting_since, person_in_danger
from .urgency_lured_es import lured_es
from .urgency_model import decide
from .urgency_out_in_cold import out_in_cold
from .urgency_plan_tonight import plan_tonight
from .urgency_reopened import calm_reopened
from .urgency_robbed_now import ROBBED_NOW, robbed_now
from .urgency_robbed_now_en import robbed_now_en
from .urgency_routine_aside import aside_ranges, inside_aside, on_the_railway_line
from .urgency_seen_now import SEEN_NOW_REASONS, seen_now
from .urgency_shapes import HELP_LABELS, es_progressive, past_event, progressive, score_words, shapes
from .urgency_situations import LEFT_OUT, coming_armed, in_labour, left_exposed
from .urgency_snatched import SNATCHED_NOW, snatched_now
from .urgency_stock_road import stock_on_road
from .urgency_turned import turn_end
from .urgency_weapon_brought import WEAPON_BROUGHT, weapon_brought

TRIGGER_ORDER = ("SHOTS", "WEAPON", "HURT", "KIDNAP", "THREAT_NOW", "THREAT", "FIRE", "SUICIDE", "CHILD", "IN_DANGER", "BREAKIN_NOW", "BREAKIN",
                 "THEFT_NOW", "THEFT", "THEFT_SAID_NOW", "FOLLOWED", "DANGER_DRIVING", "DANGER_DRIVING_WEAK", "DRINK_DRIVE", "HELP", "HELP_WEAK")
TRIGGERS = frozenset(TRIGGER_ORDER)
NAMED_STREET_RE = re.compile(r"(?i:calle|avenida|plaza|paseo|carrer|camino|callej[oó]n|traves[ií]a|rua)\s+\S")   # Spanish street words
PAST_EVENT_LABELS = frozenset(("HURT", "FIRE", "KIDNAP", "THREAT", "FOLLOWED"))  # the triggers a past-tense verb makes a past event
BARE_REASONS = frozenset(("SHOTS", "HELP", "HELP_WEAK", "SUICIDE", "KIDNAP", "DRINK_DRIVE", "DANGER_DRIVING", "DANGER_DRIVING_WEAK"))
NEEDS_NOW = frozenset(("BREAKIN", "THEFT", "DRINK_DRIVE", "HELP_WEAK", "DANGER_DRIVING_WEAK"))
NOT_PAST = frozenset(("PAST", "TALK", "RESOLVED"))
HIDING = frozenset(("NEGATION", "RESOLVED"))  # labels that hide the cues inside them
# ROUTINE: a report of a kind that is not an emergency ("selling drugs", "graffiti", "a scam", "sleeping rough"):
# no sign for the rules, but a sign against an emergency for the learned model (it needs its overrule probability)
COUNTER_LABELS = NOT_PAST | HIDING | {"ROUTINE"}  # signs against an emergency in progress
# Words that make a time the tipster gave mean "now" ("right now", "10 mins ago", "tonight"; Spanish "ahora
# mismo", "ahorita", "hace 10 minutos", "en este momento", "esta noche", "hace un ratito": the diminutive is moments ago).
NOW_TIME_WORDS = ("now", "min", "sec", "tonight", "moment", "currently", "just", "ahora", "ahorita", "esta noche", "ratito")
NOW_TIME_TOKENS = frozenset(("rn", "atm", "noo"))  # "right now", "at the moment", Scots "the noo": whole words ("afternoon", "noon")


def counts(label: str, labels: dict, now: bool) -> bool:
    if label == "WEAPON":
        return "WEAPON_TALK" not in labels or "WEAPON_ACTIVE" in labels
    if label == "THREAT":
        return now or "WEAPON" in labels
    if label in NEEDS_NOW:
        return now
    return True


def only_a_call_for_help(doc: Doc) -> bool:
    """The whole text is a call for help of one or two words ("help", "help pls"): a cry, not a question."""
    return sum(1 for token in doc if token.is_alpha) <= 2


# Times that say how long or how often, not when: "been drinking all day", "sat outside for hours".
LASTING_TIME_WORDS = ("all day", "all night", "for hours", "all evening", "all afternoon", "for ages")
# "left in the car for an hour", "been on the drink since 4": how long, up to now; not a time in the past
# ("since thursday" is long enough ago to count as past).
LASTING_TIME_STARTS = ("for ", "since 1", "since 2", "since 3", "since 4", "since 5", "since 6", "since 7", "since 8",
                       "since 9", "since about", "since like", "since around", "desde hace",  # "desde hace media hora": for
                       "desde las", "desde la una", "desde la mañana", "desde por la mañana", "desde temprano",  # "since 4"
                       # "tied up since lunch": since a meal today, up to now (the meal words of nlp/day_meals.py)
                       "since lunch", "since dinner", "since breakfast", "since brekkie", "since supper", "since tea")


# "its 3am", "it's gone midnight": the tipster tells the time it is now, not when something happened.
CLOCK_NOW_RE = re.compile(r"\bit(?:s|['’]s|\s+is)\s+(?:gone\s+|nearly\s+|almost\s+|past\s+)?$", re.IGNORECASE)


def past_time(doc: Doc) -> bool:
    """A time was given and none of the times says "now" (a time that only says how long, "all day", is none;
    nor does a time the tipster says it is: "its 3am", nor one that overlaps a place found: a street named after
    a date, "la calle 26 de julio")."""
    text = text_of(doc)
    places = read(doc, LOCATIONS)
    asides = aside_ranges(text.lower())  # "trains come every half hour": the trains' habit (urgency_routine_aside.py)
    times = [value.lower() for start, end, value in read(doc, TIMES) if not CLOCK_NOW_RE.search(text, 0, start)
             and not any(start < p_end and p_start < end for p_start, p_end, _ in places)  # "calle 26 de julio"
             and not inside_aside(start, end, asides)]
    times = [value for value in times if value not in LASTING_TIME_WORDS and not value.startswith(LASTING_TIME_STARTS)]
    if times and any(lasting_since(value) for value in times) and person_in_danger(doc):  # "solos desde anoche": up to now
        times = [value for value in times if not lasting_since(value)]  # (urgency_lasting.py)
    return bool(times) and not any(word in value for value in times for word in NOW_TIME_WORDS) and \
        not any(not NOW_TIME_TOKENS.isdisjoint(value.split()) for value in times)


def judge(doc: Doc, cues: list | None = None) -> str | None:
    """Return a short reason when the text reads as an emergency in progress, else None (`cues`: the
    `cues_with_kinds` of the doc when the caller has them already)."""
    cues = cues_with_kinds(doc) if cues is None else cues
    lowered = text_of(doc).lower()   # once, for the five checks below that read the lower-cased text
    if not cues:  # the words alone decide, unless a time puts it in the past ("lobbing stones ... last sat")
        return stock_on_road(doc, {}) or snatched_now(doc, {}, lowered) or robbed_now(doc, {}, lowered) or \
            robbed_now_en(doc, {}, lowered) or cannot_move(doc, {}, lowered) or on_ice(doc, {}, lowered) or exposed_es(doc, {}, lowered) or \
            lured_es(doc, {}, lowered) or danger_now_es(doc, {}, lowered) or animal_failing(doc, {}, lowered) or animal_distress(doc, {}, past_time) or \
            out_in_cold(doc, {}, lowered) or bridge_throw(doc, {}, lowered) or followed_now(doc, {}) or seen_now(doc, {}, lowered) or \
            (None if past_time(doc) else score_words(doc, {}, []))
    negated = [(span.start, span.end, span.label_) for span in cues if span.label_ in HIDING]
    streets = [(s, e) for s, e, value in read(doc, LOCATIONS) if NAMED_STREET_RE.match(value)]
    labels: dict[str, list] = {}
    lasting = lasting_ranges(doc)  # "desde anoche", "since friday": up to now (urgency_lasting.py)
    asides = aside_ranges(lowered)  # "trains come thru every half hour": a habit of the trains (urgency_routine_aside.py)
    for span in cues:
        if streets and span.label_ in TRIGGERS and any(s < span.start_char and span.end_char <= e for s, e in streets):
            continue  # a trigger word in a street's name ("la calle de las armas") says nothing of danger
        if span.label_ not in HIDING and any(s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
                                             for s, e, _ in negated):
            continue  # hidden inside a negation; not a cue of the same words ("not an emergency" is TALK too)
        if span.label_ == "PAST" and span.start and doc[span.start - 1].lower_ == "just":
            continue  # "just got jumped": just now, not the past
        if span.label_ == "PAST" and in_water_now(span, cues):
            continue  # "rip current took a kid out" (urgency_adrift.py): the sea's rip, not "rest in peace"
        if span.label_ == "PAST" and lasting and inside_lasting(span, lasting):
            continue  # "solos desde anoche": how long, up to now
        if span.label_ == "PAST" and asides and inside_aside(span.start_char, span.end_char, asides):
            continue  # "trains usually run every half hour": not the danger's past
        if span.label_ == "NOW" and lasting_feeling(doc, span):
            continue  # "todavia tengo pesadillas": how the tipster feels since, not news
        labels.setdefault(span.label_, []).append(span)
    ongoing = ongoing_keeps(doc, labels) if "PAST" in labels else []  # "theres a kid on the roof, he keeps slipping"
    if ongoing:
        labels.setdefault("NOW_WEAK", []).extend(ongoing)
        labels["PAST"] = [span for span in labels["PAST"] if span not in ongoing]
        if not labels["PAST"]:
            del labels["PAST"]
    calming = labels.get("RESOLVED", []) + [span for span in labels.get("TALK", []) if span.id_ == FIRM_TALK]
    kind = missing_at_risk(doc, labels, shapes()["vulnerable"]) or offender_here(doc, labels) or \
        shut_in_car(doc, labels, lower_words(doc)) or left_exposed(doc, labels, hot_temperature) or \
        (None if "LABOUR" not in labels or past_time(doc) else in_labour(doc, labels)) or \
        coming_armed(doc, labels) or followed_now(doc, labels) or \
        fire_inside(doc, labels, past_event) or stock_on_road(doc, labels) or snatched_now(doc, labels, lowered) or \
        robbed_now(doc, labels, lowered) or robbed_now_en(doc, labels, lowered) or cannot_move(doc, labels, lowered) or on_ice(doc, labels, lowered) or \
        exposed_es(doc, labels, lowered) or lured_es(doc, labels, lowered) or hurt_now_es(doc, labels, lowered) or \
        danger_now_es(doc, labels, lowered) or animal_failing(doc, labels, lowered) or animal_distress(doc, labels, past_time) or \
        out_in_cold(doc, labels, lowered) or bridge_throw(doc, labels, lowered) or seen_now(doc, labels, lowered)  # each kind's module is named in the imports above (urgency_kinds.py, ...)
    if kind and "TALK" not in labels:
        return kind
    strong_now = "NOW" in labels or es_progressive(doc, [span for label in TRIGGER_ORDER for span in labels.get(label, [])])
    if strong_now and calming:  # "10 mins ago, all out now", "now im scared lol": only a NOW after it is news
        over = max(span.end for span in calming)
        strong_now = any(span.start >= over and not state_now(span, over) for span in labels.get("NOW", []))
    past = past_time(doc) or not NOT_PAST.isdisjoint(labels) or told_as_past_progressive(doc, labels)
    if past and not strong_now:
        return None
    now = strong_now or "NOW_WEAK" in labels
    if "CHILD" not in labels and "KID" in labels and "KID_DANGER" in labels and (now or not all_teens(labels)):
        labels["CHILD"] = labels["KID_DANGER"]
    elif "CHILD" not in labels and "KID" in labels and asides and on_the_railway_line(lowered):
        labels["CHILD"] = labels["KID"]  # "kids on the line, trains every 30 mins": the railway line
    shaped: dict[str, bool] = {}  # the sentence shapes, read only when a rule needs them

    def going_on() -> bool:  # a present progressive: "he's kicking", "its spreading"
        if "progressive" not in shaped:
            shaped["progressive"] = progressive(doc)
        return shaped["progressive"]

    for label in TRIGGER_ORDER:
        spans = labels.get(label)
        if not spans or (label == "THEFT_SAID_NOW" and not strong_now):
            continue  # lead off a roof: news only when the tipster says it is happening now ("i can hear them now")
        if label in PAST_EVENT_LABELS:  # "assaulted a steward": only with a NOW or a call for help
            present = [span for span in spans if not past_event(span)]
            if len(present) < len(spans) and not (now or not HELP_LABELS.isdisjoint(labels) or going_on()):
                spans = present
            if not spans:
                continue
        if counts(label, labels, now or ((label in NEEDS_NOW or label == "THREAT") and going_on())) or \
                (label == "HELP_WEAK" and only_a_call_for_help(doc)):
            span = max(spans, key=lambda s: (s.end - s.start, -s.start))  # "shots fired" over "shots"
            return span.id_ if label in BARE_REASONS else f"{span.id_}: {span.text}"
    return score_words(doc, labels, negated)


PAST_BE = frozenset(("was", "were"))
TEEN = "teen"  # the id of the KID cues of teenagers ("teens", "the young ones": patterns/urgency.jsonl)


def all_teens(labels: dict) -> bool:
    """Every child word is a teenager's and every danger place is a place, not an act ("5 teenagers on the roof"): a
    teenager somewhere high is trespass; climbing it ("2 teens climbing the scaffolding") or with a NOW is danger."""
    return all(span.id_ == TEEN for span in labels["KID"]) and \
        not any(span[0].lower_.endswith("ing") or (len(span[0]) > 4 and span[0].lower_.endswith("in"))  # "climbin"
                for span in labels["KID_DANGER"])


def told_as_past_progressive(doc: Doc, labels: dict) -> bool:
    """Every danger cue is a verb in the past progressive ("the driver was swerving", "two lads were fighting"): the
    tipster tells what went on, not what goes on (a NOW still outweighs it)."""
    triggers = [span for label in TRIGGER_ORDER for span in labels.get(label, [])]
    return bool(triggers) and all(span.start and doc[span.start - 1].lower_ in PAST_BE and doc[span.start].lower_.endswith("ing")
                                  for span in triggers)


def counter_evidence(doc: Doc, cues: list | None = None) -> bool:
    """The rules saw a sign against an emergency in progress: a PAST, TALK, RESOLVED or NEGATION cue, weapon
    talk without a weapon in someone's hand, a past time, or danger told in the past progressive. The learned model
    overrules those only when it is sure (its `overrule` probability)."""
    cues = cues_with_kinds(doc) if cues is None else cues
    labels = {span.label_ for span in cues}
    if not COUNTER_LABELS.isdisjoint(labels) or ("WEAPON_TALK" in labels and "WEAPON_ACTIVE" not in labels):
        return True
    if past_time(doc):
        return True
    by_label: dict[str, list] = {}
    for span in cues:
        by_label.setdefault(span.label_, []).append(span)
    return "NOW" not in by_label and told_as_past_progressive(doc, by_label)


FIRM_TALK = "firm talk"  # the id of the TALK cues the model never overrules: jokes, "not urgent", questions about the law


def firm_calm(doc: Doc, cues: list | None = None) -> bool:
    """The rules saw a danger dealt with (RESOLVED: "turns out", "hes fine", "everyone got out") or firm talk (TALK cues
    with the id "firm talk": a joke, "not urgent", a question about the law or "what am i supposed to do if"; not
    a topic word such as "film" or "class"), with no NOW after the last of them and no call for help: the learned
    model does not overrule that, however sure it is (a joke about a knife or a question about shots is full of
    danger words)."""
    cues = cues_with_kinds(doc) if cues is None else cues
    negated = [(span.start, span.end) for span in cues if span.label_ == "NEGATION"]
    firm = [span.end for span in cues if (span.label_ == "RESOLVED" or (span.label_ == "TALK" and span.id_ == FIRM_TALK))
            and not any(s <= span.start and span.end <= e and (s, e) != (span.start, span.end) for s, e in negated)]
    if not firm:
        return False
    last = max(firm)  # a cry for help after the calm is news; a cry ("woman screaming") before it is what it explains
    # a NOW hidden in a negation ("just saw the post", "just saw on facebook") is no news after the calm
    return not any(span.label_ == "HELP" or (span.label_ in HELP_LABELS or span.label_ == "NOW") and span.start >= last
                   and not state_now(span, last) and not (span.label_ == "NOW" and any(
                       s <= span.start and span.end <= e for s, e in negated)) for span in cues)


@Language.component("tip_urgency", requires=attrs(URGENCY_CUES, TIMES, LOCATIONS, VEHICLES), assigns=attrs(URGENT_REASON))
def urgency_judge(doc: Doc) -> Doc:
    """Judge whether the text reports an emergency in progress.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.urgent_reason set (None: not urgent). The rules judge first and
    the learned model (urgency_model.decide) may drop their reason or, when they find nothing, still call the
    text urgent.
    """
    cues = cues_with_kinds(doc)  # read once: the three readings below share them (none changes the list)
    lowered = text_of(doc).lower()  # a weapon aimed at people now, or brought to a place tonight, outranks every calm
    armed = aimed_now(lowered) or weapon_brought(lowered) or hurt_now(lowered) or plan_tonight(lowered) or \
        coming_tonight(lowered)  # (urgency_aimed_now.py, urgency_weapon_brought.py, urgency_hurt_now.py: someone hurt now
    # outranks a season, a game; urgency_plan_tonight.py, urgency_coming_tonight.py: a plan or a threat for tonight)
    reason = judge(doc, cues)
    if armed is not None:  # the rules' own reason when they found one; no calm, debunk or model veto drops it
        doc.user_data[URGENT_REASON] = reason or armed
        return doc
    doc.user_data[URGENT_REASON] = None if (reason is None and firm_calm(doc, cues)) or calm_text(doc, cues, TRIGGERS) else \
        decide(text_of(doc), reason, lambda: counter_evidence(doc, cues), vetoable=vetoable(reason) and not (
            reason is not None and (calm_reopened(doc, read(doc, URGENCY_CUES)) or turn_end(doc, cues) is not None)))
    # urgency_reopened.py, urgency_turned.py; urgency_calm_texts.py: a debunk, car doors, a season asked about, police here
    return doc


# The readings the learned model does not veto: each is made of several signs together (missing + at risk; a child or an
# animal + a car + heat) or is words of suicide, where the model's everyday words ("posted a picture", "glucose monitor
# ... on my app", "goes to voicemail") say nothing against the danger (URGENCY_MODEL.md, stop 27). A snatch minutes ago is a
# snatch word and a recent time together; the plate and car words told with it weigh against it (stop 34).
UNVETOED_REASONS = (AIMED_NOW, WEAPON_BROUGHT, HURT_NOW, COMING_TONIGHT, MISSING_AT_RISK, "suicide risk", FOLLOWED_NOW, FORCED_IN, SNATCHED_NOW, ROBBED_NOW,
                    CANNOT_MOVE, ON_ICE, ANIMAL_FAILING, ANIMAL_DISTRESS, BRIDGE_THROW, *DANGER_NOW_REASONS.values(), *SEEN_NOW_REASONS)


def vetoable(reason: str | None) -> bool:
    """Whether the model may drop the rules' reason (not for the readings of UNVETOED_REASONS or a hot car)."""
    return reason is None or not (reason in UNVETOED_REASONS or reason.endswith((HOT_CAR, LEFT_OUT)))
