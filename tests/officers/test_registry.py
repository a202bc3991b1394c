"""The officer registry and its admin CLI: flask officer add|list|disable|enable|remove, flask audit."""
from __future__ import annotations

from bot.officers import pins, registry
from bot.privacy.identity import read_number
from bot.store import keys

OFFICER = "+447700900501"


def cli(app, *args):
    result = app.test_cli_runner().invoke(args=list(args))
    return result


def test_add_list_and_remove_by_cli(app, services, redis):
    r = cli(app, "officer", "add", "--name", "Sgt Jo Bloggs", "--phone", "07700 900501", "--badge", "1234",
            "--role", "supervisor", "--pin", "432187")
    assert r.exit_code == 0, r.output
    assert "Registered Sgt Jo Bloggs (1234), supervisor" in r.output and "PIN set" in r.output
    p = services.identity.pseudonym(OFFICER)
    rec = registry.load(redis, p)
    assert rec["role"] == "supervisor" and rec["active"] and not rec["on_duty"]
    # The PIN is a salted scrypt hash, never the PIN; the number is sealed and pinned.
    assert rec["pin_hash"].startswith("scrypt$") and "432187" not in rec["pin_hash"]
    assert pins.verify_pin("432187", rec["pin_hash"]) and not pins.verify_pin("432188", rec["pin_hash"])
    assert read_number(redis, services.identity, p) == OFFICER
    assert redis.ttl(keys.sealed_number(p)) == -1 and redis.sismember(keys.number_pin(p), "officer")

    r = cli(app, "officer", "list")
    assert r.exit_code == 0 and "Sgt Jo Bloggs" in r.output and "...0501" in r.output
    assert "900501" not in r.output  # masked

    r = cli(app, "officer", "remove", "+44 7700 900501")
    assert r.exit_code == 0 and "Removed Sgt Jo Bloggs" in r.output
    assert registry.load(redis, p) is None and not redis.sismember(keys.OFFICERS, p)
    assert redis.ttl(keys.sealed_number(p)) > 0  # expires like anyone's number now
    assert "No officers registered" in cli(app, "officer", "list").output


def test_add_again_updates_and_keeps_pin(app, services, redis):
    cli(app, "officer", "add", "--name", "PC A", "--phone", OFFICER, "--pin", "111111")
    r = cli(app, "officer", "add", "--name", "PC A Smith", "--phone", OFFICER, "--badge", "77")
    assert "Updated PC A Smith (77)" in r.output
    rec = registry.load(redis, services.identity.pseudonym(OFFICER))
    assert pins.verify_pin("111111", rec["pin_hash"])
    assert len(registry.list_all(redis)) == 1


def test_bad_input_is_refused_clearly(app, redis):
    for args, message in [
        (["--name", "X", "--phone", "not a phone"], "not a phone number"),
        (["--name", "X", "--phone", "12345"], "not a phone number"),
        (["--name", " ", "--phone", OFFICER], "a name is required"),
        (["--name", "X", "--phone", OFFICER, "--pin", "12"], "6 to 8 digits"),
        (["--name", "X", "--phone", OFFICER, "--pin", "12ab"], "6 to 8 digits"),
        (["--name", "X", "--phone", OFFICER, "--pin", "4321"], "6 to 8 digits"),  # 4 digits fall in days
        (["--name", "X", "--phone", OFFICER, "--role", "chief"], "Invalid value"),
    ]:
        r = cli(app, "officer", "add", *args)
        assert r.exit_code != 0 and message in r.output, (args, r.output)
    assert registry.list_all(redis) == []
    r = cli(app, "officer", "remove", "+447700900999")
    assert r.exit_code != 0 and "no officer is registered" in r.output


def test_disable_stops_commands_and_duty(app, services, redis, make_phone):
    cli(app, "officer", "add", "--name", "PC Off", "--phone", OFFICER)
    officer_phone = make_phone(OFFICER)
    assert "on duty" in officer_phone.send("ON")[0]
    r = cli(app, "officer", "disable", OFFICER)
    assert r.exit_code == 0 and "Disabled PC Off" in r.output
    p = services.identity.pseudonym(OFFICER)
    assert not redis.sismember(keys.OFFICERS_ON_DUTY, p)
    assert "DISABLED" in cli(app, "officer", "list").output
    # A disabled officer's texts are ordinary texts: no officer answer.
    replies = officer_phone.send("TIPS")
    assert not any("tips" in r.lower() and "open" in r.lower() for r in replies)
    cli(app, "officer", "enable", OFFICER)
    assert "No open tips" in officer_phone.send("TIPS")[0]


def test_audit_cli_prints_registry_changes_and_officer_actions(app, make_phone):
    cli(app, "officer", "add", "--name", "PC Audit", "--phone", OFFICER, "--badge", "9")
    make_phone(OFFICER).send("ON")
    out = cli(app, "audit").output
    assert "officer_added" in out and "duty_on" in out and "PC Audit (9)" in out
    assert "duty_on" in cli(app, "audit", "--action", "duty_on").output
    assert "officer_added" not in cli(app, "audit", "--action", "duty_on").output
