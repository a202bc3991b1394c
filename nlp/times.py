"""Times: the cue matcher (cues.py, patterns/times.jsonl) marks pieces, this joins neighbours.

"every Saturday" + "after" + "midnight" -> "every Saturday after midnight";
"yesterday" + "evening" -> "yesterday evening".
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .ambiguous_days import ambiguous_days
from .clause_hours import clause_hours
from .clock_day_parts import THIS_PARTS, this_part_after
from .day_gone import gone_end
from .day_hour_ranges import day_hours
from .day_meals import day_meals
from .day_ordinals import day_ordinals
from .doc_attrs import TIME_PARTS, TIMES, attrs, read
from .document_dates import document_date
from .feast_modifiers import feast_modifiers
from .feast_reasons import feast_reasons
from .habit_tails import habit_tail
from .lexicon import trie_pattern
from .lowered import caseless_finditer, lower_twin
from .night_compounds import compound_night
from .now_states import state_hoy, state_now
from .own_message_earlier import own_message_earlier
from .slash_numbers import impossible_slash_date
from .spans import lower_words, store, text_of
from .time_frequencies import frequencies
from .time_leads import time_lead
from .time_ranges import join_ranges
from .time_repeats import repeat_counts
from .time_shapes import MONTH_LIST, MONTH_SET, YEAR_RE, durations
from .weather_today import weather_today

# Shapes token patterns handle badly (spaCy keeps "9:15pm" and "5mins" as one token): plain regexes.
# The word lists are tries and a look-ahead on the first character rejects most word starts at once:
# a plain alternation was tried word by word at every word boundary (4x slower).
APPROX_LIST = "about around approx approximately roughly abt bout circa like arnd round aboot aroond".split()


# "3am ish", "10pm-ish": the hedge after the clock time stays with it (the guide keeps hedges)
ISH = r"(?:\s?-?ish\b)?"


def clock_regex(approx: bool, month: bool) -> re.Pattern:
    """Clock times, "5 mins ago", dates. Every shape holds a digit; the approximate words ("about", "~")
    and month names are whole words of the text when they take part, so `clock_regex_for` leaves them
    out when the text has none (each part tried at every word start is most of the regex's cost)."""
    approx_re = rf"(?:(?:{trie_pattern(APPROX_LIST)}|~)\s*)?" if approx else ""
    month_re = trie_pattern(MONTH_LIST)
    first = "".join(sorted({"\\d"} | ({"~"} | {w[0] for w in APPROX_LIST} if approx else set())
                           | ({w[0] for w in MONTH_LIST} | {"t"} if month else set())))
    months = (rf"|(?:{month_re})\b\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
              rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month_re})\b") if month else ""
    return re.compile(
        rf"\b(?=[{first}])(?:"
        rf"{approx_re}(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:(?:am|pm|a\.m\.|p\.m\.){ISH}|ish)?|\d{{1,2}}\s*(?:(?:am|pm|a\.m\.|p\.m\.){ISH}|o'?clock)|(?:1[0-2]|0?[1-9])\s*ish"
        rf"|(?:[01]?\d|2[0-3])[0-5]\d\s*(?:hrs|h))(?![\w:])"
        rf"|{approx_re}\d+\s*(?:mins?|minutes?|hrs?|hours?|h|m|days?|wks?|weeks?)\s+ago\b"
        rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
        rf"{months})",
        re.IGNORECASE,
    )


CLOCK_RE = clock_regex(True, True)
CLOCK_RES = {(approx, month): clock_regex(approx, month) for approx in (False, True) for month in (False, True)}
# each one's lower-case twin, for the lower-cased text of an ASCII tip (lowered.py: the same spans, ~25-40% faster)
CLOCK_TWINS = {pattern: lower_twin(pattern) for pattern in CLOCK_RES.values()}
APPROX_SET = frozenset(APPROX_LIST)
DIGIT_RE = re.compile(r"\d")


# "1.45", "3.49", "14.50" with no am/pm are prices and amounts far more often than clock times; written with a
# dot such a number is a time only after a word that ties a time to the event ("at 11.30", "about 9.15").
# ("0.22" is left as it was: dropping it let a location tagger guess "rifle 0.22" on dev, d22a-175.)
DOT_CLOCK_RE = re.compile(r"[1-9]\d?\.[0-5]\d")
DOT_CLOCK_TIES = frozenset("at about around approx abt bout from till til until by since before after like gone past ~".split())
LAST_WORD_RE = re.compile(r"(\S+)\s*$")


