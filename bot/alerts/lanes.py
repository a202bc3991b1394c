"""An alert's channel lanes: which index ranges of its recipient set are which chunks.

The recipient set is in lexical order (SMS members, then email "m...", then voice
"v...": bot.alerts.store), so each channel is one index range of it, cut into its own
chunks. A lane is [channel, first chunk number, chunks, first index, members]; the
alert keeps its lanes in its ``lanes`` field (bot.alerts.fanout.plan_alert).
"""
from __future__ import annotations

import json
import math

from bot.alerts import selection


def plan_lanes(by_channel: dict[str, int], size: int, total: int) -> list[list]:
    """The chunks of each channel, numbered one after another (SMS 0..k-1, email k.., voice
    ..). Members that fit no channel's range (there should be none) make it one lane of
    plain index ranges, as before channels had lanes."""
    if sum(by_channel.values()) != total:
        return [["all", 0, math.ceil(total / size), 0, total]] if total else []
    lanes, first, index = [], 0, 0
    for channel in selection.CHANNELS:
        n = int(by_channel.get(channel) or 0)
        if n:
            lanes.append([channel, first, math.ceil(n / size), index, n])
            first += lanes[-1][2]
            index += n
    return lanes


def lanes_of(alert: dict) -> list[list]:
    """The alert's lanes; an alert planned before lanes existed is one lane of index ranges."""
    raw = alert.get("lanes")
    if raw:
        return json.loads(raw) if isinstance(raw, str) else raw
    total, chunks = int(alert.get("total") or 0), int(alert.get("chunks") or 0)
    return [["all", 0, chunks, 0, total]] if chunks else []


def chunk_span(lane: list, n: int, size: int) -> tuple[int, int]:
    """Index range (first, last, inclusive) in the recipient set of chunk ``n`` of ``lane``."""
    _channel, first, _count, start, members = lane
    lo = start + (n - first) * size
    return lo, min(start + members, lo + size) - 1
