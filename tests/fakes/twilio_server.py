"""A small Twilio-compatible HTTP server for tests and benchmarks (127.0.0.1 only).

It speaks enough of the 2010-04-01 Messages API for the real Twilio SDK:
POST creates a message (recorded), GET lists them (filtered by To and, like
Twilio, ``DateSent>``). A message here is never handed to a carrier, so like one
Twilio has just accepted it stays ``queued`` with no ``date_sent``: a DateSent
filter does not find it. Errors can
be planned: the next N requests fail with an HTTP status and Twilio error code
(429, 5xx, 21610 ...), or every send to one number does. Each planned error
answers in one of Twilio's two error formats:

- ``legacy``: ``{"code", "message", "more_info", "status"}``, which the SDK raises
  as ``TwilioRestException``;
- ``problem``: RFC 9457 problem details ``{"type", "title", "status", "code",
  "detail", "instance"}`` (Twilio's newer APIs), which twilio 9.x raises as
  ``TwilioServiceException``.

Like Twilio's own, the error texts name the ``To`` number, so a test can see
whether one reaches a log line. ``created=True`` records the message and still
answers with the error (a gateway timing out after Twilio accepted the text):
the caller cannot tell whether it went out.

MMS media: ``add_media(bytes, content_type)`` serves them at a Twilio media path
(``/2010-04-01/Accounts/AC.../Messages/MM.../Media/ME...``, or ``fake.media[path] =
(bytes, content_type)``) and returns the URL Twilio would put in a webhook
(``https://api.twilio.com/...``; the app rebases it onto this server). Like Twilio,
the media path answers with a redirect to a CDN URL on another host name
(``localhost`` rather than ``127.0.0.1``: the same server) unless
``media_redirect`` is off; ``media_auth`` on requires HTTP basic auth with the
account SID and token on the media path (Twilio's "HTTP Basic Authentication for
media"); ``fail_media(path, status, times)`` plans errors. Every media request is
in ``media_requests`` (path, host, whether credentials came).

Calls (issue 12): ``POST .../Calls.json`` records a call (``calls``: sid, to, from,
twiml, status_callback, status_callback_event, status) and answers like Twilio
(status ``queued``); ``GET .../Calls.json`` lists them (``To`` filter); planned
errors apply to calls as to messages. Nothing calls back by itself: a test drives
the status callbacks (tests post them signed to the app), or ``drive_calls(url,
public_base_url, script)`` has the server post them itself over HTTP, signed with
the auth token, for every call from then on (``script``: (CallStatus, seconds after
creation) pairs, e.g. ringing, in-progress, completed), as a benchmark needs.
"""
from __future__ import annotations

