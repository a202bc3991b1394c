"""A plate the tipster takes back at once, in any language: "KP17 ZXC? no sorry it was KP71 ZXC",
"2XLN 55? no perdón, 2XLN 58", "TRK 4410, digo, TRK 4419".

Right after a plate, a take-back word ("sorry", "i mean", "perdón", "digo"; nlp/data/<lang>/plate_corrections.json,
every language's words read in every text, as lexicon.language_patterns reads cue phrases):
- a correction that looks like the same plate (as long, give or take one character, sharing all but two of
  its characters, in capitals, with a digit) replaces it, whether or not a plate finder read the correction;
- else another plate found within NEXT_PLATE_WITHIN characters after the take-back words drops it;
- else the plate stays ("placa TRK 4410, perdon por escribir tan tarde": no plate follows).
A plate written right after a denial ("its not GRW 881 its GRV 881", "WK63 HZA not WK63 HZE"; "negations") is dropped
when another plate of the text is a reading of it: the tipster says which reading is wrong.
A new language adds its word list, not code. Used by plates.py (English) and spanish.py (after the Spanish readings
are merged in).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR, UNACCENTED, trie_pattern
from .plate_shapes import UK_WHOLE_RE, normalise
from .spans import overlaps

FILENAME = "plate_corrections.json"
FRONT_HALF_RE = re.compile(r"[A-Z]{2}\d{2}")   # "KN65": the front half of a current UK plate
GAP = r"[\s?!.,;:()-]*"   # between a plate and its take-back: "LKS-2291 (no LKS-2219 my bad)"
NEXT_PLATE_WITHIN = 40   # characters after the take-back words in which another plate replaces the one taken back
# A plate as a correction writes it: "2XLN 58", "RTK-89J", "VGB-123-A", "KP71ZXC", and a UK plate with its age apart,
# in capitals ("KN 66 ULR": else "KN 66" alone would replace the plate), and an old UK prefix plate so ("H 881 WAF")
CORRECTION_PLATE = r"((?-i:[A-Z]{2}\s?\d{2}\s[A-Z]{3})|(?-i:[A-Z]\s?\d{1,3}\s[A-Z]{3})|[A-Z0-9]{1,4}[\s\-][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?|[A-Z0-9]{5,8})(?![A-Za-z0-9])"


def _after_plate() -> str:
    """Optional words between a plate and its take-back: "KTM 4418 era la placa? no espera", "DE16 KLM, i think, no",
    and a US state name written after the plate ("8TRW 551, california, no wait its a nevada plate, 8TRW 515")."""
    after = "|".join(part for part in (_words("after_plate"), _state_names()) if part)
    return rf"(?:(?:{after})\b{GAP})?" if after else ""


def _state_names() -> str:
    """The US state names (not their codes: "or", "in" are words), as a trie."""
    names = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    return trie_pattern(sorted(name for name in names if not name.startswith("_") and len(name) > 2)).replace(r"\ ", r"\s+")


def _words(field: str) -> str:
    """One field of every language's list, with each word also without its accents, as a trie ("i mean" any spaces)."""
    words = set()
    for path in sorted(DATA_DIR.glob(f"*/{FILENAME}")):
        for word in json.loads(path.read_text(encoding="utf-8")).get(field, []):
            words.update((word.lower(), word.lower().translate(UNACCENTED)))
    return trie_pattern(sorted(words)).replace(r"\ ", r"\s+")


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern, re.Pattern]:
    """(take-back words right after a plate, the correction after them)."""
    take_back = re.compile(rf"{GAP}{_after_plate()}(?:(?:{_words('no')})[\s,]+)?(?:{_words('cues')})\b"
                           rf"(?:[\s,]+(?:{_words('cues')})\b)*", re.IGNORECASE)  # "perdon me equivoque": cues in a row
    # "sorry no es PF68 WNE": the "no" may open the correction too ("no, it is ...")
    correction = re.compile(rf"[\s,:]*(?:(?:{_words('no')})[\s,]+)?(?:(?:{_words('before_correction')})\b[\s,:]*)?"
                            rf"{CORRECTION_PLATE}", re.IGNORECASE)
    return take_back, correction


