"""Spanish conversations written as data (tests/transcripts/es/*.json), replayed through the
signed webhook and a real Redis as tests/tipline/test_transcripts.py replays the English ones
(the same step keys). They are not replayed through the engine alone: the language is the
host's (bot/web/language.py), decided before the flow."""
from __future__ import annotations

import glob
import json
import os
import re

import pytest

from bot.store import keys
from bot.tipline import tips
from tests.helpers import assert_sms_sized, conversation

TRANSCRIPT_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "transcripts", "es")
TRANSCRIPTS = sorted(glob.glob(os.path.join(TRANSCRIPT_DIR, "*.json")))
assert TRANSCRIPTS, f"no transcripts in {TRANSCRIPT_DIR}"


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[os.path.basename(p)[:-5] for p in TRANSCRIPTS])
def test_spanish_transcript(path, phone, services, redis, clock):
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
        for fragment in step.get("expect", []):
            assert fragment.format(**captured).lower() in joined.lower(), where
        for fragment in step.get("expect_not", []):
            assert fragment.format(**captured).lower() not in joined.lower(), where
        if "capture" in step:
            captured[step["capture"]] = re.search(r"T-[A-Z0-9]{4,6}", joined).group(0)
        conv = conversation(services, phone.number)
        if "state" in step:
            assert conv["state"] == step["state"], where
        if "opted_out" in step:
            assert bool(redis.exists(keys.opt_out(pseudonym))) == step["opted_out"], where
            if step["opted_out"] and n > 1 and "expect" not in step:
                assert replies == [], where   # an opted-out phone gets nothing but the STOP/START answers
        if step.get("tip_filed"):
            tip_id = re.search(r"T-[A-Z0-9]{4,6}", joined).group(0)
            tip = tips.load_tip(redis, tip_id)
            assert tip and tip["status"] == "open" and not tip["partial"], where
            assert tip["lang"] == conv["lang"], where   # the tip keeps the language it was written in
