"""What happened at a place, texted right after its name: "kankakee goes", "harrisonburg holdin", "talley smashed".

The learned location tagger sometimes runs a place on over the next word; a lower-case verb there is never part of
the name (a name's own last word is a noun: "ludlow castle", "upton noble"), so the tagged span stops before it.
"""
from __future__ import annotations

from .street_names import anchor_set

VERB_WORDS = frozenset("got gets goes went says said".split())
# After "and"/"n" a pronoun or an irregular past tense starts what happened next, never a name's last word:
# "hominy and kept (going)", "fishbourne n drove (off)", "luce and hes (caught)". Only after the joiner: "the
# drove" is a fen track on its own. A possessive too: "shardlow and his (mum)".
AND_NEXT_WORDS = frozenset("he she they we i hes shes im theyre ive kept drove ran took threw came left stole hit "
                           "fell broke told went got sped legged done did his her my our their".split())
JOINERS = frozenset(("and", "n", "&", "+"))


def and_then_next(joiner: str, word: str) -> bool:
    """"and kept", "n drove", "and hes": a joiner and the start of the next clause ending a tagged span."""
    return joiner in JOINERS and word in AND_NEXT_WORDS


def verb_form(word: str, common: frozenset[str]) -> bool:
    """A lower-case verb after a place: "got", "goes", "holdin" (a dropped g), "smells" (a known word and "s"),
    "smashed", "soaked" (a known word and "ed")."""
    if not word.isalpha() or not word.islower() or word in anchor_set():
        return False
    return word in VERB_WORDS or dropped_g(word, common) or past_tense(word, common) \
        or (word.endswith("ing") and word in common) or (word.endswith("s") and word in common and word[:-1] in common)


def dropped_g(word: str, common: frozenset[str]) -> bool:
    """"sayin", "tryin", "carryin": a verb in -ing texted without its g (no dictionary word itself), never a name."""
    return len(word) >= 5 and word.endswith("in") and word not in common and word + "g" in common


def past_tense(word: str, common: frozenset[str]) -> bool:
    """"smashed", "soaked", "parked": a known verb and "ed". Six letters at least, so a short name that only looks
    like one stays ("tweed", "seed" of "feed and seed"); a place name ending in "-ed" is not a dictionary word."""
    return len(word) >= 6 and word.endswith("ed") and word in common and (word[:-2] in common or word[:-1] in common)
