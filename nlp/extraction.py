"""The result type of `extract`: facts pulled out of one tip text."""
from __future__ import annotations

from dataclasses import dataclass, field, fields


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

    def to_dict(self) -> dict:
        """JSON-able dict: lists of strings, a bool and the reason (str or None)."""
        # Shallow copies of the lists: asdict's deep copy costs more than the rules
        # that found them on the webhook's hot path.
        return {f.name: (list(v) if isinstance(v := getattr(self, f.name), list) else v) for f in _FIELDS}


_FIELDS = fields(Extraction)