import base64
import json
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class FakeTwilio:
    def __init__(self, account_sid: str = "AC" + "0" * 32, auth_token: str = "test-token", host: str = "127.0.0.1"):
        self.account_sid, self.auth_token = account_sid, auth_token
        self.lock = threading.Lock()
        self.messages: list[dict] = []
        self.requests: list[dict] = []
        self._fail_next: list[Planned] = []
        self._fail_to: dict[str, Planned] = {}
        self.delay_s = 0.0
        self.account_status = "active"
        self.incoming_numbers: dict[str, str] = {}   # E.164 -> its "A message comes in" URL (doctor)
        self.media: dict[str, tuple[bytes, str]] = {}   # media path -> (bytes, content type)
        self.media_auth = False       # Twilio's "HTTP Basic Authentication for media" on this account
        self.media_redirect = True    # answer the media path with a redirect to the CDN, as Twilio does
        self.media_requests: list[dict] = []
        self._media_fail: dict[str, list[int]] = {}
        self._cdn: dict[str, str] = {}   # CDN token -> media path
        self.calls: list[dict] = []
        self._drive: tuple[str, str, list] | None = None
        self.server = ThreadingHTTPServer((host, 0), self._handler())
        self.server.daemon_threads = True
        self.url = f"http://{host}:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    # -- control --------------------------------------------------------------
    def start(self) -> "FakeTwilio":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self.lock:
            self.messages.clear()
            self.requests.clear()
            self._fail_next.clear()
            self._fail_to.clear()
            self.delay_s = 0.0
            self.account_status = "active"
            self.incoming_numbers.clear()
            self.media.clear()
            self.media_auth = False
            self.media_redirect = True
            self.media_requests.clear()
            self._media_fail.clear()
            self._cdn.clear()
            self.calls.clear()
            self._drive = None

    def drive_calls(self, url: str | None, public_base_url: str = "",
                    script: list[tuple[str, float]] | None = None) -> None:
        """Post each new call's status callbacks to ``url`` (the app's base URL), signed for
        ``public_base_url`` (what the app validates against); None stops it."""
        with self.lock:
            self._drive = (url, public_base_url, script or [("ringing", 0.0), ("in-progress", 0.05),
                                                             ("completed", 0.3)]) if url else None

    def calls_to(self, number: str) -> list[dict]:
        with self.lock:
            return [c for c in self.calls if c["to"] == number]

    def _post_callbacks(self, call: dict, drive: tuple[str, str, list]) -> None:
        import requests
        from twilio.request_validator import RequestValidator

        url, public, script = drive
        path = call["status_callback"][len(public):] if call["status_callback"].startswith(public) else None
        if path is None:
            return
        validator = RequestValidator(self.auth_token)
        start = time.monotonic()
        for status, at in script:
            time.sleep(max(0.0, at - (time.monotonic() - start)))
            form = {"CallSid": call["sid"], "AccountSid": self.account_sid, "CallStatus": status,
                    "To": call["to"], "From": call["from"], "Direction": "outbound-api"}
            sig = validator.compute_signature(public + path, form)
            try:
                requests.post(url + path, data=form, headers={"X-Twilio-Signature": sig}, timeout=10)
            except requests.RequestException:
                pass
            with self.lock:
                call["status"] = status

    def add_media(self, data: bytes, content_type: str = "image/jpeg") -> str:
        """Serve ``data`` as a new MMS media item; returns its Twilio URL."""
        path = (f"/2010-04-01/Accounts/{self.account_sid}/Messages/MM{secrets.token_hex(16)}"
                f"/Media/ME{secrets.token_hex(16)}")
        with self.lock:
            self.media[path] = (data, content_type)
        return "https://api.twilio.com" + path

    def fail_media(self, path_or_url: str, status: int, times: int = 1) -> None:
        """The next ``times`` requests for this media answer ``status``."""
        path = urlsplit(path_or_url).path
        with self.lock:
            self._media_fail.setdefault(path, []).extend([status] * times)

    def fail_next(self, status: int, code: int, times: int = 1, style: str = "legacy",
                  created: bool = False) -> None:
        """The next ``times`` POSTs fail with ``status``/``code`` in ``style`` (legacy|problem)."""
        with self.lock:
            self._fail_next.extend([Planned(status, code, style, created)] * times)

    def fail_to(self, number: str, status: int = 400, code: int = 21610, style: str = "legacy") -> None:
        with self.lock:
            self._fail_to[number] = Planned(status, code, style, False)

    def sent_to(self, number: str) -> list[dict]:
        with self.lock:
            return [m for m in self.messages if m["to"] == number]

    # -- HTTP -------------------------------------------------------------------
    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def handle(self):
                try:
                    super().handle()
                except (ConnectionResetError, BrokenPipeError):   # a client that stopped reading (a refused download)
                    pass

            def _reply(self, status: int, payload: dict, content_type: str = "application/json") -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _authorised(self) -> bool:
                expected = base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
                return self.headers.get("Authorization") == f"Basic {expected}"

            def _path_ok(self, path: str) -> bool:
                return path == f"/2010-04-01/Accounts/{fake.account_sid}/Messages.json"

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                multi = parse_qs(self.rfile.read(length).decode())
                form = {k: v[0] for k, v in multi.items()}
                path = urlsplit(self.path).path
                with fake.lock:
                    fake.requests.append({"method": "POST", "path": path, "form": form, "at": time.time()})
                if not self._authorised():
                    return self._reply(401, _error(20003, "Authenticate", 401))
                if path == f"/2010-04-01/Accounts/{fake.account_sid}/Calls.json":
                    return self._create_call(form, multi, path)
                if not self._path_ok(path):
                    return self._reply(404, _error(20404, "Not found", 404))
                if fake.delay_s:
                    time.sleep(fake.delay_s)
                with fake.lock:
                    planned = fake._fail_next.pop(0) if fake._fail_next else fake._fail_to.get(form.get("To"))
                    if not planned or planned.created:
                        msg = _message(fake.account_sid, form)
                        fake.messages.append(msg)
                if planned:
                    return self._planned_error(planned, form.get("To") or "", path)
                return self._reply(201, msg)

            def _create_call(self, form: dict, multi: dict, path: str) -> None:
                if not form.get("To") or not form.get("From") or not (form.get("Twiml") or form.get("Url")):
                    return self._reply(400, _error(21205, "To, From and Twiml or Url are required", 400))
                if fake.delay_s:
                    time.sleep(fake.delay_s)
                with fake.lock:
                    planned = fake._fail_next.pop(0) if fake._fail_next else fake._fail_to.get(form.get("To"))
                    call = None
                    if not planned or planned.created:
                        call = _call(fake.account_sid, form, multi.get("StatusCallbackEvent", []))
                        fake.calls.append(call)
                    drive = fake._drive
                if planned:
                    return self._planned_error(planned, form.get("To") or "", path)
                if drive and call.get("status_callback"):
                    threading.Thread(target=fake._post_callbacks, args=(call, drive), daemon=True).start()
                return self._reply(201, _call_resource(call))

            def _planned_error(self, planned: "Planned", to: str, path: str) -> None:
                if planned.style == "problem":
                    return self._reply(planned.status, _problem(planned.code, planned.status, to, path),
                                       content_type="application/problem+json")
                text = f"planned error {planned.code}: the 'To' number {to} cannot receive this message"
                return self._reply(planned.status, _error(planned.code, text, planned.status))

            def _send_bytes(self, status: int, body: bytes, content_type: str, headers: dict | None = None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def _media(self, path: str) -> None:
                with fake.lock:
                    fake.media_requests.append({"path": path, "host": self.headers.get("Host", ""),
                                                "auth": "Authorization" in self.headers, "at": time.time()})
                    cdn_path = fake._cdn.get(path.removeprefix("/cdn/")) if path.startswith("/cdn/") else None
                    media_path = cdn_path or path
                    planned = fake._media_fail.get(media_path)
                    status = planned.pop(0) if planned and not cdn_path else None
                    found = fake.media.get(media_path)
                if cdn_path is None:   # the Twilio media path: auth, planned errors, redirect
                    if fake.media_auth and not self._authorised():
                        return self._reply(401, _error(20003, "Authenticate", 401))
                    if status:
                        return self._reply(status, _error(20500 if status >= 500 else status, "planned", status))
                    if found is None:
                        return self._reply(404, _error(20404, "The requested resource was not found", 404))
                    if fake.media_redirect:
                        token = secrets.token_hex(12)
                        with fake.lock:
                            fake._cdn[token] = path
                        port = fake.server.server_address[1]
                        return self._send_bytes(307, b"", "text/plain",
                                                {"Location": f"http://localhost:{port}/cdn/{token}"})
                if found is None:
                    return self._reply(404, _error(20404, "Not found", 404))
                return self._send_bytes(200, found[0], found[1])

            def do_GET(self):
                parts = urlsplit(self.path)
                if _MEDIA_PATH.match(parts.path) or parts.path.startswith("/cdn/"):
                    return self._media(parts.path)
                if not self._authorised():
                    return self._reply(401, _error(20003, "Authenticate", 401))
                account = f"/2010-04-01/Accounts/{fake.account_sid}"
                if parts.path == f"{account}.json":
                    return self._reply(200, {"sid": fake.account_sid, "status": fake.account_status,
                                             "friendly_name": "fake", "type": "Full", "uri": parts.path})
                if parts.path == f"{account}/IncomingPhoneNumbers.json":
                    wanted = parse_qs(parts.query).get("PhoneNumber", [None])[0]
                    found = [{"sid": "PN" + "0" * 32, "account_sid": fake.account_sid, "phone_number": number,
                              "sms_url": url, "sms_method": "POST"}
                             for number, url in fake.incoming_numbers.items() if wanted in (None, number)]
                    return self._reply(200, {"incoming_phone_numbers": found, "uri": parts.path,
                                             "first_page_uri": parts.path, "next_page_uri": None,
                                             "previous_page_uri": None, "page": 0, "page_size": 50,
                                             "start": 0, "end": len(found)})
                if parts.path == f"{account}/Calls.json":
                    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                    with fake.lock:
                        found = [_call_resource(c) for c in fake.calls if not query.get("To") or c["to"] == query["To"]]
                    return self._reply(200, {"calls": found[-int(query.get("PageSize", 50)):], "uri": parts.path,
                                             "first_page_uri": parts.path, "next_page_uri": None,
                                             "previous_page_uri": None, "page": 0, "page_size": 50, "start": 0,
                                             "end": len(found)})
                if not self._path_ok(parts.path):
                    return self._reply(404, _error(20404, "Not found", 404))
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                sent_after = query.get("DateSent>")
                with fake.lock:
                    found = [m for m in fake.messages if not query.get("To") or m["to"] == query["To"]]
                if sent_after:   # Twilio filters on date_sent: a message not sent yet has none
                    since = datetime.strptime(sent_after, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
                    found = [m for m in found if m["date_sent"] and parsedate_to_datetime(m["date_sent"]) >= since]
                return self._reply(200, {"messages": found[-int(query.get("PageSize", 50)):],
                                         "uri": parts.path, "first_page_uri": parts.path,
                                         "next_page_uri": None, "previous_page_uri": None,
                                         "page": 0, "page_size": 50, "start": 0, "end": len(found)})

        return Handler


_MEDIA_PATH = re.compile(r"^/2010-04-01/Accounts/[^/]+/Messages/[^/]+/Media/[^/]+$")


@dataclass(frozen=True)
class Planned:
    """One planned error answer."""
    status: int
    code: int
    style: str = "legacy"       # legacy | problem
    created: bool = False       # the message is recorded all the same


def _problem(code: int, status: int, to: str, path: str) -> dict:
    """RFC 9457 problem details, as Twilio's newer APIs answer errors."""
    return {"type": f"https://www.twilio.com/docs/errors/{code}", "title": f"Planned error {code}",
            "status": status, "code": code,
            "detail": f"The 'To' number {to} cannot receive this message (planned error {code}).",
            "instance": f"{path}?To={to}"}


def _error(code: int, message: str, status: int) -> dict:
    return {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status}


def _message(account_sid: str, form: dict) -> dict:
    now = formatdate(usegmt=True)
    return {"sid": "SM" + uuid.uuid4().hex, "account_sid": account_sid, "to": form.get("To"),
            "from": form.get("From"), "messaging_service_sid": form.get("MessagingServiceSid"),
            "body": form.get("Body"), "status": "queued", "num_segments": "1", "direction": "outbound-api",
            "date_created": now, "date_updated": now, "date_sent": None, "api_version": "2010-04-01",
            "status_callback": form.get("StatusCallback"), "price": None, "error_code": None,
            "error_message": None, "uri": f"/2010-04-01/Accounts/{account_sid}/Messages.json"}


def _call(account_sid: str, form: dict, events: list[str]) -> dict:
    return {"sid": "CA" + uuid.uuid4().hex, "account_sid": account_sid, "to": form.get("To"), "from": form.get("From"),
            "twiml": form.get("Twiml"), "url": form.get("Url"), "status_callback": form.get("StatusCallback"),
            "status_callback_event": list(events), "status": "queued", "date_created": formatdate(usegmt=True),
            "at": time.time()}


def _call_resource(call: dict) -> dict:
    """A call as Twilio's API answers it."""
    return {"sid": call["sid"], "account_sid": call["account_sid"], "to": call["to"], "from": call["from"],
            "status": call["status"], "direction": "outbound-api", "date_created": call["date_created"],
            "date_updated": call["date_created"], "start_time": None, "end_time": None, "duration": None,
            "price": None, "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{call['account_sid']}/Calls/{call['sid']}.json"}
