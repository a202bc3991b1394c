"""Street names, house-number addresses, "3100 block of ...", named places and intersections.

Everything is anchored on a word that says "street" (Road, St, Close, ...), "place"
(Park, School, ...) or on a junction word (and, &, n, at, x, @, /, +) and reads backwards /
forwards over name words: capitalised words, ordinals (49th), and, for unambiguous
street words only, up to two lower-case words that are not stop words ("8th n poplar",
"farrington road").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import PATTERNS_DIR, common_words, gazetteer, lexicon, read_jsonl, stop_words, trie_pattern, vehicle_words

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*|[^\sA-Za-z0-9]")
ORDINAL_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$", re.IGNORECASE)
HOUSE_NUMBER_RE = re.compile(r"^\d{1,5}[A-Za-z]?$")
BLOCK_RE = re.compile(r"(?:\b\d{1,5}\s+(?:hundred\s+)?block\s+(?:of\s+)?)$", re.IGNORECASE)
# a flat number has a digit or is one letter ("flat 2b", "apt C"): "flat at 9 Park Row" is no flat number
FLAT_RE = re.compile(r"\b(?:flat|apt\.?|apartment|unit)\s+(?:\w{0,3}\d\w{0,3}|[A-Za-z]),?\s+$", re.IGNORECASE)
FLAT_SLASH_RE = re.compile(r"(?<![\d/])\d{1,3}[A-Za-z]?/$")
COMPASS = frozenset("n s e w n. s. e. w. ne nw se sw".split())
DIRECTIONS = frozenset("n s e w n. s. e. w. north south east west ne nw se sw upper lower old great little".split())
# the look-ahead turns away every position that is not a space or a symbol at once
CONNECTOR_RE = re.compile(r"(?=[\s&@/+])(?:\s+(?:and|n|at|x)\s+|\s*(?:&|@|/|\+)\s*)", re.IGNORECASE)
SAINTS = frozenset(("st", "saint"))
INTERSECTION_CUES = frozenset("at on of near by around off from to outside between corner behind in".split())


ALPHA_WORD_RE = re.compile(r"\b[A-Za-z]+\b")


@lru_cache(maxsize=None)
def anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Street words ("road", "st") and place words ("park", "school"): all single alphabetic words."""
    streets = frozenset(w.rstrip(".") for w in lexicon()["street_suffixes"] | lexicon()["ambiguous_street_suffixes"])
    return streets, lexicon()["place_types"]


@lru_cache(maxsize=None)
def anchor_set() -> frozenset[str]:
    """Every street and place word: a text whose words (spans.lower_words) hold none has no anchor."""
    streets, places = anchor_words()
    return streets | places


