"""Officer commands by SMS: only texts from registered, active officer phones get here.

Commands are registered with the ``command`` decorator by the modules that
define them (bot.officers.tip_commands, bot.alerts.commands), which each
feature's ``init_app`` imports explicitly: a misspelt module fails at start-up.

    @command("R", "REPLY", usage="R <tip> <message>")
    def reply(turn, officer: dict, args: str) -> list[str]: ...

``officer`` is the registry record (bot.officers.registry.load); ``args`` is the
rest of the text after the command word, with surrounding space stripped.

A command appends its writes to ``turn.writes`` (run in the turn's save MULTI,
with the reply cache), its jobs included (``outbound.queue_text(pipeline=...)``), so
that nothing it promised can be lost after the save. The one exception is a state
change other officers contend for (CLAIM, CLOSE, SEND, HALT): its reply says who
won, and the turn's MULTI caches the reply before it runs, so such a change is a
compare-and-set (WATCH/MULTI) committed by the command itself, together with its
audit entry (and, for SEND, the alert's planning job). Every use of a command is audited, refusals included
(tests/officers/test_audit_every_command.py walks COMMANDS to keep it so).
Command words are matched case-insensitively and extra spaces are tolerated.
``usage`` (optional) is the command's line in the officer help text.

Gating, in order:
- not a registered, active officer: None, so the text goes on to the tip flow as
  anyone's text would (a spoofer learns nothing officer-ish, and nothing about tips);
- ``PIN <digits>`` is handled here (never stored or logged; see bot.pins);
- with OFFICER_PIN_REQUIRED, every other command needs an unlocked session;
- unknown words get the officer help text.

HELP/INFO are Twilio-reserved and answered by bot.web.compliance first, which
asks ``help_for(turn)`` so officers get this help there; CMDS or ``?`` work as
non-reserved alternatives.
"""
from __future__ import annotations

import logging
import math

from bot.officers import audit, pins, registry

log = logging.getLogger(__name__)

COMMANDS: dict[str, object] = {}    # command word -> function
USAGE: dict[str, str] = {}          # first word of a command -> its help line
HELP_WORDS = ("CMDS", "?")          # non-reserved ways to ask for the officer help

PIN_NEEDED = "Officer commands are locked. Text PIN followed by your PIN to unlock them."
PIN_NOTE = "Locked: text PIN and your PIN first."
LOCKED_OUT = "Too many wrong PINs. Officer commands are locked for {minutes} more min."
FAILED = "Sorry, that command failed and nothing was changed. Please try again."


def command(*names: str, usage: str | None = None):
    def register(fn):
        for name in names:
            COMMANDS[name.upper()] = fn
        if names and usage != "":  # usage="" keeps a command out of the help (e.g. OFF, shown with ON)
            USAGE.setdefault(names[0].upper(), usage or names[0].upper())
        return fn
    return register


def split_command(text: str) -> tuple[str, str]:
    parts = text.strip().split(None, 1)
    if not parts:
        return "", ""
    word = parts[0].upper()
    if word not in COMMANDS and word.rstrip(":.,") in COMMANDS:  # "R: T-7K2Q ..." typed in a hurry
        word = word.rstrip(":.,")
    return word, (parts[1].strip() if len(parts) > 1 else "")


def active_officer(turn) -> dict | None:
    if not turn.is_officer:
        return None
    officer = registry.load(turn.redis, turn.pseudonym)
    return officer if officer is not None and officer["active"] else None


def help_text(officer: dict | None = None, prefix: str = "", pin_required: bool = False) -> str:
    """One text (two segments at most): "; " between commands, since "|" costs two GSM-7 units."""
    lines = list(USAGE.values()) + (["LOCK"] if pin_required else [])
    return f"{prefix} Officer commands: {'; '.join(lines)}; CMDS (this list)".strip()


def help_for(turn) -> list[str] | None:
    """The officer help, for compliance's HELP/INFO when an active officer asks."""
    officer = active_officer(turn)
    if officer is None:
        return None
    note = "" if _unlocked(turn, officer) else " " + PIN_NOTE
    return [help_text(officer, pin_required=turn.config["OFFICER_PIN_REQUIRED"]) + note]


