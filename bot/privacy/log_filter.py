"""Keep phone numbers out of third-party log lines.

The Twilio SDK logs every request's query parameters at INFO, and urllib3 logs
request URLs at DEBUG. Sends POST the number in the body (not logged), but the
send job's crash reconciliation lists messages ``?To=<number>``, which would put
a tipster's number in the logs. This filter rewrites those records before any
handler sees them: ``To``/``From`` values and anything shaped like E.164
(``+447...``, ``%2B447...``) become ``[number]``.
"""
from __future__ import annotations

import logging
import re

NOISY_LOGGERS = ("twilio.http_client", "urllib3.connectionpool")
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
        return True


def install() -> None:
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactNumbers) for f in logger.filters):
            logger.addFilter(RedactNumbers())
