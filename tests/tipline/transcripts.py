"""Replaying a conversation written as data (tests/transcripts/*.json, tests/transcripts/es/*.json)
through the signed webhook and a real Redis: the step keys both transcript tests read.

A step says ``send`` and may say ``after_minutes`` (the text comes that long after the one
before it, a minute otherwise), ``expect``/``expect_not`` (fragments of the reply, any case),
``expect_regex``, ``capture`` (a name for the first tip ID in its reply, which later steps'
``send`` and ``expect`` use as ``{name}``), ``state``, ``fields``, ``opted_out`` and ``tip_filed``."""
from __future__ import annotations

import json
import re

from bot.store import keys
from bot.tipline import tips
from tests.helpers import assert_sms_sized, conversation

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


def check_reply(step: dict, joined: str, captured: dict[str, str], where: str) -> None:
    """A step's ``expect``, ``expect_not`` and ``expect_regex`` against the reply ``joined``;
    ``capture`` keeps the reply's first tip ID in ``captured`` (for both transcript tests)."""
    for fragment in step.get("expect", []):
        assert fragment.format(**captured).lower() in joined.lower(), where
    for fragment in step.get("expect_not", []):
        assert fragment.format(**captured).lower() not in joined.lower(), where
    if "expect_regex" in step:
        assert re.search(step["expect_regex"], joined), where
    if "capture" in step:
        captured[step["capture"]] = TIP_ID.search(joined).group(0)


def replay(path: str, phone, services, redis, clock) -> None:
    with open(path, encoding="utf-8") as fh:
        script = json.load(fh)
    captured: dict[str, str] = {}
    pseudonym = services.identity.pseudonym(phone.number)
    for n, step in enumerate(script["steps"], 1):
        clock.advance(minutes=step.get("after_minutes", 1))
        replies = phone.send(step["send"].format(**captured))
        joined = " ".join(replies)
        where = f"step {n} ({step['send']!r}) -> {joined!r}"
        assert_sms_sized(replies)
        check_reply(step, joined, captured, where)
        conv = conversation(services, phone.number)
        if "state" in step:
            assert conv["state"] == step["state"], where
        for name, value in step.get("fields", {}).items():
            assert conv["fields"].get(name) == value, where
        if "opted_out" in step:
            assert bool(redis.exists(keys.opt_out(pseudonym))) == step["opted_out"], where
            if step["opted_out"] and n > 1 and "expect" not in step:
                assert replies == [], where   # an opted-out phone gets nothing but the STOP/START answers
        if step.get("tip_filed"):
            tip_id = TIP_ID.search(joined).group(0)
            tip = tips.load_tip(redis, tip_id)
            assert tip and tip["status"] == "open" and not tip["partial"], where
            assert redis.zscore(keys.TIPS_BY_TIME, tip_id) is not None, where
            if conv.get("lang"):
                assert tip["lang"] == conv["lang"], where   # the tip keeps the language it was written in
