"""Stones or bricks thrown off a bridge at traffic or trains now (stop 38; used by nlp/urgency.py).

"youths throwing stones from the bridge over the M4 near Tormarton", "kids throwing stones at trains from the bridge",
"unos morros avientan piedras grandes desde el pedestrian bridge hacia la us-36 ahorita mismo": ANNOTATION.md (stop
33) labels objects thrown off a bridge at traffic now urgent, as a habit or in the past not. Dev missed 4 such texts
over 4 files (no cue read them, or the learned model dropped them). A throwing verb told as going on, a thing thrown,
the bridge (the gate) and the traffic, road or line under it are needed; not with talk or a calm cue, a PAST cue
without a NOW, or a past time or habit in the text (data `urgency_bridge_throw.json`: "last sat", "most weekends",
"happens", "anoche"). Gate: a bridge word.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_gated_patterns

BRIDGE_THROW = "objects thrown off a bridge at traffic now"
DATA = Path(__file__).resolve().parent / "data" / "urgency_bridge_throw.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def bridge_throw(doc, labels: dict, lowered: str | None = None) -> str | None:
    """BRIDGE_THROW when things are being thrown off a bridge at the traffic or trains below (module docstring)."""
    data = _data()
    text = gated_text(doc, labels, data["gate"], lowered)   # None with talk or a calm, or no gate word
    if text is None or ("PAST" in labels and "NOW" not in labels) or data["not"].search(text):
        return None
    return BRIDGE_THROW if all(data[part].search(text) for part in ("throw", "thing", "target")) else None
