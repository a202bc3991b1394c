"""Stop 37: words of suicide in slang ("top himself", "done with everything", "go off the bridge", "sayin he'll go off
it" with a drop in the text: nlp/urgency_suicide_slang.py), and their everyday twins ("end it with his girlfriend",
"done with everything at school") that stay calm. Texts invented for the test, none from the dev set."""
import pytest

import nlp

SLANG_NOW = [
    "my mate keeps sayin he'll go off the bridge tonight",
    "my brother says hes gonna end it, he just texted me",
    "friend says hes done with everything and wont answer the door",
    "my dad said hes gonna top himself, hes in the garage",
    "she keeps saying shes going to jump off the roof of the car park",
    "lad on the bridge sayin he wants to end it all",
    "my son texted that hes gonna off himself",
    "cousin posted he is done with everything and is going off the cliff",
    "my mum says she cant do this anymore and is going to end it tonight",
    "he says hell throw himself off the multi storey",
    "girl on the parapet says shes gonna jump",
    "my friend said he is going to top himself tonight",
    "hes on the bridge over the a38 sayin he'll go off it",
    "my sister is up on the roof and keeps saying shes gonna go off it",
    "man on the edge of the viaduct keeps sayin hes endin it",
]
SLANG_CALM = [
    "my son is done with everything at school, says hes gonna drop out",
    "he said hes gonna end it with his girlfriend",
    "my neighbour said hes done with everything to do with the council",
    "the lads were jumping off the bridge into the river for fun last summer",
    "he said hell go off it if the ref gives that penalty again lol",
    "gonna end it here, thanks for your help",
    "the smoke alarm keeps going off, its the toast, we are on the top floor",
    "kids were on the roof of the garage last year saying theyd jump off it",
    "my sister is ending things with her boyfriend tonight",
]


@pytest.mark.parametrize("text", SLANG_NOW)
def test_danger_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", SLANG_CALM)
def test_calm_twin_stays_calm(text):
    assert not nlp.extract(text).urgent, text
