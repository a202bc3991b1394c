"""spanish_rules: the trie look-ahead (_not_before) rejects exactly the words the word-list alternation rejected."""
import json
import re

from nlp.lexicon import DATA_DIR
from nlp.spanish_rules import _alt, _not_before, rules


def test_trie_look_ahead_rejects_what_the_list_rejected():
    lex = json.loads((DATA_DIR / "es" / "lexicon.json").read_text(encoding="utf-8"))
    words = lex["not_names"] + lex["colours"]
    trie = re.compile(_not_before(words) + r"\w+")
    listed = re.compile(r"(?!(?:" + _alt(words) + r")\b)\w+")
    probes = set()
    for word in words + ["kedzie", "pulaski", "esta", "estaba", "la", "las", "rojo", "rojos", "azulado", "x"]:
        probes.update({word, word.upper(), word.capitalize(), word + "s", word[:-1], word + "ito"})
    rejected = 0
    for probe in sorted(probes):
        assert bool(trie.match(probe)) == bool(listed.match(probe)), probe
        rejected += not trie.match(probe)
    assert rejected >= len(set(w.lower() for w in words))  # every list word (any case) is rejected


def test_suffixed_needs_a_suffix_word():
    r = rules()
    for text in ("vive en fordham road", "en la long point rd cerca", "por la 5 ave", "en kedzie y fullerton"):
        if r["suffixed"].search(text):
            assert r["suffix_word"].search(text), text
    assert r["suffixed"].search("vive en fordham road") and not r["suffix_word"].search("estaba en la esquina")
