"""Console fixtures: staff accounts per role, browser-like clients over https, and
the route/role table (tests/console/access.py) with a walker over every console route.

    def test_something(signed_in, console):
        officer = signed_in("officer")          # a ConsoleClient signed in as a new officer
        page = officer.get("/console/tips")
        anon = console()                         # a signed-out ConsoleClient
        resp = officer.post("/console/account/sign-out-everywhere")   # CSRF token added, as a browser posts it

    def test_other(staff_factory, console):
        login = staff_factory("admin", officer_phone=OFFICER)  # an enrolled account (StaffLogin)
        client = console(); client.sign_in(login)               # the real two-step sign-in

Every request goes to https://tips.example.test, as production is https: the session
cookie is Secure (and __Host-); form posts are checked by Sec-Fetch-Site and token, not Referer.
``ConsoleClient.post`` sends the page's CSRF token and ``Sec-Fetch-Site: same-origin``, as a browser does.

``pages_for(client, world)`` fetches every GET route the client's role may see (for
the anonymity scans): it needs a ``world`` (fixture) with a value for every URL
argument in the table (``tip_id``, ``staff_id`` ...).
"""
from __future__ import annotations

import hashlib
import io
import re
import time
from dataclasses import dataclass, field
from html import unescape

import pyotp
import pytest

from bot.console import accounts, passwords
from bot.store import keys
from tests.console import access as access_table
from tests.helpers import PUBLIC_BASE_URL

BASE = PUBLIC_BASE_URL            # https://...
HOST = BASE.split("://", 1)[1]
COOKIE = "__Host-console"         # the session cookie over https (outside local mode)
TEST_PASSWORD = "amber kettle lantern 42"
_CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
_CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _one_argon2_hash_per_password(monkeypatch):
    """argon2 takes ~0.25 s a hash here by design; the tests reuse one hash per password
    (verification, the sign-in path, still runs in full)."""
    real = passwords.hash_password
    monkeypatch.setattr(passwords, "hash_password", lambda pw: _HASHES.get(pw) or _HASHES.setdefault(pw, real(pw)))


_HASHES: dict[str, str] = {}


