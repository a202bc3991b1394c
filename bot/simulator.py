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


@click.command()
@with_appcontext
@click.option("--phone", default=DEFAULT_PHONE, show_default=True, help="The phone number you play.")
@click.option("--url", default=None, help="Send to a running server instead of the in-process app.")
def chat(phone: str, url: str | None) -> None:
    """Chat with the bot as a phone. Commands: /phone NUMBER, /photo, /quit."""
    if "LOG_LEVEL" not in os.environ:  # keep the chat readable; set LOG_LEVEL to see the logs
        logging.getLogger().setLevel(logging.WARNING)
    app = current_app._get_current_object()
    svc = app.extensions["tipline"]
    cfg = app.config
    client = app.test_client()
    seen = svc.redis.llen(keys.LOCAL_OUTBOX)
    mode = "LOCAL mode: outbound texts are shown here, not sent" if cfg["LOCAL_MODE"] else "Twilio mode"
    click.echo(f"{cfg['PROGRAMME_NAME']} simulator ({mode}). You are {phone}. /quit to leave.")
    for n in itertools.count(1):
        try:
            line = input("you> ") if sys.stdin.isatty() else sys.stdin.readline()
        except (EOFError, KeyboardInterrupt):
            break
        if line == "" and not sys.stdin.isatty():
            break
        line = line.rstrip("\n")
        if line.strip() == "/quit":
            break
        if line.startswith("/phone "):
            phone = line.split(None, 1)[1].strip()
            click.echo(f"(you are now {phone})")
            continue
        params = {"From": phone, "To": cfg.get("TWILIO_FROM_NUMBER") or "+440000000000",
                  "Body": line, "MessageSid": "SM" + uuid.uuid4().hex, "NumMedia": "0"}
        if line.strip() == "/photo":
            params.update(Body="", NumMedia="1", MediaUrl0=f"https://example.invalid/photo{n}.jpg")
        xml = signed_post(client, url, params, cfg["TWILIO_AUTH_TOKEN"], cfg["PUBLIC_BASE_URL"])
        for reply in parse_twiml(xml):
            click.echo(f"bot> {reply}")
        run_jobs(svc)
        entries, seen = new_outbox(svc, seen)
        for entry in entries:
            who = entry.get("label") or f"phone {str(entry.get('to'))[:8]}"
            click.echo(f"  [text to {who} ({entry.get('kind')})] {entry['body']}")
