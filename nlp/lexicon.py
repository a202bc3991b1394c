"""Word lists shared by the extractors, read once from nlp/data and nlp/patterns.

Every loader is cached: the lists are immutable after loading (frozensets/tuples),
so threads can share them safely.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

PACKAGE_DIR = Path(__file__).parent
DATA_DIR = PACKAGE_DIR / "data"
PATTERNS_DIR = PACKAGE_DIR / "patterns"

# Words after which a capitalised unknown word is taken for a place ("in Fishponds"): the cue
# matcher (cues.py) finds them, towns.py judges the word that follows.
STRONG_CUES = frozenset("in near nr around round outside at on by along down behind past off opposite above towards between".split())


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@lru_cache(maxsize=None)
def word_list(relative: str) -> frozenset[str]:
    """A word list of nlp/data (``relative``: "en/of_name_heads.txt"): one entry a line, blank lines and "#" comments
    skipped, as written (no case change)."""
    lines = (DATA_DIR / relative).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def language_patterns(filename: str) -> list[dict]:
    """Other languages' cue phrases for the same matcher (``nlp/data/<lang>/<filename>``, e.g.
    nlp/data/es/urgency.jsonl): every language's cues are looked for in every text, so a tip
    that mixes English and Spanish is read whole. A phrase with accents is also looked for without them
    ("está siguiendo" and "esta siguiendo": people text both)."""
    found = [pattern for path in sorted(DATA_DIR.glob(f"*/{filename}")) for pattern in read_jsonl(path)]
    folded = [{**pattern, "pattern": pattern["pattern"].translate(UNACCENTED)} for pattern in found
              if pattern["pattern"].translate(UNACCENTED) != pattern["pattern"]]
    return found + folded


UNACCENTED = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")


@lru_cache(maxsize=None)
def word_sets(relative: str) -> dict[str, frozenset[str]]:
    """A JSON file of nlp/data of named word lists (``relative``: "en/now_states.json"), each as a frozenset; keys
    starting "_" are notes ("_about") and skipped. The shared reader of the modules' own cached `words()`."""
    raw = json.loads((DATA_DIR / relative).read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if not key.startswith("_")}


@lru_cache(maxsize=None)
def spanish_lexicon() -> dict:
    """nlp/data/es/lexicon.json as written (lists, in their case), read once for every Spanish module. Read only."""
    return json.loads((DATA_DIR / "es" / "lexicon.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def lexicon() -> dict[str, frozenset[str]]:
    """nlp/data/lexicon.json: named word lists (all lower case)."""
    raw = json.loads((DATA_DIR / "lexicon.json").read_text(encoding="utf-8"))
    return {name: frozenset(word.lower() for word in words) for name, words in raw.items()}


@lru_cache(maxsize=None)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words plus tip vocabulary that never names a street or town."""
    return frozenset(STOP_WORDS) | lexicon()["not_names"]


@lru_cache(maxsize=None)
def short_words() -> frozenset[str]:
    """Common words of 2-4 letters: a letter group that is one of these is not a plate."""
    return lexicon()["short_words"] | frozenset(w for w in STOP_WORDS if 2 <= len(w) <= 4)


@lru_cache(maxsize=None)
def vehicle_words(labels: tuple[str, ...] = ("MAKE", "MODEL", "COLOUR")) -> frozenset[str]:
    """Lower-case makes, models and colours (or the kinds named), used to keep them out of places and plates."""
    words = set()
    for pattern in read_jsonl(PATTERNS_DIR / "vehicles.jsonl"):
        if pattern["label"] in labels:
            words.add(pattern["pattern"].lower())
    return frozenset(words)


@lru_cache(maxsize=None)
def us_zip_codes() -> frozenset[str]:
    """All US ZIP codes known to the `zipcodes` package, from its copy in nlp/data/us_zip_codes.txt
    (written by nlp/tools/build_gazetteer.py).

    Never zipcodes.list_all() at run time: that holds ~140 MB of dicts in every worker process.
    """
    return frozenset((DATA_DIR / "us_zip_codes.txt").read_text(encoding="utf-8").split())


@lru_cache(maxsize=None)
def gazetteer() -> dict[str, bool]:
    """Lower-case place name -> ambiguous? from nlp/data/places_*.txt (see nlp/tools/build_gazetteer.py)."""
    places: dict[str, bool] = {}
    for path in sorted(DATA_DIR.glob("places_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            name, _, flag = line.partition("\t")
            key = name.lower()
            places[key] = places.get(key, False) or flag == "a"
            if "-" in key:  # "Weston-super-Mare" is often texted "weston super mare"
                spaced = key.replace("-", " ")
                places[spaced] = places.get(spaced, False) or flag == "a"
    for key, ambiguous in list(places.items()):   # "Saint Paul" is texted "st paul", "Fort Worth" "ft worth"
        for long, shorts in SHORT_FORMS.items():
            if key.startswith(long):
                for short in shorts:
                    places.setdefault(short + key[len(long):], ambiguous)
        if " saint " in key:   # and "Port Saint Joe" "port st joe": a saint inside a name is shortened the same way
            for short in SHORT_FORMS["saint "]:
                places.setdefault(key.replace(" saint ", " " + short, 1), ambiguous)
    return places


SHORT_FORMS = {"saint ": ("st ", "st. "), "fort ": ("ft ", "ft. "), "mount ": ("mt ", "mt. ")}


@lru_cache(maxsize=None)
def countries_abroad() -> frozenset[str]:
    """Country names but the UK's and the US's (nlp/data/en/countries.txt, ISO 3166-1 via nlp/tools/build_countries.py),
    less those the gazetteer or the chains list too ("lebanon", "iceland")."""
    names = (DATA_DIR / "en" / "countries.txt").read_text(encoding="utf-8").split("\n")
    return frozenset(name for name in names if name and name not in gazetteer() and name not in lexicon()["chains"])


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    """Lower-case dictionary words (nlp/data/common_words.txt, built by nlp/tools/build_gazetteer.py)."""
    path = DATA_DIR / "common_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def trie_pattern(words) -> str:
    """A regex alternation shaped as a trie ("b(?:&(?:m|q))"): the engine branches on one
    character instead of trying every word in turn. Longer words still win over their prefixes."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@lru_cache(maxsize=None)
def local_names() -> tuple[str, ...]:
    """Corner and area nicknames from nlp/data/local_names/en_*.txt: one file per force, any force may add one."""
    names = set()
    for path in sorted((DATA_DIR / "local_names").glob("en_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                names.add(line.strip())
    return tuple(sorted(names))
