"""Residents' replies to an alert, and their ratings (a bare 1-5, as Neighbourhood Alert's).

A text from a subscriber within ALERT_REPLY_DAYS (at most 7) of an alert sent to them is a
reply to the latest alert let out to them (keys.alert_last, written when the text is let
out and read with the inbound text's own reads: no round trip for anyone else). Router
step 3b, after the subscription keywords and before the conversation:

- a bare 1-5 (``4``, ``4/5``, ``4 stars``) is a rating: the resident's latest counts, and
  they are thanked; while a tip draft is in progress it stays an answer to the draft;
- a short thanks (``thanks``, ``ok``, ``cheers``, ``gracias`` ...: the ``alert_thanks`` keywords
  of bot/locales/<lang>.json, every configured language's) is kept on the alert's page and
  acknowledged, and is no tip;
- any other text is kept on the alert's page and goes on through the tip line's
  handling as usual (bot.tipline.conversation), its tip marked ``reply_to_alert``, so
  information a resident sends back reaches officers as a tip.

Kept texts have the resident's own number removed, as tips do; nothing here stores a
number. Officers' own phones never reach this step (their texts are commands). The answers
are catalog texts (``alert_reply_*``) in the phone's language.
"""
from __future__ import annotations

import json
import re

from bot.alerts import store
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.privacy.redact import redact_own_number
from bot.store import keys
from bot.tipline import conversation

MAX_SHOWN = 200
MAX_KEPT = 1000
# "4", "4/5", "4 out of 5", "4 stars"; Spanish "4 de 5", "4 estrellas"
_RATING = re.compile(r"^\s*([1-5])\s*(?:/\s*5|out of 5|de 5|stars?|estrellas?)?\s*[.!]?\s*$", re.IGNORECASE)


def _say(turn, name: str, /, **values) -> str:
    default = turn.config.get("DEFAULT_LANGUAGE") or catalog.BASE
    return gsm7_letters(catalog.text(getattr(turn, "lang", None) or default, name, default, **values))


def _is_thanks(turn, text: str) -> bool:
    words = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
    return bool(words) and catalog.fold_word(words) in catalog.keywords("alert_thanks")


def recent_alert(turn) -> dict | None:
    """The latest alert let out to this phone (keys.alert_last, read with the text), if it
    went within ALERT_REPLY_DAYS and is still on record."""
    if not turn.last_alert:
        return None
    alert_id, _, at = turn.last_alert.decode().partition(" ")
    try:
        if turn.now - float(at) > turn.config["ALERT_REPLY_DAYS"] * 86400:
            return None
    except ValueError:
        return None
    return store.load(turn.redis, alert_id)


def handle(turn) -> list[str] | None:
    if turn.is_officer or not turn.text.strip():
        return None
    a = recent_alert(turn)
    if a is None:
        return None
    drafting = bool(turn.conv) and turn.services.flows.is_draft(turn.conv)
    rating = _RATING.match(turn.text)
    if rating and not drafting:
        n = int(rating.group(1))

        def rate(pipe):
            pipe.hset(keys.alert_ratings(a["id"]), turn.pseudonym, n)
            pipe.expire(keys.alert_ratings(a["id"]), keys.DELIVERY_RECORD_TTL_S)
        turn.writes.append(rate)
        return [_say(turn, "alert_reply_rated", incident=a["incident"], n=n)]
    text = str(redact_own_number(turn.text, turn.number))[:1600]
    if not drafting and _is_thanks(turn, text):
        _keep(turn, a["id"], text, tip_id="")
        return [_say(turn, "alert_reply_thanks", emergency=turn.config["EMERGENCY_NUMBER"])]
    replies = conversation.handle(turn)
    conv = turn.conv or {}
    if conv.get("tip_id") and not conv.get("reply_to_alert"):
        conv["reply_to_alert"] = a["id"]
        turn.set_conv(conv)
    _keep(turn, a["id"], text, tip_id=conv.get("tip_id", ""))
    return replies


def _keep(turn, alert_id: str, text: str, tip_id: str) -> None:
    entry = json.dumps({"at": turn.now, "text": text, "tip_id": tip_id or ""})

    def write(pipe):
        pipe.rpush(keys.alert_replies(alert_id), entry)
        pipe.ltrim(keys.alert_replies(alert_id), -MAX_KEPT, -1)
        pipe.expire(keys.alert_replies(alert_id), keys.DELIVERY_RECORD_TTL_S)
    turn.writes.append(write)


def listed(redis, alert_id: str) -> list[dict]:
    return [json.loads(r) for r in redis.lrange(keys.alert_replies(alert_id), -MAX_SHOWN, -1)]


def rating_summary(redis, alert_id: str) -> dict:
    votes = [int(v) for v in redis.hvals(keys.alert_ratings(alert_id))]
    by = {n: votes.count(n) for n in range(1, 6)}
    return {"count": len(votes), "average": round(sum(votes) / len(votes), 1) if votes else None, "by": by}
