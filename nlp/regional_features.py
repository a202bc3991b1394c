"""Generic feature words of regional English ("lough", "byre", "brae", "ghyll", "machair", "lanai"; nlp/data/en/
regional_feature_words.txt): "the <word> at <town>" is a kind of place at the town, not a river or landmark named by
one word (named_waters.find_named_waters, named_places.find_the_town_names ask this), so the town alone is labelled.
"""
from __future__ import annotations

from .lexicon import word_list


def regional_feature_word(word: str) -> bool:
    return word.lower() in word_list("en/regional_feature_words.txt")
