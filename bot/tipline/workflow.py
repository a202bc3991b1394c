"""The case workflow of a tip, shared by the SMS commands and the staff console.

States (derived from the tip hash, bot.tipline.tips):

- new:       ``status`` open, no ``claimed_by``
- claimed:   ``status`` open, ``claimed_by`` set (by the officer, or ``assigned_by`` a supervisor)
- closed:    ``status`` closed, with an ``outcome`` (one of OUTCOMES; ``duplicate_of`` for a duplicate;
             a tip closed by ``CLOSE T-7K2Q`` without one has none)
- reopened:  ``status`` open again, ``reopened_at``/``reopened_by`` set (then new or claimed as above)

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
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.messaging import catalog
from bot.store import keys, transactions
from bot.tipline import tips

# Outcome code -> how it reads on a page, in an export and on an officer's phone.
OUTCOMES = {code: catalog.text(catalog.BASE, f"outcome_{code}") for code in (
    "arrest", "charge", "property_recovered", "intelligence_logged", "no_further_action", "unfounded", "duplicate")}
# What an officer may text after CLOSE <tip> (letters and digits only, any case): the
# short code first (it is what the help shows), then what else is understood.
OUTCOME_WORDS = {
    "arrest": ("ARREST", "ARR", "ARRESTED"),
    "charge": ("CHARGE", "CHG", "CHARGED"),
    "property_recovered": ("RECOVERED", "REC", "PROPERTY", "PROPERTYRECOVERED"),
    "intelligence_logged": ("INTEL", "INT", "INTELLIGENCE", "INTELLIGENCELOGGED", "LOGGED"),
    "no_further_action": ("NFA", "NOFURTHERACTION"),
    "unfounded": ("UNFOUNDED", "UNF"),
    "duplicate": ("DUP", "DUPE", "DUPLICATE"),
}
_WORD_TO_OUTCOME = {word: code for code, words in OUTCOME_WORDS.items()
                    for word in (*words, code.upper().replace("_", ""))}

STAFF_PREFIX = "staff:"   # claimed_by/closed_by/... of a console account without an officer record
MAX_NOTE = 2000           # characters of an internal note
CAS_TRIES = 50            # compare-and-set attempts before giving up (each retry means the tip just changed)


def parse_outcome(word: str) -> str | None:
    """The outcome code for what an officer typed ("nfa", "No further action", "arrest"), or None."""
    return _WORD_TO_OUTCOME.get(re.sub(r"[^A-Z0-9]", "", (word or "").upper()))


def outcome_codes_help() -> str:
    """``ARREST, CHARGE, RECOVERED, INTEL, NFA, UNFOUNDED, DUP <tip>``: the short codes, for help texts."""
    return ", ".join(f"{words[0]} <tip>" if code == "duplicate" else words[0] for code, words in OUTCOME_WORDS.items())


def state_of(tip: dict) -> str:
    """new | claimed | closed (a reopened tip is new or claimed again)."""
    if tip.get("status") == "closed":
        return "closed"
    return "claimed" if tip.get("claimed_by") else "new"


def _t(lang: str | None, name: str, /, **values) -> str:
    return catalog.text(lang or catalog.BASE, name, **values)


def outcome_label(tip: dict, lang: str | None = None) -> str:
    """"No further action", "Duplicate of T-8ABC", or "" (none recorded); in ``lang`` (default English)."""
    outcome = tip.get("outcome") or ""
    if outcome == "duplicate" and tip.get("duplicate_of"):
        return _t(lang, "outcome_duplicate_of", tip_id=tip["duplicate_of"])
    return _t(lang, f"outcome_{outcome}") if outcome in OUTCOMES else ""


def describe_state(tip: dict, lang: str | None = None) -> str:
    """One line for a page: "New (not claimed)", "Claimed by PC Jones (4411)", "Assigned to PC Jones
    (4411) by Sgt Lee (S1)", "Closed: No further action", "Closed (no outcome recorded)", and for a
    reopened tip that is open "Reopened by Sgt Lee (S1): claimed by PC Jones (4411)"."""
    state = state_of(tip)
    if state == "closed":
        label = outcome_label(tip, lang)
        return _t(lang, "wf_state_closed", outcome=label) if label else _t(lang, "wf_state_closed_none")
    officer = tip.get("claimed_name") or _t(lang, "wf_an_officer")
    supervisor = tip.get("assigned_name") or _t(lang, "wf_a_supervisor")
    if state == "new":
        text = _t(lang, "wf_state_new")
    elif tip.get("assigned_by"):
        text = _t(lang, "wf_state_assigned", name=officer, by=supervisor)
    else:
        text = _t(lang, "wf_state_claimed", name=officer)
    if tip.get("reopened_at"):
        return _t(lang, "wf_state_reopened", by=tip.get("reopened_name") or _t(lang, "wf_a_supervisor"), state=text)
    return text[0].upper() + text[1:]


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


@dataclass(frozen=True)
class Result:
    """What a workflow call did.

    Attributes:
        ok: the change was made.
        code: ``claimed``, ``assigned``, ``closed``, ``reopened``, ``noted``; or why not:
            ``no_tip``, ``is_closed``, ``not_closed``, ``already_yours``, ``held``, ``not_supervisor``,
            ``already_theirs``, ``assignee_inactive``, ``bad_outcome``, ``bad_duplicate``, ``empty``,
            ``too_long``.
        message: a sentence for whoever asked, in English (GSM-7; the console shows it, the
            audit log keeps its first sentence); ``text(lang)`` is the same in ``lang``.
        tip: the tip as read when the decision was made (None: no such tip).
        previous: the name of the officer it was taken from (claim, assign), else "".
        name, values: the catalog text ``message`` is and its placeholders' values (a value
            None is "another officer" in the reader's language).
    """
    ok: bool
    code: str
    tip_id: str
    message: str
    tip: dict | None = None
    previous: str = ""
    name: str = ""
    values: dict = field(default_factory=dict, compare=False)

    def text(self, lang: str | None, default: str = catalog.BASE) -> str:
        """The message in ``lang`` (else ``default``, else English)."""
        if not self.name:
            return self.message
        return catalog.text(lang or default, self.name, default, **_filled(lang or default, self.values))


def _filled(lang: str, values: dict) -> dict:
    out = {k: (_t(lang, "wf_another_officer") if v is None else v) for k, v in values.items()}
    if out.get("outcome_code") is not None:   # an outcome label said in the reader's language
        code, dup = out.pop("outcome_code"), out.pop("duplicate_of", None)
        out["label"] = outcome_label({"outcome": code, "duplicate_of": dup}, lang)
    return out


def _result(ok: bool, code: str, tip_id: str, name: str, tip: dict | None = None, previous: str = "", /,
            **values) -> Result:
    """A Result whose message is catalog text ``name`` (English), ``values`` kept for ``Result.text``."""
    return Result(ok, code, tip_id, catalog.text(catalog.BASE, name, **_filled(catalog.BASE, values)), tip,
                  previous, name, values)


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
    return _result(False, code, tip_id, name, tip, "", tip_id=tip_id, **values), None


def _no_tip(tip_id: str):
    return _refuse("no_tip", tip_id, "wf_no_tip")


def _holder_name(tip: dict) -> str:
    return tip.get("claimed_name") or _t(catalog.BASE, "wf_another_officer")


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
            return _result(True, "claimed", tip_id, "wf_claimed_from", tip, previous, tip_id=tip_id,
                           name=tip.get("claimed_name") or None), write
        return _result(True, "claimed", tip_id, "wf_claimed", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "claim", now, decide)


def assign(redis, tip_id: str, actor: Actor, assignee: Assignee, now: float, *, also: Also = None) -> Result:
    """A supervisor gives an open tip to an active officer or console account (who then holds
    it as if they had claimed it; ``assigned_by`` says who gave it)."""
    if not actor.supervisor:
        result = _result(False, "not_supervisor", tip_id, "wf_assign_not_supervisor")
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
            return _result(True, "assigned", tip_id, "wf_assigned_from", tip, previous, tip_id=tip_id,
                           name=assignee.name, previous=tip.get("claimed_name") or None), write
        return _result(True, "assigned", tip_id, "wf_assigned", tip, tip_id=tip_id, name=assignee.name), write

    return _compare_and_set(redis, tip_id, actor, "assign", now, decide)


def close(redis, tip_id: str, actor: Actor, now: float, outcome: str | None = None,
          duplicate_of: str | None = None, *, also: Also = None) -> Result:
    """Close an open tip with an outcome (a code of OUTCOMES; None only for SMS ``CLOSE <tip>``,
    which records none). A duplicate names the tip it duplicates (an existing other tip).
    Only its holder or a supervisor closes a claimed tip (anyone, if the holder is no longer active)."""
    if outcome is not None and outcome not in OUTCOMES:
        result = _result(False, "bad_outcome", tip_id, "wf_bad_outcome", codes=outcome_codes_help())
        actor.audit(redis, "close_refused", tip_id, "unknown outcome", now)
        return result
    duplicate_of = (duplicate_of or "").strip().upper() or None
    if outcome == "duplicate" and not duplicate_of:
        result = _result(False, "bad_duplicate", tip_id, "wf_which_duplicate")
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
            return _result(True, "closed", tip_id, "wf_closed_as", tip, tip_id=tip_id, outcome_code=outcome,
                           duplicate_of=duplicate_of), write
        return _result(True, "closed", tip_id, "wf_closed", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "close", now, decide)


def reopen(redis, tip_id: str, actor: Actor, now: float, *, also: Also = None) -> Result:
    """A supervisor opens a closed tip again: its outcome is cleared (the audit log keeps it),
    whoever held it still does, and relays can be sent on it again."""
    if not actor.supervisor:
        result = _result(False, "not_supervisor", tip_id, "wf_reopen_not_supervisor")
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
        return _result(True, "reopened", tip_id, "wf_reopened", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "reopen", now, decide)


def add_note(redis, tip_id: str, actor: Actor, text: str, now: float) -> Result:
    """An internal note on a tip (open or closed): kept with the tip, shown to staff, never
    sent to anyone. Audited as ``note`` (its length, not its words)."""
    text = (text or "").strip()
    if not text:
        result = _result(False, "empty", tip_id, "wf_note_empty")
    elif len(text) > MAX_NOTE:
        result = _result(False, "too_long", tip_id, "wf_note_too_long", limit=MAX_NOTE, count=len(text))
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
        return _result(True, "noted", tip_id, "wf_noted", tip, tip_id=tip_id), write

    return _compare_and_set(redis, tip_id, actor, "note", now, decide)


def duplicates(redis, tip_id: str) -> list[str]:
    """The tips closed as duplicates of ``tip_id`` (``keys.tip_duplicates``), sorted."""
    return sorted(m.decode() for m in redis.smembers(keys.tip_duplicates(tip_id)))


def notes(redis, tip_id: str) -> list[dict]:
    """The tip's internal notes, oldest first: {at, by, name, text}."""
    return [json.loads(raw) for raw in redis.lrange(keys.tip_notes(tip_id), 0, -1)]
