"""The per-phone conversation record, as stored (JSON) in Redis."""
from __future__ import annotations


def new_conversation(flow: str, initial: str, now: float) -> dict:
    return {
        "flow": flow,
        "state": initial,
        "fields": {},            # question field -> the tipster's own words
        "facts": {},             # extracted facts: plates, locations, times, vehicles ...
        "media": [],             # MMS media URLs
        "texts": [],             # every raw text of this draft, in order (nothing is lost)
        "text_count": 0,         # texts ever added to this draft
        "synced_texts": 0,       # how many of them are already in the tip's thread
        "skipped": [],
        "answered_by_facts": [],
        "urgent": False,
        "urgent_reason": None,
        "tip_id": None,
        "started_at": now,
        "last_at": now,
        "filed_at": None,
    }


class ConversationModel:
    """Throwaway model for the shared Machine: `state` reads and writes the dict."""

    def __init__(self, conv: dict):
        self.conv = conv

    @property
    def state(self) -> str:
        return self.conv["state"]

    @state.setter
    def state(self, value: str) -> None:
        self.conv["state"] = value
