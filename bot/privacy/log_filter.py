"""Keep phone numbers out of third-party log lines.

The Twilio SDK logs every request's query parameters at INFO, and urllib3 logs
request URLs at DEBUG. Sends POST the number in the body (not logged), but the
send job's crash reconciliation lists messages ``?To=<number>``, which would put
a tipster's number in the logs. rq's worker logs the whole traceback of a job
that raised (and a Twilio error names the number it refused) with the job's
arguments as extra fields, and its job logger logs a failing callback's
exception. This filter rewrites those records before any handler sees them:
``To``/``From`` values and anything shaped like E.164 (``+447...``, ``%2B447...``)
become ``[number]``, in the message, in the traceback of an exception logged with
it, and in rq's ``arguments``/``kwargs`` fields.

A logger's filters see only the records logged to that logger, not those of its
children, so every rq logger is named here.
"""
from __future__ import annotations

import logging
import re

NOISY_LOGGERS = ("twilio.http_client", "urllib3.connectionpool",
                 # rq's loggers (rq 2.x): the worker (also rq.executions' logger), jobs and
                 # their callbacks, queues, registries' cleanup, the scheduler.
                 "rq.worker", "rq.job", "rq.queue", "rq.registry", "rq.scheduler")
_EXTRA_FIELDS = ("arguments", "kwargs")   # rq's worker logs a failed job's arguments in these
_PARAM = re.compile(r"""(\b(?:To|From)\b['"]?\s*(?:=|:)\s*['"]?)[^&'",\s}]+""")
_E164 = re.compile(r"(?:\+|%2B)\d{6,15}", re.I)


def redact(text: str) -> str:
    return _E164.sub("[number]", _PARAM.sub(r"\1[number]", text))


class RedactNumbers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is not ours to fix
            return True
        record.msg, record.args = redact(message), ()
        if record.exc_info and not record.exc_text:
            # Formatters use exc_text when it is set: the traceback, already redacted.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for name in _EXTRA_FIELDS:
            if name in record.__dict__:
                record.__dict__[name] = redact(repr(record.__dict__[name]))
        return True


def install() -> None:
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactNumbers) for f in logger.filters):
            logger.addFilter(RedactNumbers())
