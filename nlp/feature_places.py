"""Places named by what they are rather than by a street word, found in lower case: waters ("lake wabana", "the arun
at pulborough": named_waters.py; "the tennessee river", "the afon rheidol": river_names.py) and buildings ("skylark
farm", "kinver high school": named_buildings.py) and Scottish "<head> of <name>" places ("bridge of cally":
of_names.py), and a text's opening place and its kind ("porthgain harbour, ...": opening_features.py). One entry for places.py, which has no room for more finders of its
own. Features named by a lower-case word no list knows ("birnbeck pier", "loose park": named_features.py) come
through here too, but places.py adds them as landmarks: a guess, not told back to the tipster.
"""
from __future__ import annotations

from .named_buildings import find_named_buildings
from .named_features import find_named_features as find_named_features
from .named_waters import find_named_waters
from .of_names import find_of_names
from .opening_features import find_opening_features
from .river_names import find_river_names


def find_feature_places(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    return find_named_waters(text, present) + find_named_buildings(text, present) + find_river_names(text, present) \
        + find_of_names(text, present) \
        + find_opening_features(text, present)   # "bridge of cally"; "porthgain harbour, bloke in a van"
