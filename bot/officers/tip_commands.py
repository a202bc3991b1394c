"""Officer commands for tips and the relay: R/REPLY, TIPS, SHOW, CLAIM, CLOSE, REOPEN, ASSIGN,
ON, OFF, HELP.

Each takes (turn, officer, args) and returns the replies; state changes go into
``turn.writes`` (saved with the turn, together with their audit entry) and sends
into ``turn.after`` (queued after the save). The exception is a change other
officers contend for (CLAIM, CLOSE, REOPEN, ASSIGN): it is a compare-and-set committed
at once, because its reply depends on who won and the turn's save caches the reply in
the same MULTI as its writes. Those are bot.tipline.workflow's functions, the ones the
staff console calls too, so a console claim and an SMS CLAIM race fairly.

``CLOSE T-7K2Q NFA`` records an outcome (short codes in workflow.OUTCOME_WORDS;
``DUP T-8ABC`` for a duplicate; ``CLOSE T-7K2Q`` alone still closes without one).
REOPEN and ASSIGN (by badge) are for supervisors; they are left out of the command
list (it must fit two texts) and explained by ``HELP CLOSE``/``HELP ASSIGN``/``HELP REOPEN``.

Tip IDs are accepted loosely (``t-7k2q``, ``T7K2Q``, ``t 7k2q``, ``7K2Q``, ``xwyw``): see ``parse_tip``.
"""
from __future__ import annotations

from bot.messaging import catalog, outbound, queues
from bot.messaging.segments import gsm7_letters
from bot.officers import audit, duty, quick_replies, registry, relay
from bot.officers.commands import command, help_text
from bot.privacy.redact import SafeText
from bot.store import keys
from bot.tipline import summary, tips, workflow
from nlp.lexicon import common_words, short_words  # cached word lists the NLP pipeline loads anyway

MAX_TIPS_LISTED = 20
DEFAULT_TIPS_LISTED = 8


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


@command("QUICK", usage="")   # in the command list as R's "#n", which QUICK explains
def quick(turn, officer: dict, args: str) -> list[str]:
    """The quick replies, numbered, in the officer's language: ``R <tip> #n`` sends one."""
    cfg = turn.config
    mine = officer.get("lang") or cfg["DEFAULT_LANGUAGE"]
    _audited(turn, officer, "quick")
    listing = quick_replies.listing(mine, cfg["DEFAULT_LANGUAGE"], turn.texts_ctx())
    return [gsm7_letters(catalog.text(mine, "officer_quick_list", cfg["DEFAULT_LANGUAGE"], listing=listing))]


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
    head = summary.summary(tip, turn.now)
    lang = relay.tipster_language(turn.services, tip)
    head += "\n" + gsm7_letters(catalog.text(officer.get("lang") or turn.config["DEFAULT_LANGUAGE"], "officer_show_language",
                                        turn.config["DEFAULT_LANGUAGE"], language=catalog.name_of(lang), code=lang))
    if workflow.state_of(tip) == "closed" or tip.get("assigned_by") or tip.get("reopened_at"):
        head += "\n" + gsm7_letters(workflow.describe_state(tip))[:200]    # the outcome, who assigned or reopened it
    return [head, summary.thread_text(tip["id"], thread, turn.now)]


def _no_tip(tip_id: str) -> list[str]:
    return [f"No tip {tip_id}. Text TIPS for the latest tips."]


def _reopen_hint(officer: dict, result: workflow.Result) -> str:
    return f" REOPEN {result.tip_id} to open it again." if (
        result.code == "is_closed" and officer.get("role") == "supervisor") else ""


@command("CLAIM", usage="CLAIM <tip>")
def claim(turn, officer: dict, args: str) -> list[str]:
    """Only if unclaimed, claimed by an officer no longer active, or the claimer is a
    supervisor reassigning it; the loser of a race is told who has it (workflow.claim:
    the same compare-and-set as the console's Claim button)."""
    tip, _, problem = _find_tip(turn, officer, args, "CLAIM <tip>", "claim")
    if problem:
        return problem
    result = workflow.claim(turn.redis, tip["id"], relay.officer_actor(officer), turn.now)
    if result.code == "no_tip":
        return _no_tip(tip["id"])
    if not result.ok:
        return [result.message + _reopen_hint(officer, result)]
    return [f"{result.message[:-1]}. Tipster replies now come to you. R {result.tip_id} <message> to write."]


_UNKNOWN_OUTCOME = "Outcomes: {codes}. e.g. CLOSE {tip} NFA"


def _read_outcome(turn, tip_id: str, rest: str) -> tuple[str | None, str | None, str | None]:
    """(outcome, duplicate_of, None) from what follows ``CLOSE <tip>``, or (None, None, why not).
    Nothing: (None, None, None), closed without an outcome as before outcomes existed."""
    words = rest.split()
    if not words:
        return None, None, None
    outcome, used = workflow.parse_outcome(words[0]), 1
    if outcome is None and workflow.parse_outcome("".join(words)):   # "no further action"
        outcome, used = workflow.parse_outcome("".join(words)), len(words)
    codes = workflow.outcome_codes_help()
    if outcome is None:
        word = words[0].upper()
        shown = f" {word}" if word.isalpha() and len(word) <= 12 else ""   # never echo digits (a number?)
        return None, None, f"Unknown outcome{shown}. " + _UNKNOWN_OUTCOME.format(codes=codes, tip=tip_id)
    if outcome != "duplicate":
        return outcome, None, None
    reading = tips.read_tip_id(" ".join(words[used:]))
    other, _ = tips.resolve_tip_id(turn.redis, reading) if reading else (None, [])
    if other is None:
        return None, None, f"Which tip does it duplicate? e.g. CLOSE {tip_id} DUP T-8ABC"
    return outcome, other, None


