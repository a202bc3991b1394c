"""Write nlp/data/en/brands.txt: the names of shop, fuel, food and motel chains of the UK, Ireland and the US, lower case.

Source: OpenStreetMap's name-suggestion-index (npm package `name-suggestion-index` 8.0.20260918, BSD-3-Clause,
https://github.com/osmlab/name-suggestion-index), its `dist/json/nsi.json`: the brands of the categories below whose
location set includes the UK, Ireland, the US (or one of their parts) or the whole world. Run by hand when the list
should be refreshed, on an unpacked copy of the package (`npm pack name-suggestion-index`, then `tar xzf`):

    python -m nlp.tools.build_brands PATH/package/dist/json/nsi.json

A tipster names a chain's branch by its brand ("the tops in cortland", "the loves on business 54"); no hand list holds
every regional chain. nlp/brands.py reads the list only where a place follows the name, so brands that are everyday
words ("tops", "holiday", "marathon") need that cue.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "data" / "en" / "brands.txt"
CATEGORIES = frozenset((
    "brands/shop/convenience", "brands/shop/supermarket", "brands/shop/department_store", "brands/shop/variety_store",
    "brands/shop/chemist", "brands/shop/doityourself", "brands/shop/hardware", "brands/shop/alcohol",
    "brands/shop/general", "brands/amenity/fuel", "brands/amenity/fast_food", "brands/amenity/pharmacy",
    "brands/amenity/cafe", "brands/amenity/restaurant", "brands/amenity/pub", "brands/tourism/motel",
    "brands/tourism/hotel",
))
# A brand that is one everyday word ("tops", "holiday") is kept from these only: a shop or filling station's brand is
# what a tipster calls the branch; a hotel's or restaurant's ("courtyard", "bravo") reads as the word.
WORD_CATEGORIES = frozenset(("brands/shop/convenience", "brands/shop/supermarket", "brands/shop/department_store",
                             "brands/shop/chemist", "brands/amenity/fuel", "brands/amenity/pharmacy",
                             "brands/amenity/fast_food"))
# Everyday words that describe a place rather than name a branch ("the central", "the gate"); "crown": a pub's name,
# which keeps its "the" (ANNOTATION.md).
GENERIC = frozenset("central certified gate global welcome casino crown metro refuel gala".split())
# "chicken shop", "pizza place": everyday words ending in a kind of shop describe one; they name no brand.
SHOP_KINDS = frozenset("shop shops store stores place cafe bar pub garage takeaway restaurant diner kitchen".split())
HOME_RE = re.compile(r"(?:us|gb|ie|001)(?:$|[-.])")   # "us", "gb", "us-ny.geojson", "001" (the world)
NAME_RE = re.compile(r"[a-z0-9][a-z0-9 '&.-]*[a-z0-9']")


def home(item: dict) -> bool:
    return any(isinstance(loc, str) and HOME_RE.match(loc.lower()) for loc in item.get("locationSet", {}).get("include", []))


def spellings(name: str) -> set[str]:
    """"Love's" as texted: "love's" and "loves"; "Kum & Go" and "kum and go"; "7-Eleven" and "7 eleven"."""
    name = " ".join(name.lower().replace("’", "'").split())
    out = {name, name.replace("'", ""), name.replace("&", "and"), name.replace("-", " ")}
    return {spelled for spelled in out if NAME_RE.fullmatch(spelled) and len(spelled) >= 3}


def described(name: str, common: frozenset[str]) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1] in SHOP_KINDS and all(word in common for word in words)


def main() -> None:
    from nlp.lexicon import common_words
    common = common_words()
    source = Path(sys.argv[1])
    index = json.loads(source.read_text(encoding="utf-8"))["nsi"]
    names: set[str] = set()
    for category, entry in index.items():
        if category not in CATEGORIES:
            continue
        for item in entry["items"]:
            if not home(item):
                continue
            tags = item.get("tags", {})
            for name in (tags.get("brand"), tags.get("name"), item.get("displayName")):
                if name:
                    names |= {spelled for spelled in spellings(name) if spelled not in GENERIC and (
                        category in WORD_CATEGORIES or " " in spelled or spelled not in common) and not described(spelled, common)}
    TARGET.write_text("".join(name + "\n" for name in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names written to {TARGET}")


if __name__ == "__main__":
    main()
