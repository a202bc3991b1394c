"""What the officer alert commands (bot.alerts.commands) share: which alert a command names
(``find_alert``) and who may follow it (``may_follow``), refusals (said in the officer's
language, audited in English with the turn: ``refuse``, ``not_theirs``), and counts and
states in the officer's language (``counted``, ``state_word``).

It is separate because these are the commands' common answers, not any one command: each
command (ALERT, ADD, SEND, STATUS, HALT) decides what to do and says it through them."""
from __future__ import annotations

from bot.alerts import store
from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.officers import audit
from bot.officers.commands import language_of, say


def audit_later(turn, officer: dict, action: str, alert_id: str = "", detail: str = "", text: str = ""):
    turn.writes.append(lambda pipe: audit.record(pipe, action, officer=officer, alert_id=alert_id, detail=detail,
                                                 text=text, at=turn.now))


def refuse(turn, officer: dict, action: str, alert_id: str, reply: str | tuple, detail: str = "") -> list[str]:
    """A refusal changes nothing and is audited with the turn. ``reply``: a catalog text's name
    and values (said in the officer's language; audited in English), or a ready sentence."""
    if isinstance(reply, tuple):
        name, values = reply
        english, reply = catalog.text(catalog.BASE, name, **values), say(turn.config, officer, name, **values)
    elif isinstance(reply, catalog.Said):     # a compose error: said again in the officer's language
        english = reply.text(catalog.BASE)
        reply = gsm7_letters(reply.text(language_of(turn.config, officer), turn.config["DEFAULT_LANGUAGE"]))
    else:
        english = reply
    audit_later(turn, officer, f"{action}_refused", alert_id, detail or english.split(". ")[0][:80])
    return [reply]


def counted(turn, officer: dict, n: int, unit: str) -> str:
    """"1 recipient", "3 recipients" in the officer's language (``alert_n_<unit>[_one]``)."""
    return say(turn.config, officer, f"alert_n_{unit}_one" if n == 1 else f"alert_n_{unit}", n=n)


def state_word(turn, officer: dict, state: str) -> str:
    """An alert's state ("queued", "halted" ...) in the officer's language."""
    try:
        return say(turn.config, officer, f"alert_state_{state}")
    except KeyError:
        return state


def find_alert(turn, officer: dict, args: str, verb_name: str):
    """(alert, None) or (None, the refusal, audited)."""
    alert_id = store.normalise_id(args.split()[0]) if args.split() else None
    action = f"alert_{verb_name.lower()}"
    if not alert_id:
        return None, refuse(turn, officer, action, "", ("alert_cmd_which", {"word": verb_name}))
    a = store.load(turn.redis, alert_id)
    if a is None:
        return None, refuse(turn, officer, action, alert_id, ("alert_cmd_no_alert", {"alert_id": alert_id}))
    return a, None


def may_follow(officer: dict, a: dict) -> bool:
    """STATUS and HALT: the author, or a supervisor (who can stop it when the author is off shift)."""
    return a["officer"] == officer["pseudonym"] or officer.get("role") == "supervisor"


def not_theirs(turn, officer: dict, a: dict, verb_name: str) -> list[str]:
    name = a.get("officer_name") or say(turn.config, officer, "wf_another_officer")
    return refuse(turn, officer, f"alert_{verb_name.lower()}", a["id"],
                  say(turn.config, officer, f"alert_cmd_not_theirs_{verb_name.lower()}", alert_id=a["id"], name=name),
                  detail="not the author or a supervisor")
