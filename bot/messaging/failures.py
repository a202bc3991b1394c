"""Why a text did not go out: Twilio's errors classified, and the reasons an
outbound record ends with, in words an officer can read.

Every error the Twilio SDK raises is a ``TwilioException``: ``TwilioRestException``
for the classic error payload and, in twilio 9.x, ``TwilioServiceException`` for
the newer RFC 9457 payloads (the SDK picks by the payload's fields). Both carry
``status`` and ``code``; both *messages* can name the recipient ("The 'To' number
+44... is not a valid phone number"), so nothing here ever reads the message:
classification and the words we log or store use the status and code only.

Reasons stored on an outbound record (``reason``, with an optional ``detail``):

- ``twilio_<code>``: Twilio refused it (API) or reported it undelivered (status callback)
- ``opted_out_21610``: Twilio's opt-out block; the person is marked opted out
- ``opted_out``: opted out with us (STOP) before the send: not sent
- ``number_expired``: the sealed number is past its retention: not sent
- ``retries_exhausted``: 429/5xx/network on every attempt (``detail``: the last error)
- ``interrupted``: the job died on its last attempt and nothing went out (checked with Twilio)
- ``unconfirmed``: the job died mid-send and Twilio could not be asked whether it went out
- ``body_not_vetted``: the job payload held text that never went through SafeText

The words are catalog texts (``failure_*`` in bot/locales/<lang>.json): ``describe(..., lang)``
says them in an officer's language (English by default: the console, records, events).
"""
from __future__ import annotations

from dataclasses import dataclass

from twilio.base.exceptions import TwilioException

from bot.messaging import catalog

OPTED_OUT = 21610

# Twilio error codes that mean this recipient cannot get this text from us; retrying cannot help.
# (21xxx come back from the API; 30xxx in status callbacks, as the message's ErrorCode.)
# Their words are the catalogs' ``failure_code_<code>``.
CODES = (21211, 21408, 21610, 21612, 21614, 21635, 30003, 30004, 30005, 30006, 30007, 30008)
CODE_WORDS = {code: catalog.text(catalog.BASE, f"failure_code_{code}") for code in CODES}


@dataclass(frozen=True)
class SendError:
    """One failed API call, reduced to what is safe to keep."""
    transient: bool        # 429, 5xx, network: another attempt may work
    ambiguous: bool        # the text may have been accepted all the same (5xx, timeouts)
    reason: str            # the record's reason if this ends the text
    label: str             # for logs and ``detail``: "HTTP 503", "error 21211", "ReadTimeout"


def classify(exc: BaseException) -> SendError:
    """Classify an exception from a send; never looks at its message."""
    if isinstance(exc, TwilioException):
        status, code = _int(getattr(exc, "status", None)), _int(getattr(exc, "code", None))
        label = f"HTTP {status}" + (f" error {code}" if code and code != status else "")
        if code == OPTED_OUT:
            return SendError(False, False, "opted_out_21610", label)
        if status == 429:                     # refused before anything was created
            return SendError(True, False, "", label)
        if status is None or status >= 500:   # Twilio's or a gateway's fault: it may have gone through
            return SendError(True, True, "", label)
        return SendError(False, False, f"twilio_{code or status}", label)
    # OSError covers requests' ConnectionError/Timeout; anything else is a surprise:
    # both may have happened after Twilio accepted the text.
    return SendError(True, True, "", type(exc).__name__)


def describe(reason: str, detail: str = "", attempts: int = 0, lang: str | None = None) -> str:
    """``reason`` in words for an officer: "Twilio error 30006: landline or unreachable" (in ``lang``)."""
    def t(name: str, /, **values) -> str:
        return catalog.text(lang or catalog.BASE, name, **values)

    if reason.startswith("twilio_"):
        code = _int(reason[len("twilio_"):])
        if code is None:
            return t("failure_carrier_undelivered")
        if code in CODE_WORDS:
            return t("failure_twilio_words", code=code, words=t(f"failure_code_{code}"))
        return t("failure_twilio", code=code)
    if reason == "opted_out_21610":
        return t("failure_twilio_words", code=OPTED_OUT, words=t(f"failure_code_{OPTED_OUT}"))
    if reason in ("opted_out", "number_expired", "interrupted", "unconfirmed"):
        return t(f"failure_{reason}")
    if reason == "retries_exhausted":
        tries = t("failure_after_attempts", n=attempts) if attempts else t("failure_every_attempt")
        return t("failure_retries_detail", tries=tries, detail=detail) if detail else \
            t("failure_retries", tries=tries)
    return t("failure_internal")


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
