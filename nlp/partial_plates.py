"""Plate fragments the tipster names as part of a plate: "began with KN", "last 3 digits were 418", "first
letters RTV", "has GN and 18 in it" and, in a text about a plate, a letter-and-digit group marked as
incomplete ("said HG09 something"). A cued plate too short to be whole ("reg YD15", "partial plate LJ
19") is the cued route's (plates.py).

Kept apart from whole plates because a fragment is read from the words around it (which part, of
what), not from its shape: two letters are no plate, but "starts with KN" makes them a fragment.
"""
from __future__ import annotations

import re

from .lexicon import lexicon, stop_words
from .licence_numbers import licence_number_piece
from .partial_readings import piece_ok
from .plate_shapes import LETTERS_RUN, UNIT_RE, is_wordish, letter_group_is_taken, normalise, vehicle_kind_words
from .spans import overlaps

PARTIAL_RE = re.compile(
    r"\b(?=[sbeflpchrtwSBEFLPCHRTW])(?:start(?:s|ed|ing|in'?)?(?:\s+with)?|beg[ia]n(?:s|ning|nin'?)?(?:\s+with)?|end(?:s|ed|ing|in'?|it|et)?(?:\s+(?:in|with|wi\b))?|"
    r"finish(?:es|ed|ing|in'?)?(?:\s+(?:with|in|wi\b))?|"
    r"(?:first|last)\s+(?:(?:\w+)\s+){0,2}?(?:letters?|digits?|numbers?|characters?|bit|part|(?=(?:of|on)\s+(?:the\s+)?(?:reg|plate|tag)\b)|"
    r"\d(?=\s+(?:were|was|are|is)\s))"
    r"(?:\s*(?:of|on)\s+(?:the\s+)?(?:number\s*plate|registration|reg|plate|tag)\b)?(?:\s+(?:were|was|is|are))?|"
    r"partial(?:\s+(?:plate|reg|tag))?(?:\s+(?:of|was|is))?(?![a-z])|partly\s+(?:seen|read)\s+as|"
    r"partially(?:\s+(?:seen|read))?(?:\s+as)?|(?:something|somethin'?|summat)\s+like|contain(?:s|ed|ing)?|ha[sd]|with|"
    r"(?:plates?|reg|tag)\s+(?:was|were|is|read|said)(?=\s+(?:either\s+)?[A-Za-z0-9]{1,4}\s+(?:or|then)\s))"
    r"\s*[:,\-]?\s*(?:either\s+|(?:maybe|probably|possibly)\s+)?[\"']?(?P<frag>[A-Za-z0-9]{1,5}(?:[ -][A-Za-z0-9]{1,4})?)(?![\w-])",
    re.IGNORECASE,
)
# "first letters", "last 3 digits" say themselves that a fragment of a plate follows; "starts with",
# "ends in", "has", and "the last 2 were" (no noun: it points back at letters or digits named before), only in a
# text that speaks of a plate (PLATE_CONTEXT_RE) or has a self-cued fragment ("first letters were MZ and it ended 09").
SELF_CUED_RE = re.compile(r"^(?:first|last)\s(?!\s*\d\s+(?:were|was|are|is)\s)", re.IGNORECASE)
# "has GN and 18 in it", "had a 9 and a Z in it", "with a 6 somewhere in it", "with LK in the reg", "had ZK in the last bit", "had a W somewhere"
IN_IT_RE = re.compile(
    r"^(?:\s+and\s+(?:an?\s+)?(?P<second>[A-Za-z0-9]{1,4}))?\s+(?:(?:somewhere\s+)?in\s+(?:it|the\s+(?:middle|reg|plate|tag|number\s*plate|"
    r"registration|(?:first|last|end|start)\s+(?:bit|part|half)))|(?P<somewhere>somewhere)(?=\s*(?:$|[,.;!?]|\s+(?:and|but)\b)))\b",
    re.IGNORECASE)
