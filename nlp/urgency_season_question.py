"""Shots in a hunting season, asked about: a calm (stop 38; read by nlp/urgency_calm_texts.py).

"es temporada de caza, se oyen tiros en el monte desde temprano, es normal?", "hearing rifle shots from the forest
since early, hunting season started, just checking its normal", "hay cazadores disparando en el campo de al lado, es
normal en temporada?": the tipster explains the shots by the season and asks whether that is normal or allowed, a
question about the law (ANNOTATION.md: not urgent). The cue list had the season only in a few English phrasings ("its
deer season"); this reads any season or hunter word, English or Spanish, with shots and a question. Nothing that puts
a person in the line of fire or hurt ("at us", "towards the houses", "herido", "apuntando") may be in the text
(data `urgency_season_question.json`); a weapon aimed now or a person hurt (urgency_aimed_now.py,
urgency_hurt_now.py) outranks this calm anyway. Gate: "season", "hunt", "temporada" or "caza".
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

DATA = Path(__file__).resolve().parent / "data" / "urgency_season_question.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def season_question(lowered: str) -> bool:
    """Whether the lower-cased text asks about shots it puts down to a hunting season, with no one in the way."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return False
    return all(data[part].search(lowered) for part in ("season", "shots", "question")) and \
        not data["danger"].search(lowered)
