"""Whole conversations written as data (tests/transcripts/*.json): texts in,
expected replies and state out, through the signed webhook and a real Redis.

A step may also say ``after_minutes`` (the text comes that long after the one before
it, a minute otherwise: the webhook's clock is moved on) and ``capture`` (a name for
the first tip ID in its reply, which later steps' ``send`` and ``expect`` use as
``{name}``). tests/flows/test_engine_transcripts.py reads them the same way."""
from __future__ import annotations

import glob
import os

import pytest

from tests.tipline.transcripts import replay

TRANSCRIPT_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "transcripts")  # tests/transcripts
TRANSCRIPTS = sorted(glob.glob(os.path.join(TRANSCRIPT_DIR, "*.json")))
assert TRANSCRIPTS, f"no transcripts in {TRANSCRIPT_DIR}"  # an empty parametrize would only skip


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[os.path.basename(p)[:-5] for p in TRANSCRIPTS])
def test_transcript(path, phone, services, redis, clock):
    replay(path, phone, services, redis, clock)
