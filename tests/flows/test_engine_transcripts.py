"""The whole-conversation transcripts (tests/transcripts/*.json) driven through
FlowEngine alone: no Flask, no Redis, facts from the real ``nlp.extract`` (the
spaCy pipeline is built once per process, ~1-2 s). tests/test_transcripts.py
replays the same files through the signed webhook; this replay pins the engine's
share of them.

Steps the engine never sees: the router answers the compliance keywords (STOP,
START, HELP and the rest, bot.web.compliance) before any flow. Such steps are
skipped here, decided by the router's own words and rule (``routed_before_flow``),
not by a marker in the JSON: a transcript cannot mark a step wrongly and a new
keyword needs no edit to the files. For a skipped step the conversation is
unchanged, so its ``state`` expectation is still checked; its replies and
``opted_out`` are the router's and are not. Every other step must be one the
flow answers: a transcript that needs another handler (officer commands, JOIN)
fails here, which is the signal to extend ``routed_before_flow``.
"""
from __future__ import annotations

import glob
import json
import os

import pytest

import nlp
from bot.web import compliance
from flows.events import Filed
from tests.flows.helpers import FlowPhone
from tests.tipline.transcripts import check_reply

HERE = os.path.dirname(os.path.dirname(__file__))
TRANSCRIPTS = sorted(glob.glob(os.path.join(HERE, "transcripts", "*.json")))


def routed_before_flow(text: str, opted_out: bool) -> tuple[bool, bool]:
    """(whether the router's compliance handler answers this text, opted out after it),
    in the order of bot.web.compliance.handle."""
    word = compliance.keyword_of(text)
    if word in compliance.OPT_OUT_WORDS or compliance.is_revocation(text):
        return True, True
    if word in compliance.OPT_IN_WORDS or (word == "YES" and opted_out):
        return True, False
    return word in compliance.HELP_WORDS, opted_out


def test_the_compliance_rule_sees_the_keywords_and_not_tips():
    assert routed_before_flow("HELP", False) == (True, False)
    assert routed_before_flow("stop", False) == (True, True)
    assert routed_before_flow("Start", True) == (True, False)
    assert routed_before_flow("yes", True) == (True, False)
    assert routed_before_flow("yes", False) == (False, False)
    assert routed_before_flow("they would not stop shouting", False) == (False, False)


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[os.path.basename(p)[:-5] for p in TRANSCRIPTS])
def test_transcript_through_the_engine(path, engine):
    with open(path) as fh:
        script = json.load(fh)
    phone, opted_out = FlowPhone(engine, nlp.extract), False
    captured: dict[str, str] = {}
    for n, step in enumerate(script["steps"], 1):
        text = step["send"].format(**captured)
        routed, opted_out = routed_before_flow(text, opted_out)
        if routed:
            phone.now += step.get("after_minutes", 1) * 60
            where = f"step {n} ({step['send']!r}, answered by the router)"
            if "state" in step:
                assert phone.conv and phone.conv["state"] == step["state"], where
            continue
        result = phone.send(text, after_minutes=step.get("after_minutes", 1))
        joined = " ".join(result.lines)
        where = f"step {n} ({step['send']!r}) -> {joined!r}"
        check_reply(step, joined, captured, where)
        if "state" in step:
            assert result.conv["state"] == step["state"], where
        for name, value in step.get("fields", {}).items():
            assert result.conv["fields"].get(name) == value, where
        if step.get("tip_filed"):
            assert [e for e in result.events if isinstance(e, Filed)], where
