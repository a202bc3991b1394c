"""Officer commands by SMS: only texts from registered officer phones get here.

Verbs are registered by the modules in VERB_MODULES with the ``verb`` decorator:

    @verb("R", "REPLY")
    def reply(turn, officer: dict, args: str) -> list[str]: ...

``officer`` is the registry record (bot.officers.load); ``args`` is the rest of
the text after the verb, with surrounding space stripped. Verbs are matched
case-insensitively and extra spaces are tolerated.
"""
from __future__ import annotations

import importlib

VERBS: dict[str, object] = {}
VERB_MODULES = ("bot.relay_commands", "bot.alerts.officer_verbs")
_loaded = False


def verb(*names: str):
    def register(fn):
        for name in names:
            VERBS[name.upper()] = fn
        return fn
    return register


def _load_verbs() -> None:
    global _loaded
    if _loaded:
        return
    for module in VERB_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:  # a real import error inside the module
                raise
    _loaded = True


def split_command(text: str) -> tuple[str, str]:
    parts = text.strip().split(None, 1)
    if not parts:
        return "", ""
    return parts[0].upper(), (parts[1].strip() if len(parts) > 1 else "")


def handle(turn):
    if not turn.is_officer:
        return None
    _load_verbs()
    from bot import officers

    officer = officers.load(turn.redis, turn.pseudonym)
    if officer is None or not officer.get("active", True):
        return None
    name, args = split_command(turn.text)
    fn = VERBS.get(name) or VERBS.get("HELP")
    if fn is None:
        return ["Officer commands are not available."]
    return fn(turn, officer, args)
