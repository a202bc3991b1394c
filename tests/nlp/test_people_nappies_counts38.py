"""Stop 38, round 2 (nlp/data/en/people.json): a nappy or diaper a lone child wears is a description (garments; dev:
labelled in 22 texts of 20 files), and a count of kayakers, swimmers, hikers, kiddies or "ppl" counts people
(count_nouns); a pack of nappies, kayaks and swimming pools stay out. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp

DESCRIBED = [
    ("a toddler in a nappy walking along the b road, no adult", "nappy"),
    ("little girl maybe 3 in just a diaper on the highway shoulder", "diaper"),
    ("baby in nowt but a nappy crawling on the pavement outside the co-op", "nappy"),
    ("kid wearing only a diaper wandering the parking lot", "diaper"),
    ("wee boy, nappy and a blue top, on his own by the canal", "nappy"),
    ("2 kayakers stuck on the rocks below the cliffs", "2 kayakers"),
    ("two kiddies on the ice at the park pond", "two kiddies"),
    ("3 swimmers caught in the rip off the north beach", "3 swimmers"),
    ("2 hikers lost on the ridge, phone dying", "2 hikers"),
    ("4 ppl fighting outside the kebab shop", "4 ppl"),
]
NOT_PEOPLE = [
    ("someone keeps leaving bags of nappies by the bins on our street", "napp"),
    ("shoplifter took 6 packs of diapers from the walmart", "diaper"),
    ("2 kayaks stolen off the roof rack", "kayak"),
    ("the 3 swimming pools at the leisure centre were vandalised", "swim"),
]


@pytest.mark.parametrize("text,span", DESCRIBED)
def test_worn_nappy_and_counted_group(text, span):
    assert span in nlp.extract(text).people


@pytest.mark.parametrize("text,stem", NOT_PEOPLE)
def test_goods_and_things_stay_out(text, stem):
    assert not any(stem in span for span in nlp.extract(text).people)
