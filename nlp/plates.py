"""Number plates (US and UK) and plate fragments.

Two routes to a plate:
- cued: after plate/tag/reg/registration/licence/lic/vrm (or a US state name) the longest
  run of up to 8 letters and digits that holds a digit is a plate, including all-digit
  ones; 2-3 characters, or a run followed by "...", "something", are a partial plate;
- uncued: only shapes that are distinctive on their own (UK AB12 CDE, A123 BCD,
  ABC 123D; US HVM2207, 2CX4471, ABC-1234), and only when the letter group is not
  a word, a make/model/gun/phone prefix or a road prefix ("GLE 350", "Ram 1500",
  "Sig 365", "Rt 130" are never plates).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import PARTIAL_PLATES, PHONES, PLATES, TIMES, attrs, read
from .lexicon import lexicon, short_words, stop_words, trie_pattern, vehicle_words
from .spans import overlaps, store, text_of

# "(?=[...])": a one-character look-ahead after \b turns most word starts away before the alternation.
CUE_RE = re.compile(
    r"\b(?=[nlptrvNLPTRV])(?:number\s*plates?|licen[cs]e(?:\s*(?:plates?|tags?|number|no))?|lic|plates?|tags?|"
    r"reg(?:istration)?(?:\s*(?:no|number|plate|mark))?|vrm)\b[\s:#=.\-]*",
    re.IGNORECASE,
)
STATE_CUE_RE = re.compile(  # state names as a trie: a plain alternation was the slowest regex here
    r"\b(?:new\s+(?:jersey|york)|" + trie_pattern(
        "jersey maryland connecticut pennsylvania delaware virginia ohio florida texas california georgia carolina "
        "massachusetts michigan illinois".split()) + r")\s+(?=\w*\d)",
    re.IGNORECASE,
)
FILLER_WORDS = frozenset(
    "no num number is was were reads read of said says looked looks like maybe possibly prob probably think "
    "i it's its was: #".split()
)
CHUNK_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
WORD_RE = re.compile(r"\S+")
PARTIAL_MARKERS = re.compile(r"^\s*(?:\.\.\.|…|something|sumthin|summat|smth|and\s+something|\?|i\s+think\s+no)", re.IGNORECASE)

UK_CURRENT_RE = re.compile(r"\b([A-Z]{2}\d{2})( ?)([A-Z]{3})\b", re.IGNORECASE)
UK_PREFIX_RE = re.compile(r"\b([A-Z]\d{1,3})( ?)([A-Z]{3})\b", re.IGNORECASE)
UK_SUFFIX_RE = re.compile(r"\b([A-Z]{3})( ?)(\d{1,3}[A-Z])\b", re.IGNORECASE)
US_SPLIT_RE = re.compile(r"(?<![\w-])([A-Z]{2,4}|\d[A-Z]{2,3})[ -](\d{3,4})(?![\w-])", re.IGNORECASE)
SINGLE_RE = re.compile(r"(?<![\w\-/.@:])[A-Z0-9]{5,8}(?![\w\-/@:])", re.IGNORECASE)
UNIT_RE = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|mins?|hrs?|mph|kph|mg|ml|kg|lbs?|k|g|gb|tb|mb|cc|hp|s|x|p|yo|yrs?|ish|ft|in|cm|mm|km|m)$",
    re.IGNORECASE,
)
LETTER_DIGIT_RE = re.compile(r"[A-Za-z][ -]?\d|\d[A-Za-z]")
LETTERS_RUN = re.compile(r"[A-Za-z]+")
DIGITS_RUN = re.compile(r"\d+")
PARTIAL_RE = re.compile(
    r"\b(?=[sbeflpcSBEFLPC])(?:start(?:s|ed|ing)?(?:\s+with)?|beg[ia]n(?:s|ning)?\s+with|end(?:s|ed|ing)?(?:\s+(?:in|with))?|"
    r"(?:first|last)\s+(?:(?:\w+)\s+){0,2}?(?:letters?|digits?|numbers?|characters?|bit|part)(?:\s+(?:were|was|is|are))?|"
    r"partial(?:\s+(?:plate|reg|tag))?(?:\s+(?:of|was|is))?|something\s+like|contain(?:s|ed|ing)?)"
    r"\s*[:\-]?\s*[\"']?(?P<frag>[A-Za-z0-9]{1,5}(?:[ -][A-Za-z0-9]{1,4})?)(?![\w-])",
    re.IGNORECASE,
)
PREVIOUS_WORD_RE = re.compile(r"([A-Za-z0-9-]+)\s+$")
PLATE_CONTEXT_RE = re.compile(r"\b(?=[pltrPLTR])(?:plates?|tags?|reg|registration|lic|licen[cs]e)\b", re.IGNORECASE)


def normalise(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


def is_wordish(chunk: str, text_is_upper: bool) -> bool:
    """A chunk that reads as a word rather than a plate group ("and", "cat"), unless written in capitals."""
    lowered = chunk.lower()
    if lowered in stop_words() or len(chunk) > 4:
        return True
    written_upper = chunk.isupper() and not text_is_upper
    return lowered in short_words() and not written_upper


def cued_candidate(text: str, pos: int, text_is_upper: bool) -> tuple[int, int] | None:
    """Read plate chunks after a cue; return the char range of the longest plausible plate."""
    best = None
    start = None
    length = 0
    for word in WORD_RE.finditer(text, pos):
        raw = word.group().rstrip(".,;!?)\"'")
        lowered = raw.lower()
        if start is None and lowered in FILLER_WORDS:
            continue
        if not CHUNK_RE.fullmatch(raw):
            break
        chunk = raw.replace("-", "")
        if chunk.isalpha() and is_wordish(chunk, text_is_upper):
            break
        length += len(chunk)
        if length > 8:
            break
        if start is None:
            start = word.start()
        end = word.start() + len(raw)
        if any(ch.isdigit() for ch in text[start:end]):
            best = (start, end)
    return best


def single_token_plate(token: str) -> bool:
    """US-style joined plates (HVM2207, 2CX4471, R82KLT) but not models, units or ordinals."""
    if token.isalpha() or token.isdigit() or UNIT_RE.match(token):
        return False
    lowered = token.lower()
    if lowered in lexicon()["not_plates"]:
        return False
    letter_runs = LETTERS_RUN.findall(token)
    digit_runs = DIGITS_RUN.findall(token)
    if max(map(len, letter_runs)) > 4 or max(map(len, digit_runs)) > 4 or sum(map(len, digit_runs)) < 2:
        return False
    if token[0].isdigit() and token[-1].isalpha() and len(letter_runs) == 1:
        return False  # 1080p, 520d, 12ab: units, trims, house numbers
    if token[0].isalpha() and token[-1].isdigit() and len(letter_runs) == 1:
        return not letter_group_is_taken(letter_runs[0])
    return True


def letter_group_is_taken(group: str) -> bool:
    """True when letters before digits name something else: a word, a model, a gun, a road."""
    lowered = group.lower()
    return (
        lowered in short_words()
        or lowered in stop_words()
        or lowered in lexicon()["model_prefixes"]
        or lowered in vehicle_words()
        or lowered in lexicon()["us_states"]
    )


def uncued_plates(text: str, text_is_upper: bool) -> list[tuple[int, int]]:
    found = []
    if not LETTER_DIGIT_RE.search(text):
        return found  # every uncued shape has a letter next to a digit (or one space or hyphen away)
    for regex, word_group in ((UK_CURRENT_RE, 3), (UK_PREFIX_RE, 3)):
        for match in regex.finditer(text):
            if match.group(2) and is_wordish(match.group(word_group), text_is_upper):
                continue
            if regex is UK_PREFIX_RE and match.group(2) and match.group(1)[0] in "ABMabm" and match.group(3).islower():
                continue  # "a39 bus": a road, then a word
            found.append(match.span())
    for match in UK_SUFFIX_RE.finditer(text):
        if not letter_group_is_taken(match.group(1)):
            found.append(match.span())
    for match in US_SPLIT_RE.finditer(text):
        letters = match.group(1)
        previous = PREVIOUS_WORD_RE.search(text, 0, match.start())
        if previous and previous.group(1).lower() in vehicle_words():
            continue  # "Honda PCX 125", "Focus ST 250": a model and its engine size
        if letters[0].isdigit() or not letter_group_is_taken(letters):
            found.append(match.span())
    for match in SINGLE_RE.finditer(text):
        if single_token_plate(match.group()):
            found.append(match.span())
    return found


def find_plates(text: str, blocked: list[tuple[int, int]]) -> tuple[list, list]:
    """Return (plates, partial_plates) as (start, end, normalised) facts."""
    text_is_upper = text.isupper()
    plates: list[tuple[int, int, str]] = []
    partials: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for cue_re in (CUE_RE, STATE_CUE_RE):
        for cue in cue_re.finditer(text):
            span = cued_candidate(text, cue.end(), text_is_upper)
            if span is None or overlaps(*span, taken):
                continue
            value = normalise(text[span[0]:span[1]])
            if len(value) < 2:
                continue
            taken.append(span)
            if len(value) <= 3 or PARTIAL_MARKERS.match(text[span[1]:span[1] + 16]):
                partials.append((span[0], span[1], value))
            else:
                plates.append((span[0], span[1], value))
    for start, end in sorted(uncued_plates(text, text_is_upper), key=lambda s: s[0] - s[1]):
        if overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue
        taken.append((start, end))
        plates.append((start, end, normalise(text[start:end])))
    if PLATE_CONTEXT_RE.search(text):
        for match in PARTIAL_RE.finditer(text):
            start, end = match.span("frag")
            fragment = match.group("frag")
            head, _, tail = fragment.replace("-", " ").partition(" ")
            if tail and (is_wordish(tail, text_is_upper) if tail.isalpha() else False):
                fragment, end = head, start + len(head)  # "starts KN and ..." -> "KN"
            if overlaps(start, end, taken) or (fragment.isalpha() and is_wordish(fragment, text_is_upper)):
                continue
            if fragment.lower() in stop_words():
                continue
            taken.append((start, end))
            partials.append((start, end, normalise(fragment)))
    return plates, partials


@Language.component("tip_plates", requires=attrs(PHONES, TIMES), assigns=attrs(PLATES, PARTIAL_PLATES) + ["doc.spans"])
def plate_finder(doc: Doc) -> Doc:
    """Find number plates and plate fragments, never inside a phone number or a time.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.plates and doc._.partial_plates set.
    """
    blocked = [(s, e) for s, e, _ in read(doc, PHONES) + read(doc, TIMES)]
    plates, partials = find_plates(text_of(doc), blocked)
    store(doc, PLATES, plates)
    store(doc, PARTIAL_PLATES, partials)
    return doc
