"""STOP as people really send it always wins; tips that mention stopping do not opt out."""
from __future__ import annotations

import pytest

from bot.store import keys
from bot.web.compliance import is_opt_out, keyword_of


@pytest.mark.parametrize("text", [
    "Stop please", "STOP ALERTS", "stop it", "no more texts", "Please stop", "STOP!!!!!!!!!!!!!!!!!!!!!!!!!",
    "ＳＴＯＰ", "Ｓｔｏｐ ｐｌｅａｓｅ", "stop.", "  stop  ", "STOP ALL", "opt out", "Stop sending me texts",
    "stop texting me please", "unsubscribe please", "STOP thank you", "stop now",
])
def test_real_world_stop_variants_opt_out(text, phone, services, redis):
    assert is_opt_out(text)
    assert "no more texts" in phone.send(text)[0]
    assert redis.exists(keys.opt_out(services.identity.pseudonym(phone.number)))
    assert redis.get(keys.conversation(services.identity.pseudonym(phone.number))) is None  # no tip started


@pytest.mark.parametrize("text", [
    "the car didn't stop at the lights", "bus stop on Mill Lane, man with a knife", "the end of the road",
    "they will not stop dealing outside number 4", "stop them they are breaking in", "cancel that, it was Tuesday",
    "quit the job last week and now sells drugs",
])
def test_tips_that_mention_stopping_are_not_opt_outs(text):
    assert not is_opt_out(text)


@pytest.mark.parametrize("text, word", [("Help!", "HELP"), ("start.", "START"), ("ＩＮＦＯ", "INFO"),
                                        ("un stop", "UNSTOP"), ("help me", "")])
def test_keywords_survive_punctuation_and_width(text, word):
    assert keyword_of(text) == word
