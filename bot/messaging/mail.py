"""Email transport: SMTP with the standard library, or a local recorder.

``SMTP_URL`` is ``smtp://[user:password@]host[:port]`` (port 587 by default; STARTTLS
when the server offers it, or always with SMTP_STARTTLS=require, never with off) or
``smtps://[user:password@]host[:port]`` (TLS from the first byte, port 465). User and
password are URL-encoded in the URL. Without SMTP_URL, emails are recorded in the
local outbox (keys.LOCAL_OUTBOX, kind "email", the recipient as a pseudonym), as
texts are in local mode.

Connections are pooled per mailer (one mailer per app, so per SMTP_URL): a send takes
an idle connection (checked with NOOP after IDLE_S unused) or opens one, and gives it
back after the email, so a burst costs MAIL/RCPT/DATA per email, not a new TLS session
and login, and the fan-out's short-lived send threads share connections instead of
each leaving one behind. At most MAX_IDLE wait in the pool; ``close()`` shuts them all
(an app, a test or a benchmark done with the mailer). ``send`` raises ``MailError`` with ``transient`` set for what is worth retrying (a
connection that failed, a 4xx answer) and unset for a refusal (5xx: no such
mailbox, a policy refusal). Its messages never carry the address.
"""
from __future__ import annotations

import json
import smtplib
import ssl
import threading
import time
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from bot.store import keys

IDLE_S = 5.0   # a connection unused this long is checked (NOOP) before the next email
MAX_IDLE = 32  # idle connections kept per mailer; more are closed when given back


class MailError(RuntimeError):
    def __init__(self, label: str, transient: bool, code: int | None = None):
        super().__init__(label)
        self.label, self.transient, self.code = label, transient, code


class SmtpMailer:
    def __init__(self, config: dict):
        url = urlsplit(config["SMTP_URL"])
        if url.scheme not in ("smtp", "smtps") or not url.hostname:
            raise ValueError("SMTP_URL must look like smtp://host:587 or smtps://host:465")
        self.ssl = url.scheme == "smtps"
        self.host, self.port = url.hostname, url.port or (465 if self.ssl else 587)
        self.user = unquote(url.username) if url.username else None
        self.password = unquote(url.password) if url.password else None
        self.starttls = (config.get("SMTP_STARTTLS") or "auto").lower()
        self.timeout = float(config.get("SMTP_TIMEOUT_S") or 20)
        self.sender_id = config.get("ALERT_EMAIL_FROM") or "alerts"
        self._idle: list[tuple[smtplib.SMTP, float]] = []   # (connection, when last used), newest last
        self._lock = threading.Lock()

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.ssl:
            client = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        client.ehlo()
        if not self.ssl and self.starttls != "off":
            if client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            elif self.starttls == "require":
                client.close()
                raise MailError("the SMTP server does not offer STARTTLS", transient=True)
        if self.user:
            client.login(self.user, self.password or "")
        return client

    def _take(self) -> smtplib.SMTP:
        """An idle connection of the pool (checked with NOOP if unused for IDLE_S), or a new one."""
        while True:
            with self._lock:
                client, used = self._idle.pop() if self._idle else (None, 0.0)
            if client is None:
                break
            if time.monotonic() - used <= IDLE_S:
                return client
            try:
                if client.noop()[0] == 250:
                    return client
            except (OSError, smtplib.SMTPException):
                pass
            self._close(client)
        try:
            return self._connect()
        except MailError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise MailError(f"SMTP authentication failed ({exc.smtp_code})", transient=True,
                            code=exc.smtp_code) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(f"SMTP connection failed: {type(exc).__name__}", transient=True) from None

    def _give_back(self, client: smtplib.SMTP) -> None:
        with self._lock:
            if len(self._idle) < MAX_IDLE:
                self._idle.append((client, time.monotonic()))
                return
        self._close(client)

    @staticmethod
    def _close(client: smtplib.SMTP) -> None:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            try:
                client.close()
            except OSError:
                pass

    def close(self) -> None:
        """Shut every idle connection (those in use are closed when given back after this)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for client, _used in idle:
            self._close(client)

    def idle_connections(self) -> int:
        with self._lock:
            return len(self._idle)

    def send(self, redis, message: EmailMessage, meta: dict) -> str:
        """Send one message; returns its Message-ID."""
        client = self._take()
        try:
            client.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            try:
                client.rset()
                self._give_back(client)
            except (OSError, smtplib.SMTPException):
                self._close(client)
            code = next(iter(exc.recipients.values()))[0] if exc.recipients else 550
            raise MailError(f"recipient refused ({code})", transient=400 <= code < 500, code=code) from None
        except smtplib.SMTPResponseException as exc:
            self._close(client)
            raise MailError(f"SMTP refused the message ({exc.smtp_code})", transient=400 <= exc.smtp_code < 500,
                            code=exc.smtp_code) from None
        except (OSError, smtplib.SMTPException) as exc:
            self._close(client)
            raise MailError(f"SMTP send failed: {type(exc).__name__}", transient=True) from None
        self._give_back(client)
        return message["Message-ID"]


class LocalMailer:
    """No SMTP_URL: the email is recorded (recipient by pseudonym) for the simulator and tests."""

    sender_id = "local-mail"

    def send(self, redis, message: EmailMessage, meta: dict) -> str:
        entry = {"sid": message["Message-ID"], "to": meta.get("recipient"), "label": meta.get("label"),
                 "kind": "email", "subject": message["Subject"],
                 "body": message.get_body(("plain",)).get_content(), "at": time.time()}
        redis.rpush(keys.LOCAL_OUTBOX, json.dumps(entry))
        redis.ltrim(keys.LOCAL_OUTBOX, -1000, -1)
        return message["Message-ID"]

    def close(self) -> None:
        """Nothing to close (SmtpMailer's counterpart)."""


def make_mailer(config: dict):
    return SmtpMailer(config) if config.get("SMTP_URL") else LocalMailer()