def alpha_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower) for the letters-only words of the text that are street or place words. A set
    lookup per word finds them: far quicker than a regex alternation of ~80 words tried everywhere."""
    streets, places = anchor_words()
    found = []
    for match in ALPHA_WORD_RE.finditer(text):  # not text.lower(): "İ" lower-cased is two characters
        word = match.group().lower()
        if word in streets or word in places:
            found.append((match.start(), match.end(), word))
    return found


def words_before(text: str, end: int, window: int = 60) -> list[tuple[int, int, str]]:
    start = max(0, end - window)
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)][::-1]


def is_name_word(word: str, allow_lower: bool, text_is_upper: bool) -> bool:
    lowered = word.lower().rstrip(".")
    if ORDINAL_RE.match(word):
        return True
    if word[0].isupper() and not text_is_upper and lowered in lexicon()["capitalised_name_words"]:
        return True  # "Ashley Down Road", "Two Mile Hill"
    if not word[0].isalpha() or lowered in STOP_WORDS or lowered in lexicon()["place_cues"]:
        return False
    if word[0].isupper() and not text_is_upper:
        return True  # capitalised: "Main", "Old", "North" are fine street words
    if lowered in stop_words() or lowered in lexicon()["generic_street_words"]:
        return False
    return allow_lower and len(word) >= 3 and word.isalpha() and lowered not in vehicle_words()


def name_start(text: str, anchor_start: int, allow_lower: bool, max_words: int, text_is_upper: bool) -> int | None:
    """Walk back from an anchor word over name words; return where the name starts (None: no name)."""
    start = None
    count = 0
    lower_count = 0
    capital_seen = False
    for word_start, _, word in words_before(text, anchor_start):
        if count >= max_words or not is_name_word(word, allow_lower and lower_count < 2, text_is_upper):
            if start is not None and (word.lower() in COMPASS or (word.lower() in DIRECTIONS and HOUSE_NUMBER_RE.match(
                    text[max(0, word_start - 7):word_start].split()[-1] if text[max(0, word_start - 7):word_start].split() else ""))):
                start = word_start  # "w allegheny ave", "1933 e hagert st", "1187 old mill rd"
            elif start is not None and word.lower().rstrip(".") in SAINTS and word.isalpha():
                start = word_start  # "on st marys street": the saint starts the name
            elif start is None and count < max_words and word[0].isupper() and not text_is_upper \
                    and word.lower() in STOP_WORDS and word.isalpha():
                start = word_start  # a capitalised stop word right before the street word: "Front St", "Back Lane"
                count += 1
                capital_seen = True
                continue
            break
        if count and not word[0].isupper() and not ORDINAL_RE.match(word) and capital_seen and not text_is_upper:
            break  # "keeps circling Pine St": a capitalised name does not start with lower-case words
        if word.lower().rstrip(".") in DIRECTIONS and start is not None:
            start = word_start
            break
        lower_count += not word[0].isupper()
        capital_seen = capital_seen or word[0].isupper()
        start = word_start
        count += 1
    return start


def extend_with_number(text: str, start: int) -> int:
    """Include a house number ("2718 N Howard St") or a block ("3100 block of N Lawrence St")."""
    block = BLOCK_RE.search(text, max(0, start - 40), start)
    if block:
        return block.start()
    before = words_before(text, start, 12)
    if before and HOUSE_NUMBER_RE.match(before[0][2]) and before[0][1] in (start - 1, start):
        flat = FLAT_RE.search(text, max(0, before[0][0] - 24), before[0][0])
        if flat:
            return flat.start()
        slash = FLAT_SLASH_RE.search(text, max(0, before[0][0] - 6), before[0][0])
        return slash.start() if slash else before[0][0]  # "3/2 Kingsdown Parade": flat 3 at number 2
    return start


NOT_STREET_NAMES = frozenset("number no num code ref".split())  # before "AV"/"ST": a code's letters
LANE_KINDS = frozenset("fire bus cycle bike fast slow inside outside middle hard turning wrong left right".split())


def find_streets(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Street names with their house number or block; `words` are the anchor words (`alpha_words`)."""
    street_words, _ = anchor_words()
    ambiguous = lexicon()["ambiguous_street_suffixes"]
    text_is_upper = text.isupper()
    found = []
    for anchor_start, end, suffix in words:
        if suffix not in street_words:
            continue
        if suffix in ambiguous and not text[anchor_start].isupper():
            # "at 6 moorland close", "9 quantock view": a lower-case ambiguous street word is a street only
            # after a house number and one or two name words
            start = name_start(text, anchor_start, True, 2, text_is_upper)
            if start is not None and extend_with_number(text, start) != start:
                found.append((extend_with_number(text, start), street_end(text, end)))
            continue
        start = name_start(text, anchor_start, suffix not in ambiguous, 3, text_is_upper)
        if start is not None:
            before = text[start:anchor_start].split()
            last = before[-1].lower() if before else ""
            if last in NOT_STREET_NAMES or (suffix == "lane" and last in LANE_KINDS and text[anchor_start].islower()):
                continue  # "policy number AV 2231", "parking in the fire lane": no street
        if start is not None:  # "St." at a sentence end: keep "St"
            found.append((extend_with_number(text, start), street_end(text, end)))
    return found


