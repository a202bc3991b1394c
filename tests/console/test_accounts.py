"""Staff accounts: argon2id password hashes and the password policy, ``flask staff ...``,
and the link to an officer registry record."""
from __future__ import annotations

import re

import pytest

from bot.console import accounts, passwords
from bot.store import keys
from tests.helpers import OFFICER

LINK = re.compile(r"(https?://\S+)?/console/enrol/([A-Za-z0-9_-]{20,})")


def staff_cli(app, *args):
    return app.test_cli_runner().invoke(args=["staff", *args])


def test_staff_add_prints_a_one_time_enrolment_link_valid_24_hours(app, redis):
    result = staff_cli(app, "add", "--email", "Jo.Bloggs@Police.Example.Test", "--name", "Jo Bloggs",
                       "--role", "supervisor")
    assert result.exit_code == 0, result.output
    match = LINK.search(result.output)
    assert match and "works once, for 24 h" in result.output
    person = accounts.by_email(redis, "jo.bloggs@police.example.test")
    assert person.role == "supervisor" and person.active and not person.enrolled and not person.password_hash
    token_key = next(redis.scan_iter(match=keys.staff_enrolment("*")))
    assert 23 * 3600 < redis.ttl(token_key) <= 24 * 3600
    assert match.group(2).encode() not in b" ".join([token_key, *redis.hgetall(token_key).values()])  # only a hash


def test_staff_add_refuses_a_duplicate_email_a_bad_role_and_a_bad_email(app):
    assert staff_cli(app, "add", "--email", "a@x.test", "--name", "A", "--role", "officer").exit_code == 0
    dup = staff_cli(app, "add", "--email", "A@X.test", "--name", "A again", "--role", "officer")
    assert dup.exit_code != 0 and "already" in dup.output
    assert staff_cli(app, "add", "--email", "b@x.test", "--name", "B", "--role", "chief").exit_code != 0
    bad = staff_cli(app, "add", "--email", "not an email", "--name", "C", "--role", "officer")
    assert bad.exit_code != 0 and "email" in bad.output


def test_officer_phone_links_the_account_to_the_officer_record(app, redis, services, officers):
    officers.register(OFFICER, name="PC Jones", badge="4411")
    result = staff_cli(app, "add", "--email", "jones@x.test", "--name", "Dave Jones", "--role", "officer",
                       "--officer-phone", OFFICER)
    assert result.exit_code == 0 and "Linked to officer PC Jones (4411)" in result.output
    assert accounts.by_email(redis, "jones@x.test").officer == services.identity.pseudonym(OFFICER)
    assert OFFICER not in str(redis.hgetall(keys.staff(accounts.by_email(redis, "jones@x.test").id)))


def test_a_staff_member_without_an_officer_phone_is_not_linked(app, redis):
    assert staff_cli(app, "add", "--email", "analyst@x.test", "--name", "An Analyst", "--role", "officer").exit_code == 0
    assert accounts.by_email(redis, "analyst@x.test").officer == ""


def test_an_unregistered_officer_phone_is_linked_with_a_warning_and_a_bad_one_refused(app):
    ok = staff_cli(app, "add", "--email", "n@x.test", "--name", "N", "--role", "officer", "--officer-phone", OFFICER)
    assert ok.exit_code == 0 and "no officer is registered" in ok.output
    bad = staff_cli(app, "add", "--email", "m@x.test", "--name", "M", "--role", "officer", "--officer-phone", "999")
    assert bad.exit_code != 0


def test_passwords_are_argon2id_hashes(staff_factory, redis):
    login = staff_factory("officer")
    stored = redis.hget(keys.staff(login.id), "password_hash").decode()
    assert stored.startswith("$argon2id$") and login.password not in stored
    assert passwords.verify_password(stored, login.password)
    assert not passwords.verify_password(stored, login.password + "x")
    assert not passwords.verify_password(None, "anything")


@pytest.mark.parametrize("weak, why", [
    ("short pw", "at least 12"),
    ("password1234", "common"),
    ("Password1234!", "common"),
    ("qwertyuiop12", "common"),
    ("Liverpool2024!!", "common"),
    ("aaaaaaaaaaaaaaa", "repeats"),
    ("abcdefghijklmnop", "run"),
    ("1234567890123", "run"),
    ("JoBloggs2024!", "own name"),
    ("jo.bloggs@police", "own name"),
])
def test_the_password_policy_refuses_short_common_and_personal_passwords(weak, why):
    with pytest.raises(passwords.WeakPassword, match=why):
        passwords.check_policy(weak, min_length=12, personal=("Jo Bloggs", "jo.bloggs@police.example.test"))


@pytest.mark.parametrize("good", ["amber kettle lantern 42", "Tr0ubadour&3-horses", "jo likes orange bicycles"])
def test_the_password_policy_accepts_long_unusual_passwords(good):
    assert passwords.check_policy(good, min_length=12, personal=("Jo Bloggs", "jo.bloggs@police.example.test"))


def test_the_common_password_list_is_small_and_lower_case():
    common = passwords.common_passwords()
    assert 100 < len(common) < 5000 and all(p == p.lower() for p in common)


def test_staff_list_disable_enable_role_and_unlock_from_the_shell(app, staff_factory, redis):
    login = staff_factory("officer", email="pc@x.test", name="PC Plod")
    staff_factory("admin")
    out = staff_cli(app, "list").output
    assert "PC Plod" in out and "pc@x.test" in out and "enrolled" in out
    assert staff_cli(app, "disable", "--email", "pc@x.test").exit_code == 0
    assert not accounts.load(redis, login.id).active
    assert staff_cli(app, "enable", "--email", "pc@x.test").exit_code == 0
    assert accounts.load(redis, login.id).active
    assert staff_cli(app, "role", "--email", "pc@x.test", "--role", "supervisor").exit_code == 0
    assert accounts.load(redis, login.id).role == "supervisor"
    assert staff_cli(app, "unlock", "--email", "pc@x.test").exit_code == 0
    assert staff_cli(app, "disable", "--email", "nobody@x.test").exit_code != 0


def test_the_last_active_admin_cannot_be_disabled_or_demoted(app, staff_factory):
    staff_factory("admin", email="only@x.test")
    result = staff_cli(app, "disable", "--email", "only@x.test")
    assert result.exit_code != 0 and "only active admin" in result.output
    assert staff_cli(app, "role", "--email", "only@x.test", "--role", "officer").exit_code != 0


def test_reset_2fa_from_the_shell_prints_a_new_link_and_clears_the_credentials(app, staff_factory, redis):
    login = staff_factory("officer", email="lost@x.test")
    result = staff_cli(app, "reset-2fa", "--email", "lost@x.test")
    assert result.exit_code == 0 and LINK.search(result.output)
    person = accounts.load(redis, login.id)
    assert not person.enrolled and not person.password_hash and not person.totp
    assert accounts.recovery_codes_left(redis, login.id) == 0