@dataclass
class StaffLogin:
    """An enrolled account and everything needed to sign in as it."""
    id: str
    email: str
    name: str
    role: str
    password: str
    totp_secret: str
    recovery_codes: list[str]
    _last_step: int = field(default=-1, repr=False)

    def code(self) -> str:
        """A TOTP code not used before (the server refuses a replay): now, else the next step.
        Two sign-ins per 30 s per account; call ``allow_replay`` between more."""
        now = int(time.time() // 30)
        for step in (now, now + 1):
            if step > self._last_step:
                self._last_step = step
                return pyotp.TOTP(self.totp_secret).at(step * 30)
        raise AssertionError("more than two TOTP sign-ins in 30 s: call login.allow_replay(redis) between them")

    def allow_replay(self, redis) -> None:
        redis.delete(keys.staff_totp_last(self.id))
        self._last_step = -1


class ConsoleClient:
    """A browser-like client of the console over https (cookies kept, CSRF token and Sec-Fetch-Site sent)."""

    def __init__(self, app):
        self.app = app
        self.http = app.test_client()
        self.login: StaffLogin | None = None
        self._csrf: str | None = None

    # -- requests -----------------------------------------------------------------------
    def get(self, path: str, **kw):
        resp = self.http.get(path, base_url=BASE, **kw)
        self._remember_csrf(resp)
        return resp

    def post(self, path: str, data: dict | None = None, *, csrf: bool = True, **kw):
        """A form post as a current browser sends it under Referrer-Policy no-referrer: the
        page's token, ``Sec-Fetch-Site: same-origin`` (override in ``headers``), no Referer."""
        data = dict(data or {})
        if csrf and "csrf_token" not in data:
            data["csrf_token"] = self.csrf_token()
        headers = dict(kw.pop("headers", {}) or {})
        headers.setdefault("Sec-Fetch-Site", "same-origin")
        resp = self.http.post(path, data=data, base_url=BASE, headers=headers, **kw)
        self._remember_csrf(resp)
        return resp

    def _remember_csrf(self, resp) -> None:
        if resp.mimetype == "text/html":
            m = _CSRF_META.search(resp.get_data(as_text=True))
            if m:
                self._csrf = unescape(m.group(1))

    def csrf_token(self) -> str:
        """The token of the current session (fetched from a page if none seen yet)."""
        if self._csrf is None:
            self.get("/console/login", follow_redirects=True)
        assert self._csrf, "no CSRF token on the page"
        return self._csrf

    # -- session ------------------------------------------------------------------------
    def session_id(self) -> str | None:
        cookie = self.http.get_cookie(COOKIE, domain=HOST)
        return cookie.value if cookie else None

    def forget_csrf(self) -> None:
        self._csrf = None

    # -- signing in -----------------------------------------------------------------------
    def sign_in_password(self, login: StaffLogin, password: str | None = None, email: str | None = None):
        self.forget_csrf()
        self.get("/console/login")
        return self.post("/console/login", {"email": email or login.email,
                                            "password": password if password is not None else login.password})

    def sign_in_code(self, code: str):
        self.forget_csrf()
        self.get("/console/login/code")     # as the browser does after the redirect: the new session's token
        return self.post("/console/login/code", {"code": code})

    def sign_in(self, login: StaffLogin, code: str | None = None) -> "ConsoleClient":
        resp = self.sign_in_password(login)
        assert resp.status_code == 302 and resp.location.endswith("/console/login/code"), resp.get_data(as_text=True)
        resp = self.sign_in_code(code or login.code())
        assert resp.status_code == 302, resp.get_data(as_text=True)
        self.login = login
        self.forget_csrf()     # a new session: a new token
        return self


@pytest.fixture()
def console(app):
    """``console()``: a new signed-out ConsoleClient (``console(other_app)`` for another app)."""
    return lambda other=None: ConsoleClient(other or app)


_counter = iter(range(1, 1_000_000))


@pytest.fixture()
def staff_factory(services):
    """``staff_factory(role, email=, name=, officer_phone=, password=)`` -> StaffLogin: an account
    created and enrolled as ``staff add`` and the enrolment page do it."""
    def make(role: str = "officer", *, email: str | None = None, name: str | None = None,
             officer_phone: str | None = None, password: str = TEST_PASSWORD) -> StaffLogin:
        n = next(_counter)
        email = email or f"{role}{n}@police.example.test"
        name = name or f"{role.capitalize()} {n}"
        person, token = accounts.create(services, email=email, name=name, role=role, officer_phone=officer_phone)
        _, secret = accounts.enrolment(services, token)
        person, codes = accounts.complete_enrolment(services, token, password=password, confirm=password,
                                                    code=pyotp.TOTP(secret).now())
        services.redis.delete(keys.staff_totp_last(person.id))   # the enrolment code's step: free for sign-in
        return StaffLogin(id=person.id, email=email, name=name, role=role, password=password, totp_secret=secret,
                          recovery_codes=codes)
    return make


@pytest.fixture()
def signed_in(console, staff_factory):
    """``signed_in(role, **staff_factory_kwargs)`` -> a ConsoleClient signed in as a new account
    of that role (``client.login`` is its StaffLogin)."""
    def make(role: str = "officer", **kwargs) -> ConsoleClient:
        return console().sign_in(staff_factory(role, **kwargs))
    return make


@pytest.fixture()
def officer_client(signed_in):
    return signed_in("officer")


@pytest.fixture()
def supervisor_client(signed_in):
    return signed_in("supervisor")


@pytest.fixture()
def admin_client(signed_in):
    return signed_in("admin")


# -- the route/role table -------------------------------------------------------------------
@pytest.fixture()
def access():
    """The route/role table (tests/console/access.py)."""
    return access_table


def jpeg_with_gps(colour=(200, 30, 30)) -> bytes:
    """A small JPEG whose EXIF carries a GPS position (Bristol), as a phone's photo would."""
    from PIL import ExifTags, Image

    img = Image.new("RGB", (40, 20), colour)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Acme Phones"
    exif[ExifTags.IFD.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (51.0, 27.0, 7.2),
                                  ExifTags.GPS.GPSLongitudeRef: "W", ExifTags.GPS.GPSLongitude: (2.0, 35.0, 24.0)}
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


@pytest.fixture()
def world(services, staff_factory, make_phone, fake_twilio, worker):
    """Values for the URL arguments of the route table: a filed tip (from TIPSTER, with a plate,
    a place and a photo carrying a GPS position, fetched) and another staff member to act on
    (``assignee``: the key a supervisor assigns them by). Extend it for new arguments."""
    from tests.helpers import TIPSTER

    tipster = make_phone(TIPSTER)
    photo = jpeg_with_gps()
    tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street, "
                 "ring me on 07700 900123", media=[fake_twilio.add_media(photo)])
    replies = tipster.send("SEND")
    match = re.search(r"T-[A-Z0-9]{4,6}", " ".join(replies))
    assert match, replies
    worker()     # fetches the photo (and delivers the tip's news)
    target = staff_factory("officer", name="Target Person")
    _, enrol_token = accounts.create(services, email="not-yet-enrolled@police.example.test", name="New Starter",
                                     role="officer")
    make_phone("+447700900311").send("JOIN FARMWATCH BA3 5QE")
    return {"tip_id": match.group(0), "staff_id": target.id, "enrol_token": enrol_token, "tipster": TIPSTER,
            "photo_sha256": hashlib.sha256(photo).hexdigest(), "assignee": f"staff:{target.id}",
            "alert_id": _pending_alert(services, staff_factory)}