def dot_clock_tied(text: str, start: int) -> bool:
    before = LAST_WORD_RE.search(text, max(0, start - 20), start)
    # after a day part too: "every morning 8.30", "tuesday 7.15" (the day says the number is its clock time)
    return before is not None and (before.group(1).lower() in DOT_CLOCK_TIES or before.group(1).lower() in DAY_PARTS)


def clock_regex_for(text: str, present: frozenset[str]) -> re.Pattern | None:
    """The smallest CLOCK_RE that finds everything CLOCK_RE finds in `text` (None: it finds nothing).
    `present`: the text's lower-case words (spans.lower_words)."""
    if not DIGIT_RE.search(text):
        return None
    return CLOCK_RES[(not present.isdisjoint(APPROX_SET) or "~" in text, not present.isdisjoint(MONTH_SET))]


# Words that may sit between two time pieces of one time expression.
APPROX_WORDS = frozenset("about around approx approximately roughly abt bout circa arnd aboot aroond".split())
# ("round": "every night round half 11", the clipped "around")
GLUE = frozenset("after before around round about at from until till til on - ish of just between since".split())
RANGE_JOINERS = frozenset(("and", "to", "-", "till", "til", "until"))
DAY_JOINERS = frozenset(("and", "&", "or", "/", "n", "+"))  # "every fri n sat": texters write "n" for "and"
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun "
                 "mondays tuesdays wednesdays thursdays fridays saturdays sundays".split())
HALF_RE = re.compile(r"\b(?:half|quarter)\s+(?:past\s+|to\s+)?(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\b(?!\s*(?:hours?|hrs?|mins?|minutes?|"
                     r"days?|weeks?|years?|yrs?|months?|miles?|pints?|[%.:/]|\d))", re.IGNORECASE)