@lru_cache(maxsize=1)
def _no_only_re() -> re.Pattern:
    """A bare "no" right after a plate ("CKM4417?? no, CKM4471"): a take-back only when a reading of the same plate
    follows at once (take_back checks same_plate), maybe after "it was" ("MXT-44-18? no, eran MXT-41-18")."""
    return re.compile(rf"{GAP}{_after_plate()}(?:{_words('no')})[\s?!.,;:()-]+"
                      rf"(?=(?:(?:{_words('before_correction')})\b[\s,:]*)?{CORRECTION_PLATE})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_at_end_re() -> re.Pattern:
    return re.compile(rf"\b(?:{_words('cues')})\b[\s?!.,;:-]*$", re.IGNORECASE)


def cue_before(text: str, start: int) -> bool:
    """Whether a take-back word ends right before ``start``: "sorry no es PF68 WNE" is a correction ("no, it is"),
    where "la placa no es PF68 WNE" says what the plate is not."""
    return bool(_cue_at_end_re().search(text, max(0, start - 24), start))


def same_plate(raw: str, new: str, value: str) -> bool:
    """A correction of ``value``: another reading, as long give or take one, sharing all but two characters, written
    in capitals and with a digit; or the whole UK plate whose front half ``value`` read ("KN 65 sorry KN 66 ULR")."""
    if new == value or raw != raw.upper() or not any(ch.isdigit() for ch in new):
        return False
    if FRONT_HALF_RE.fullmatch(value) and UK_WHOLE_RE.fullmatch(new):
        return sum(a == b for a, b in zip(value, new)) >= 3
    if 3 <= len(value) <= 5 and len(new) >= len(value) + 2:
        # a reading cut short then taken back for the whole plate ("6DEF... no, it was 6DFE519"): it opens as the
        # whole one does and all but one of its characters are in it
        return new[:2] == value[:2] and len(set(value) - set(new)) <= 1
    return abs(len(new) - len(value)) <= 1 and len(set(new) & set(value)) >= len(value) - 2


@lru_cache(maxsize=1)
def _denial_before_re() -> re.Pattern | None:
    """A denial word ending right before a plate ("its not ", "isnt "), or None when no language lists one."""
    words = _words("negations")
    return re.compile(rf"\b(?:{words})[\s,:]*$", re.IGNORECASE) if words else None


def denied(text: str, plates: list) -> list:
    """``plates`` without those written right after a denial word when another plate of the list is another reading
    of the same plate ("its not GRW 881 its GRV 881" keeps GRV881); a lone denied plate stays, as nothing replaces it."""
    denial_re = _denial_before_re()
    if denial_re is None or len(plates) < 2:
        return plates
    return [plate for plate in plates if not (
        denial_re.search(text, max(0, plate[0] - 12), plate[0])
        and any(other is not plate and same_plate(text[other[0]:other[1]], other[2], plate[2]) for other in plates))]


@lru_cache(maxsize=1)
def _check_re() -> re.Pattern | None:
    """"FN19 LDA, later i checked it was FN19 LOA": a checked reading right after the plate ("checks" words, then
    maybe "it was"); a take-back only when the reading is of the same plate, as for a bare "no"."""
    words = _words("checks")
    if not words:
        return None
    return re.compile(rf"[\s?!.,;:-]*(?:{words})\b[\s,:]*(?:(?:{_words('before_correction')})\b[\s,:]*)?"
                      rf"(?={CORRECTION_PLATE})", re.IGNORECASE)


def take_back(text: str, plates: list, blocked=()) -> list:
    """``plates`` ((start, end, value) facts) with each one taken back replaced by its correction or dropped (see the
    module's doc); no plate is read inside ``blocked`` (phones, times)."""
    if not plates:
        return plates
    plates = denied(text, plates)
    cue_re, correction_re = _regexes()
    kept = []
    for plate in plates:
        cue = cue_re.match(text, plate[1])
        if cue is None:
            cue = _no_only_re().match(text, plate[1]) or (_check_re() and _check_re().match(text, plate[1]))
            found = cue and correction_re.match(text, cue.end())
            if not found or not same_plate(found.group(1), normalise(found.group(1)), plate[2]) \
                    or overlaps(*found.span(1), list(blocked)):
                kept.append(plate)
            elif not overlaps(*found.span(1), [(s, e) for s, e, _ in plates if (s, e) != plate[:2]]):
                kept.append((*found.span(1), normalise(found.group(1))))   # read here only: the correction replaces it
            continue   # else the correction is a plate of the list already: this one is dropped
        found = correction_re.match(text, cue.end())
        if found is not None:
            new = normalise(found.group(1))
            span = found.span(1)
            if same_plate(found.group(1), new, plate[2]) and \
                    not overlaps(*span, [(s, e) for s, e, _ in plates if (s, e) != plate[:2]] + list(blocked)):
                kept.append((*span, new))
                continue
        if not any(cue.end() <= other[0] <= cue.end() + NEXT_PLATE_WITHIN for other in plates if other is not plate):
            kept.append(plate)
    return list(dict.fromkeys(kept))


def taken_back_parts(text: str, partials: list, plates: list) -> list:
    """``partials`` without a front half the tipster takes back for a whole plate of ``plates`` read after it ("reg is
    KN65 sorry KN66 ULR": the plate is KN66ULR, and KN65 was never part of it)."""
    if not partials or not plates:
        return partials
    cue_re = _regexes()[0]
    kept = []
    for part in partials:
        # a take-back word, or a bare "no" right before a reading ("MT12 ... no MT13 FPE")
        cue = cue_re.match(text, part[1]) or _no_only_re().match(text, part[1])
        if cue is None or not any(cue.end() <= start <= cue.end() + NEXT_PLATE_WITHIN
                                  and same_plate(text[start:end], value, part[2]) for start, end, value in plates):
            kept.append(part)
    return kept
