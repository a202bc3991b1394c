"""Stop 37 round 2: a stated plan of suicide for tonight, today or now is urgent though "keeps" tells it
(nlp/urgency_plan_tonight.py); a condition, a joke, the past, a habit or someone else stays calm. Texts invented for
the test, none from the dev set."""
import pytest

import nlp

PLAN_NOW = [
    "my mate keeps saying hes gonna kill himself tonight",
    "my mate keeps saying hes gonna top himself tonight",
    "my sister keeps texting me that she's going to end it tonight",
    "my flatmate keeps telling me he'll kill himself today, he's locked in the bathroom",
    "me pal keeps on sayin hes gonna top hisself tonight after the pub",
    "she keeps saying shes gonna take all her pills tonight",
    "my son keeps saying he will hang himself today",
    "my friend keeps sayin shes gonna unalive herself now, she wont pick up",
]
PLAN_CALM = [
    "my mate keeps saying hes gonna kill himself if city lose again lol",
    "my brother always says hes going to kill himself when he loses at fifa, joking",
    "my nan keeps saying shes gonna kill the cat tonight for scratching the sofa",
    "my friend kept saying last year that he wanted to die, hes in therapy now and doing well",
    "my sister keeps saying she'll kill me tonight if i eat her leftovers haha",
]


@pytest.mark.parametrize("text", PLAN_NOW)
def test_plan_for_tonight_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", PLAN_CALM)
def test_not_a_plan_stays_calm(text):
    assert not nlp.extract(text).urgent, text
