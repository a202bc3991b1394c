"""Officer commands for tips and the relay: R/REPLY, TIPS, SHOW, CLAIM, CLOSE, ON, OFF, HELP.

Each takes (turn, officer, args) and returns the replies; state changes go into
``turn.writes`` (saved with the turn, together with their audit entry) and sends
into ``turn.after`` (queued after the save). The exception is a change other
officers contend for (CLAIM, CLOSE): it is a compare-and-set committed at once
(``_compare_and_set``), because its reply depends on who won and the turn's save
caches the reply in the same MULTI as its writes. Tip IDs are accepted loosely
(``t-7k2q``, ``T7K2Q``, ``t 7k2q``, ``7K2Q``, ``xwyw``): see ``parse_tip``.
"""
from __future__ import annotations

from redis.exceptions import WatchError

from bot.officers import audit, registry, relay
from bot.officers.commands import command, help_text
from bot.store import keys
from bot.tipline import summary, tips
from nlp.lexicon import common_words, short_words  # cached word lists the NLP pipeline loads anyway

MAX_TIPS_LISTED = 20
DEFAULT_TIPS_LISTED = 8
CAS_TRIES = 50      # compare-and-set attempts before giving up (each retry means the tip just changed)


def parse_tip(turn, args: str, *, words_ok: bool = True) -> tuple[str | None, str, str | None]:
    """(tip ID, rest of the text, None), or (None, args, why not) when the text does not
    start with a tip ID, from ``T-7K2Q which way ...``.

    The rule (README, "Officers"): every ID the bot hands out is read back in any case,
    with or without "T-", "T " or "T" (``tips.read_tip_id``). A first word with a
    hyphen after its T or with a digit in it is an ID even if no such tip exists ("No
    tip T-7K2R"). A word without a digit ("xwyw", "tzns") is an ID only if such a tip
    exists (one EXISTS round trip), so "R hello there" (H, E, L, L, O: L and O are never
    in an ID) and "R were you there" (no tip T-WERE) are not. With ``words_ok`` False
    (R/REPLY, whose rest goes to a member of the public) an English word ("R were you
    ...", "R thanks") is not read as an ID even if that tip exists: the officer is
    asked to write it with its T-.

    Returns:
        The ID, the text after it, and (when there is no ID) the sentence that says why,
        ready for the answer: "" when nothing useful can be said.
    """
    reading = tips.read_tip_id(args)
    if reading is None:
        return None, args, ""
    tip_id, both = tips.resolve_tip_id(turn.redis, reading)
    if both:
        return None, args, f"{reading.word} could be {' or '.join(both)}: write it with the hyphen."
    if tip_id is None:
        close = [] if _is_word(reading.word) else list(dict.fromkeys(
            found for candidate in reading.candidates for found in tips.close_tip_ids(turn.redis, candidate)))[:3]
        return None, args, (f"No tip {reading.candidates[0]}; did you mean {' or '.join(close)}?" if close else "")
    if not words_ok and not reading.certain and _is_word(reading.word):
        return None, args, f"{reading.word} is also a word: for tip {tip_id}, write it as {tip_id}."
    return tip_id, reading.rest, None


def _is_word(word: str) -> bool:
    w = word.lower()
    return w in short_words() or w in common_words()


def _find_tip(turn, officer: dict, args: str, usage: str, action: str,
              words_ok: bool = True) -> tuple[dict | None, str, list[str] | None]:
    """(tip, rest, None) or (None, rest, the answer explaining why not; audited as ``<action>_refused``)."""
    tip_id, rest, why = parse_tip(turn, args, words_ok=words_ok)
    if tip_id is None:
        example = f"{usage.split()[0]} T-7K2Q"
        problem = [" ".join(filter(None, ["Which tip?", why, f"Usage: {usage}, e.g. {example}"]))]
    elif (tip := tips.load_tip(turn.redis, tip_id)) is None:
        close = tips.close_tip_ids(turn.redis, tip_id)
        hint = f" Did you mean {' or '.join(close)}?" if close else ""
        problem = [f"No tip {tip_id}.{hint} Text TIPS for the latest tips."]
    else:
        return tip, rest, None
    _audited(turn, officer, f"{action}_refused", tip_id or "", detail=problem[0].split(".")[0][:80])
    return None, rest, problem


