"""The kinds of stop 39 read beside the others of nlp/urgency.judge (one call, so urgency.py stays under its limit).

Each is a danger going on now that the cues read as a habit, the past or nothing: a child or an animal in a hot car told
in other words (urgency_hot_car_signs.py), a small child alone by a road or in the dark (urgency_child_alone_out.py),
someone groped or followed on a train now (urgency_harassed_now.py), a fire spreading though the crews are there
(urgency_fire_spreading.py), someone who cannot be woken after pills or drink whatever time the pills were taken
(urgency_unresponsive_now.py). Each has its own gate word, so a text without one pays a substring test or two.
"""
from __future__ import annotations

from .urgency_child_alone_out import CHILD_ALONE_OUT, child_alone_out
from .urgency_fire_spreading import FIRE_SPREADING, fire_spreading
from .urgency_harassed_now import HARASSED_NOW, harassed_now
from .urgency_hot_car_signs import hot_car_signs
from .urgency_unresponsive_now import UNRESPONSIVE_NOW, unresponsive_now

SEEN_NOW_REASONS = (CHILD_ALONE_OUT, FIRE_SPREADING, HARASSED_NOW, UNRESPONSIVE_NOW)  # the learned model does not veto them (urgency.py)


def seen_now(doc, labels: dict, lowered: str | None = None) -> str | None:
    """The reason of the first of this stop's kinds the text reads as, else None."""
    return hot_car_signs(doc, labels, lowered) or child_alone_out(doc, labels, lowered) or \
        harassed_now(doc, labels, lowered) or fire_spreading(doc, labels, lowered) or unresponsive_now(doc, labels, lowered)