# "(the plate ...) and had a W somewhere": with no "in it", the plate must be what had it, the word before "had"
SOMEWHERE_OWNERS = frozenset("and it plate reg tag registration number also".split())
# in a text about a plate, a letter-and-digit group the tipster marks as incomplete ("said HG09 something")
MARKED_PARTIAL_RE = re.compile(
    r"(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?P<frag>[A-Za-z0-9]{2,5})\s*(?:\.\.\.|…|something\b|summat\b)", re.IGNORECASE)
# in a text about a plate, capitals the tipster marks as incomplete ("the plate was GHN something", "MXZ 44 something")
MARKED_CAPITALS_RE = re.compile(
    r"(?<![\w-])(?P<frag>[A-Z]{2,4}|[A-Z]{1,3} \d{1,3}|\d{1,3} [A-Z]{1,3})\s*(?:\.\.\.|…|(?i:something|summat)\b)")
# "only got half the reg, AF17", "couldnt see all the reg, just the end bit LXT": the tipster says they saw part of it,
# then the part they saw
PART_SEEN_RE = re.compile(
    r"\b(?:got|caught|saw|seen|see|read|get|catch|clocked|make\s+out)\s+(?:only\s+|just\s+)?(?:the\s+)?"
    r"(?:half|part|some|bits?|all|whole|full|rest|(?:start|end|middle|first|last)(?:\s+(?:bit|part|half))?)\s+(?:of\s+)?"
    r"(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:number\s*plate|reg|plate|tag|registration)\b"
    r"[\s,:;\-]*(?:(?:just|only|it|was|were|is|i|got|caught|saw|read|the|end|start|first|last|bit|part|said|think|reads)"
    r"\b[\s,:;\-]*)*(?P<frag>[A-Za-z0-9]{1,5}(?: (?-i:[A-Z]{1,3}|\d{1,3}))?)(?![\w-])", re.IGNORECASE)
# The front half of a current UK plate in capitals, marked incomplete: "PE61 something", "YH70 ... something", "HV69
# or HY69 then something". Its DVLA shape (an area letter, never I J Q U Z; an age identifier 02-29 for March, 51-79
# for September) and the mark make it a plate without a plate word ("a GT40 something" is a model: 40 is no age).
FRONT_HALF = r"[A-HK-PR-TV-Y][A-Z](?:0[2-9]|[12]\d|5[1-9]|[67]\d)"
FRONT_HALF_MARKED_RE = re.compile(
    rf"(?<![\w-]){FRONT_HALF}(?=(?:\s+or\s+{FRONT_HALF})?\s*(?:\.\.\.|…|(?:then\s+)?something\b))")
# words texted in capitals that are no piece of a plate ("the plate was OK something")
CAPITAL_WORDS = frozenset("ok uk gb ni usa lol omg asap tv id nhs".split())
# in a text about a plate, a piece placed in it ("maybe KE or KF at the start") or set against the rest ("i could read
# MA13 and the rest was bent"): capitals or digits, as written
PLACED_PIECE_RE = re.compile(
    r"(?<![\w-])(?P<frag>[A-Z0-9]{1,5})(?![\w-])(?=(?:\s+or\s+[A-Z0-9]{1,5})?\s+(?:at|on)\s+the\s+(?:start|end|beginning|front)\b"
    r"|[\s,]+(?:and|but)\s+(?:not\s+)?the\s+rest\b)")
OWNER_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+$")   # the word before a fragment cue: whose end or start it is
SELF_CUED_WORDS_RE = re.compile(r"\b(?:first|last)\b", re.IGNORECASE)
PLATE_CONTEXT_RE = re.compile(r"\b(?=[pltrPLTR])(?:plates?|tags?|reg|registration|lic|licen[cs]e)\b", re.IGNORECASE)


