"""``flask --app wsgi doctor`` names what is wrong with a deployment, each with a fix."""
from __future__ import annotations

import pytest

from bot import create_app, doctor


def _by_check(findings):
    return {f.check: f for f in findings}


def test_a_local_mode_app_fails_where_it_should(local_app):
    found = _by_check(doctor.run(local_app.extensions["tipline"]))
    assert found["twilio"].level == doctor.FAIL
    assert found["rq workers"].level == doctor.FAIL and "flask --app wsgi worker" in found["rq workers"].fix
    assert found["urgent tips reach someone"].level == doctor.FAIL
    assert found["redis persistence"].level == doctor.FAIL   # the test server runs without AOF
    assert found["officer PINs"].level == doctor.FAIL        # local mode: not required by default


def test_checks_turn_ok_when_fixed(config, officers, redis):
    app = create_app({**config, "OFFICER_PIN_REQUIRED": True,
                      "PSEUDONYM_KEY": "k" * 40})
    officers.register("+447700900501", name="Sgt Lee", role="supervisor", app=app)
    redis.config_set("appendonly", "yes")
    try:
        found = _by_check(doctor.run(app.extensions["tipline"]))
    finally:
        redis.config_set("appendonly", "no")
    for name in ("redis persistence", "redis eviction", "secrets", "public URL", "officer PINs",
                 "urgent tips reach someone"):
        assert found[name].level == doctor.OK, (name, found[name])


@pytest.mark.parametrize("url, level", [("http://tips.example.test", doctor.FAIL), ("", doctor.FAIL),
                                        ("https://tips.example.test", doctor.OK)])
def test_public_url_must_be_https(url, level):
    assert doctor.check_public_url({"PUBLIC_BASE_URL": url})[0].level == level


def test_remote_redis_needs_tls_and_a_password(services):
    class Remote:
        config = {"REDIS_URL": "redis://redis.internal:6379/0"}
        redis = services.redis
    found = _by_check(doctor.check_redis(Remote))
    assert found["redis transport"].level == doctor.FAIL
    Remote.config = {"REDIS_URL": "rediss://:s3cret@redis.internal:6380/0"}
    assert _by_check(doctor.check_redis(Remote))["redis transport"].level == doctor.OK


def test_the_command_exits_1_and_prints_fixes(local_app):
    result = local_app.test_cli_runner().invoke(args=["doctor"])
    assert result.exit_code == 1
    assert "[FAIL] twilio" in result.output and "fix:" in result.output


def test_embedded_redis_is_refused_outside_local_mode(config):
    with pytest.raises(RuntimeError, match="REDIS_URL is not set"):
        create_app({**config, "REDIS_URL": None})


def test_twilio_credentials_and_the_webhook_url_on_the_number(app, fake_twilio):
    from tests.helpers import BOT_NUMBER, PUBLIC_BASE_URL

    services = app.extensions["tipline"]
    fake_twilio.incoming_numbers[BOT_NUMBER] = "https://old-host.example.test/sms"
    found = _by_check(doctor.check_twilio(services))
    assert found["twilio credentials"].level == doctor.OK
    assert found["webhook URL"].level == doctor.FAIL and f"{PUBLIC_BASE_URL}/sms" in found["webhook URL"].fix
    fake_twilio.incoming_numbers[BOT_NUMBER] = f"{PUBLIC_BASE_URL}/sms"
    assert _by_check(doctor.check_twilio(services))["webhook URL"].level == doctor.OK
    fake_twilio.incoming_numbers.clear()
    assert "not a number of this account" in _by_check(doctor.check_twilio(services))["webhook URL"].detail
    fake_twilio.account_status = "suspended"
    assert _by_check(doctor.check_twilio(services))["twilio credentials"].level == doctor.FAIL


def test_wrong_twilio_credentials_are_reported(config):
    services = create_app({**config, "TWILIO_AUTH_TOKEN": "wrong-token"}).extensions["tipline"]
    found = _by_check(doctor.check_twilio(services))
    assert found["twilio credentials"].level == doctor.FAIL


def test_a_worker_without_rq_s_scheduler_is_reported(app, redis):
    from rq import Worker
    from rq.scheduler import RQScheduler

    services = app.extensions["tipline"]
    worker = Worker(list(services.queues.values()), connection=redis)
    worker.register_birth()
    try:
        assert _by_check(doctor.check_workers(services))["rq scheduler"].level == doctor.WARN
        redis.set(RQScheduler.get_locking_key(next(iter(services.queues))), "pid", ex=60)
        assert _by_check(doctor.check_workers(services))["rq scheduler"].level == doctor.OK
    finally:
        worker.register_death()
