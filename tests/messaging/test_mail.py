"""SMTP_URL against a real SMTP server (aiosmtpd) on 127.0.0.1: STARTTLS with a
certificate the client verifies, AUTH, implicit TLS (smtps://), refusals; local mode."""
from __future__ import annotations

import ssl
import threading

import pytest

from bot.messaging.mail import LocalMailer, MailError, SmtpMailer
from tests.fakes.smtp_server import SmtpServer, make_ca_and_cert


def message(to="resident@example.org"):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "a@asp.test", to, "Hello", "<m1@asp.test>"
    msg.set_content("plain")
    msg.add_alternative("<p>html</p>", subtype="html")
    return msg


@pytest.fixture()
def tls(tmp_path, monkeypatch):
    ca, cert, key = make_ca_and_cert(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", ca)      # the client trusts our test CA, and only through verification
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    return ctx


def test_starttls_and_auth(tls):
    server = SmtpServer(tls_context=tls, users={"alerts": "s3cret/+x"}, require_tls=True).start()
    try:
        url = f"smtp://alerts:s3cret%2F%2Bx@127.0.0.1:{server.port}"
        mailer = SmtpMailer({"SMTP_URL": url, "SMTP_STARTTLS": "require", "ALERT_EMAIL_FROM": "a@asp.test"})
        assert mailer.send(None, message(), {}) == "<m1@asp.test>"
        assert server.envelopes[0]["tls"] and server.envelopes[0]["auth"]
        got = server.messages[0]
        assert got.get_body(("plain",)).get_content().strip() == "plain"
        bad = SmtpMailer({"SMTP_URL": f"smtp://alerts:wrong@127.0.0.1:{server.port}", "SMTP_STARTTLS": "require",
                          "SMTP_TIMEOUT_S": 5})
        with pytest.raises(MailError) as exc:     # refused (or hung up on): retried later, never leaking the password
            bad.send(None, message(), {})
        assert exc.value.transient and "wrong" not in str(exc.value) and len(server.messages) == 1
    finally:
        server.stop()


def test_starttls_required_but_not_offered_is_an_error():
    server = SmtpServer().start()
    try:
        mailer = SmtpMailer({"SMTP_URL": server.url, "SMTP_STARTTLS": "require"})
        with pytest.raises(MailError, match="STARTTLS"):
            mailer.send(None, message(), {})
        assert server.messages == []
    finally:
        server.stop()


def test_implicit_tls_smtps(tls):
    server = SmtpServer(implicit_tls=tls).start()
    try:
        mailer = SmtpMailer({"SMTP_URL": server.url})
        assert server.url.startswith("smtps://")
        mailer.send(None, message(), {})
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_refusals_permanent_and_transient_never_name_the_address():
    server = SmtpServer().start()
    try:
        server.refuse("gone@example.org", 550)
        server.refuse("later@example.org", 451)
        mailer = SmtpMailer({"SMTP_URL": server.url, "SMTP_STARTTLS": "off"})
        with pytest.raises(MailError) as exc:
            mailer.send(None, message("gone@example.org"), {})
        assert not exc.value.transient and exc.value.code == 550 and "gone@" not in str(exc.value)
        with pytest.raises(MailError) as exc:
            mailer.send(None, message("later@example.org"), {})
        assert exc.value.transient
    finally:
        server.stop()


def test_unreachable_server_is_transient():
    mailer = SmtpMailer({"SMTP_URL": "smtp://127.0.0.1:1", "SMTP_TIMEOUT_S": 2})
    with pytest.raises(MailError) as exc:
        mailer.send(None, message(), {})
    assert exc.value.transient


@pytest.mark.parametrize("url", ["http://x", "smtp://", "mailto:a@b"])
def test_bad_smtp_url_is_refused_clearly(url):
    with pytest.raises(ValueError, match="SMTP_URL"):
        SmtpMailer({"SMTP_URL": url})


def test_local_mailer_records_by_pseudonym(redis):
    LocalMailer().send(redis, message(), {"recipient": "m" + "0" * 32, "label": "alert A-1"})
    import json

    from bot.store import keys
    entry = json.loads(redis.lrange(keys.LOCAL_OUTBOX, -1, -1)[0])
    assert entry["kind"] == "email" and entry["to"] == "m" + "0" * 32 and "example.org" not in json.dumps(entry)


def test_connections_are_pooled_per_mailer_shared_by_threads_and_closed():
    """The fan-out sends from short-lived threads: they share the mailer's connections
    (one here), each mailer only ever talks to its own server, and close() ends them."""
    one, two = SmtpServer().start(), SmtpServer().start()
    try:
        a = SmtpMailer({"SMTP_URL": one.url, "SMTP_STARTTLS": "off"})
        b = SmtpMailer({"SMTP_URL": two.url, "SMTP_STARTTLS": "off"})
        for n in range(3):                     # one thread after another, as chunk after chunk
            t = threading.Thread(target=a.send, args=(None, message(f"r{n}@example.org"), {}))
            t.start()
            t.join()
        b.send(None, message("other@example.org"), {})
        assert [e["to"] for e in one.envelopes] == [[f"r{n}@example.org"] for n in range(3)]
        assert [e["to"] for e in two.envelopes] == [["other@example.org"]]
        assert len({e["peer"] for e in one.envelopes}) == 1 and a.idle_connections() == 1
        a.close()
        assert a.idle_connections() == 0 and b.idle_connections() == 1
        a.send(None, message("after@example.org"), {})       # a new connection after close()
        assert len({e["peer"] for e in one.envelopes}) == 2 and len(two.envelopes) == 1
    finally:
        one.stop()
        two.stop()
