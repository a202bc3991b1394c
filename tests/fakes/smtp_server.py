"""A real SMTP server on 127.0.0.1 for tests and benchmarks (aiosmtpd), keeping every
message it accepts: ``messages`` (parsed email.message.EmailMessage, with the
envelope in ``envelopes``; kept raw and parsed when first read, so a benchmark's
server thread does not spend its process's CPU parsing thousands of emails). Optional STARTTLS (``tls_context``) and AUTH PLAIN/LOGIN
against ``users``; ``refuse(address, code)`` answers RCPT TO for that address with
``code`` (a 550 for a mailbox that does not exist, a 451 to try later)."""
from __future__ import annotations

import socket
import threading
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def make_ca_and_cert(folder) -> tuple[str, str, str]:
    """A CA and a certificate for 127.0.0.1 signed by it: (ca.pem, cert.pem, key.pem) paths."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = [str(folder / n) for n in ("ca.pem", "cert.pem", "key.pem")]
    with open(paths[0], "wb") as f:
        f.write(ca.public_bytes(serialization.Encoding.PEM))
    with open(paths[1], "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(paths[2], "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    return paths[0], paths[1], paths[2]


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
        with self.server.lock:
            self.server.raw.append(envelope.content)
            self.server.envelopes.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                          "tls": session.ssl is not None, "auth": bool(session.authenticated),
                                          "at": time.time(), "peer": tuple(session.peer or ())})
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, tls_context=None, users: dict[str, str] | None = None, require_tls: bool = False,
                 implicit_tls=None):
        self.lock = threading.Lock()
        self.raw: list[bytes] = []
        self._parsed: list = []
        self.envelopes: list[dict] = []
        self.refused: dict[str, int] = {}
        self.users = users or {}
        self.port = free_port()
        kwargs = {}
        if tls_context is not None:
            kwargs.update(tls_context=tls_context, require_starttls=require_tls)
        if self.users:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=tls_context is not None)
        self.implicit = implicit_tls is not None
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, ssl_context=implicit_tls,
                                     **kwargs)

    @property
    def messages(self) -> list:
        """Every message received, parsed (a new list each time; parsed once each)."""
        with self.lock:
            for content in self.raw[len(self._parsed):]:
                self._parsed.append(message_from_bytes(content, policy=policy.default))
            return list(self._parsed)

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and self.users.get(auth_data.login.decode()) == auth_data.password.decode())
        return AuthResult(success=ok)

    @property
    def url(self) -> str:
        return f"{'smtps' if self.implicit else 'smtp'}://127.0.0.1:{self.port}"

    def start(self) -> "SmtpServer":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def reset(self) -> None:
        with self.lock:
            self.raw.clear()
            self._parsed.clear()
            self.envelopes.clear()
            self.refused.clear()

    def refuse(self, address: str, code: int = 550) -> None:
        self.refused[address.lower()] = code

    def to(self, address: str) -> list:
        with self.lock:
            envelopes = list(self.envelopes)
        return [m for m, e in zip(self.messages, envelopes) if address in e["to"]]
