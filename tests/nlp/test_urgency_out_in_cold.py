"""Stop 38: someone with dementia or of 65 and over gone out or not found in the cold, the dark or night clothes is
urgent whatever hour the leaving is told at (nlp/urgency_out_in_cold.py); found, home, last winter or a question for
advice stays calm. English, Scots and Spanish. Texts invented for the test, none from the dev set."""
import pytest

import nlp

OUT_IN_COLD = [
    "my grandad has dementia and walked out of the house an hour ago in his slippers, its freezing out, we cant find him",
    "mum slipped out the back door about 40 mins ago, shes 82 with alzheimers, only in her nightie and its minus 2",
    "the care home just rang, dad got out a fire exit half an hour ago, dementia, no coat, its getting dark",
    "nan's wandered off again from the bungalow, 88 with dementia, in her dressing gown, frost on the ground",
    "old boy with dementia from number 4 is out in the snow in just his pyjamas, hes confused and wont come in",
    "ma granda's slipped oot again, 81, dementia, in his baffies, its pure freezin, we've done the whole scheme",
    "mi abuelo tiene demencia y se salio de la casa hace una hora en pantuflas, hace mucho frio y no lo encontramos",
    "mi mama con alzheimer se fue de la residencia hace media hora en bata, esta helando y ya anochecio",
]
CALM = [
    "grandad with dementia went missing last winter, he was found safe, just saying thanks",
    "my dad has dementia, how do i get him one of those gps trackers",
    "nan wandered off earlier in her slippers but the neighbour found her and shes home now, all ok",
    "mi abuela de 85 se salio en bata esta mañana pero ya aparecio, esta en casa",
    "my mum is 80 and loves walking in the snow, she went out for an hour this morning",
]


@pytest.mark.parametrize("text", OUT_IN_COLD)
def test_vulnerable_out_in_the_cold_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_found_or_advice_stays_calm(text):
    assert not nlp.extract(text).urgent, text
