"""The case workflow of a tip, shared by the SMS commands and the staff console.

States and outcomes, and how they read, are bot.tipline.case_state.

Fields on the tip hash beyond those tips.write_tip writes: ``claimed_by``, ``claimed_name``,
``claimed_at``, ``assigned_by``, ``assigned_name``, ``assigned_at``, ``closed_by``, ``closed_name``,
``closed_at``, ``outcome``, ``duplicate_of``, ``reopened_at``, ``reopened_by``, ``reopened_name``,
``first_reply_at`` (the first officer relay), ``last_officer``, ``last_relay_at``, ``withdrawn``,
``linked_tip``. Internal notes (never sent) live in ``keys.tip_notes(tip_id)``; the tips
closed as duplicates of a tip in ``keys.tip_duplicates(tip_id)``.

Who acts is an ``Actor``: an officer texting commands or a staff member in the console,
with the key the tip records (``claimed_by`` ...: the officer's pseudonym, or
``staff:<staff ID>`` for a console account with no officer record), the name others
see, whether they are a supervisor, and how their audit entries are written (the
audit stream belongs to bot.officers, above this package: the caller hands it in).

Every change is a compare-and-set (WATCH the tip, and the record of the officer or
staff member holding it; decide; MULTI/EXEC the change with its audit entry), so an
SMS CLAIM and a console claim at the same moment never both win. A refusal changes
nothing and is audited as ``<action>_refused`` at once. The functions return a
``Result``: ``ok``, a ``code`` saying what happened, and ``message``, a sentence for
the person who asked (the SMS commands' wording, GSM-7, no number ever in it), in English
(the console's language and the audit log's); ``Result.text(lang)`` says it in another
language. Every such sentence, and the outcome labels, are catalog texts (``wf_*``,
``outcome_*`` in bot/locales/<lang>.json).

    claim(redis, tip_id, actor, now)
    assign(redis, tip_id, actor, assignee, now)                  # supervisors
    close(redis, tip_id, actor, now, outcome=None, duplicate_of=None)
    reopen(redis, tip_id, actor, now)                            # supervisors
    add_note(redis, tip_id, actor, text, now)
    notes(redis, tip_id) -> list[dict]
    duplicates(redis, tip_id) -> list[str]                       # tips closed as its duplicates

``also(pipe, tip)`` (optional, every change) adds more to the change's MULTI: e.g. the
text telling an officer a tip was assigned to them.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from bot.messaging import catalog
from bot.store import keys, transactions
from bot.tipline import tips
from bot.tipline.case_result import Result, result_for
from bot.tipline.case_state import OUTCOMES, outcome_codes_help, outcome_label, text_in

STAFF_PREFIX = "staff:"   # claimed_by/closed_by/... of a console account without an officer record
MAX_NOTE = 2000           # characters of an internal note
CAS_TRIES = 50            # compare-and-set attempts before giving up (each retry means the tip just changed)


@dataclass(frozen=True)
class Actor:
    """Who acts on a tip.

    Attributes:
        key: what the tip records as who acted (``claimed_by``, ``closed_by`` ...): an officer's
            pseudonym, or ``staff:<staff ID>`` for a console account without an officer record.
        name: how others see them ("PC Jones (4411)"), never a number.
        supervisor: may assign, reopen, take over a claimed tip and close others' tips.
        audit: ``audit(pipe, action, tip_id, detail, at)`` adds their audit entry to ``pipe``
            (bot.officers.audit.record with their officer dict).
    """
    key: str
    name: str
    supervisor: bool
    audit: Callable[[object, str, str, str, float], None]


@dataclass(frozen=True)
class Assignee:
    """Whom a supervisor assigns a tip to: ``key`` as Actor.key, ``name`` as others see them."""
    key: str
    name: str


Also = Callable[[object, dict], None] | None


# -- the compare-and-set ---------------------------------------------------------------
def holder_active(conn, key: str) -> bool:
    """Whether the officer (pseudonym) or console account (``staff:<id>``) ``key`` exists and
    is active. ``conn`` may be a pipeline in WATCH mode; the record is then watched too."""
    record = keys.staff(key[len(STAFF_PREFIX):]) if key.startswith(STAFF_PREFIX) else keys.officer(key)
    if hasattr(conn, "watch") and getattr(conn, "watching", False):
        conn.watch(record)
    active, name = conn.hmget(record, "active", "name")
    return name is not None and (active or b"1") not in (b"0", "0")


def _compare_and_set(redis, tip_id: str, actor: Actor, action: str, now: float, decide) -> Result:
    """Decide on the tip as it is now and commit the decision only if the tip, and the
    record of whoever holds it, did not change meanwhile (WATCH/MULTI); if they did,
    read again and decide again. ``decide(pipe, tip, holder_active)`` returns
    (Result, write(pipe) or None); ``tip`` is None if it does not exist. A refusal
    (no write) is audited as ``<action>_refused`` with the first sentence of its message."""
    def on_the_tip_as_it_is(pipe):
        tip = tips.load_tip(pipe, tip_id)
        holder = (tip or {}).get("claimed_by")
        active = holder_active(pipe, holder) if holder else False
        result, write = decide(pipe, tip, active)
        return write, result

    result, committed = transactions.watch_and_commit(redis, [keys.tip(tip_id)], on_the_tip_as_it_is,
                                                      tries=CAS_TRIES, what=tip_id)
    if committed:
        return result
    detail = result.message.split(".")[0][:80]
    if result.code == "held":
        detail = f"held by {(result.tip or {}).get('claimed_name') or 'another officer'}"
    actor.audit(redis, f"{action}_refused", tip_id, detail, now)
    return result


def _refuse(code: str, tip_id: str, name: str, tip: dict | None = None, /, **values):
    return result_for(False, code, tip_id, name, tip, "", tip_id=tip_id, **values), None


def _no_tip(tip_id: str):
    return _refuse("no_tip", tip_id, "wf_no_tip")


def _holder_name(tip: dict) -> str:
    return tip.get("claimed_name") or text_in(catalog.BASE, "wf_another_officer")


# -- the changes ---------------------------------------------------------------------------
def claim(redis, tip_id: str, actor: Actor, now: float, *, also: Also = None) -> Result:
    """Claim an open tip: only if unclaimed, held by an officer (or account) no longer
    active, or ``actor`` is a supervisor taking it over. The loser of a race is told who has it."""
    def decide(pipe, tip, active):
        if tip is None:
            return _no_tip(tip_id)
        if tip.get("status") == "closed":
            return _refuse("is_closed", tip_id, "wf_claim_closed", tip)
        holder = tip.get("claimed_by")
        if holder == actor.key:
            return _refuse("already_yours", tip_id, "wf_claim_yours", tip)
        if holder and active and not actor.supervisor:
            return _refuse("held", tip_id, "wf_claim_held", tip, name=tip.get("claimed_name") or None)
        previous = _holder_name(tip) if holder else ""

        def write(pipe):
            pipe.hset(keys.tip(tip_id), mapping={"claimed_by": actor.key, "claimed_name": actor.name,
                                                 "claimed_at": now, "updated_at": now})
            pipe.hdel(keys.tip(tip_id), "assigned_by", "assigned_name", "assigned_at")
            actor.audit(pipe, "claim", tip_id, f"from {previous}" if previous else "", now)
            if also:
                also(pipe, tip)
        if previous:
            return result_for(True, "claimed", tip_id, "wf_claimed_from", tip, previous, tip_id=tip_id,
                           name=tip.get("claimed_name") or None), write
        return result_for(True, "claimed", tip_id, "wf_claimed", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "claim", now, decide)


def assign(redis, tip_id: str, actor: Actor, assignee: Assignee, now: float, *, also: Also = None) -> Result:
    """A supervisor gives an open tip to an active officer or console account (who then holds
    it as if they had claimed it; ``assigned_by`` says who gave it)."""
    if not actor.supervisor:
        result = result_for(False, "not_supervisor", tip_id, "wf_assign_not_supervisor")
        actor.audit(redis, "assign_refused", tip_id, "not a supervisor", now)
        return result

    def decide(pipe, tip, active):
        if tip is None:
            return _no_tip(tip_id)
        if tip.get("status") == "closed":
            return _refuse("is_closed", tip_id, "wf_assign_closed", tip)
        if tip.get("claimed_by") == assignee.key:
            return _refuse("already_theirs", tip_id, "wf_assign_theirs", tip, name=assignee.name)
        if not holder_active(pipe, assignee.key):
            return _refuse("assignee_inactive", tip_id, "wf_assign_inactive", tip, name=assignee.name)
        previous = _holder_name(tip) if tip.get("claimed_by") else ""

        def write(pipe):
            pipe.hset(keys.tip(tip_id), mapping={
                "claimed_by": assignee.key, "claimed_name": assignee.name, "claimed_at": now,
                "assigned_by": actor.key, "assigned_name": actor.name, "assigned_at": now, "updated_at": now})
            actor.audit(pipe, "assign", tip_id,
                        f"to {assignee.name}" + (f" from {previous}" if previous else ""), now)
            if also:
                also(pipe, tip)
        if previous:
            return result_for(True, "assigned", tip_id, "wf_assigned_from", tip, previous, tip_id=tip_id,
                           name=assignee.name, previous=tip.get("claimed_name") or None), write
        return result_for(True, "assigned", tip_id, "wf_assigned", tip, tip_id=tip_id, name=assignee.name), write

    return _compare_and_set(redis, tip_id, actor, "assign", now, decide)


def close(redis, tip_id: str, actor: Actor, now: float, outcome: str | None = None,
          duplicate_of: str | None = None, *, also: Also = None) -> Result:
    """Close an open tip with an outcome (a code of OUTCOMES; None only for SMS ``CLOSE <tip>``,
    which records none). A duplicate names the tip it duplicates (an existing other tip).
    Only its holder or a supervisor closes a claimed tip (anyone, if the holder is no longer active)."""
    if outcome is not None and outcome not in OUTCOMES:
        result = result_for(False, "bad_outcome", tip_id, "wf_bad_outcome", codes=outcome_codes_help())
        actor.audit(redis, "close_refused", tip_id, "unknown outcome", now)
        return result
    duplicate_of = (duplicate_of or "").strip().upper() or None
    if outcome == "duplicate" and not duplicate_of:
        result = result_for(False, "bad_duplicate", tip_id, "wf_which_duplicate")
        actor.audit(redis, "close_refused", tip_id, "duplicate of no tip", now)
        return result
    if outcome != "duplicate":
        duplicate_of = None

    def decide(pipe, tip, active):
        if tip is None:
            return _no_tip(tip_id)
        if tip.get("status") == "closed":
            return _refuse("is_closed", tip_id, "wf_close_closed", tip)
        holder = tip.get("claimed_by")
        if holder and holder != actor.key and not actor.supervisor and active:
            return _refuse("held", tip_id, "wf_close_held", tip, name=tip.get("claimed_name") or None)
        if duplicate_of and (duplicate_of == tip_id or not pipe.exists(keys.tip(duplicate_of))):
            if duplicate_of == tip_id:
                return _refuse("bad_duplicate", tip_id, "wf_duplicate_itself", tip)
            return _refuse("bad_duplicate", tip_id, "wf_duplicate_missing", tip, other=duplicate_of)

        def write(pipe):
            fields = {"status": "closed", "closed_by": actor.key, "closed_name": actor.name, "closed_at": now,
                      "updated_at": now}
            if outcome:
                fields["outcome"] = outcome
            if duplicate_of:
                fields["duplicate_of"] = duplicate_of
            pipe.hset(keys.tip(tip_id), mapping=fields)
            if not outcome:
                pipe.hdel(keys.tip(tip_id), "outcome")
            if duplicate_of:
                pipe.sadd(keys.tip_duplicates(duplicate_of), tip_id)   # the other tip lists it
            else:
                pipe.hdel(keys.tip(tip_id), "duplicate_of")
            detail = (f"duplicate of {duplicate_of}" if duplicate_of else OUTCOMES[outcome].lower()) if outcome \
                else "no outcome"
            actor.audit(pipe, "close", tip_id, detail, now)
            if also:
                also(pipe, tip)
        if outcome:
            return result_for(True, "closed", tip_id, "wf_closed_as", tip, tip_id=tip_id, outcome_code=outcome,
                           duplicate_of=duplicate_of), write
        return result_for(True, "closed", tip_id, "wf_closed", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "close", now, decide)


def reopen(redis, tip_id: str, actor: Actor, now: float, *, also: Also = None) -> Result:
    """A supervisor opens a closed tip again: its outcome is cleared (the audit log keeps it),
    whoever held it still does, and relays can be sent on it again."""
    if not actor.supervisor:
        result = result_for(False, "not_supervisor", tip_id, "wf_reopen_not_supervisor")
        actor.audit(redis, "reopen_refused", tip_id, "not a supervisor", now)
        return result

    def decide(pipe, tip, active):
        if tip is None:
            return _no_tip(tip_id)
        if tip.get("status") != "closed":
            return _refuse("not_closed", tip_id, "wf_not_closed", tip)
        detail = outcome_label(tip) or "no outcome"   # for the audit log

        def write(pipe):
            pipe.hset(keys.tip(tip_id), mapping={"status": "open", "reopened_at": now, "reopened_by": actor.key,
                                                 "reopened_name": actor.name, "updated_at": now})
            pipe.hdel(keys.tip(tip_id), "outcome", "duplicate_of")
            if tip.get("duplicate_of"):
                pipe.srem(keys.tip_duplicates(tip["duplicate_of"]), tip_id)
            actor.audit(pipe, "reopen", tip_id, f"was closed: {detail}"[:80], now)
            if also:
                also(pipe, tip)
        return result_for(True, "reopened", tip_id, "wf_reopened", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "reopen", now, decide)


def add_note(redis, tip_id: str, actor: Actor, text: str, now: float) -> Result:
    """An internal note on a tip (open or closed): kept with the tip, shown to staff, never
    sent to anyone. Audited as ``note`` (its length, not its words)."""
    text = (text or "").strip()
    if not text:
        result = result_for(False, "empty", tip_id, "wf_note_empty")
    elif len(text) > MAX_NOTE:
        result = result_for(False, "too_long", tip_id, "wf_note_too_long", limit=MAX_NOTE, count=len(text))
    else:
        result = None
    if result is not None:
        actor.audit(redis, "note_refused", tip_id, result.message.split(".")[0][:80], now)
        return result
    note = json.dumps({"at": now, "by": actor.key, "name": actor.name, "text": text})

    def decide(pipe, tip, active):
        if tip is None:
            return _no_tip(tip_id)

        def write(pipe):
            pipe.rpush(keys.tip_notes(tip_id), note)
            pipe.hset(keys.tip(tip_id), "updated_at", now)
            actor.audit(pipe, "note", tip_id, f"{len(text)} chars", now)
        return result_for(True, "noted", tip_id, "wf_noted", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "note", now, decide)


def duplicates(redis, tip_id: str) -> list[str]:
    """The tips closed as duplicates of ``tip_id`` (``keys.tip_duplicates``), sorted."""
    return sorted(m.decode() for m in redis.smembers(keys.tip_duplicates(tip_id)))


def notes(redis, tip_id: str) -> list[dict]:
    """The tip's internal notes, oldest first: {at, by, name, text}."""
    return [json.loads(raw) for raw in redis.lrange(keys.tip_notes(tip_id), 0, -1)]