def _audited(turn, officer: dict, action: str, tip_id: str = "", detail: str = "", extra=None):
    def write(pipe):
        if extra:
            extra(pipe)
        audit.record(pipe, action, officer=officer, tip_id=tip_id, detail=detail, at=turn.now)
    turn.writes.append(write)


@command("R", "REPLY", usage="R <tip> <message>")
def reply(turn, officer: dict, args: str) -> list[str]:
    tip, text, problem = _find_tip(turn, officer, args, "R <tip> <message>", "reply", words_ok=False)
    if problem:
        return problem
    return relay.send_to_tipster(turn, officer, tip, text)


@command("TIPS", usage="TIPS")
def list_tips(turn, officer: dict, args: str) -> list[str]:
    limit = DEFAULT_TIPS_LISTED
    if args.strip():
        if not args.strip().isdigit():
            _audited(turn, officer, "tips_refused", detail="bad number")
            return [f"Usage: TIPS or TIPS <number up to {MAX_TIPS_LISTED}>."]
        limit = min(max(int(args.strip()), 1), MAX_TIPS_LISTED)
    ids = tips.recent_tip_ids(turn.redis, limit=limit * 5)
    pipe = turn.redis.pipeline(transaction=False)
    for tip_id in ids:
        pipe.exists(keys.tip(tip_id))
    found = [tip_id for tip_id, ok in zip(ids, pipe.execute()) if ok]
    lines = []
    for tip_id in found:
        tip = tips.load_tip(turn.redis, tip_id)
        if tip and tip.get("status", "open") != "closed":
            lines.append(summary.one_line(tip, turn.now))
        if len(lines) >= limit:
            break
    _audited(turn, officer, "tips", detail=f"{len(lines)} listed")
    if not lines:
        return ["No open tips."]
    return ["Open tips (newest first):\n" + "\n".join(lines) + "\nSHOW <tip> for details."]


@command("SHOW", usage="SHOW <tip>")
def show(turn, officer: dict, args: str) -> list[str]:
    tip, _, problem = _find_tip(turn, officer, args, "SHOW <tip>", "show")
    if problem:
        return problem
    thread = tips.load_thread(turn.redis, tip["id"], last=10)
    _audited(turn, officer, "show", tip["id"])
    return [summary.summary(tip, turn.now), summary.thread_text(tip["id"], thread, turn.now)]


def _compare_and_set(turn, tip_id: str, decide) -> list[str]:
    """Decide on the tip as it is now and commit the decision only if the tip, and the
    record of the officer holding it, did not change meanwhile (WATCH/MULTI); if they
    did, read again and decide again. ``decide(tip, holder_active)`` returns
    (write(pipe) or None, replies); ``tip`` is None if it no longer exists.

    This commits at once, not in the turn's save: the reply depends on who won, and
    the turn's MULTI caches its reply before it runs. The audit entry of a change is
    in the same MULTI as the change."""
    with turn.redis.pipeline(transaction=True) as pipe:
        for _ in range(CAS_TRIES):
            try:
                pipe.watch(keys.tip(tip_id))
                tip = tips.load_tip(pipe, tip_id)
                holder = (tip or {}).get("claimed_by")
                holder_active = False
                if holder:
                    pipe.watch(keys.officer(holder))
                    record = registry.load(pipe, holder)
                    holder_active = bool(record and record["active"])
                write, replies = decide(tip, holder_active)
                if write is None:
                    pipe.unwatch()
                    return replies
                pipe.multi()
                write(pipe)
                pipe.execute()
                return replies
            except WatchError:
                continue
    raise RuntimeError(f"{tip_id} kept changing: gave up after {CAS_TRIES} tries")


def _refused(turn, officer: dict, action: str, tip_id: str, replies: list[str], detail: str = ""):
    """A refusal changes nothing but is audited (with the turn's save)."""
    _audited(turn, officer, action, tip_id, detail=detail or replies[0].split(".")[0][:80])
    return None, replies