SIDE_SUFFIX_RE = re.compile(r"\s+(?:north|south|east|west)\b(?=\s*$|\s*[,.;:!?)]|\s+([A-Za-z']+))", re.IGNORECASE)


def street_end(text: str, end: int) -> int:
    """A compass word after the street word is part of the name ("Paisley Road West", "cowbridge road east")
    when the name ends there (punctuation, the end, or a stop word: "cowbridge road east most nights")."""
    match = SIDE_SUFFIX_RE.match(text, end)
    if match is None or (match.group(1) and match.group(1).lower() not in STOP_WORDS):
        return end
    return match.end()


def find_named_places(text: str, words: list[tuple[int, int, str]],
                      present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Named places ("Clifton Park", "St Mary's School") and chain stores after a place cue ("at Tesco").
    `present`: the text's lower-case words (spans.lower_words), to skip the chain regex when no chain is named."""
    _, place_types = anchor_words()
    text_is_upper = text.isupper()
    found = []
    for anchor_start, anchor_end, lowered in words:
        if lowered not in place_types:
            continue
        start = name_start(text, anchor_start, False, 3, text_is_upper)
        if start is not None and text[anchor_start].islower() and lowered not in ("estate", "canal") and \
                text[start:anchor_start].split()[-1].lower() in place_types:
            continue  # "Clifton Park playground": the name already ends in a place word
        if start is not None:
            found.append((start, anchor_end))
    if present is not None and present.isdisjoint(chain_keys()[0]) and not any(c in text for c in chain_keys()[1]):
        return found
    chain_re = chains_regex()
    for match in chain_re.finditer(text):
        previous = words_before(text, match.start(), 16)
        if previous and previous[0][2].lower() == "the":
            previous = previous[1:]
        if previous and previous[0][2].lower() in lexicon()["place_cues"]:
            suffix = CHAIN_SUFFIX_RE.match(text, match.end())
            found.append((match.start(), suffix.end() if suffix else match.end()))
    return found


CHAIN_SUFFIX_RE = re.compile(r"\s+(?:Express|Extra|Metro|Local|Superstore|Superstores|Megastore)\b")


@lru_cache(maxsize=None)
def chain_keys() -> tuple[frozenset[str], tuple[str, ...]]:
    """The first run of letters of every chain name ("sainsbury's" -> "sainsbury", "b&q" -> "b"), and the
    names with no letters ("7-11"), looked for as they are."""
    keys, bare = set(), []
    for chain in lexicon()["chains"]:
        letters = re.findall(r"[a-z]+", chain.lower())
        if letters:
            keys.add(letters[0])
        else:
            bare.append(chain)
    return frozenset(keys), tuple(bare)


@lru_cache(maxsize=None)
def chains_regex() -> re.Pattern:
    chains = lexicon()["chains"]
    first = re.escape("".join(sorted({c[0].lower() for c in chains} | {c[0].upper() for c in chains})))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:" + trie_pattern(chains) + r")(?![\w-])", re.IGNORECASE)


def side_words(text: str, start: int, forward: bool) -> list[tuple[int, int, str]]:
    if forward:
        return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, min(len(text), start + 50))][:4]
    return words_before(text, start, 50)[:4]


