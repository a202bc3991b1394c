"""Whole conversations written as data (tests/transcripts/*.json): texts in,
expected replies and state out, through the signed webhook and a real Redis.

A step may also say ``after_minutes`` (the text comes that long after the one before
it, a minute otherwise: the webhook's clock is moved on) and ``capture`` (a name for
the first tip ID in its reply, which later steps' ``send`` and ``expect`` use as
``{name}``). tests/flows/test_engine_transcripts.py reads them the same way."""
from __future__ import annotations

import glob
import json
import os
import re

import pytest

from bot.store import keys
from bot.tipline import tips
from tests.helpers import assert_sms_sized, conversation

TRANSCRIPT_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "transcripts")  # tests/transcripts
TRANSCRIPTS = sorted(glob.glob(os.path.join(TRANSCRIPT_DIR, "*.json")))
assert TRANSCRIPTS, f"no transcripts in {TRANSCRIPT_DIR}"  # an empty parametrize would only skip


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[os.path.basename(p)[:-5] for p in TRANSCRIPTS])
def test_transcript(path, phone, services, redis, clock):
    with open(path) as fh:
        script = json.load(fh)
    captured: dict[str, str] = {}
    for n, step in enumerate(script["steps"], 1):
        clock.advance(minutes=step.get("after_minutes", 1))
        replies = phone.send(step["send"].format(**captured))
        joined = " ".join(replies)
        where = f"step {n} ({step['send']!r}) -> {joined!r}"
        assert_sms_sized(replies)
        for fragment in step.get("expect", []):
            assert fragment.format(**captured).lower() in joined.lower(), where
        for fragment in step.get("expect_not", []):
            assert fragment.format(**captured).lower() not in joined.lower(), where
        if "expect_regex" in step:
            assert re.search(step["expect_regex"], joined), where
        if "capture" in step:
            captured[step["capture"]] = re.search(r"T-[A-Z0-9]{4,6}", joined).group(0)
        conv = conversation(services, phone.number)
        if "state" in step:
            assert conv["state"] == step["state"], where
        for name, value in step.get("fields", {}).items():
            assert conv["fields"].get(name) == value, where
        if "opted_out" in step:
            assert bool(redis.exists(keys.opt_out(services.identity.pseudonym(phone.number)))) == step["opted_out"]
        if step.get("tip_filed"):
            tip_id = re.search(r"T-[A-Z0-9]{4,6}", joined).group(0)
            tip = tips.load_tip(redis, tip_id)
            assert tip and tip["status"] == "open" and not tip["partial"], where
            assert redis.zscore(keys.TIPS_BY_TIME, tip_id) is not None
