"""Stop 31's speed work: the same facts, found with less work (outputs identical on every dev text)."""
from __future__ import annotations

import re
from pathlib import Path

from nlp.literal_gates import gate_open
from nlp.obscured_plates import GATE_RE, GATE_STEMS, obscured_pieces

NLP_DIR = Path(__file__).resolve().parents[2] / "nlp"


def test_rule_modules_read_the_text_once_per_doc():
    """spaCy rebuilds doc.text from the tokens on every access: the rules read spans.text_of(doc) instead."""
    readers = [path.name for path in NLP_DIR.glob("*.py")
               if path.name not in ("spans.py", "doc_attrs.py") and re.search(r"\bdoc\.text\b(?!_)", path.read_text(encoding="utf-8"))]
    assert readers == []


def test_hidden_plate_stem_gate_agrees_with_the_caseless_gate():
    for text in ("Plate was COVERED in mud", "reg all Caked up", "SCRATCHED", "nothing here at all", "Obscur", "MUDDY"):
        assert gate_open(GATE_RE, GATE_STEMS, text) == (GATE_RE.search(text) is not None)


def test_hidden_plate_found_through_the_lowered_gate():
    text = "Plate was partly COVERED in mud, i could only see YJ7 on it"
    assert obscured_pieces(text, False, [], []) == [(text.index("YJ7"), text.index("YJ7") + 3, "YJ7")]
    assert obscured_pieces(text, False, [], [], text.lower()) == obscured_pieces(text, False, [], [])


def test_hidden_plate_in_a_text_with_accents_takes_the_caseless_gate():
    text = "la placa estaba TAPADA con barro, solo se veía GT2"
    assert obscured_pieces(text, False, [], []) == [(text.index("GT2"), text.index("GT2") + 3, "GT2")]


def test_no_gate_word_no_piece():
    assert obscured_pieces("could only see YJ7 on the plate", False, [], []) == []