def read_side(words, text_is_upper: bool, forward: bool) -> dict | None:
    """Parse one side of a junction, nearest word first ("Woodland", "5th St", "N Broad")."""
    suffixes = anchor_words()[0]  # every street word, "." stripped as `lowered` is
    taken = []
    side = {"ordinal": False, "suffix": False}
    names = 0
    for index, (_, _, word) in enumerate(words):
        lowered = word.lower().rstrip(".")
        following = words[index + 1][2].lower().rstrip(".") if index + 1 < len(words) else ""
        if lowered in suffixes and (not taken if not forward else names):
            taken.append(words[index])
            side["suffix"] = True
            if forward:
                break
            continue
        if not forward and names and (lowered in DIRECTIONS or lowered in SAINTS) and word.isalpha():
            taken.append(words[index])  # reading backwards, a direction or "St" starts the name: "old market
            break                       # street", "n 5th", "St Marks Road & ..."
        if names and (side["ordinal"] or not forward) and lowered not in DIRECTIONS:
            if forward or not side["suffix"]:
                break  # after "49th" (or, reading backwards, a bare name) only "N"/"North" may follow
        if ORDINAL_RE.match(word):
            taken.append(words[index])
            side["ordinal"] = True
            names += 1
            continue
        if not is_name_word(word, True, text_is_upper) and not (
                word[0].isupper() and not text_is_upper and following in suffixes and word.isalpha()):
            break  # a capitalised stop word before a street word is a name: "Front St", "Back Lane"
        if lowered in vehicle_words() and not side["suffix"] and following not in suffixes:
            break  # "black and white", "Ford and Honda": vehicle words, not streets
        if forward and names and not (word[0].isupper() and taken[-1][2][0].isupper()):
            break
        taken.append(words[index])
        names += 1
        if names >= 2 and not forward:
            break
        if names >= 2 and forward and following not in suffixes:
            break
    if not names:
        return None
    side["start"] = min(w[0] for w in taken)
    side["end"] = max(w[1] for w in taken)
    side["capitalised"] = all(w[2][0].isupper() or w[2][0].isdigit() for w in taken) and not text_is_upper
    side["strong"] = side["ordinal"] or side["suffix"]
    return side


def could_be_corner(text: str, start: int, end: int) -> bool:
    """A junction needs, among the three words either side, a capital, an ordinal ("49th") or a street
    word: lower-case words alone ("drinking and fighting") never make one, so skip reading the sides."""
    suffixes = anchor_words()[0]

    def strong(word: str) -> bool:
        return bool(ORDINAL_RE.match(word)) or word.lower().rstrip(".") in suffixes

    left = [w.strip(SIDE_PUNCTUATION) for w in text[max(0, start - 40):start].split()[-4:]]
    right = [w.strip(SIDE_PUNCTUATION) for w in text[end:end + 40].split()[:3]]
    if len(left) >= 3 and left[-2].lower() == "of" and left[-3].lower() in ("corner", "junction"):
        return True  # "the corner of jasper and tioga": the words say it is a corner
    left = left[-3:]
    if text[start:end].strip() in ("&", "/"):
        return True  # "cermak & kedzie": a symbol joins names, whatever their case (the sides decide)
    if text[start:end].strip().lower() in ("at", "@"):  # "5th St at Main Ave": a street word or ordinal each side
        return any(w and strong(w) for w in left[-2:]) and any(w and strong(w) for w in right)
    return any(w and (w[0].isupper() or strong(w)) for w in left + right)


SIDE_PUNCTUATION = ",;:!?()\"'"



def dates(text: str, left: dict, right: dict, before: list) -> bool:
    """Two bare ordinals up to 31 after "the" or another ordinal ("the 3rd, 4th and 5th"): dates, not streets."""
    if left["suffix"] or right["suffix"] or not (left["ordinal"] and right["ordinal"]):
        return False
    numbers = [int(DIGITS_RE.match(text[side["start"]:side["end"]]).group()) for side in (left, right)
               if DIGITS_RE.match(text[side["start"]:side["end"]])]
    return len(numbers) == 2 and max(numbers) <= 31 and bool(before) and (
        before[0][2].lower() == "the" or bool(ORDINAL_RE.match(before[0][2].rstrip(","))) or text[:left["start"]].rstrip().endswith(","))


DIGITS_RE = re.compile(r"\d+")


def unnamed(text: str, side: dict) -> bool:
    """A side of lower-case words one of which no dictionary or word list knows ("hillcroft", "kedzie")."""
    from .towns import known_words  # towns reads streets' neighbours, not streets: no import cycle
    known = known_words()
    return any(len(word) >= 4 and word.isalpha() and word not in known and word not in vehicle_words()
               for word in text[side["start"]:side["end"]].lower().split())


