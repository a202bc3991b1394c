"""A word of the sentence shaped as a verb, which ends a place's name when it follows one: a finite form of a common
verb ("la calle la victoria pegaron fuego", "la avenida de bayona conducia un seat") or its participle ("del 88 de la
elizabeth ave agarrado con las manos"). The rules' street regexes and the tagger both run a name on into the next
word when nothing but a space stands between; a street's own name is rarely a verb of the commonest Spanish verbs."""
from __future__ import annotations

from .lexicon import common_words
from .spanish_rules import common_spanish, verb_form

# The participle's endings ("agarrado", "colgada", "metidos") and the infinitive endings its stem takes
PARTICIPLE_ENDINGS = (("ados", "ar"), ("adas", "ar"), ("ado", "ar"), ("ada", "ar"),
                      ("idos", "er"), ("idas", "er"), ("ido", "er"), ("ida", "er"),
                      ("idos", "ir"), ("idas", "ir"), ("ido", "ir"), ("ida", "ir"))
# The gerund's endings ("gritando", "corriendo", "cayendo") and the infinitive endings its stem takes: a place's name
# never ends in one ("en north beach gritando help")
GERUND_ENDINGS = (("ando", "ar"), ("iendo", "er"), ("iendo", "ir"), ("yendo", "er"), ("yendo", "ir"))
# the cheap gate: only words with one of these endings are looked up
VERB_TAIL_ENDINGS = ("aron", "ieron", "aba", "aban", "ia", "ian", "ado", "ada", "ados", "adas", "ido", "ida", "idos",
                     "idas", "ando", "iendo", "yendo")


def participle(word: str) -> bool:
    """A lower-case participle of one of the commonest Spanish verbs that is no English word ("agarrado": agarrar)."""
    if not word.isalpha() or not word.islower() or word in common_words():
        return False
    return any(word.endswith(ending) and len(word) - len(ending) >= 3 and common_spanish(word[:-len(ending)] + inf)
               for ending, inf in PARTICIPLE_ENDINGS)


def gerund(word: str) -> bool:
    """A lower-case gerund of one of the commonest Spanish verbs that is no English word ("gritando": gritar)."""
    if not word.isalpha() or not word.islower() or word in common_words():
        return False
    return any(word.endswith(ending) and len(word) - len(ending) >= 2
               and any(common_spanish(stem + inf) for stem in _stems(word[:-len(ending)]))
               for ending, inf in GERUND_ENDINGS)


def _stems(stem: str) -> tuple[str, ...]:
    """A gerund's stem and the infinitive's, where the vowel changes: "pidiendo" (pedir), "durmiendo" (dormir)."""
    k = max(stem.rfind("i"), stem.rfind("u"))
    if k < 0:
        return (stem,)
    return stem, stem[:k] + ("e" if stem[k] == "i" else "o") + stem[k + 1:]


def sentence_verb(word: str) -> bool:
    """A past or imperfect finite form, a participle or a gerund of a common verb: the sentence going on after a
    place."""
    word = word.lower()
    return word.endswith(VERB_TAIL_ENDINGS) and (verb_form(word) or participle(word) or gerund(word))
