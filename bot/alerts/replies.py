"""Residents' replies to an alert, and their ratings (a bare 1-5).

A text from a subscriber within ALERT_REPLY_DAYS of an alert sent to them is linked to
the most recent such alert (keys.ALERTS_SENT lists sent alerts by time; the alert's
results hash says whether it went to them). A bare 1-5 is a rating (their latest one
counts); any other text is kept on the alert's page and goes on through the tip line's
handling as usual, its tip marked as a reply to the alert.
"""
from __future__ import annotations

import json

from bot.store import keys

MAX_SHOWN = 200


def listed(redis, alert_id: str) -> list[dict]:
    return [json.loads(r) for r in redis.lrange(keys.alert_replies(alert_id), -MAX_SHOWN, -1)]


def rating_summary(redis, alert_id: str) -> dict:
    raw = redis.hvals(keys.alert_ratings(alert_id))
    votes = [int(v) for v in raw]
    by = {n: votes.count(n) for n in range(1, 6)}
    return {"count": len(votes), "average": round(sum(votes) / len(votes), 1) if votes else None, "by": by}
