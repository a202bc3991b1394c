"""A terminal chat that plays a phone: ``flask --app wsgi chat``.

Each line you type is sent as a Twilio-signed POST through the real /sms webhook
(the app's own WSGI stack, or a running server with --url); the bot's replies are
printed, then queued jobs are run and any other outbound texts (officer
notifications, relays, alerts: recorded, not sent, in local mode) are shown.
"""
from __future__ import annotations

import itertools
import json
import logging
import os
import sys
import uuid

import click
from flask import current_app
from flask.cli import with_appcontext
from twilio.request_validator import RequestValidator

from bot.messaging import queues
from bot.store import keys

DEFAULT_PHONE = "+447700900123"  # Ofcom's drama range: never a real person


def signed_post(client, url: str, params: dict, auth_token: str, base_url: str | None):
    full = (base_url.rstrip("/") if base_url else "http://localhost") + "/sms"
    sig = RequestValidator(auth_token).compute_signature(full, params)
    headers = {"X-Twilio-Signature": sig}
    if url:
        import requests

        return requests.post(url.rstrip("/") + "/sms", data=params, headers=headers, timeout=20).text
    return client.post("/sms", data=params, headers=headers, base_url=full.rsplit("/sms", 1)[0]).get_data(as_text=True)


def parse_twiml(xml: str) -> list[str]:
    from xml.etree import ElementTree

    try:
        return [m.text or "" for m in ElementTree.fromstring(xml).iter("Message")]
    except ElementTree.ParseError:
        return [xml]


def run_jobs(svc) -> None:
    from rq import SimpleWorker

    SimpleWorker([svc.queues[n] for n in queues.ALL_QUEUES], connection=svc.redis).work(
        burst=True, with_scheduler=True, logging_level="WARNING")


def new_outbox(svc, seen: int) -> tuple[list[dict], int]:
    entries = [json.loads(x) for x in svc.redis.lrange(keys.LOCAL_OUTBOX, seen, -1)]
    return entries, seen + len(entries)


HELP = "Simulator commands: /phone NUMBER (play another phone), /inbox (texts this phone got), /photo, /quit."


class Phones:
    """Which phone you play, and the texts each phone was sent (local mode records them by pseudonym)."""

    def __init__(self, svc, phone: str):
        self.svc, self.inboxes = svc, {}
        self.phone = phone

    def pseudonym(self, phone: str) -> str | None:
        from bot.privacy.identity import BadNumber, normalise_number

        try:
            return self.svc.identity.pseudonym(normalise_number(phone, self.svc.config["DEFAULT_REGION"]))
        except BadNumber:
            return None

    def deliver(self, entry: dict) -> bool:
        """Keep a recorded text in its recipient's inbox; True if it is for the phone you play."""
        self.inboxes.setdefault(entry.get("to"), []).append(entry)
        return entry.get("to") == self.pseudonym(self.phone)

    def inbox(self, phone: str) -> list[dict]:
        return self.inboxes.get(self.pseudonym(phone), [])


def _quiet_logs(instance_path: str) -> str:
    """Log lines would print into the conversation: send them to a file instead."""
    path = os.path.join(instance_path, "chat.log")
    os.makedirs(instance_path, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.StreamHandler) and not isinstance(handler, logging.FileHandler):
            root.removeHandler(handler)
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


@click.command()
@with_appcontext
@click.option("--phone", default=DEFAULT_PHONE, show_default=True, help="The phone number you play.")
@click.option("--url", default=None, help="Send to a running server instead of the in-process app.")
def chat(phone: str, url: str | None) -> None:
    """Chat with the bot as a phone. Commands: /phone NUMBER, /inbox, /photo, /quit."""
    app = current_app._get_current_object()
    svc = app.extensions["tipline"]
    cfg = app.config
    log_path = _quiet_logs(cfg["INSTANCE_PATH"])
    client = app.test_client()
    seen = svc.redis.llen(keys.LOCAL_OUTBOX)
    phones = Phones(svc, phone)
    mode = "LOCAL mode: outbound texts are shown here, not sent" if cfg["LOCAL_MODE"] else "Twilio mode"
    click.echo(f"{cfg['PROGRAMME_NAME']} simulator ({mode}). You are {phone}. Logs go to {log_path}.")
    click.echo(HELP)
    for n in itertools.count(1):
        try:
            line = input("you> ") if sys.stdin.isatty() else sys.stdin.readline()
        except (EOFError, KeyboardInterrupt):
            break
        if line == "" and not sys.stdin.isatty():
            break
        line = line.rstrip("\n")
        command, _, rest = line.strip().partition(" ")
        if command == "/quit":
            break
        if command == "/phone":
            if not rest.strip() or phones.pseudonym(rest.strip()) is None:
                click.echo(f"(you are {phones.phone}; to switch: /phone +447700900456)")
                continue
            phones.phone = rest.strip()
            got = phones.inbox(phones.phone)
            click.echo(f"(you are now {phones.phone}; it has been sent {len(got)} text(s) so far"
                       + (": /inbox to read them)" if got else ")"))
            continue
        if command == "/inbox":
            got = phones.inbox(phones.phone)
            for entry in got:
                click.echo(f"  [{entry.get('kind')}] {entry['body']}")
            click.echo(f"({len(got)} text(s) sent to {phones.phone} outside replies)")
            continue
        if command.startswith("/") and command != "/photo":
            click.echo(f"(unknown command {command[:20]}) {HELP}")
            continue
        params = {"From": phones.phone, "To": cfg.get("TWILIO_FROM_NUMBER") or "+440000000000",
                  "Body": line, "MessageSid": "SM" + uuid.uuid4().hex, "NumMedia": "0"}
        if command == "/photo":
            params.update(Body=rest, NumMedia="1", MediaUrl0=f"https://example.invalid/photo{n}.jpg")
        xml = signed_post(client, url, params, cfg["TWILIO_AUTH_TOKEN"], cfg["PUBLIC_BASE_URL"])
        for reply in parse_twiml(xml):
            click.echo(f"bot> {reply}")
        run_jobs(svc)
        entries, seen = new_outbox(svc, seen)
        for entry in entries:
            if phones.deliver(entry):
                click.echo(f"bot> {entry['body']}")
            else:
                who = entry.get("label") or f"phone {str(entry.get('to'))[:8]}"
                click.echo(f"  [text to {who} ({entry.get('kind')})] {entry['body']}")