@command("CLAIM", usage="CLAIM <tip>")
def claim(turn, officer: dict, args: str) -> list[str]:
    """Only if unclaimed, claimed by an officer no longer active, or the claimer is a
    supervisor reassigning it; the loser of a race is told who has it."""
    tip, _, problem = _find_tip(turn, officer, args, "CLAIM <tip>", "claim")
    if problem:
        return problem
    tip_id, me = tip["id"], officer["pseudonym"]
    name = registry.display_name(officer)

    def decide(tip, holder_active):
        if tip is None:
            return None, [f"No tip {tip_id}. Text TIPS for the latest tips."]
        if tip.get("status") == "closed":
            return _refused(turn, officer, "claim_refused", tip_id, [f"{tip_id} is closed and cannot be claimed."])
        holder, holder_name = tip.get("claimed_by"), tip.get("claimed_name") or "another officer"
        if holder == me:
            return _refused(turn, officer, "claim_refused", tip_id, [f"You have already claimed {tip_id}."])
        if holder and holder_active and officer["role"] != "supervisor":
            return _refused(turn, officer, "claim_refused", tip_id,
                            [f"{tip_id} is already claimed by {holder_name}. A supervisor can reassign it."],
                            detail=f"held by {holder_name}")
        taken_from = f" (from {holder_name})" if holder else ""

        def write(pipe):
            pipe.hset(keys.tip(tip_id), mapping={"claimed_by": me, "claimed_name": name, "claimed_at": turn.now})
            audit.record(pipe, "claim", officer=officer, tip_id=tip_id, detail=f"from {holder_name}" if holder else "",
                         at=turn.now)
        return write, [f"You have claimed {tip_id}{taken_from}. Tipster replies now come to you. "
                       f"R {tip_id} <message> to write."]

    return _compare_and_set(turn, tip_id, decide)


@command("CLOSE", usage="CLOSE <tip>")
def close(turn, officer: dict, args: str) -> list[str]:
    """Only the claimer or a supervisor closes a claimed tip (anyone, if the claimer is
    no longer active)."""
    tip, _, problem = _find_tip(turn, officer, args, "CLOSE <tip>", "close")
    if problem:
        return problem
    tip_id, me = tip["id"], officer["pseudonym"]

    def decide(tip, holder_active):
        if tip is None:
            return None, [f"No tip {tip_id}. Text TIPS for the latest tips."]
        if tip.get("status") == "closed":
            return _refused(turn, officer, "close_refused", tip_id, [f"{tip_id} is already closed."])
        holder = tip.get("claimed_by")
        if holder and holder != me and officer["role"] != "supervisor" and holder_active:
            return _refused(turn, officer, "close_refused", tip_id,
                            [f"{tip_id} is claimed by {tip.get('claimed_name') or 'another officer'}; "
                             "only they or a supervisor can close it."])

        def write(pipe):
            pipe.hset(keys.tip(tip_id), mapping={"status": "closed", "closed_by": me, "closed_at": turn.now,
                                                 "updated_at": turn.now})
            audit.record(pipe, "close", officer=officer, tip_id=tip_id, at=turn.now)
        return write, [f"{tip_id} closed. No more relay messages can be sent on it."]

    return _compare_and_set(turn, tip_id, decide)


def _duty(turn, officer: dict, on: bool) -> list[str]:
    if officer["on_duty"] == on:
        _audited(turn, officer, "duty_on" if on else "duty_off", detail="no change")
        return [f"You are already {'on' if on else 'off'} duty."]
    _audited(turn, officer, "duty_on" if on else "duty_off",
             extra=lambda pipe: registry.set_duty(pipe, officer["pseudonym"], on))
    if on:
        every = turn.config["NOTIFY_ALL_TIPS_TO_DUTY"]
        return ["You are on duty: new urgent tips" + (" and every new tip" if every else "")
                + " will be texted to you. OFF to stop."]
    return ["You are off duty: no more tip notifications. ON to start again."]


@command("ON", usage="ON/OFF (duty)")
def duty_on(turn, officer: dict, args: str) -> list[str]:
    return _duty(turn, officer, True)


@command("OFF", usage="")
def duty_off(turn, officer: dict, args: str) -> list[str]:
    return _duty(turn, officer, False)


@command("HELP", usage="")
def officer_help(turn, officer: dict, args: str) -> list[str]:
    # Only "HELP <words>" gets here: a bare HELP/INFO is answered by bot.web.compliance
    # (via help_for), and CMDS, ? and unknown words by bot.officers.commands.handle.
    return [help_text(officer, pin_required=turn.config["OFFICER_PIN_REQUIRED"])]