# A bare hour is a time only after a word that says so ("since 3", "from about 4", "between 2 and 4",
# "before 7", "like 11 to 2"); alone, "3" is a count. Not before a unit ("after 2 pints", "for 3 days").
LEAD_WORDS = frozenset("since from till til until before after between".split())
# "every sunday from 9", "most nights from 11": a day part before "from" makes the bare hour a time.
TIME_WORDS_BEFORE_FROM = frozenset(
    "night nights nite nites evening evenings eve morning mornings day days weekend weekends afternoon afternoons "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun "
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays tonight today".split())
BARE_HOUR_RE = re.compile(
    r"\b(?P<lead>since|from|till|til|until|before|after|between)\s+((?:(?:about|around|abt|bout|like|roughly)\s+)?"
    r"(?:1[0-2]|0?[1-9])(?P<range>\s*(?:and|to|-|till|til|until)\s*(?:1[0-2]|0?[1-9])(?:\s*(?:am|pm))?)?)\b"
    r"(?!\s*(?:hours?|hrs?|mins?|minutes?|days?|nights?|weeks?|wks?|years?|yrs?|months?|miles?|pints?|people|of|"
    r"or|[%.:/,]\d|\d))", re.IGNORECASE)


def bare_hours(doc: Doc, text: str) -> list:
    """"since 3", "from about 4", "between 2 and 4": the hours (the lead word is added when parts merge)."""
    spans = []
    for match in BARE_HOUR_RE.finditer(text):
        before = text[:match.start()].split()
        if before and before[-1].isdigit():
            continue   # "i work 6 till 2": shift hours, not when it happened
        if match["lead"].lower() == "from" and not match["range"] and not (
                before and before[-1].lower() in TIME_WORDS_BEFORE_FROM):
            continue   # "from 9 Farrington Road", "from 9 accounts": "from" and a number is seldom a time alone
        span = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


# "home by 10, its 2am", "cash by 5", "by 9 tonight": a deadline hour; "by 3 lads", "lost by 1 point" are counts, so
# the hour must end its clause or meet its day.
BY_HOUR_RE = re.compile(r"\bby\s+(1[0-2]|0?[1-9])(?=\s*(?:[,.;!?]|$|(?:and|or|but|latest|at\s+the\s+latest|tonight|tonite|"
                        r"tomorrow|tmrw|today|this\s+(?:morning|afternoon|evening))\b))",
                        re.IGNORECASE)
HABIT_HEDGES = frozenset("usually mostly normally generally typically".split())
BY_DAYS = frozenset("tomorrow tmrw tonight tonite today midnight noon next".split())  # "by next friday", "by the 30th"


def merge_time_parts(doc: Doc) -> list[tuple[int, int, str]]:
    parts = list(read(doc, TIME_PARTS))
    words = lower_words(doc)
    clock_re = clock_regex_for(text_of(doc), words)
    if clock_re is not None and not words.isdisjoint(LEAD_WORDS):
        parts.extend(bare_hours(doc, text_of(doc)))
    if clock_re is not None and "by" in words:
        parts.extend(span for match in BY_HOUR_RE.finditer(text_of(doc))  # "home by 10, its 2am"
                     if (span := doc.char_span(match.start(1), match.end(1), alignment_mode="expand")) is not None)
    parts.extend(durations(doc, text_of(doc), words))
    parts.extend(repeat_counts(doc, text_of(doc), words) + frequencies(doc, text_of(doc), words))  # "4 nights now", "twice a week"
    parts.extend(ambiguous_days(doc, text_of(doc), words))  # "drove off sat", "8am sat", "wed about half 3"
    parts.extend(day_meals(doc, words))  # "sat dinner", "yesterday lunch"
    parts.extend(day_ordinals(doc, text_of(doc)))  # "sat 14th", "fri the 21st"
    clock_matches = caseless_finditer(clock_re, CLOCK_TWINS[clock_re], text_of(doc)) if clock_re is not None else ()
    for match in clock_matches:
        if DOT_CLOCK_RE.fullmatch(text_of(doc)[match.start():match.end()]) and not dot_clock_tied(text_of(doc), match.start()) \
                and not this_part_after(text_of(doc), match.end()):  # "8.45 this mornin"
            continue  # "pay 1.45 fee", "gas hit 3.49": a price, not a time
        if "/" in match.group() and impossible_slash_date(text_of(doc), match.start(), match.end()):
            continue  # "got 43/50", "custody no 55/22/118834": a score or a reference, no date
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            parts.append(span)
    words = lower_words(doc)
    if ("half" in words or "quarter" in words) and clock_re is not None:
        for match in HALF_RE.finditer(text_of(doc)):  # "half 11", "quarter past 9"
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                parts.append(span)
    if "past" in words:
        parts.extend(span for match in PAST_RE.finditer(text_of(doc))  # "10 past 9", "twenty past 11"
                     if (span := doc.char_span(match.start(), match.end(), alignment_mode="expand")) is not None)
    if clock_re is not None:   # a bare hour needs a digit
        parts.extend(day_part_hours(doc))
        parts.extend(day_hours(doc, words))  # "6 till 9 every night", "every mornin from 5", "the 15th from 10"
        parts.extend(clause_hours(doc, words))  # "went out walking at 4 and"
    # "its out now", "for 3 weeks now": such a "now" is dropped before it can join a time
    parts = [span for span in parts if not (span.text.lower() in ("now", "rn") and state_now(doc, span.start))
             and not (span.text.lower() == "hoy" and state_hoy(doc, span.end))  # "hoy esta tranquilo"
             and not compound_night(doc, span, words)  # "turno de noche", "mesita de noche"
             and not own_message_earlier(doc, span, words)  # "ignore my earlier msg", "the lady from earlier"
             and not weather_today(doc, span, words)]  # "its roasting today"
    parts = feast_reasons(doc, feast_modifiers(doc, parts, words), words)  # "his halloween costume", "but its bonfire night"
    if not parts:
        return []
    merged: list[list[int]] = []  # [start_token, end_token]
    for span in sorted(parts, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1][1]:  # overlapping pieces: "every Saturday" + "Saturday night"
            merged[-1][1] = max(merged[-1][1], span.end)
            continue
        # "every night at 5" and "for a week", "from 10pm til 4am" and "two nights in a row": two times
        if merged and doc[span.start].lower_ != "for" and span.label_ != "REPEAT":
            gap = doc[merged[-1][1]:span.start]
            if len(gap) <= 2 and all(token.lower_ in GLUE for token in gap):
                merged[-1][1] = span.end
                continue
            first = merged[-1][0]
            if len(gap) == 1 and gap[0].lower_ in RANGE_JOINERS and any(
                    token.lower_ in ("between", "from") for token in doc[max(first - 1, 0):merged[-1][1]]):
                merged[-1][1] = span.end  # "between 10pm and 6am": one time
                continue
            if len(gap) == 1 and gap[0].lower_ in DAY_JOINERS and doc[span.start - 2].lower_ in DAYS \
                    and doc[span.start].lower_ in DAYS:
                merged[-1][1] = span.end  # "tues and weds evening", "sat or sun": two days of one time
                continue
        merged.append([span.start, span.end])
    merged = join_ranges(doc, merged, words)  # "from 7 to 11pm", "between fri and mon": one time
    text = text_of(doc)
    found = []
    for start, end in merged:
        if start and (doc[start - 1].lower_ in APPROX_WORDS or hedging_like(doc, start - 1)):
            start -= 1  # "about an hour ago", "like 5 mins ago" (the guide keeps hedges; "sometime" is no hedge)
        if start and doc[start - 1].lower_ == "by" and (doc[start].text[:1].isdigit() or doc[start].lower_ in BY_DAYS
                                                         or doc[start].lower_ == "the" and start + 1 < len(doc) and doc[start + 1].text[:1].isdigit()):
            start -= 1  # "by 5pm", "by tomorrow": a deadline keeps its "by", as "by friday" does
        elif start and doc[start - 1].lower_ in LEAD_WORDS and (doc[start - 1].lower_ != "from" or (
                (doc[start].text[:1].isdigit() or doc[start].lower_ in APPROX_WORDS or doc[start].lower_ in MONTH_SET)
                and doc[end - 1].lower_ != "ago" and not YEAR_RE.fullmatch(doc[start].text))):
            start -= 1  # "till 3am", "since about 4": the guide keeps the word that ties the time to the event
            # (not "from" before a year: "the texts from 2024" dates a thing, the year alone is labelled)
        if start and doc[start].lower_ in LEAD_WORDS and doc[start - 1].lower_ in HABIT_HEDGES:
            start -= 1  # "usually after 11", "mostly after 10": a hedge on how often, kept as the guide keeps hedges
        start = time_lead(doc, whole_stretch(doc, start, end), end, words)  # "late at night", "gone 2am"
        end = habit_tail(doc, start, gone_end(doc, open_end(doc, end)))  # "every sunday after church", "saturday gone"
        span = doc[start:end]
        if ("/" in span.text or span.text[:1] == "0") and document_date(text, span.start_char, span.end_char):
            continue  # "paper tag says exp 12/14", "ref 0291 of 14/06": the date of a document, not of the event
        found.append((span.start_char, span.end_char, text[span.start_char:span.end_char]))
    return found


def whole_stretch(doc: Doc, start: int, end: int) -> int:
    """`start` moved back over "all" or "most of" that says the time lasted ("all last week", "most of last night",
    "all yesterday afternoon"); not before a bare day ("moved it all yesterday": "all" is the money)."""
    first = doc[start].lower_
    if first in ("last", "this") or (first in ("yesterday", "today") and end - start >= 2):
        if start >= 1 and doc[start - 1].lower_ == "all":
            return start - 1
        if start >= 2 and doc[start - 2].lower_ == "most" and doc[start - 1].lower_ == "of" and first in ("last", "this"):
            return start - 2
    return start


# "every night from about 9 till late", "after 7 til dark", "till its dark": an end with no clock time, kept only
# after a time it ends ("has visitors till late" alone is no time)
OPEN_ENDS = frozenset("late dark light dawn sunrise sunset close closing closin lockup".split())
UNTIL_WORDS = frozenset(("till", "til", "until", "till'", "'til"))


def open_end(doc: Doc, end: int) -> int:
    """`end` moved past "till late", "til dark", "till its dark" just after a time."""
    if end < len(doc) and doc[end].lower_ in UNTIL_WORDS:
        after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in ("its", "it's"))
        if after < len(doc) and doc[after].lower_ in OPEN_ENDS:
            return after + 1
    return end


