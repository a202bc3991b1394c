"""Officer commands for tips and the relay: R/REPLY, QUICK, TIPS, SHOW, CLAIM, CLOSE, REOPEN,
ASSIGN, and duty (ON, OFF). HELP <command> and LANG are bot.officers.help_commands.

Each takes (turn, officer, args) and returns the replies; state changes go into
``turn.writes`` (saved with the turn, together with their audit entry) and sends
into ``turn.after`` (queued after the save). The exception is a change other
officers contend for (CLAIM, CLOSE, REOPEN, ASSIGN): it is a compare-and-set committed
at once, because its reply depends on who won and the turn's save caches the reply in
the same MULTI as its writes. Those are bot.tipline.workflow's functions, the ones the
staff console calls too, so a console claim and an SMS CLAIM race fairly.

``CLOSE T-7K2Q NFA`` records an outcome (short codes in case_state.OUTCOME_WORDS;
``DUP T-8ABC`` for a duplicate; ``CLOSE T-7K2Q`` alone still closes without one).
REOPEN and ASSIGN (by badge) are for supervisors; they are left out of the command
list (it must fit two texts) and explained by ``HELP CLOSE``/``HELP ASSIGN``/``HELP REOPEN``.

Tip IDs are accepted loosely (``t-7k2q``, ``T7K2Q``, ``t 7k2q``, ``7K2Q``, ``xwyw``): see ``parse_tip``.

Every answer is a catalog text in the officer's language (``commands.say``); what goes to the
audit log is the English one (``_en``), so the log reads the same whoever asked.
"""
from __future__ import annotations

from bot.messaging import catalog, outbound, queues
from bot.messaging.segments import gsm7_letters
from bot.officers import duty, quick_replies, registry, relay
from bot.officers.commands import audited, command, language_of, say, usage_of
from bot.privacy.redact import SafeText
from bot.store import keys
from bot.tipline import case_result, case_state, summary, tips, workflow
from nlp.lexicon import common_words, short_words  # cached word lists the NLP pipeline loads anyway

MAX_TIPS_LISTED = 20
DEFAULT_TIPS_LISTED = 8


def _en(name: str, **values) -> str:
    """Catalog text ``name`` in English: for the audit log."""
    return catalog.text(catalog.BASE, name, **values)


def _either(turn, officer: dict | None, ids) -> str:
    """"T-7K2Q or T-7K2R" in the officer's language."""
    return say(turn.config, officer, "officer_or").join(ids)


