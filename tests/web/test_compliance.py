"""Opt-out/opt-in/help keywords always win over the flow."""
from __future__ import annotations

import pytest

from bot.store import keys
from bot.web.compliance import is_revocation
from tests.helpers import conversation


def _opted_out(services, redis, number):
    return bool(redis.exists(keys.opt_out(services.identity.pseudonym(number))))


@pytest.mark.parametrize("word", ["STOP", "stop", "Stop.", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"])
def test_opt_out_words_are_recorded(word, phone, services, redis):
    replies = phone.send(word)
    assert "no more texts" in replies[0]
    assert _opted_out(services, redis, phone.number)
    log = redis.xrange(keys.OPT_OUT_LOG)
    assert log and log[-1][1][b"action"] == b"out"


@pytest.mark.parametrize("phrase", ["stop texting me", "Please stop messaging me", "unsubscribe me",
                                    "don't text me anymore", "Remove me from this list"])
def test_revocation_phrases_count(phrase, phone, services, redis):
    phone.send(phrase)
    assert _opted_out(services, redis, phone.number)


@pytest.mark.parametrize("text", ["they would not stop shouting at the bus stop",
                                  "stop sign knocked over at the junction of Mill Lane",
                                  "the car didn't stop after hitting a cyclist"])
def test_ordinary_tips_mentioning_stop_are_not_opt_outs(text):
    assert not is_revocation(text)


def test_start_and_yes_opt_back_in(phone, services, redis):
    phone.send("STOP")
    assert "Welcome back" in phone.send("START")[0]
    assert not _opted_out(services, redis, phone.number)
    phone.send("STOP")
    assert "Welcome back" in phone.send("yes")[0]
    assert not _opted_out(services, redis, phone.number)


def test_yes_is_plain_text_for_someone_not_opted_out(phone, services):
    phone.send("Someone broke into the community centre last week")
    replies = phone.send("YES")
    assert "Welcome back" not in " ".join(replies)
    assert conversation(services, phone.number)["state"] != "start"


def test_help_and_info_name_the_programme_and_how_to_stop(phone, services):
    phone.send("Dealing outside the school gates")
    before = conversation(services, phone.number)
    for word in ("HELP", "info"):
        text = phone.send(word)[0]
        assert "ASP Tip Line" in text and "STOP" in text and "101" in text and "999" in text
    assert conversation(services, phone.number)["state"] == before["state"]


def test_cancel_mid_draft_opts_out_but_keeps_the_draft(phone, services, redis):
    phone.send("Cars racing on the bypass every night")
    phone.send("CANCEL")
    assert _opted_out(services, redis, phone.number)
    conv = conversation(services, phone.number)
    assert conv["fields"]["what"] == "Cars racing on the bypass every night"