def _pending_alert(services, staff_factory) -> str:
    """An alert another officer wrote, waiting for approval (bot.alerts.approval)."""
    from bot.alerts import approval, targeting

    author = staff_factory("officer", name="Alert Author")
    composed = targeting.Composed(schemes=["FARMWATCH"], text="Cattle loose on the A362")
    officer = {"pseudonym": f"staff:{author.id}", "name": author.name, "badge": "", "staff": author.id}
    alert_id = approval.create(services, composed, officer=officer, author=f"staff:{author.id}", staff_id=author.id,
                               author_name=author.name, recipients=1)
    assert approval.submit_for_approval(services, alert_id, officer, by=f"staff:{author.id}") == "pending_approval"
    return alert_id


def console_rules(app):
    """(endpoint, rule, methods) for every /console route in the app's url_map."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/console"):
            methods = sorted(m for m in rule.methods if m not in ("HEAD", "OPTIONS"))
            out.append((rule.endpoint, rule, methods))
    return out


class Pages(dict):
    """{path: text}; ``files``: the paths that are not HTML pages (a stylesheet, a photo: their
    bytes as latin-1 text, still scanned for numbers, but no page landmarks to check)."""

    def __init__(self):
        super().__init__()
        self.files: set[str] = set()


def pages_for(client: ConsoleClient, world: dict) -> Pages:
    """{path: HTML} of every GET page in the table that the client's role may see (200)."""
    role = client.login.role if client.login else access_table.SIGNED_OUT
    pages = Pages()
    for endpoint, route in access_table.ROUTES.items():
        if "GET" not in route.methods or route.expect_for(role, "GET") != 200:
            continue
        path = route.path(client.app, endpoint, world)
        resp = client.get(path)
        assert resp.status_code == 200, f"{path}: {resp.status_code}"
        if resp.mimetype == "text/html":
            pages[path] = resp.get_data(as_text=True)
        else:
            pages[path] = resp.get_data().decode("latin-1")
            pages.files.add(path)
    return pages


@pytest.fixture()
def visible_pages():
    """``visible_pages(client, world)`` -> {path: HTML} of every GET page its role may see."""
    return pages_for


@pytest.fixture()
def put_tip(redis):
    """``put_tip(tip_id, what=, where=, plates=, partials=, places=, urgent=, at=, case=, thread=)``:
    a tip written by ``tips.write_tip`` in one MULTI as the inbound save does (so the search
    indexes are written as in production), then case fields (claimed_by, status, outcome ...)
    and extra thread entries ({"from": "officer PC Jones", "text": ..., "at": ...})."""
    import json as json_lib

    from bot.tipline import tips

    def write(tip_id: str, *, what: str = "something happened", where: str = "", plates=(), partials=(),
              places=(), urgent: bool = False, at: float | None = None, case: dict | None = None,
              thread=()) -> str:
        now = time.time() if at is None else at
        fields = {"what": what, **({"where": where} if where else {})}
        facts = {"plates": list(plates), "partial_plates": list(partials), "locations": list(places)}
        texts = list(fields.values())
        conv = {"tip_id": tip_id, "fields": fields, "facts": facts, "media": [], "texts": texts,
                "text_count": len(texts), "synced_texts": 0, "started_at": now - 60, "urgent": urgent,
                "urgent_reason": "weapon mentioned" if urgent else ""}
        pipe = redis.pipeline(transaction=True)
        tips.write_tip(pipe, conv, "q" * 32, partial=False, now=now)
        if case:
            pipe.hset(keys.tip(tip_id), mapping=case)
        for entry in thread:
            pipe.rpush(keys.tip_thread(tip_id), json_lib.dumps(entry))
        pipe.execute()
        return tip_id
    return write