# "like" is a hedge before a time ("like 5 mins ago", "like last month", "at like 6") unless it compares or is the
# verb: "looks like tonight", "something like yesterday", "i like sundays".
NOT_BEFORE_HEDGING_LIKE = frozenset(
    "look looks looked looking sound sounds sounded seem seems seemed feel feels felt feeling something anything "
    "nothing more less just i you we they would dont don't didnt did do not id i'd".split())


def hedging_like(doc: Doc, index: int) -> bool:
    return doc[index].lower_ == "like" and not (index and doc[index - 1].lower_ in NOT_BEFORE_HEDGING_LIKE)


PAST_RE = re.compile(r"\b(?:5|10|20|25|five|ten|twenty|twenty[\s-]five)\s+past\s+(?:1[0-2]|0?[1-9])\b"
                     r"(?!\s*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|years?|yrs?|months?|miles?|people|[%.:/]|\d))",
                     re.IGNORECASE)
# "last night around 2", "every thurs about 9", "8 this morning": a bare hour written against a day part is its
# clock time (nlp/devset/ANNOTATION.md: a day part and a clock time written together are one span).
# (with the day parts' clipped and Scots spellings: "this mornin around 10", "sunday morn", "last nicht about 11")
DAY_PARTS = TIME_WORDS_BEFORE_FROM | frozenset("tonite nite nites arvo lunchtime yesterday yday tomorrow tmrw "
                                               "mornin mornins morn evenin evenins nicht nichts "
                                               "weekday weekdays weeknight weeknights".split())  # "around 2 every weekday"
