"""Sign-in rate limits, per account and per client IP, at the password and at the code
step, with lockouts that are audited; the client IP comes from X-Forwarded-For only when
PROXY_FIX_X_FOR says how many proxies to trust."""
from __future__ import annotations

from bot.console import throttle
from bot.officers import audit


def fail_password(client, login, times: int, email: str | None = None, ip: str | None = None):
    env = {"REMOTE_ADDR": ip} if ip else {}
    client.get("/console/login", environ_base=env)
    last = None
    for _ in range(times):
        last = client.post("/console/login", {"email": email or login.email, "password": "not the password!"},
                           environ_base=env)
    return last


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(console, staff_factory, redis):
    login = staff_factory("officer")
    client = console()
    assert fail_password(client, login, 4).status_code == 200
    assert fail_password(client, login, 1).status_code == 429
    resp = console().sign_in_password(login)                     # right password, another browser
    assert resp.status_code == 429 and "locked" in resp.get_data(as_text=True)
    actions = [e["action"] for e in audit.entries(redis)]
    assert actions.count("console_login_failed") == 5 and "console_lockout" in actions
    lock = [e for e in audit.entries(redis) if e["action"] == "console_lockout"][0]
    assert lock["staff"] == login.id and lock["name"] == login.name


def test_the_lockout_ends_after_its_time(console, staff_factory, redis):
    login = staff_factory("officer")
    fail_password(console(), login, 5)
    [key] = list(redis.scan_iter(match="tl:console:lock:account:*"))
    assert 14 * 60 < redis.ttl(key) <= 15 * 60
    redis.delete(key)                                             # what the expiry does
    assert console().sign_in_password(login).status_code == 302


def test_an_unknown_email_is_counted_and_locked_like_a_real_one(console, staff_factory):
    login = staff_factory("officer")
    client = console()
    resp = fail_password(client, login, 5, email="nobody@police.example.test")
    assert resp.status_code == 429
    assert console().sign_in_password(login).status_code == 302   # the real account is not affected


def test_one_ip_trying_many_accounts_is_locked_out(app, config, console, staff_factory):
    from bot import create_app

    assert app.config["CONSOLE_MAX_FAILURES_PER_IP"] == 20      # the default; 6 here to keep the test quick
    app = create_app({**config, "CONSOLE_MAX_FAILURES_PER_IP": 6})
    login = staff_factory("officer")
    client = console(app)
    for n in range(5):
        assert fail_password(client, login, 1, email=f"guess{n}@police.example.test", ip="203.0.113.7").status_code == 200
    assert fail_password(client, login, 1, email="guess5@police.example.test", ip="203.0.113.7").status_code == 429
    blocked = console(app)
    blocked.get("/console/login", environ_base={"REMOTE_ADDR": "203.0.113.7"})
    resp = blocked.post("/console/login", {"email": login.email, "password": login.password},
                        environ_base={"REMOTE_ADDR": "203.0.113.7"})
    assert resp.status_code == 429
    other = console(app)                                           # another IP: unaffected
    other.get("/console/login", environ_base={"REMOTE_ADDR": "198.51.100.2"})
    assert other.post("/console/login", {"email": login.email, "password": login.password},
                      environ_base={"REMOTE_ADDR": "198.51.100.2"}).status_code == 302


def test_five_wrong_codes_lock_the_account_and_end_the_half_sign_in(console, staff_factory, redis):
    login = staff_factory("officer")
    client = console()
    client.sign_in_password(login)
    wrong = "000000" if login.code() != "000000" else "111111"
    login.allow_replay(redis)
    statuses = [client.sign_in_code(wrong).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert client.get("/console/login/code").status_code == 302      # the pending session is gone
    again = console()
    assert again.sign_in_password(login).status_code == 429          # locked at the password step too
    actions = [e["action"] for e in audit.entries(redis)]
    assert actions.count("console_code_failed") == 5 and "console_lockout" in actions


def test_a_full_sign_in_clears_the_account_s_failures(console, staff_factory, redis):
    login = staff_factory("officer")
    fail_password(console(), login, 4)
    console().sign_in(login)
    assert fail_password(console(), login, 4).status_code == 200     # counting starts again


def test_an_admin_can_unlock_an_account(console, staff_factory, signed_in):
    login = staff_factory("officer")
    fail_password(console(), login, 5)
    admin = signed_in("admin")
    page = admin.get(f"/console/staff/{login.id}").get_data(as_text=True)
    assert "sign-in locked" in page
    assert admin.post(f"/console/staff/{login.id}/unlock").status_code == 302
    assert console().sign_in_password(login).status_code == 302


def test_a_forged_x_forwarded_for_is_ignored_by_default(app, config, console, staff_factory):
    from bot import create_app

    assert app.config["PROXY_FIX_X_FOR"] == 0
    app = create_app({**config, "CONSOLE_MAX_FAILURES_PER_IP": 6})
    login = staff_factory("officer")
    client = console(app)
    client.get("/console/login")
    for n in range(6):    # a new "IP" each time: all counted against the real one
        client.post("/console/login", {"email": f"g{n}@x.test", "password": "nope nope nope"},
                    headers={"X-Forwarded-For": f"192.0.2.{n}"})
    resp = client.post("/console/login", {"email": login.email, "password": login.password})
    assert resp.status_code == 429


def test_behind_a_proxy_the_client_ip_comes_from_x_forwarded_for(config, console, staff_factory, redis):
    from bot import create_app

    app = create_app({**config, "PROXY_FIX_X_FOR": 1})
    login = staff_factory("officer")
    client = console(app)
    client.get("/console/login", headers={"X-Forwarded-For": "203.0.113.50"})
    client.post("/console/login", {"email": login.email, "password": "wrong password here"},
                headers={"X-Forwarded-For": "203.0.113.50"})
    failure = [e for e in audit.entries(redis) if e["action"] == "console_login_failed"][-1]
    assert "203.0.113.50" in failure["detail"]
    assert redis.get(f"tl:console:fail:login:ip:{throttle.ip('203.0.113.50').value}") == b"1"


def test_an_ip_lockout_is_audited_as_the_console_not_as_a_person(config, console, staff_factory, redis):
    from bot import create_app

    app = create_app({**config, "CONSOLE_MAX_FAILURES_PER_IP": 2})
    login = staff_factory("officer")
    client = console(app)
    fail_password(client, login, 1, email="a@x.test", ip="203.0.113.9")
    fail_password(client, login, 1, email="b@x.test", ip="203.0.113.9")
    lock = [e for e in audit.entries(redis) if e["action"] == "console_lockout"][-1]
    assert lock["officer"] == "console" and "203.0.113.9" in lock["detail"] and "staff" not in lock
