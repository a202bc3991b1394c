"""The US state written beside a plate: "PA JKM4410", "tag read HVM 2207 NJ", "maryland tag 2CX4471",
"(ohio)". A two-letter state at the start or end of a cued plate is the state, not part of the plate.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .plate_shapes import normalise


@lru_cache(maxsize=None)
def state_codes() -> dict[str, str]:
    """Lower-case state name or code -> code ("new jersey" -> "NJ", "pa" -> "PA")."""
    names = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    codes = {name: code for name, code in names.items() if not name.startswith("_")}
    codes.update({code.lower(): code for code in set(codes.values())})
    return codes

STATE_BEFORE_RE = re.compile(
    r"(?:^|[^\w])((?:new|north|south|west|rhode|district\s+of)?\s*[A-Za-z]+)\s*(?:\(|,)?\s*"
    r"(?:(?:licen[cs]e\s+)?(?:tags?|plates?|reg)(?:\s+(?:was|is|read|reads|number|no))?\s*[:#]?\s*)?$", re.IGNORECASE)
STATE_AFTER_RE = re.compile(r"^\s*[(,]?\s*([A-Za-z]+(?:\s+(?:jersey|york|carolina|dakota|hampshire|mexico|island|virginia))?)",
                            re.IGNORECASE)


# The UK marks written before a plate for where it is from: "reg NI AJZ 118" (Northern Ireland), "GB".
REGION_MARKS = frozenset(("NI", "GB", "UK"))


def is_region_mark(chunk: str) -> bool:
    """A two-letter US state code or UK region mark written in capitals ("TN", "NI"): before a plate it is no part
    of it."""
    return len(chunk) == 2 and chunk.isupper() and (chunk in REGION_MARKS or chunk.lower() in state_codes())


# the one or two words right before a plate cue: "DC tag", "new york plate"
WORDS_BEFORE_CUE_RE = re.compile(r"(?:(?<![\w-])([A-Za-z]+)\s+)?(?<![\w-])([A-Za-z]+)\s+$")


def state_named_before(text: str, cue_start: int) -> str | None:
    """The state named right before a plate cue ("DC tag", "new jersey plate"; a code only in capitals), as its code."""
    words = WORDS_BEFORE_CUE_RE.search(text, max(0, cue_start - 30), cue_start)
    if words is None:
        return None
    codes = state_codes()
    last = words.group(2)
    if words.group(1) and f"{words.group(1)} {last}".lower() in codes:
        return codes[f"{words.group(1)} {last}".lower()]
    if len(last) == 2 and last.isupper() or len(last) > 2:
        return codes.get(last.lower())
    return None


def strip_state(text: str, span: tuple[int, int], uk: bool = False, named: str | None = None) -> tuple[int, int]:
    """A two-letter state written at the start or end of a cued plate is the state, not part of the plate:
    "tag PA JKM4410" -> JKM4410 (and PA as its state, see `state_of`); so is a UK region mark before a whole
    plate ("reg NI AJZ 118" -> AJZ118). ``named``: the state named before the cue; a code of another state after
    it is the plate's own letters ("DC tag GA 4412" -> GA4412: a plate has one state). ``uk``: the cue is a UK one ("reg", "dateless plate"): then two letters after
    a plate of digits only are the plate's own, a UK dateless plate ("reg 4471 NH"; "tag 4471 PA" is Pennsylvania)."""
    start, end = span
    words = text[start:end].split()
    if len(words) < 2:
        return span
    codes = state_codes()
    first, last = words[0], words[-1]
    rest = normalise("".join(words[1:]))
    if len(first) == 2 and first.lower() in codes and len(rest) >= 4 and any(ch.isdigit() for ch in rest) and \
            (named is None or codes[first.lower()] == named) or \
            first in REGION_MARKS and len(rest) >= 5 and not rest.isdigit() and not rest.isalpha():
        start = text.index(words[1], start + 2)
    # a code after the plate: in capitals, or in lower case after a plate written in capitals ("2PX441 wv")
    elif len(last) == 2 and (last.isupper() or (last.islower() and "".join(words[:-1]).upper() == "".join(words[:-1])
                                                and any(ch.isalpha() for ch in "".join(words[:-1])))) \
            and last.lower() in codes and len(normalise("".join(words[:-1]))) >= 4 \
            and not (uk and len(normalise("".join(words[:-1]))) <= 4 and normalise("".join(words[:-1])).isdigit()):
        end = start + text[start:end].rindex(last)
        end = start + len(text[start:end].rstrip())
    return start, end


# codes that are everyday words: in lower case before a plate they are the word ("OIG or OJG 5512"), not the state
WORD_CODES = frozenset("or in me hi oh ok id".split())
PLATE_CUE_RE = re.compile(r"tag|plate|reg", re.IGNORECASE)   # "ok tag KJL 448": before a cue word the code is the state


def state_of(text: str, start: int, end: int) -> str | None:
    """The US state written just before or after a plate: "PA JKM4410", "tag read HVM 2207 NJ",
    "maryland tag 2CX4471", "(ohio)". Two-letter codes count in capitals, or lower case right next to it."""
    codes = state_codes()
    before = STATE_BEFORE_RE.search(text[max(0, start - 40):start])
    after = STATE_AFTER_RE.match(text[end:end + 24])
    for match, where in ((before, "before"), (after, "after")):
        if match is None:
            continue
        word = " ".join(match.group(1).split())
        lowered = word.lower()
        word_only = lowered in WORD_CODES and not PLATE_CUE_RE.search(match.string, match.end(1), match.end())  # "or OJG 5512"
        if lowered in codes and (len(word) > 2 or word.isupper() or (where == "before" and not word_only and match.end() == len(
                text[max(0, start - 40):start]) and text[start - 1:start] == " ")):
            return codes[lowered]
        last = lowered.split()[-1] if lowered else ""
        if where == "after" and len(lowered.split()) > 1 and last in codes and len(last) > 2:
            return codes[last]
    return None