@command("CLOSE", usage="CLOSE <tip> [outcome]")
def close(turn, officer: dict, args: str) -> list[str]:
    """``CLOSE T-7K2Q [outcome]``: outcome codes ARREST, CHARGE, RECOVERED, INTEL, NFA,
    UNFOUNDED, DUP <tip> (workflow.OUTCOME_WORDS; none: closed without an outcome). Only the
    claimer or a supervisor closes a claimed tip (anyone, if the claimer is no longer active)."""
    tip, rest, problem = _find_tip(turn, officer, args, "CLOSE <tip> [outcome]", "close")
    if problem:
        return problem
    outcome, duplicate_of, why = _read_outcome(turn, tip["id"], rest)
    if why:
        _audited(turn, officer, "close_refused", tip["id"], detail=why.split(".")[0][:80])
        return [why]
    result = workflow.close(turn.redis, tip["id"], relay.officer_actor(officer), turn.now, outcome, duplicate_of)
    if result.code == "no_tip":
        return _no_tip(tip["id"])
    if not result.ok:
        return [result.message + _reopen_hint(officer, result)]
    return [f"{result.message[:-1]}. No more relay messages can be sent on it."]


@command("REOPEN", usage="")
def reopen(turn, officer: dict, args: str) -> list[str]:
    """``REOPEN T-7K2Q``: supervisors only; the outcome is cleared, relays can be sent again."""
    tip, _, problem = _find_tip(turn, officer, args, "REOPEN <tip>", "reopen")
    if problem:
        return problem
    result = workflow.reopen(turn.redis, tip["id"], relay.officer_actor(officer), turn.now)
    if result.code == "no_tip":
        return _no_tip(tip["id"])
    if not result.ok:
        return [result.message]
    return [f"{result.tip_id} reopened. Relay messages can be sent on it again."]


def notify_assignee(services, assignee: dict | None, by: workflow.Actor, now: float, after: list):
    """The ``also`` of workflow.assign: text the officer a tip was assigned to (their registry
    record; None, or the supervisor themself: nobody is texted), in the assignment's MULTI.
    ``after``: run its items once the MULTI has committed (in-process queues, RQ_SYNC)."""
    if assignee is None or assignee["pseudonym"] == by.key or not assignee.get("active", True):
        return None

    def also(pipe, tip: dict) -> None:
        heading = SafeText.compose(gsm7_letters(f"{by.name} assigned you tip"), SafeText.staff(by.name))
        body = duty.notification(tip, heading)
        p = assignee["pseudonym"]
        outbound.queue_text(services, p, body, keys.assign_send(tip["id"], now, p), kind="assigned",
                            label=registry.display_name(assignee), queue=queues.TEXTS, pipeline=pipe,
                            after_save=after)
    return also


@command("ASSIGN", usage="")
def assign(turn, officer: dict, args: str) -> list[str]:
    """``ASSIGN T-7K2Q 4411``: a supervisor gives a tip to the active officer with that badge,
    who is texted about it."""
    tip, rest, problem = _find_tip(turn, officer, args, "ASSIGN <tip> <badge>", "assign")
    if problem:
        return problem
    actor, badge = relay.officer_actor(officer), rest.strip()
    if not actor.supervisor:
        _audited(turn, officer, "assign_refused", tip["id"], detail="not a supervisor")
        return ["Only a supervisor can assign a tip."]
    found = [o for o in registry.list_all(turn.redis) if o["active"] and badge
             and o["badge"].strip().upper() == badge.upper()]
    if len(found) != 1:
        shown = badge if len(badge) <= 12 and " " not in badge else ""
        why = (f"Usage: ASSIGN {tip['id']} <badge>, e.g. ASSIGN {tip['id']} 4411" if not badge
               else f"No active officer has badge {shown}." if not found and shown
               else "No active officer has that badge." if not found
               else f"{len(found)} officers have badge {shown or 'that'}: ask an admin to fix it.")
        _audited(turn, officer, "assign_refused", tip["id"], detail=why.split(".")[0][:80])
        return [why]
    who = found[0]
    after: list = []
    result = workflow.assign(turn.redis, tip["id"], actor,
                             workflow.Assignee(who["pseudonym"], registry.display_name(who)), turn.now,
                             also=notify_assignee(turn.services, who, actor, turn.now, after))
    for action in after:
        action()
    if result.code == "no_tip":
        return _no_tip(tip["id"])
    if not result.ok:
        return [result.message]
    told = " They have been texted." if who["pseudonym"] != actor.key else ""
    return [result.message + told]


_DETAIL_HELP = {
    "CLOSE": lambda: (f"CLOSE <tip> [outcome]. Outcomes: {workflow.outcome_codes_help()}. "
                      "e.g. CLOSE T-7K2Q NFA"),
    "REOPEN": lambda: "REOPEN <tip> (supervisors): open a closed tip again.",
    "ASSIGN": lambda: "ASSIGN <tip> <badge> (supervisors): give a tip to that officer; they are texted.",
}


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
    # HELP CLOSE / REOPEN / ASSIGN: that command in detail (the outcome codes).
    detail = _DETAIL_HELP.get(args.strip().split()[0].upper() if args.strip() else "")
    if detail:
        return [detail()]
    return [help_text(officer, pin_required=turn.config["OFFICER_PIN_REQUIRED"])]
