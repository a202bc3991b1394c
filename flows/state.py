"""The per-phone conversation record, as stored (JSON) in Redis."""
from __future__ import annotations

# Keys the engine sets only while they are in use (absent otherwise):
#   "replacing": the question BACK went back to; its next answer replaces the old one.
#   "which": texts kept while the tipster is asked which tip they are about:
#       {"choices": [tip IDs], "texts": [{"text", "media", "at"}], "asked_at"}.
# Of these, PHONE_KEYS belong to the phone rather than to one draft: a new draft keeps them.
#   "lang": the phone's language when the draft was written (the host sets it; the tip keeps it).
PHONE_KEYS = ("which", "lang")
MAX_FIELD_CHARS = 1600   # an answer as kept (x2: a field holds its answers joined)
MAX_TEXTS_KEPT = 60      # raw texts kept per draft, and per "which tip" question


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
        "linked_tip": None,      # an urgent tip started after filing: the tip it followed
        "answer_facts": {},      # question field -> the facts its answer added (BACK takes them out)
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