def parse_tip(turn, args: str, *, words_ok: bool = True,
              officer: dict | None = None) -> tuple[str | None, str, str | None]:
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
        ready for the answer (in ``officer``'s language): "" when nothing useful can be said.
    """
    reading = tips.read_tip_id(args)
    if reading is None:
        return None, args, ""
    tip_id, both = tips.resolve_tip_id(turn.redis, reading)
    if both:
        return None, args, say(turn.config, officer, "officer_tip_ambiguous", word=reading.word,
                               either=_either(turn, officer, both))
    if tip_id is None:
        close = [] if _is_word(reading.word) else list(dict.fromkeys(
            found for candidate in reading.candidates for found in tips.close_tip_ids(turn.redis, candidate)))[:3]
        return None, args, (say(turn.config, officer, "officer_tip_did_you_mean", tip_id=reading.candidates[0],
                                either=_either(turn, officer, close)) if close else "")
    if not words_ok and not reading.certain and _is_word(reading.word):
        return None, args, say(turn.config, officer, "officer_tip_is_a_word", word=reading.word, tip_id=tip_id)
    return tip_id, reading.rest, None


def _is_word(word: str) -> bool:
    w = word.lower()
    return w in short_words() or w in common_words()


def _find_tip(turn, officer: dict, args: str, word: str, action: str,
              words_ok: bool = True) -> tuple[dict | None, str, list[str] | None]:
    """(tip, rest, None) or (None, rest, the answer explaining why not; audited as ``<action>_refused``).
    ``word``: the command, whose ``usage_<word>`` the answer quotes."""
    tip_id, rest, why = parse_tip(turn, args, words_ok=words_ok, officer=officer)
    if tip_id is None:
        usage = usage_of(language_of(turn.config, officer), word, turn.config["DEFAULT_LANGUAGE"])
        example = f"{word} T-7K2Q"
        problem = [" ".join(filter(None, [say(turn.config, officer, "officer_which_tip"), why,
                                          say(turn.config, officer, "officer_usage", usage=usage,
                                              example=example)]))]
        detail = _en("officer_which_tip")
    elif (tip := tips.load_tip(turn.redis, tip_id)) is None:
        close = tips.close_tip_ids(turn.redis, tip_id)
        problem = [say(turn.config, officer, "officer_no_tip_hint", tip_id=tip_id, either=_either(turn, officer, close))
                   if close else say(turn.config, officer, "officer_no_tip", tip_id=tip_id)]
        detail = _en("wf_no_tip", tip_id=tip_id)
    else:
        return tip, rest, None
    audited(turn, officer, f"{action}_refused", tip_id or "", detail=detail.split(".")[0][:80])
    return None, rest, problem



@command("R", "REPLY", usage="R <tip> <message>")
def reply(turn, officer: dict, args: str) -> list[str]:
    tip, text, problem = _find_tip(turn, officer, args, "R", "reply", words_ok=False)
    if problem:
        return problem
    return relay.send_to_tipster(turn, officer, tip, text)


@command("QUICK", usage="")   # in the command list as R's "#n", which QUICK explains
def quick(turn, officer: dict, args: str) -> list[str]:
    """The quick replies, numbered, in the officer's language: ``R <tip> #n`` sends one."""
    cfg = turn.config
    mine = language_of(cfg, officer)
    audited(turn, officer, "quick")
    listing = quick_replies.listing(mine, cfg["DEFAULT_LANGUAGE"], turn.texts_ctx())
    return [gsm7_letters(catalog.text(mine, "officer_quick_list", cfg["DEFAULT_LANGUAGE"], listing=listing))]


@command("TIPS", usage="TIPS")
def list_tips(turn, officer: dict, args: str) -> list[str]:
    limit = DEFAULT_TIPS_LISTED
    if args.strip():
        if not args.strip().isdigit():
            audited(turn, officer, "tips_refused", detail="bad number")
            return [say(turn.config, officer, "officer_tips_usage", n=MAX_TIPS_LISTED)]
        limit = min(max(int(args.strip()), 1), MAX_TIPS_LISTED)
    ids = tips.recent_tip_ids(turn.redis, limit=limit * 5)
    pipe = turn.redis.pipeline(transaction=False)
    for tip_id in ids:
        pipe.exists(keys.tip(tip_id))
    found = [tip_id for tip_id, ok in zip(ids, pipe.execute()) if ok]
    lines, lang = [], language_of(turn.config, officer)
    for tip_id in found:
        tip = tips.load_tip(turn.redis, tip_id)
        if tip and tip.get("status", "open") != "closed":
            lines.append(summary.one_line(tip, turn.now, lang))
        if len(lines) >= limit:
            break
    audited(turn, officer, "tips", detail=f"{len(lines)} listed")
    if not lines:
        return [say(turn.config, officer, "officer_no_open_tips")]
    return [say(turn.config, officer, "officer_open_tips", listing="\n".join(lines))]


@command("SHOW", usage="SHOW <tip>")
def show(turn, officer: dict, args: str) -> list[str]:
    tip, _, problem = _find_tip(turn, officer, args, "SHOW", "show")
    if problem:
        return problem
    thread = tips.load_thread(turn.redis, tip["id"], last=10)
    audited(turn, officer, "show", tip["id"])
    mine = language_of(turn.config, officer)
    head = summary.summary(tip, turn.now, mine)
    lang = relay.tipster_language(turn.services, tip)
    head += "\n" + say(turn.config, officer, "officer_show_language", language=catalog.name_of(lang), code=lang)
    if case_state.state_of(tip) == "closed" or tip.get("assigned_by") or tip.get("reopened_at"):
        head += "\n" + gsm7_letters(case_state.describe_state(tip, mine))[:200]   # the outcome, who assigned or reopened it
    return [head, summary.thread_text(tip["id"], thread, turn.now, lang=mine)]


def _no_tip(turn, officer: dict, tip_id: str) -> list[str]:
    return [say(turn.config, officer, "officer_no_tip", tip_id=tip_id)]


def _said(turn, officer: dict, result: case_result.Result) -> str:
    """A workflow result in the officer's language, GSM-7."""
    return gsm7_letters(result.text(language_of(turn.config, officer), turn.config["DEFAULT_LANGUAGE"]))


def _reopen_hint(turn, officer: dict, result: case_result.Result) -> str:
    return " " + say(turn.config, officer, "officer_reopen_hint", tip_id=result.tip_id) if (
        result.code == "is_closed" and officer.get("role") == "supervisor") else ""


@command("CLAIM", usage="CLAIM <tip>")
def claim(turn, officer: dict, args: str) -> list[str]:
    """Only if unclaimed, claimed by an officer no longer active, or the claimer is a
    supervisor reassigning it; the loser of a race is told who has it (workflow.claim:
    the same compare-and-set as the console's Claim button)."""
    tip, _, problem = _find_tip(turn, officer, args, "CLAIM", "claim")
    if problem:
        return problem
    result = workflow.claim(turn.redis, tip["id"], relay.officer_actor(officer), turn.now)
    if result.code == "no_tip":
        return _no_tip(turn, officer, tip["id"])
    if not result.ok:
        return [_said(turn, officer, result) + _reopen_hint(turn, officer, result)]
    return [say(turn.config, officer, "officer_claimed", result=_said(turn, officer, result), tip_id=result.tip_id)]


def _read_outcome(turn, tip_id: str, rest: str) -> tuple[str | None, str | None, tuple | None]:
    """(outcome, duplicate_of, None) from what follows ``CLOSE <tip>``, or (None, None, why not:
    a catalog text's name and values). Nothing: (None, None, None), closed without an outcome
    as before outcomes existed."""
    words = rest.split()
    if not words:
        return None, None, None
    outcome, used = case_state.parse_outcome(words[0]), 1
    if outcome is None and case_state.parse_outcome("".join(words)):   # "no further action"
        outcome, used = case_state.parse_outcome("".join(words)), len(words)
    codes = case_state.outcome_codes_help()
    if outcome is None:
        word = words[0].upper()
        shown = f" {word}" if word.isalpha() and len(word) <= 12 else ""   # never echo digits (a number?)
        return None, None, ("officer_unknown_outcome", {"shown": shown, "codes": codes, "tip_id": tip_id})
    if outcome != "duplicate":
        return outcome, None, None
    reading = tips.read_tip_id(" ".join(words[used:]))
    other, _ = tips.resolve_tip_id(turn.redis, reading) if reading else (None, [])
    if other is None:
        return None, None, ("officer_which_duplicate", {"tip_id": tip_id})
    return outcome, other, None


@command("CLOSE", usage="CLOSE <tip> [outcome]")
def close(turn, officer: dict, args: str) -> list[str]:
    """``CLOSE T-7K2Q [outcome]``: outcome codes ARREST, CHARGE, RECOVERED, INTEL, NFA,
    UNFOUNDED, DUP <tip> (case_state.OUTCOME_WORDS; none: closed without an outcome). Only the
    claimer or a supervisor closes a claimed tip (anyone, if the claimer is no longer active)."""
    tip, rest, problem = _find_tip(turn, officer, args, "CLOSE", "close")
    if problem:
        return problem
    outcome, duplicate_of, why = _read_outcome(turn, tip["id"], rest)
    if why:
        audited(turn, officer, "close_refused", tip["id"], detail=_en(why[0], **why[1]).split(".")[0][:80])
        return [say(turn.config, officer, why[0], **why[1])]
    result = workflow.close(turn.redis, tip["id"], relay.officer_actor(officer), turn.now, outcome, duplicate_of)
    if result.code == "no_tip":
        return _no_tip(turn, officer, tip["id"])
    if not result.ok:
        return [_said(turn, officer, result) + _reopen_hint(turn, officer, result)]
    return [say(turn.config, officer, "officer_closed", result=_said(turn, officer, result))]


@command("REOPEN", usage="")
def reopen(turn, officer: dict, args: str) -> list[str]:
    """``REOPEN T-7K2Q``: supervisors only; the outcome is cleared, relays can be sent again."""
    tip, _, problem = _find_tip(turn, officer, args, "REOPEN", "reopen")
    if problem:
        return problem
    result = workflow.reopen(turn.redis, tip["id"], relay.officer_actor(officer), turn.now)
    if result.code == "no_tip":
        return _no_tip(turn, officer, tip["id"])
    if not result.ok:
        return [_said(turn, officer, result)]
    return [say(turn.config, officer, "officer_reopened", tip_id=result.tip_id)]


def notify_assignee(services, assignee: dict | None, by: workflow.Actor, now: float, after: list):
    """The ``also`` of workflow.assign: text the officer a tip was assigned to (their registry
    record; None, or the supervisor themself: nobody is texted), in the assignment's MULTI.
    ``after``: run its items once the MULTI has committed (in-process queues, RQ_SYNC)."""
    if assignee is None or assignee["pseudonym"] == by.key or not assignee.get("active", True):
        return None

    def also(pipe, tip: dict) -> None:
        lang = language_of(services.config, assignee)
        heading = SafeText.compose(say(services.config, assignee, "officer_assigned_you", name=by.name),
                                   SafeText.staff(by.name))
        body = duty.notification(tip, heading, lang=lang)
        p = assignee["pseudonym"]
        outbound.queue_text(services, p, body, keys.assign_send(tip["id"], now, p), kind="assigned",
                            label=registry.display_name(assignee), queue=queues.TEXTS, pipeline=pipe,
                            after_save=after)
    return also


@command("ASSIGN", usage="")
def assign(turn, officer: dict, args: str) -> list[str]:
    """``ASSIGN T-7K2Q 4411``: a supervisor gives a tip to the active officer with that badge,
    who is texted about it."""
    tip, rest, problem = _find_tip(turn, officer, args, "ASSIGN", "assign")
    if problem:
        return problem
    actor, badge = relay.officer_actor(officer), rest.strip()
    if not actor.supervisor:
        audited(turn, officer, "assign_refused", tip["id"], detail="not a supervisor")
        return [say(turn.config, officer, "wf_assign_not_supervisor")]
    found = [o for o in registry.list_all(turn.redis) if o["active"] and badge
             and o["badge"].strip().upper() == badge.upper()]
    if len(found) != 1:
        shown = badge if len(badge) <= 12 and " " not in badge else ""
        name, values = (("officer_assign_usage", {"tip_id": tip["id"]}) if not badge
                        else ("officer_no_badge", {"badge": shown}) if not found and shown
                        else ("officer_no_badge_that", {}) if not found
                        else ("officer_badge_many", {"n": len(found), "badge": shown}) if shown
                        else ("officer_badge_many_that", {"n": len(found)}))
        audited(turn, officer, "assign_refused", tip["id"], detail=_en(name, **values).split(".")[0][:80])
        return [say(turn.config, officer, name, **values)]
    who = found[0]
    after: list = []
    result = workflow.assign(turn.redis, tip["id"], actor,
                             workflow.Assignee(who["pseudonym"], registry.display_name(who)), turn.now,
                             also=notify_assignee(turn.services, who, actor, turn.now, after))
    for action in after:
        action()
    if result.code == "no_tip":
        return _no_tip(turn, officer, tip["id"])
    if not result.ok:
        return [_said(turn, officer, result)]
    told = " " + say(turn.config, officer, "officer_assign_told") if who["pseudonym"] != actor.key else ""
    return [_said(turn, officer, result) + told]


def _duty(turn, officer: dict, on: bool) -> list[str]:
    if officer["on_duty"] == on:
        audited(turn, officer, "duty_on" if on else "duty_off", detail="no change")
        return [say(turn.config, officer, "officer_already_on" if on else "officer_already_off")]
    audited(turn, officer, "duty_on" if on else "duty_off",
            extra=lambda pipe: registry.set_duty(pipe, officer["pseudonym"], on))
    if on:
        every = turn.config["NOTIFY_ALL_TIPS_TO_DUTY"]
        return [say(turn.config, officer, "officer_on_duty_all" if every else "officer_on_duty")]
    return [say(turn.config, officer, "officer_off_duty")]


@command("ON", usage="ON/OFF (duty)")
def duty_on(turn, officer: dict, args: str) -> list[str]:
    return _duty(turn, officer, True)


@command("OFF", usage="")
def duty_off(turn, officer: dict, args: str) -> list[str]:
    return _duty(turn, officer, False)


