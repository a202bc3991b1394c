"""The public pages' one door into the subscriber store (bot.alerts.subscribers): subscribe
a confirmed contact, read and change a subscriber's choices, leave, and send the
confirmation email or code call.

A subscriber is named by their pseudonym (the phone's, as for JOIN by text), so a web
sign-up and ``JOIN FARMWATCH`` by text land in the same record.
"""
from __future__ import annotations

import time

from redis.exceptions import WatchError

from bot.alerts import subscribers
from bot.privacy.identity import keep_number
from bot.store import keys

SMS, VOICE, EMAIL = "sms", "voice", "email"


def subscriber_of(services, kind: str, value: str) -> str:
    return services.identity.pseudonym(value.lower() if kind == EMAIL else value)


def subscribe(services, kind: str, value: str, prefs: dict, now: float | None = None) -> str:
    """Join every scheme of ``prefs`` for this contact (moving an existing subscription to
    the new place and categories); the subscriber."""
    now = now or time.time()
    redis, identity = services.redis, services.identity
    p = subscriber_of(services, kind, value)
    with redis.pipeline() as pipe:
        while True:
            try:
                pipe.watch(keys.subscriber(p))
                record, paused = subscribers.load(pipe, p)
                pipe.multi()
                if kind != EMAIL:
                    keep_number(pipe, identity, p, value, services.config["NUMBER_RETENTION_DAYS"] * 86400)
                for kw, cats in prefs["schemes"].items():
                    new = subscribers.entry(prefs["area"], prefs["lat"], prefs["lon"], cats, now)
                    subscribers.save_join(pipe, p, kw, new, record.get(kw), paused)
                pipe.execute()
                return p
            except WatchError:
                continue


def load(services, subscriber: str) -> tuple[dict[str, dict], bool]:
    return subscribers.load(services.redis, subscriber)


def update(services, subscriber: str, prefs: dict, now: float | None = None) -> None:
    """Replace the subscriber's schemes, place and categories with ``prefs``."""
    now = now or time.time()
    redis = services.redis
    retention_s = services.config["NUMBER_RETENTION_DAYS"] * 86400
    with redis.pipeline() as pipe:
        while True:
            try:
                pipe.watch(keys.subscriber(subscriber))
                record, paused = subscribers.load(pipe, subscriber)
                pipe.multi()
                for kw, old in record.items():
                    if kw not in prefs["schemes"]:
                        subscribers.save_leave(pipe, subscriber, kw, old, False, retention_s)
                for kw, cats in prefs["schemes"].items():
                    old = record.get(kw)
                    new = subscribers.entry(prefs["area"], prefs["lat"], prefs["lon"], cats,
                                            old["since"] if old else now)
                    subscribers.save_join(pipe, subscriber, kw, new, old, paused)
                pipe.execute()
                return
            except WatchError:
                continue


def leave(services, subscriber: str) -> None:
    redis = services.redis
    retention_s = services.config["NUMBER_RETENTION_DAYS"] * 86400
    with redis.pipeline() as pipe:
        while True:
            try:
                pipe.watch(keys.subscriber(subscriber))
                record, _ = subscribers.load(pipe, subscriber)
                pipe.multi()
                names = sorted(record)
                for kw in names:
                    subscribers.save_leave(pipe, subscriber, kw, record[kw], kw == names[-1], retention_s)
                pipe.execute()
                return
            except WatchError:
                continue


def can_call(services) -> bool:
    """Whether codes can be sent by voice call (not yet: they go by text)."""
    return False


def call_code(services, number: str, code: str, minutes: str) -> None:
    raise NotImplementedError("voice calls")


def send_confirm_email(services, pending_id: str, index: int, address: str, url: str) -> None:
    raise NotImplementedError("email")
