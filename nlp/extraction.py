"""The result type of `extract`: facts pulled out of one tip text."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

CONFIDENT = 0.75  # at or above: said back to the tipster as "Got it: ..."


@dataclass
class Extraction:
    """Facts found in a tip. Field order is part of the interface: keep it stable."""

    plates: list[str] = field(default_factory=list)          # normalised: "HVM2207", "SK19WFD"
    partial_plates: list[str] = field(default_factory=list)  # fragments: "began with RTV" -> "RTV"
    locations: list[str] = field(default_factory=list)       # as written in the text
    times: list[str] = field(default_factory=list)           # as written: "about 3am", "5 mins ago"
    vehicles: list[str] = field(default_factory=list)        # as written: "grey Jeep Wrangler"
    phones: list[str] = field(default_factory=list)          # as written, so callers can redact them
    urgent: bool = False
    urgent_reason: str | None = None
    people: list[str] = field(default_factory=list)          # as written: "about 25", "red hoodie", "3 lads"
    plate_states: dict[str, str] = field(default_factory=dict)  # plate -> US state written beside it: {"JKM4410": "PA"}
    # field -> value -> 0..1. Below CONFIDENT a fact is a guess: two readings of one plate, a
    # capitalised name no list knows. The flow confirms only confident facts to the tipster.
    confidence: dict[str, dict[str, float]] = field(default_factory=dict)

    def confident(self, name: str) -> list[str]:
        """The values of one list field whose confidence is at least CONFIDENT."""
        scores = self.confidence.get(name, {})
        return [v for v in getattr(self, name) if scores.get(v, 1.0) >= CONFIDENT]

    def to_dict(self) -> dict:
        """JSON-able dict: lists of strings, a bool, the reason (str or None), plate_states and confidence."""
        # Shallow copies of the lists: asdict's deep copy costs more than the rules
        # that found them on the webhook's hot path.
        out = {f.name: (list(v) if isinstance(v := getattr(self, f.name), list) else v) for f in _FIELDS}
        out["plate_states"] = dict(self.plate_states)
        out["confidence"] = {name: dict(scores) for name, scores in self.confidence.items()}
        return out


_FIELDS = fields(Extraction)
