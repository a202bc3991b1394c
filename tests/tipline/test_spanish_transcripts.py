"""Spanish conversations written as data (tests/transcripts/es/*.json), replayed through the
signed webhook and a real Redis as tests/tipline/test_transcripts.py replays the English ones
(the same step keys). They are not replayed through the engine alone: the language is the
host's (bot/web/language.py), decided before the flow."""
from __future__ import annotations

import glob
import os

import pytest

from tests.tipline.transcripts import replay

TRANSCRIPT_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "transcripts", "es")
TRANSCRIPTS = sorted(glob.glob(os.path.join(TRANSCRIPT_DIR, "*.json")))
assert TRANSCRIPTS, f"no transcripts in {TRANSCRIPT_DIR}"


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=[os.path.basename(p)[:-5] for p in TRANSCRIPTS])
def test_spanish_transcript(path, phone, services, redis, clock):
    replay(path, phone, services, redis, clock)
