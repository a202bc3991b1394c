"""Subject-access export: everything held about one phone number, as JSON.

The data subject proves the number is theirs outside this system (the force's
disclosure process). From the number we derive the pseudonym, exactly as the
webhook does, and read only what is keyed by that pseudonym or names it as
tipster: their tips with threads, their conversation, alert subscriptions, a
JOIN waiting for a postcode, the opt-out flag and its history, and whether their
sealed number is still held (never the number itself: the file would then hold
it in the clear, and the subject already knows it).

Never anyone else's data: tip records are copied field by field from an allow
list (officers' pseudonyms and names, claim and relay bookkeeping are left out),
and thread entries name their author only as "tipster" or "officer". Whether a
tip is on legal hold is not disclosed (that could prejudice an investigation).
The tip text itself may describe other people: the force's disclosure officer
reviews the export (and applies any exemption) before anything is released.

Finding the tips: one pass over the tip index reading each tip's ``tipster``
field (pipelined; ~0.1 s for 10,000 tips), rather than a per-pseudonym index.
Exports are rare and run by hand, a scan cannot miss a tip (an index could, for
tips written before it existed or by a write path that forgot it), and the
inbound path, which is hot, stays one write shorter.
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone

from bot.governance import actors
from bot.officers import audit
from bot.privacy.identity import normalise_number
from bot.store import keys
from bot.tipline import retention, tips

TIP_FIELDS = ("id", "status", "urgent", "urgent_reason", "partial", "withdrawn", "created_at", "filed_at",
              "updated_at", "closed_at", "fields", "facts", "media", "skipped")
TIME_FIELDS = {"created_at", "filed_at", "updated_at", "closed_at"}


def iso(ts) -> str | None:
    if ts in (None, ""):
        return None
    return datetime.fromtimestamp(float(ts), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def tips_of(redis, pseudonym: str, batch: int = 500) -> list[str]:
    """IDs of every tip whose tipster is ``pseudonym``, oldest first."""
    found = []
    for ids in retention.iter_tip_ids(redis, batch):
        pipe = redis.pipeline(transaction=False)
        for tip_id in ids:
            pipe.hget(keys.tip(tip_id), "tipster")
        found += [tip_id for tip_id, who in zip(ids, pipe.execute()) if who and who.decode() == pseudonym]
    scores = {tip_id: redis.zscore(keys.TIPS_BY_TIME, tip_id) or 0 for tip_id in found}
    return sorted(found, key=lambda t: scores[t])


def _tip(redis, tip_id: str) -> dict | None:
    record = tips.load_tip(redis, tip_id)
    if record is None:
        return None
    out = {}
    for name in TIP_FIELDS:
        if name in record:
            out[name] = iso(record[name]) if name in TIME_FIELDS else record[name]
    out["thread"] = [_entry(e) for e in tips.load_thread(redis, tip_id, last=1_000_000)]
    return out


def _entry(entry: dict) -> dict:
    who = entry.get("from") or ""
    out = {"at": iso(entry.get("at")), "from": "tipster" if who == "tipster" else "officer",
           "text": entry.get("text") or ""}
    if entry.get("media"):
        out["media"] = entry["media"]
    return out


def _json_or_text(raw: bytes | None):
    if raw is None:
        return None
    text = raw.decode()
    try:
        return json.loads(text)
    except ValueError:
        return text


def _opt_out_history(redis, pseudonym: str) -> list[dict]:
    out, start = [], "-"
    while True:
        rows = redis.xrange(keys.OPT_OUT_LOG, min=start, count=1000)
        for entry_id, fields in rows:
            f = {k.decode(): v.decode() for k, v in fields.items()}
            if f.get("pseudonym") == pseudonym:
                out.append({"action": f.get("action"), "word": f.get("word"), "at": iso(f.get("at"))})
        if len(rows) < 1000:
            return out
        start = "(" + rows[-1][0].decode()


def _number(redis, pseudonym: str) -> dict:
    pipe = redis.pipeline(transaction=False)
    pipe.exists(keys.sealed_number(pseudonym))
    pipe.ttl(keys.sealed_number(pseudonym))
    pipe.smembers(keys.number_pin(pseudonym))
    held, ttl, pins = pipe.execute()
    if not held:
        return {"held": False}
    out = {"held": True, "sealed": "encrypted; readable only by the job that sends texts to you"}
    if ttl and ttl > 0:
        out["deleted_after"] = iso(time.time() + ttl)
    if pins:
        out["kept_because"] = sorted(p.decode() for p in pins)
    return out


def export(svc, number: str, *, reason: str, by: str, now: float | None = None) -> dict:
    """Build the export for ``number`` and audit it (raises BadNumber for a non-number)."""
    redis, now = svc.redis, time.time() if now is None else now
    reason = " ".join(reason.split())
    if not reason:
        raise ValueError("a reason (e.g. the request reference) is required")
    actor = actors.admin(by)
    pseudonym = svc.identity.pseudonym(normalise_number(number, svc.config["DEFAULT_REGION"]))
    found = [t for t in (_tip(redis, tip_id) for tip_id in tips_of(redis, pseudonym)) if t]
    from bot.alerts import subscribers as alert_subscribers

    # the alert record this number belongs to (its own, or a web resident's with this number for texts or calls)
    resident = (alert_subscribers.resident_for(redis, pseudonym)
                or alert_subscribers.resident_for(redis, alert_subscribers.member("voice", pseudonym)) or pseudonym)
    subscriptions = {k.decode(): _json_or_text(v) for k, v in redis.hgetall(keys.subscriber(resident)).items()}
    contacts = {c["channel"]: {"verified": bool(c.get("verified")), "since": iso(c.get("since"))}
                for c in alert_subscribers.contacts(redis, resident).values()}
    prefs = {k.decode(): v.decode() for k, v in redis.hgetall(keys.subscriber_prefs(resident)).items()}
    opted_out = redis.get(keys.opt_out(pseudonym))
    data = {
        "export": "subject access",
        "service": f"{svc.config['FORCE_NAME']}: {svc.config['PROGRAMME_NAME']}",
        "generated_at": iso(now),
        "pseudonym": pseudonym,
        "tips": found,
        "conversation": _json_or_text(redis.get(keys.conversation(pseudonym))),
        "alert_subscriptions": subscriptions,
        "alert_contacts": contacts,          # channel -> verified (the email address itself is sealed, never shown)
        "alert_preferences": prefs,
        "pending_alert_join": _json_or_text(redis.get(keys.pending_join(pseudonym))),
        "opt_out": {"opted_out": opted_out is not None, "word": opted_out.decode() if opted_out else None,
                    "history": _opt_out_history(redis, pseudonym)},
        "phone_number": _number(redis, pseudonym),
    }
    pipe = redis.pipeline(transaction=True)
    audit.record(pipe, "subject_access_export", officer=actor,
                 detail=f"{reason}; subject {pseudonym[:12]}; {len(found)} tips", at=now)
    pipe.execute()
    return data