def _unlocked(turn, officer: dict) -> bool:
    return not turn.config["OFFICER_PIN_REQUIRED"] or pins.is_unlocked(turn.redis, officer["pseudonym"])


def handle(turn):
    officer = active_officer(turn)
    if officer is None:
        return None
    name, args = split_command(turn.text)
    try:
        if name == "PIN":
            return pin_command(turn, officer, args)
        if name == "LOCK":
            turn.writes.append(lambda pipe: pins.lock(pipe, officer["pseudonym"]))
            return ["Officer commands locked. Text PIN followed by your PIN to unlock."]
        if not _unlocked(turn, officer):
            return [PIN_NEEDED]
        pin_required = turn.config["OFFICER_PIN_REQUIRED"]
        if name in HELP_WORDS:
            return [help_text(officer, pin_required=pin_required)]
        fn = COMMANDS.get(name)
        if fn is None:
            # Never echo a run of digits: it may be a phone number, and replies are cached for 48 h.
            prefix = f"Unknown command {name[:12]}." if name and not any(ch.isdigit() for ch in name) \
                else "Unknown command." if name else ""
            return [help_text(officer, prefix=prefix, pin_required=pin_required)]
        return fn(turn, officer, args)
    except Exception:  # a broken command must not lose the request or half-apply it
        log.exception("officer command %s failed for %s", name[:12], officer["pseudonym"][:12])
        turn.writes.clear()
        turn.after.clear()
        return [FAILED]


def pin_command(turn, officer: dict, args: str) -> list[str]:
    """``PIN 482913``: unlock for OFFICER_PIN_MINUTES; wrong PINs count towards a lockout
    that doubles with every lockout in a row (bot.officers.pins)."""
    cfg, p = turn.config, officer["pseudonym"]
    max_failures, window = cfg["OFFICER_PIN_MAX_FAILURES"], cfg["OFFICER_PIN_LOCKOUT_MINUTES"]
    count, ttl, lockouts = pins.failures(turn.redis, p)
    lockout = pins.lockout_minutes(window, lockouts + 1)   # if this try is the last one
    if count >= max_failures:
        turn.writes.append(lambda pipe: audit.record(pipe, "pin_locked_out", officer=officer, at=turn.now))
        return [LOCKED_OUT.format(minutes=max(math.ceil(ttl / 60), 1))]
    pin = args.strip()
    if not pin:
        return ["Text PIN followed by your PIN, e.g. PIN 482913."]
    if not officer.get("pin_hash"):
        return ["No PIN is set for you. Ask your admin to set one."]
    if pins.verify_pin(pin, officer["pin_hash"]):
        minutes = cfg["OFFICER_PIN_MINUTES"]

        def unlock(pipe):
            pins.unlock(pipe, p, minutes)
            audit.record(pipe, "pin_unlocked", officer=officer, at=turn.now)

        turn.writes.append(unlock)
        return [f"Unlocked for {_duration(minutes)}. Text CMDS for commands, LOCK to lock again."]

    def fail(pipe):
        pins.record_failure(pipe, p, window, max_failures, lockout)
        pins.lock(pipe, p)
        audit.record(pipe, "pin_failed", officer=officer, detail=f"{count + 1}/{max_failures}", at=turn.now)

    turn.writes.append(fail)
    log.warning("wrong officer PIN from %s (%d/%d)", p[:12], count + 1, max_failures)
    left = max_failures - count - 1
    if left <= 0:
        return [LOCKED_OUT.format(minutes=max(math.ceil(lockout), 1))]
    return [f"Wrong PIN. {left} {'try' if left == 1 else 'tries'} left before a "
            f"{_duration(lockout)} lockout."]


def _duration(minutes: float) -> str:
    if minutes >= 120 and minutes % 60 == 0:
        return f"{int(minutes // 60)} hours"
    return f"{int(minutes)} min"
