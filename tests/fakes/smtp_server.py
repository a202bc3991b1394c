"""A real SMTP server on 127.0.0.1 for tests and benchmarks (aiosmtpd), keeping every
message it accepts: ``messages`` (parsed email.message.EmailMessage, with the
envelope in ``envelopes``). Optional STARTTLS (``tls_context``) and AUTH PLAIN/LOGIN
against ``users``; ``refuse(address, code)`` answers RCPT TO for that address with
``code`` (a 550 for a mailbox that does not exist, a 451 to try later)."""
from __future__ import annotations

import socket
import threading
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler:
    def __init__(self, server: "SmtpServer"):
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        code = self.server.refused.get(address.lower())
        if code:
            return f"{code} {'mailbox unavailable' if code >= 500 else 'try again later'}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.content, policy=policy.default)
        with self.server.lock:
            self.server.messages.append(msg)
            self.server.envelopes.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                          "tls": session.ssl is not None, "auth": bool(session.authenticated)})
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, tls_context=None, users: dict[str, str] | None = None, require_tls: bool = False):
        self.lock = threading.Lock()
        self.messages: list = []
        self.envelopes: list[dict] = []
        self.refused: dict[str, int] = {}
        self.users = users or {}
        self.port = free_port()
        kwargs = {}
        if tls_context is not None:
            kwargs.update(tls_context=tls_context, require_starttls=require_tls)
        if self.users:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=tls_context is not None)
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **kwargs)

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and self.users.get(auth_data.login.decode()) == auth_data.password.decode())
        return AuthResult(success=ok)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> "SmtpServer":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def reset(self) -> None:
        with self.lock:
            self.messages.clear()
            self.envelopes.clear()
            self.refused.clear()

    def refuse(self, address: str, code: int = 550) -> None:
        self.refused[address.lower()] = code

    def to(self, address: str) -> list:
        with self.lock:
            return [m for m, e in zip(self.messages, self.envelopes) if address in e["to"]]
