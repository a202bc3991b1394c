"""What a tip is indexed under: its *terms* (the table in bot/tipline/index.py), derived from
its record and texts. Words, places, postcodes/ZIPs and their positions, plates, partial
plates and phone numbers, each normalised the way a search normalises what it is given.

It is separate from bot.tipline.index because it is pure text work (no Redis): the index
writes and forgets terms with one Lua script, the console's search reads queries with the
same normalisers (``words``, ``MAX_PLATE``), and both need the same rules."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from bot.privacy.redact import REPLACEMENT
from nlp.phones import find_phones
from nlp.plate_shapes import normalise as normalise_plate

MAX_TERM = 60                 # characters of a term (longer places are cut): keeps tip_terms a small hash
MIN_PLATE, MAX_PLATE = 2, 10
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019\-][A-Za-z0-9]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_DIGIT = re.compile(r"\d")
_UK_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b")
_ZIP = re.compile(r"^([0-9]{5})(?:-[0-9]{4})?$")
_HOUSE_NUMBER = re.compile(r"^\d+[a-z]?$")
PLACE_ABBREVIATIONS = {
    "st": "street", "str": "street", "rd": "road", "ave": "avenue", "av": "avenue", "ln": "lane",
    "dr": "drive", "ct": "court", "pl": "place", "sq": "square", "cres": "crescent", "cl": "close",
    "gdns": "gardens", "pk": "park", "blvd": "boulevard", "hwy": "highway", "pkwy": "parkway",
    "mt": "mount", "ter": "terrace", "terr": "terrace",
}
# Words that say nothing a search could use, beyond spaCy's English stop words.
EXTRA_STOP_WORDS = frozenset("removed own number".split()) | frozenset(REPLACEMENT.strip("[]").split())
WORD_STOP = frozenset(STOP_WORDS) | EXTRA_STOP_WORDS

# A geocoder: postcode/ZIP (normalised) -> (lat, lon) or None. Set by the console at start-up
# (bot.alerts.geo sits above this package, so it is handed in rather than imported).
Geocoder = Callable[[str], "tuple[float, float] | None"]
_geocoder: Geocoder | None = None


def use_geocoder(geocode: Geocoder | None) -> None:
    """Index the position of postcodes/ZIPs with ``geocode`` (None: codes only, no positions)."""
    global _geocoder
    _geocoder = geocode


def words(text: str) -> list[str]:
    """The searchable words of a text, in order, once each: lower case, "co-op" -> "coop",
    "Dazza's" -> "dazza"; 3+ characters (2 with a digit: "m5"), not a stop word, not a
    long run of digits (phone numbers are terms of their own)."""
    text = text or ""
    if REPLACEMENT in text:
        text = text.replace(REPLACEMENT, " ")
    out: dict[str, None] = {}
    for word in _WORD_RE.findall(text.lower()):
        if "'" in word or "\u2019" in word or "-" in word:
            word = _POSSESSIVE.sub("", word).replace("'", "").replace("\u2019", "").replace("-", "")
        size = len(word)
        if size < 2 or size > 24 or word in WORD_STOP or word in out:
            continue
        if size < 3 and not _DIGIT.search(word):
            continue
        if size > 6 and word.isdigit():
            continue
        out[word] = None
    return list(out)


def normalise_place(text: str) -> str:
    """"12 Brook Rd." -> "brook road", "The Co-op" -> "co op", "Main St & Oak Ave" -> "main street and oak avenue"."""
    tokens = re.sub(r"[^a-z0-9&]+", " ", (text or "").lower().replace("&", " and ")).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and _HOUSE_NUMBER.match(tokens[0]):
        tokens = tokens[1:]
    return " ".join(PLACE_ABBREVIATIONS.get(t, t) for t in tokens)[:MAX_TERM - 2]


def normalise_phone(text: str) -> str | None:
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    return digits[-10:] if len(digits) >= 7 else None


def postcode_of(text: str) -> str | None:
    """A whole UK postcode in the text ("BS1 4DJ"), or the text is a US ZIP ("10001")."""
    upper = (text or "").upper().strip()
    m = _UK_POSTCODE.search(upper)
    if m:
        return f"{m.group(1)} {m.group(2)}"
    m = _ZIP.match(upper)
    return m.group(1) if m else None


def plate_values(values: Iterable) -> list[str]:
    out = []
    for value in values or []:
        plate = normalise_plate(str(value))
        if MIN_PLATE <= len(plate) <= MAX_PLATE and plate not in out:
            out.append(plate)
    return out


def codes_of(fields: dict, facts: dict) -> list[str]:
    """The postcodes/ZIPs among a tip's places and its "where" answer, in order."""
    out = []
    for text in [*(facts.get("locations") or []), (fields or {}).get("where") or ""]:
        code = postcode_of(str(text))
        if code and code not in out:
            out.append(code)
    return out


def record_terms(fields: dict, facts: dict, urgent: bool, texts: Iterable[str] = ()) -> list[str]:
    """Every term of a tip's record: its facts, its answers' words and ``texts`` (its tipster texts)."""
    fields, facts = fields or {}, facts or {}
    terms = ["u"] if urgent else []
    terms += [f"p:{p}" for p in plate_values(facts.get("plates"))]
    terms += [f"q:{p}" for p in plate_values(facts.get("partial_plates"))]
    codes = codes_of(fields, facts)
    for place in facts.get("locations") or []:
        if postcode_of(str(place)) and normalise_place(str(place)).replace(" ", "").upper() in \
                {c.replace(" ", "") for c in codes}:
            continue          # the place is the postcode itself: a c: term, not an l: one
        name = normalise_place(str(place))
        if len(name) >= 2:
            terms.append(f"l:{name}")
    terms += [f"c:{c}" for c in codes]
    position = _position(codes)
    if position:
        terms.append(position)
    for text in dict.fromkeys([*(str(v) for v in fields.values() if v), *texts]):   # answers are texts too
        terms += text_terms(text)
    return list(dict.fromkeys(t[:MAX_TERM] for t in terms))


def text_terms(text: str) -> list[str]:
    """The terms of one text: its words and the phone numbers in it (nlp's phone shapes; the
    tipster's own number was redacted before the text was stored, so it is never one)."""
    out = [f"w:{w}" for w in words(text)]
    for _, _, raw in find_phones(text or ""):
        digits = normalise_phone(raw)
        if digits:
            out.append(f"n:{digits}")
    return out


def _position(codes: list[str]) -> str | None:
    if _geocoder is None:
        return None
    for code in codes:
        try:
            found = _geocoder(code)
        except Exception:   # an unknown or uncovered code has no position; never fail a tip's save for it
            found = None
        if found:
            lat, lon = found
            if -85 < lat < 85 and -180 <= lon <= 180:
                return f"g:{lon:.6f},{lat:.6f}"
    return None
