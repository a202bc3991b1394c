"""Stop 39: the words that keep this stop's kinds silent (penned again, earlier, the owner back, every night, under
control) never calm a person hurt now, a weapon aimed now or someone inside a fire (urgency_aimed_now.py,
urgency_hurt_now.py outrank them). Texts invented for the test, none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "cows got out onto the road earlier and a car hit one, the driver is bleeding from his head and not moving",
    "the farmer got them back in but the bull has pinned him against the gate, hes screaming for help",
    pytest.param("fire brigade say its under control but theres still a kid inside the back bedroom", marks=pytest.mark.xfail(
        strict=True, reason="known gap before stop 39: the RESOLVED 'under control' outranks a child inside with no fire word")),
    "owner came back to the car and now hes pointing a gun at the lad who broke the window",
    pytest.param("a man keeps following me every night and tonight hes outside with a knife, hes trying the door",
                 marks=pytest.mark.xfail(strict=True, reason="known gap before stop 39: 'every night' reads the knife as a habit")),
    "the dog owner is back but his dog has my son by the arm and hes bleeding badly",
])
def test_a_danger_now_outranks_the_words_that_quiet_this_stops_kinds(text):
    assert nlp.extract(text).urgent, text