HOUR_TIES = frozenset("about around abt bout round approx roughly at like aboot aroond".split())  # "every morning like 6"
MORNING_WORDS = frozenset("morning afternoon evening".split())
NOT_AFTER_HOUR = frozenset(
    "min mins minute minutes hr hrs hour hours day days night nights week weeks wks year years yrs month months "
    "mile miles pints people of or quid grand lbs kg ft foot feet".split())


def bare_hour(token) -> bool:
    return token.text.isdigit() and 1 <= int(token.text) <= 12 and len(token.text) <= 2


# "like" is a filler as often as a hedge ("last night like 2 lads"): after it the hour must end there or run on
def ends_hour(token) -> bool:
    return token.is_punct or token.lower_ in ("to", "till", "til", "-", "and", "ish", "at")


def day_part_hours(doc: Doc) -> list:
    """"around 11" after "last night", "8" before "this morning": the bare hour as a time piece."""
    spans = []
    for token in doc:
        if not (token.is_digit and bare_hour(token)):
            continue
        h = token.i
        if h >= 2 and doc[h - 1].lower_ in HOUR_TIES and doc[h - 2].lower_ in DAY_PARTS and not (
                h + 1 < len(doc) and (doc[h + 1].lower_ in NOT_AFTER_HOUR or doc[h + 1].text[:1].isdigit()
                                      or (doc[h - 1].lower_ == "like" and not ends_hour(doc[h + 1])))):
            spans.append(doc[h - 1:h + 1])
        if h and (doc[h - 1].text[:1].isdigit() or doc[h - 1].lower_ in ("is", "turned", "turns", "aged")):
            continue  # "is 8 this morning": an age
        after = tuple(token.lower_ for token in doc[h + 1:h + 4])
        if after[:2] in THIS_PARTS or after[:3] in DAY_PARTS_AFTER \
                or after[:2] == ("at", "night") or (h and doc[h - 1].lower_ in HOUR_TIES and after[:1] and (
                    after[0] in DAYS_AFTER_TIED_HOUR or (after[0] in DAY_LEADS_AFTER_TIED_HOUR and len(after) > 1
                                                         and after[1] in DAY_PARTS | DAYS))):
            spans.append(doc[h:h + 1])
    return spans


# "3 in the morning", "6 at night"; after a tie ("at 11 tonight", "around 4 yesterday", "at 11 every night") also a
# day: with no tie, "2 tonight" or "3 every night" is as often a count.
DAY_PARTS_AFTER = frozenset(("in", "the", part) for part in ("morning", "afternoon", "evening", "night", "mornin", "evenin"))
DAYS_AFTER_TIED_HOUR = frozenset("tonight tonite 2nite yesterday yday tomorrow tmrw today monday tuesday wednesday thursday "
                                 "friday saturday sunday".split())  # "at 4 today", "at 6 sunday" (no "sat": a verb)
DAY_LEADS_AFTER_TIED_HOUR = frozenset(("every", "last", "this"))  # "around 10 last night", "at 7 this morning"


@Language.component("tip_times", requires=attrs(TIME_PARTS), assigns=attrs(TIMES) + ["doc.spans"])
def time_finder(doc: Doc) -> Doc:
    """Join the time pieces the cue matcher and CLOCK_RE found into whole time expressions.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.times set.
    """
    store(doc, TIMES, merge_time_parts(doc))
    return doc