CONNECTOR_WORDS = frozenset(("and", "n", "at", "x"))
CONNECTOR_SYMBOLS_RE = re.compile(r"[&@/+]")


def find_intersections(text: str, present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Two streets joined by a connector ("5th and Main", "Hope / Cambria"). `present`: the text's lower-case
    words (spans.lower_words), to skip the connector regex when the text has no connector at all."""
    text_is_upper = text.isupper()
    found = []
    if present is not None and present.isdisjoint(CONNECTOR_WORDS) and not CONNECTOR_SYMBOLS_RE.search(text):
        return found
    for connector in CONNECTOR_RE.finditer(text):
        if not text_is_upper and not could_be_corner(text, connector.start(), connector.end()):
            continue
        left = read_side(side_words(text, connector.start(), False), text_is_upper, False)
        if left is None:
            continue
        right = read_side(side_words(text, connector.end(), True), text_is_upper, True)
        if right is None:
            continue
        word = connector.group().strip().lower()
        before = words_before(text, left["start"], 24)
        cue = bool(before) and before[0][2].lower() in INTERSECTION_CUES
        corner = len(before) > 1 and before[0][2].lower() == "of" and before[1][2].lower() in ("corner", "junction")
        symbol = word in ("&", "/")
        if word in ("at", "@"):
            ok = left["strong"] and right["strong"]
        elif not (left["strong"] or right["strong"]):
            ok = left["capitalised"] and right["capitalised"] and (cue or word == "&" or text_is_upper)
            # "at madison & pulaski", "on cermak & kedzie": lower-case names joined by a symbol after "at"/"on",
            # one of them a word no dictionary knows
            ok = ok or (symbol and bool(before) and before[0][2].lower() in ("at", "on", "@")
                        and (unnamed(text, left) or unnamed(text, right)))
        else:  # a bare lower-case name ("poplar") needs an ordinal on the other side ("8th n poplar"), or, beside a
            # street word, a symbol or a word no dictionary knows ("lake st & cicero", "bellaire blvd and hillcroft")
            ok = all(side["strong"] or side["capitalised"] or other["ordinal"]
                     or (other["suffix"] and (symbol or unnamed(text, side)))
                     for side, other in ((left, right), (right, left)))
        ok = ok or (corner and word != "at")  # "corner of erie and torresdale": the words say it is a corner
        if ok and before and before[0][2].lower() == "between" and not (left["strong"] or right["strong"]):
            ok = False  # "between Catcott and Edington": two places, not a corner
        if ok and dates(text, left, right, before):
            ok = False  # "on the 3rd, 4th and 5th": days of a month
        at_corner = corner or (bool(before) and before[0][2].lower() in ("at", "@", "on"))
        if ok and not at_corner and not (left["strong"] or right["strong"]) and word == "and" and \
                text[left["start"]:left["end"]].lower() in gazetteer() and text[right["start"]:right["end"]].lower() in gazetteer():
            ok = False  # "near Winford and Felton": two villages ("at Kensington and Cambria" is a corner)
        if ok:
            found.append((left["start"], right["end"]))
    return found


BLOCK_FORM_RE = re.compile(
    r"\b\d{1,5}\s+(?:hundred\s+)?(?:block|blk)\.?\s+(?:of\s+)?(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?"
    r"(?P<name>\d{1,3}(?:st|nd|rd|th)\b|[A-Za-z][A-Za-z'-]+)(?:\s+(?P<more>[A-Za-z]+\.?))?", re.IGNORECASE)


def find_blocks(text: str) -> list[tuple[int, int]]:
    """US block forms, whatever the case: "4100 block of n 9th", "600 blk of w cambria"."""
    found = []
    lowered = text.lower()
    if "block" not in lowered and "blk" not in lowered:
        return found
    for match in BLOCK_FORM_RE.finditer(text):
        if match.group("name").lower() in STOP_WORDS:
            continue
        end = match.end("name")
        more = (match.group("more") or "").lower().rstrip(".")
        if more and (more in anchor_words()[0] or (match.group("more")[0].isupper() and more not in STOP_WORDS)):
            end = match.end("more")
        found.append((match.start(), end))
    return found


FEATURE_WORDS = ("River", "river", "Lake", "lake", "Loch", "Mount", "Canal")
FEATURE_RE = re.compile(r"\b(?:[Rr]iver|[Ll]ake|Loch|Mount|Canal)\s+(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?")
NUMBER_NAME_HINT_RE = re.compile(r"\d[A-Za-z]?\s+[A-Z]")
NUMBERED_NAME_RE = re.compile(r"(?<![\w£$#.,:/-])(\d{1,4}[A-Za-z]?)\s+(?:The\s+)?([A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)\b")
# "at the Arches", "outside the Red Lion", "by the Lamb and Flag": a place preposition, "the" and up to
# three capitalised words (joined by "and"/"of"/"on").
THE_NAME_RE = re.compile(
    r"\b(?:at|on|down|up|along|near|outside|by|in|off|behind|round|around|opposite|opp|past|inside|into|from|towards|"
    r"toward|through|beside|across|out\s+of|outta|front\s+of)\s+([Tt]he\s+[A-Z][a-z][\w'’-]+(?:\s+(?:(?:and|of|&)\s+)?[A-Z][a-z][\w'’-]*){0,2})")
THE_CAPITAL_RE = re.compile(r"[Tt]he\s+[A-Z]")
# "ran off on Broadmead", "walked along Whiteladies", "drove through St Pauls": a movement verb, a preposition
# and capitalised words with no street word (with one, find_streets has them already).
MOVEMENT_VERBS = frozenset("""ran run runs running walked walk walks walking drove drive drives driving sped speeding
    headed heading went go goes going cycled cycling rode ride riding fled legged turned came coming chased chasing
    limped stumbled wandered wandering pulled raced racing hung""".split())
MOVED_RE = re.compile(
    r"\b(?:" + "|".join(sorted(MOVEMENT_VERBS - {"legged", "hung"}, key=len, reverse=True)) + r"|legged\s+it|hung\s+a\s+(?:left|right))"
    r"(?:\s+(?:off|away|back|out|left|right|straight|him|her|them|me|us|someone|a\s+[a-z]+|the\s+[a-z]+))?"
    r"\s+(?P<prep>on|onto|down|up|along|through|towards|toward|across|round|around|via|past|over|to)\s+"
    r"(?P<name>(?!The\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})")


# "Kennet and Avon Canal", "Bristol to Bath cycle path", "Schuylkill River Trail": capitalised names (two joined
# by and/to/&) before a canal or path word, in any case.
NAMED_FEATURE_RE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:and|to|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+"
    r"(?i:canal|cycle\s+path|cycleway|cycle\s+track|railway\s+path|bike\s+path|bike\s+trail|trail|towpath|tow\s+path|"
    r"greenway|footpath|bridleway|nature\s+reserve|country\s+park|reservoir)\b")
TOWPATH_RE = re.compile(r"\s+(?i:towpath|tow\s+path)$")
CANAL_BEFORE_RE = re.compile(r"(?i:canal)$")
NAMED_FEATURE_WORDS = frozenset("canal path cycleway trail track towpath greenway footpath bridleway reserve park reservoir".split())


def find_features(text: str, words: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Rivers, lakes and canals named first ("River Brue"), names before a canal or path word ("Kennet and
    Avon Canal", "Bristol to Bath cycle path") and the paths people name without a name ("the cycle path").
    `words`: the text's lower-case words (spans.lower_words), to skip the named-feature regex when no
    canal or path word is there."""
    found = [m.span() for m in FEATURE_RE.finditer(text) if not text_is_upper_word(m.group())] \
        if any(word in text for word in FEATURE_WORDS) else []
    if not text.isupper() and (words is None or not words.isdisjoint(NAMED_FEATURE_WORDS)):
        for match in NAMED_FEATURE_RE.finditer(text):
            first = match.group().split()[0].lower()
            if first not in STOP_WORDS and first not in lexicon()["place_cues"]:
                start, end = match.span()
                trailing = TOWPATH_RE.search(match.group())
                if trailing and CANAL_BEFORE_RE.search(match.group(), 0, trailing.start()):
                    end = start + trailing.start()  # "Leeds and Liverpool Canal towpath": the canal is the place
                found.append((start, end))
    if words is None or not words.isdisjoint(LOWER_FEATURE_WORDS):
        found.extend(find_lower_features(text))
    lowered = text.lower()
    if "the " not in lowered:
        return found
    for phrase in lexicon()["generic_features"]:
        index = lowered.find(phrase)
        while index >= 0:
            end = index + len(phrase)
            if (index == 0 or not lowered[index - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                found.append((index, end))
            index = lowered.find(phrase, end)
    return found


# Features written in lower case: "river" and a name ("the river sheppey"), or a name before a feature word after a
# place preposition ("in kelvingrove park", "by the podimore roundabout", "the forth and clyde canal").
LOWER_FEATURE_WORDS = frozenset("river park roundabout canal trail services monument".split())
NOT_RIVER_NAMES = frozenset("bank banks side bed path walk front level water crossing bridge edge police boat view road "
                            "mouth flow".split())
LOWER_RIVER_RE = re.compile(r"\briver\s+([a-z]{3,})\b")
LOWER_NAMED_FEATURE_RE = re.compile(
    r"\b(?:at|in|on|by|near|outside|along|to|from|behind|past|round|around|off|up|down|over)\s+(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9'’-]*(?:\s+(?:and\s+)?[a-z][a-z'’-]*)?)\s+"
    r"(?P<kind>park|roundabout|canal|trail|services|monument)\b")


def find_lower_features(text: str) -> list[tuple[int, int]]:
    """Rivers and named parks, roundabouts, canals, trails, services and monuments written in lower case. The
    name must hold a word no dictionary knows, a gazetteer name or a number ("606 trail"): "the car park",
    "the skate park" are no names."""
    from .towns import known_words  # towns does not import streets: no import cycle
    known = known_words()
    places = gazetteer()
    found = []
    for match in LOWER_RIVER_RE.finditer(text):
        name = match.group(1)
        if name not in STOP_WORDS and name not in NOT_RIVER_NAMES:
            found.append(match.span())
    for match in LOWER_NAMED_FEATURE_RE.finditer(text):
        names = [w for w in match.group("name").split() if w != "and"]
        if " and " in match.group("name") and match.group("kind") != "canal":
            continue  # "and" joins the two names of a canal ("forth and clyde canal"), nothing else here
        if any(w in STOP_WORDS for w in names):
            continue
        if any(w.isdigit() or w in places or (len(w) >= 4 and w.isalpha() and w not in known
                                               and w not in vehicle_words()) for w in names):
            found.append((match.start("name"), match.end("kind")))
    return found


# "the shooting on 52nd", "dealing off 5th": an ordinal street after a place preposition, with no street word
# ("on 52nd St" is find_streets'); never a date ("on the 2nd", "on 3rd of May") or a floor ("on 3rd floor").
ORDINAL_STREET_RE = re.compile(
    r"\b(?:on|at|off|down|up|along|onto|near|by)\s+(\d{1,3}(?:st|nd|rd|th))\b(?!\s*(?:of|floor|fl|time|place|attempt|"
    r"day|week|month|year|birthday|grade|gen|generation|anniversary|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)",
    re.IGNORECASE)


ORDINAL_HINT_RE = re.compile(r"[0-9](?:st|nd|rd|th|ST|ND|RD|TH)\b")


def find_ordinal_streets(text: str) -> list[tuple[int, int]]:
    """A bare ordinal after a place preposition: "on 52nd" (a US numbered street)."""
    if not ORDINAL_HINT_RE.search(text):
        return []
    found = []
    for match in ORDINAL_STREET_RE.finditer(text):
        number = int(match.group(1)[:-2])
        if number <= 31 and match.group().split()[0].lower() in ("on", "by", "near"):
            continue  # "on 21st" may be a date; "on 52nd" and "off 5th" are streets
        found.append(match.span(1))
    return found


def text_is_upper_word(value: str) -> bool:
    return value.isupper()


def unknown_name(words: str, common: frozenset[str]) -> bool:
    """Capitalised words that are no dictionary word, person, vehicle or brand: a name no list knows."""
    first = words.split()[0].lower()
    return first not in common and first not in stop_words() and first not in vehicle_words() \
        and first not in lexicon()["not_places"] and first not in lexicon()["chains"]


def find_numbered_names(text: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """A house number and a name with no street word: "88 Broadmead", "12 The Paddocks"."""
    found = []
    if text.isupper() or not NUMBER_NAME_HINT_RE.search(text):
        return found
    for match in NUMBERED_NAME_RE.finditer(text):
        name = match.group(2)
        if not unknown_name(name, common):
            continue
        end = match.end(2) if len(name.split()) == 1 or unknown_name(name.split()[1], common) else \
            match.start(2) + len(name.split()[0])
        found.append((match.start(1), end))
    return found


def place_name_words(words: list[str]) -> bool:
    """Capitalised words that may name a place: no organisation, newspaper, time, vehicle, person word or
    online service ("the Police", "the Sun", "the Weekend", "the Mercedes", "the Landlord", "Facebook").
    A colour is a name when a name word follows it ("the Red Lion", "the Blue Lagoon")."""
    first = words[0].lower()
    if (first in stop_words() and len(words) == 1) or first in lexicon()["not_the_places"] or first in lexicon()["not_places"] \
            or (first in vehicle_words() and (len(words) == 1 or first not in colour_words())):
        return False
    last = words[-1].lower()
    return last not in lexicon()["not_the_places"] and (last not in vehicle_words() or len(words) == 1)


@lru_cache(maxsize=None)
def colour_words() -> frozenset[str]:
    return frozenset(p["pattern"].lower() for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl") if p["label"] == "COLOUR")


def find_the_names(text: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """"down the Horsefair", "at the Bearpit", "outside the Red Lion", "near the Galleries": a place cue, "the"
    and capitalised words that name no organisation, time, vehicle or person. Common words count too:
    the capital says it is a name ("the Watershed", "the Plough")."""
    if text.isupper() or not THE_CAPITAL_RE.search(text):
        return []
    found = []
    for match in THE_NAME_RE.finditer(text):
        words = match.group(1).split()[1:]
        while words and words[-1].lower() in ("and", "of", "on", "&"):
            words.pop()
        if place_name_words(words):
            found.append((match.start(1), match.start(1) + len(match.group(1).rstrip(" &"))))
    return found


def find_moved_to(text: str, words: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """"ran off on Broadmead", "walked along Whiteladies": capitalised words after a movement verb and a
    preposition name a street or area even without a street word. `words`: the text's lower-case words,
    to skip the regex when no movement verb is there."""
    if text.isupper() or (words is not None and words.isdisjoint(MOVEMENT_VERBS)):
        return []
    found = []
    for match in MOVED_RE.finditer(text):
        keep = []
        for word in WORD_RE.finditer(text, match.start("name"), match.end("name")):
            lowered = word.group().lower()
            if keep and (lowered in stop_words() or lowered in vehicle_words()):
                break
            keep.append(word)
        names = [word.group() for word in keep]
        if names[-1].endswith(("'s", "’s")):
            continue  # "went to Mum's", "drove to Dave's"
        if match.group("prep") == "to" and names[0].lower() in common_words():
            continue  # "went to Court", "go to School": a capital that may be only emphasis
        if keep and place_name_words(names):
            found.append((keep[0].start(), keep[-1].end()))
    return found
