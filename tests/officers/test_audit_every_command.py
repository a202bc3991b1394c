"""Every officer command, whichever feature registered it, leaves an audit entry
each time an officer uses it, also when it is refused or has bad arguments. New
commands are found here by walking the registry, so a feature that forgets to
audit fails this test."""
from __future__ import annotations

import pytest

from bot.officers import audit, commands

NOT_ACTIONS = {"HELP"}          # only the help text (CMDS and ? too, which are not registered commands)
SAMPLE_ARGS = {
    "R": ["", "{tip} are you safe?", "T-ZZZZ hello", "{tip} #2", "{tip} #99"],
    "QUICK": ["", "x"],
    "REPLY": ["{tip} thanks"],
    "TIPS": ["", "3", "lots"],
    "SHOW": ["", "{tip}", "T-ZZZZ"],
    "CLAIM": ["", "{tip}", "{tip}", "T-ZZZZ"],
    "CLOSE": ["", "T-ZZZZ", "{tip} maybe", "{tip} DUP", "{tip} NFA", "{tip}"],
    "REOPEN": ["", "T-ZZZZ", "{tip}"],
    "ASSIGN": ["", "T-ZZZZ 1", "{tip}", "{tip} 4411"],
    "ON": ["", ""],
    "OFF": ["", ""],
    "ADD": ["", "A-999 ES hola", "A-1 ES Ganado suelto"],
    "ALERT": ["", "DOGWATCH 5km BA3 5QE loose dog", "FARMWATCH 5km BA3 5QE Cattle loose on the A362"],
    "SEND": ["", "A-999", "A-1"],
    "STATUS": ["", "A-999", "A-1"],
    "HALT": ["", "A-999", "A-1", "A-1"],
    "LANG": ["", "ES", "klingon", "EN"],
    "IDIOMA": ["EN"],
}


@pytest.fixture()
def tip_id(tipster, file_tip, make_phone):
    make_phone("+447700900393").send("JOIN FARMWATCH BA3 5QE")
    return file_tip(tipster)


def test_every_registered_command_is_audited_every_time(officer, tip_id, redis):
    words = sorted(set(commands.COMMANDS) - NOT_ACTIONS)
    assert set(words) <= set(SAMPLE_ARGS), f"give sample arguments for {set(words) - set(SAMPLE_ARGS)}"
    for word in words:
        for args in SAMPLE_ARGS[word]:
            text = f"{word} {args.format(tip=tip_id)}".strip()
            before = redis.xlen("tl:audit")
            replies = officer.send(text)
            assert replies, text
            assert redis.xlen("tl:audit") > before, f"{text!r} was not audited: {replies}"
    assert all(e["name"] == "PC Jones" for e in audit.entries(redis, limit=1000) if e["officer"] != "admin")
