"""Server-side console sessions in Redis: the cookie holds a random ID and nothing else.

Flask's ``session`` is backed by ``RedisSessionInterface`` for requests under
/console (everything else, e.g. the Twilio webhooks, and the console's static
files get a session that is never stored and sets no cookie). The cookie carries 256 random bits; Redis keeps the data
under the ID's SHA-256 (``keys.console_session``), so a copy of the database holds
no usable session. A session ends:

- when idle for CONSOLE_SESSION_IDLE_MINUTES (the key's TTL, renewed by each
  request but a page's polling (``passive``), and the stored last-seen time, checked on load),
- CONSOLE_SESSION_MAX_HOURS after it started, whatever the activity,
- at sign-out (``end``), and for every session of an account when its password or
  two-factor is reset or it is disabled (bot/console/accounts.py ``_revoke``).

The ID is replaced (``rotate``) at each step of sign-in, so an ID planted before
sign-in is worth nothing after it. A session that has been deleted is never written
back by a request that loaded it before (``SET XX``), so a poll in flight cannot
undo a sign-out.
"""
from __future__ import annotations

import hashlib
import json
import secrets
import time

from flask.sessions import SessionInterface, SessionMixin
from werkzeug.datastructures import CallbackDict

from bot.store import keys

PREFIX_PATH = "/console"


class ConsoleSession(CallbackDict, SessionMixin):
    def __init__(self, initial=None, sid: str | None = None, created: float | None = None):
        def on_update(_):
            self.modified = True
        super().__init__(initial or {}, on_update)
        self.sid = sid
        self.created = created or time.time()
        self.modified = False
        self.rotate_requested = False
        self.end_requested = False
        self.expired = False      # an ID came in, but its session had timed out or was ended
        self.passive = False      # this request is not activity: the session is not renewed (``passive``)

    @property
    def new(self) -> bool:
        return self.sid is None


class _Unstored(dict, SessionMixin):
    """Outside /console: never stored, never a cookie."""


def _hash(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


def cookie_name(app) -> str:
    # __Host-: the browser takes it only over https, from this host, for path / (no subdomain can set it).
    return "__Host-console" if _secure(app) else "console_session"


def _secure(app) -> bool:
    return bool(app.config["SESSION_COOKIE_SECURE"])


class RedisSessionInterface(SessionInterface):
    def __init__(self, redis):
        self.redis = redis

    # -- lifetimes -------------------------------------------------------------------
    @staticmethod
    def idle_s(app) -> float:
        return app.config["CONSOLE_SESSION_IDLE_MINUTES"] * 60

    @staticmethod
    def max_s(app) -> float:
        return app.config["CONSOLE_SESSION_MAX_HOURS"] * 3600

    def open_session(self, app, request):
        if not (request.path == PREFIX_PATH or request.path.startswith(PREFIX_PATH + "/")) \
                or request.path.startswith(PREFIX_PATH + "/static/"):   # a stylesheet is not activity
            return _Unstored()
        sid = request.cookies.get(cookie_name(app))
        if not sid or len(sid) > 100:
            return ConsoleSession()
        raw = self.redis.get(keys.console_session(_hash(sid)))
        now = time.time()
        data = json.loads(raw) if raw else None
        if data is None or now - data.get("_seen", 0) > self.idle_s(app) \
                or now - data.get("_created", 0) > self.max_s(app):
            if data is not None:
                self.redis.delete(keys.console_session(_hash(sid)))
            fresh = ConsoleSession()
            fresh.expired = True
            return fresh
        created = data.pop("_created")
        data.pop("_seen", None)
        return ConsoleSession(data, sid=sid, created=created)

    def save_session(self, app, session, response):
        if not isinstance(session, ConsoleSession):
            return
        name = cookie_name(app)
        cookie = dict(path="/", secure=_secure(app), httponly=True, samesite="Lax")
        if session.end_requested:
            if session.sid:
                self._delete(session.sid, session.get("staff_id"))
            response.delete_cookie(name, **cookie)
            return
        old_sid = session.sid
        if session.passive and old_sid and not session.rotate_requested:
            return            # a poll: neither renewed nor written, so the idle timeout still runs
        if session.rotate_requested and old_sid:
            self._delete(old_sid, session.get("staff_id"))
            session.sid = None
        if session.sid is None and not dict(session):
            if session.expired:
                response.delete_cookie(name, **cookie)
            return            # nothing worth keeping: no cookie, no key
        now = time.time()
        if session.sid is None:      # brand new, or rotated: the absolute lifetime starts now
            session.created = now
        remaining = self.max_s(app) - (now - session.created)
        ttl = max(1, int(min(self.idle_s(app), remaining)))
        payload = json.dumps({**dict(session), "_created": session.created, "_seen": now})
        if session.sid is None:
            session.sid = secrets.token_urlsafe(32)
            stored = self.redis.set(keys.console_session(_hash(session.sid)), payload, ex=ttl, nx=True)
        else:   # never bring back a session deleted meanwhile (sign-out, revocation)
            stored = self.redis.set(keys.console_session(_hash(session.sid)), payload, ex=ttl, xx=True)
        if not stored:
            response.delete_cookie(name, **cookie)
            return
        staff_id = session.get("staff_id")
        if staff_id:
            index = keys.staff_sessions(staff_id)
            pipe = self.redis.pipeline(transaction=False)
            pipe.sadd(index, keys.console_session(_hash(session.sid)))
            pipe.expire(index, int(self.max_s(app)) + 60)
            pipe.execute()
        if session.sid != old_sid:
            # A browser-session cookie (no Expires): it goes when the browser closes; Redis ends it sooner.
            response.set_cookie(name, session.sid, **cookie)

    def _delete(self, sid: str, staff_id: str | None) -> None:
        key = keys.console_session(_hash(sid))
        pipe = self.redis.pipeline(transaction=False)
        pipe.delete(key)
        if staff_id:
            pipe.srem(keys.staff_sessions(staff_id), key)
        pipe.execute()


def passive(session) -> None:
    """This request is not the person's activity (a page polling for news): it does not renew
    the session, so a tip page left open still signs its viewer out after the idle timeout."""
    if isinstance(session, ConsoleSession):
        session.passive = True


def rotate(session) -> None:
    """Start afresh under a new ID (data cleared): used at each sign-in step."""
    session.clear()
    session.rotate_requested = True


def end(session) -> None:
    """Sign out: the server-side session is deleted and the cookie cleared."""
    session.clear()
    session.end_requested = True
