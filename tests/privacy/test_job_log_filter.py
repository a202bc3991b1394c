"""No phone number reaches a log line through rq: a job's exception (rq's worker logs
the whole traceback, and the job's arguments as extra fields), an exception logged
by the worker's own maintenance, or a callback's error logged by rq's job logger.

The number is written the way third-party errors write it (E.164, as Twilio's
``The 'To' number +447... is not a valid phone number``)."""
from __future__ import annotations

import io
import logging

import pytest

from bot.messaging import queues

NUMBER = "+447700900123"
FORMS = (NUMBER, "%2B447700900123")


def text_a_number(number: str) -> None:
    """An rq job that fails with the number in its exception (and in its arguments)."""
    raise ValueError(f"The 'To' number {number} is not a valid phone number.")


@pytest.fixture()
def log_lines(app):
    """Every log line, as a handler on the root logger formats it (tracebacks included)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    yield stream.getvalue
    root.removeHandler(handler)
    root.setLevel(old_level)


def test_a_number_in_a_failed_jobs_exception_never_reaches_a_log_line(services, worker, log_lines, caplog):
    caplog.set_level(logging.DEBUG)
    services.queues[queues.TEXTS].enqueue(text_a_number, NUMBER)
    worker()
    logged = log_lines()
    assert "exception raised while executing" in logged and "is not a valid phone number" in logged
    for form in FORMS:
        assert form not in logged
    [failed] = [r for r in caplog.records if "exception raised while executing" in r.getMessage()]
    assert NUMBER not in repr(getattr(failed, "arguments", "")) + repr(getattr(failed, "kwargs", ""))


@pytest.mark.parametrize("logger", ["rq.worker", "rq.job", "rq.queue", "rq.registry", "rq.scheduler"])
def test_a_number_in_an_exception_logged_by_rq_is_redacted_in_the_traceback(app, log_lines, logger):
    try:
        text_a_number(NUMBER)
    except ValueError:
        logging.getLogger(logger).exception("idle-draft sweep failed")
    logged = log_lines()
    assert "Traceback" in logged and "is not a valid phone number" in logged
    for form in FORMS:
        assert form not in logged
