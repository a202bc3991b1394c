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

Every text an officer is sent is a catalog text (bot/locales/<lang>.json, ``officer_*``,
``usage_*``) in the officer's own language (``language_of``: the registry record's ``lang``,
set by ``LANG ES`` / ``IDIOMA ES`` or by an admin in the console; else the force's
DEFAULT_LANGUAGE). ``say(config, officer, name, **values)`` fills one in, GSM-7.
A command's ``usage`` is its English help line; ``usage_<word>`` in the catalogs says it in
each language (tests/messaging/test_officer_texts.py keeps the English one the same).
"""
from __future__ import annotations

import logging
import math

from bot.messaging import catalog
from bot.messaging.segments import gsm7_letters
from bot.officers import audit, pins, registry

log = logging.getLogger(__name__)

COMMANDS: dict[str, object] = {}    # command word -> function
USAGE: dict[str, str] = {}          # first word of a command -> its help line
HELP_WORDS = ("CMDS", "?")          # non-reserved ways to ask for the officer help



def language_of(config: dict, officer: dict | None) -> str:
    """The officer's language: their record's ``lang`` if it is a configured language, else
    the force's DEFAULT_LANGUAGE (the first of LANGUAGES)."""
    languages = catalog.configured(config)
    lang = (officer or {}).get("lang") or ""
    return lang if lang in languages else languages[0]


def say(config: dict, officer: dict | None, name: str, /, **values) -> str:
    """Catalog text ``name`` in the officer's language, placeholders filled, GSM-7."""
    return gsm7_letters(catalog.text(language_of(config, officer), name, config["DEFAULT_LANGUAGE"], **values))


def usage_of(lang: str, word: str, default: str = catalog.BASE) -> str:
    """A command's help line in ``lang`` (``usage_<word>`` in the catalog; else its English ``usage``)."""
    try:
        return catalog.text(lang, f"usage_{word.lower()}", default)
    except KeyError:
        return USAGE.get(word.upper(), word.upper())


def audited(turn, officer: dict, action: str, tip_id: str = "", detail: str = "", extra=None):
    """Queue the officer's audit entry (and ``extra``, a write of the same change) with the turn."""
    def write(pipe):
        if extra:
            extra(pipe)
        audit.record(pipe, action, officer=officer, tip_id=tip_id, detail=detail, at=turn.now)
    turn.writes.append(write)


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


def help_text(officer: dict | None = None, prefix: str = "", pin_required: bool = False,
              config: dict | None = None) -> str:
    """One text (two segments at most): "; " between commands, since "|" costs two GSM-7 units;
    in the officer's language when ``config`` is given (else the catalogs' base, English)."""
    lang = language_of(config, officer) if config else catalog.BASE
    default = config["DEFAULT_LANGUAGE"] if config else catalog.BASE
    lines = [usage_of(lang, word, default) for word in USAGE] + (["LOCK"] if pin_required else [])
    return gsm7_letters(catalog.text(lang, "officer_help", default, prefix=prefix,
                                     listing="; ".join(lines)).strip())


def help_for(turn) -> list[str] | None:
    """The officer help, for compliance's HELP/INFO when an active officer asks."""
    officer = active_officer(turn)
    if officer is None:
        return None
    note = "" if _unlocked(turn, officer) else " " + say(turn.config, officer, "officer_pin_note")
    return [help_text(officer, pin_required=turn.config["OFFICER_PIN_REQUIRED"], config=turn.config) + note]


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
            return [say(turn.config, officer, "officer_locked")]
        if not _unlocked(turn, officer):
            return [say(turn.config, officer, "officer_pin_needed")]
        pin_required = turn.config["OFFICER_PIN_REQUIRED"]
        if name in HELP_WORDS:
            return [help_text(officer, pin_required=pin_required, config=turn.config)]
        fn = COMMANDS.get(name)
        if fn is None:
            # Never echo a run of digits: it may be a phone number, and replies are cached for 48 h.
            prefix = say(turn.config, officer, "officer_unknown_command", word=name[:12]) \
                if name and not any(ch.isdigit() for ch in name) \
                else say(turn.config, officer, "officer_unknown") if name else ""
            return [help_text(officer, prefix=prefix, pin_required=pin_required, config=turn.config)]
        return fn(turn, officer, args)
    except Exception:  # a broken command must not lose the request or half-apply it
        log.exception("officer command %s failed for %s", name[:12], officer["pseudonym"][:12])
        turn.writes.clear()
        turn.after.clear()
        return [say(turn.config, officer, "officer_failed")]


def pin_command(turn, officer: dict, args: str) -> list[str]:
    """``PIN 482913``: unlock for OFFICER_PIN_MINUTES; wrong PINs count towards a lockout
    that doubles with every lockout in a row (bot.officers.pins)."""
    cfg, p = turn.config, officer["pseudonym"]
    max_failures, window = cfg["OFFICER_PIN_MAX_FAILURES"], cfg["OFFICER_PIN_LOCKOUT_MINUTES"]
    count, ttl, lockouts = pins.failures(turn.redis, p)
    lockout = pins.lockout_minutes(window, lockouts + 1)   # if this try is the last one
    if count >= max_failures:
        turn.writes.append(lambda pipe: audit.record(pipe, "pin_locked_out", officer=officer, at=turn.now))
        return [say(cfg, officer, "officer_locked_out", minutes=max(math.ceil(ttl / 60), 1))]
    pin = args.strip()
    if not pin:
        return [say(cfg, officer, "officer_pin_how")]
    if not officer.get("pin_hash"):
        return [say(cfg, officer, "officer_pin_none")]
    if pins.verify_pin(pin, officer["pin_hash"]):
        minutes = cfg["OFFICER_PIN_MINUTES"]

        def unlock(pipe):
            pins.unlock(pipe, p, minutes)
            audit.record(pipe, "pin_unlocked", officer=officer, at=turn.now)

        turn.writes.append(unlock)
        return [say(cfg, officer, "officer_unlocked", duration=_duration(cfg, officer, minutes))]

    def fail(pipe):
        pins.record_failure(pipe, p, window, max_failures, lockout)
        pins.lock(pipe, p)
        audit.record(pipe, "pin_failed", officer=officer, detail=f"{count + 1}/{max_failures}", at=turn.now)

    turn.writes.append(fail)
    log.warning("wrong officer PIN from %s (%d/%d)", p[:12], count + 1, max_failures)
    left = max_failures - count - 1
    if left <= 0:
        return [say(cfg, officer, "officer_locked_out", minutes=max(math.ceil(lockout), 1))]
    return [say(cfg, officer, "officer_pin_wrong_one" if left == 1 else "officer_pin_wrong",
                n=left, duration=_duration(cfg, officer, lockout))]


def _duration(cfg: dict, officer: dict, minutes: float) -> str:
    if minutes >= 120 and minutes % 60 == 0:
        return say(cfg, officer, "officer_hours", n=int(minutes // 60))
    return say(cfg, officer, "officer_minutes", n=int(minutes))