def find_partials(text: str, lowered: str, cue_words: bool, text_is_upper: bool, taken: list[tuple[int, int]],
                  blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Fragments after a fragment cue ("starts with", "last 3 digits", "has ... in it") and, in a text about a
    plate, marked groups ("HG09 something"). `lowered`: the lower-cased text; `cue_words`: it holds the letters
    of a plate cue (plates.CUE_SUBSTRINGS); `taken` (spans already a plate or fragment) grows with each one."""
    partials: list[tuple[int, int, str]] = []
    if not text_is_upper and ("something" in lowered or "..." in text or "…" in text):
        for match in FRONT_HALF_MARKED_RE.finditer(text):   # "PE61 something on a green fabia": no plate word needed
            if not overlaps(*match.span(), taken) and not overlaps(*match.span(), blocked):
                taken.append(match.span())
                partials.append((*match.span(), match.group()))
    plate_context = cue_words and bool(PLATE_CONTEXT_RE.search(text))
    if not (plate_context or (("first" in lowered or "last" in lowered) and SELF_CUED_WORDS_RE.search(text))):
        return partials
    matches = list(PARTIAL_RE.finditer(text))
    self_cued = [match for match in matches if SELF_CUED_RE.match(match.group())]
    self_cued_fragments = cued_fragments(text, self_cued, text_is_upper, taken)
    if self_cued_fragments and not plate_context and not names_a_vehicle(lowered):
        return partials   # "card in my hand, last digits 3318": with no plate and no vehicle, a piece of another number
    partials.extend(self_cued_fragments)
    if plate_context or self_cued_fragments:
        # "first letters were MZ and it ended 09": a self-cued fragment makes the text one about a plate
        partials.extend(cued_fragments(text, [m for m in matches if m not in self_cued], text_is_upper, taken))
        partials.sort()
    if plate_context:
        partials.extend(part_seen(text, text_is_upper, taken, blocked))
        for match in PLACED_PIECE_RE.finditer(text) if not text_is_upper else ():
            start, end = match.span("frag")
            fragment = match.group("frag")
            if fragment.isdigit() and not piece_ok(fragment, text, end, text_is_upper) or fragment.lower() in CAPITAL_WORDS \
                    or fragment == "I" or overlaps(start, end, taken) or overlaps(start, end, blocked):
                continue
            taken.append((start, end))
            partials.append((start, end, fragment))
        for match in MARKED_CAPITALS_RE.finditer(text) if not text_is_upper else ():
            start, end = match.span("frag")
            letters = LETTERS_RUN.search(match.group("frag"))
            if overlaps(start, end, taken) or overlaps(start, end, blocked) or (
                    letters and (letter_group_is_taken(letters.group()) or letters.group().lower() in CAPITAL_WORDS)):
                continue
            taken.append((start, end))
            partials.append((start, end, normalise(match.group("frag"))))
        for match in MARKED_PARTIAL_RE.finditer(text):
            start, end = match.span("frag")
            letters = LETTERS_RUN.search(match.group("frag")).group()
            if overlaps(start, end, taken) or overlaps(start, end, blocked) or UNIT_RE.match(match.group("frag")) \
                    or (len(letters) > 1 and is_wordish(letters, text_is_upper)):
                continue
            taken.append((start, end))
            partials.append((start, end, normalise(match.group("frag"))))
    return partials


WORD_RE = re.compile(r"[a-z0-9]+")
# a person's driving licence, whose number is never a plate ("dl ends 4471"; "licence" alone may be a plate's word)
DRIVING_LICENCE_WORDS = frozenset(("dl", "provisional"))
# a group of six or more digits right after a fragment: the fragment begins a longer number
LONG_DIGITS_AFTER_RE = re.compile(r"[ -]\d{6,}(?![\w-])")


def names_a_vehicle(lowered: str) -> bool:
    """Whether the lower-cased text names a make, a model or a kind of vehicle ("silver renault clio", "a van")."""
    return not vehicle_kind_words().isdisjoint(WORD_RE.findall(lowered))


def cued_fragments(text: str, matches: list[re.Match], text_is_upper: bool,
                   taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The fragment after each fragment cue of ``matches`` (PARTIAL_RE), as (start, end, value) facts; ``taken`` grows."""
    found: list[tuple[int, int, str]] = []
    for match in matches:
        owner = OWNER_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
        if owner and (owner.group(1).lower() in lexicon()["not_plate_cues"] | lexicon()["not_plate_tags"]
                      or owner.group(1).lower() in DRIVING_LICENCE_WORDS):
            continue   # "bank card ending 8812", "the vin ends 88213", "dl ends 4471": a piece of another number
        if "lic" in text[max(0, match.start() - 24):match.start()].lower() and \
                licence_number_piece(text, match.start(), names_a_vehicle(text.lower())):
            continue   # "drivers license number ends in 4412": a piece of the licence's number
        start, end = match.span("frag")
        if LONG_DIGITS_AFTER_RE.match(text, end):
            continue   # "tags start UK0 744210": an ear tag's or a card's long number goes on; no plate group is 6 digits
        fragment = match.group("frag")
        head, _, tail = fragment.replace("-", " ").partition(" ")
        if tail and tail.isalpha() and (is_wordish(tail, text_is_upper) or tail.islower() and not head.islower()):
            fragment, end = head, start + len(head)  # "starts KN and ...", "ends in 4KP o algo": -> "KN", "4KP"
        elif tail and head.isalpha() and is_wordish(head, text_is_upper) and head.lower() not in stop_words():
            continue  # "the last letter, white audi": words, not a fragment
        elif tail and head.lower() in stop_words():
            if tail.isalpha() and tail.islower() and not text_is_upper:
                continue  # "at the end of bure lane": a word after "of", not a piece
            fragment, start = tail, end - len(tail)  # "had a 70 in it" -> "70"
        if fragment != head and fragment.startswith(head) and head.lower() in CAPITAL_WORDS:
            continue  # "tag numbers start UK 9 7110": a country mark, not a piece of a plate
        if match.group().lower().startswith(("ha", "with")):
            in_it = IN_IT_RE.match(text[end:end + 24])
            if not in_it:
                continue  # "has LX in it", not "had a dog"
            if fragment.isdigit() and holds_money(text, match.start()):
                continue  # "a wallet with 160 in it": a sum in a wallet, not the plate's
            if in_it.group("somewhere") and not (owner and owner.group(1).lower() in SOMEWHERE_OWNERS):
                continue  # "he had a 9mm somewhere": not the plate's
            second = in_it.group("second")
            if second is not None and not (second.isalpha() and is_wordish(second, text_is_upper)):
                second_start = end + in_it.start("second")
                if not overlaps(second_start, second_start + len(second), taken):
                    taken.append((second_start, second_start + len(second)))
                    found.append((second_start, second_start + len(second), normalise(second)))
        if overlaps(start, end, taken) or (fragment.isalpha() and is_wordish(fragment, text_is_upper)):
            continue
        if fragment.lower() in stop_words():
            continue
        if match.group().lower().startswith(("someth", "summat")) and fragment.isdigit() \
                and not piece_ok(fragment, text, end, text_is_upper):
            continue  # "ended in something like 5 minutes": a count, not a piece
        taken.append((start, end))
        found.append((start, end, normalise(fragment)))
    return found


def part_seen(text: str, text_is_upper: bool, taken: list[tuple[int, int]],
              blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The piece written after "only got half the reg", "couldnt read the whole plate, only got": letters and
    digits, or capitals in a text that is not all capitals, and never a count or a time ("... reg, 20 mins ago")."""
    found = []
    for match in PART_SEEN_RE.finditer(text):
        start, end = match.span("frag")
        fragment = match.group("frag")
        if len(normalise(fragment)) < 2 or " " in fragment and normalise(fragment).isalpha():
            continue   # "4 HGT" yes; "4", "the MX" no
        if fragment.isalpha() and (not fragment.isupper() or text_is_upper or is_wordish(fragment, text_is_upper)):
            continue
        if fragment.isdigit() and not piece_ok(fragment, text, end, text_is_upper) or UNIT_RE.match(fragment):
            continue
        if overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue
        taken.append((start, end))
        found.append((start, end, normalise(fragment)))
    return found


HOLDER_WORDS_RE = re.compile(r"[a-z]+")


def holds_money(text: str, cue_start: int) -> bool:
    """A thing that holds money or goods (lexicon "money_holders": wallet, purse, till) among the three words before
    a "with"/"had" cue: what it holds is a sum ("a wallet with 160 in it")."""
    before = HOLDER_WORDS_RE.findall(text[max(0, cue_start - 30):cue_start].lower())[-3:]
    return not lexicon()["money_holders"].isdisjoint(before)
