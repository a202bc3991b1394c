"""Downloading one MMS media URL from Twilio, safely.

Twilio's media URLs (``https://api.twilio.com/2010-04-01/Accounts/AC.../Messages/MM.../Media/ME...``)
need HTTP basic auth with the account SID and auth token when the account's media auth is on; we
send them whenever they are configured (Twilio ignores them otherwise), and only to Twilio's host.
Twilio answers with a redirect to its CDN: redirects are followed by hand, and the credentials are
never sent to any other host (or over a downgrade to http). With TWILIO_API_BASE_URL set, Twilio
URLs are rebased onto it, as the SDK's calls are (bot.messaging.transport.RebasedHttpClient):
tests and proxies. Failures are FetchError with the record state they lead to (bot.media.records)
and whether a retry can help.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import requests

from bot.media import records

MAX_REDIRECTS = 5
TRANSIENT_STATUSES = {408, 425, 429}   # and every 5xx
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}")


class FetchError(Exception):
    def __init__(self, state: str, reason: str, transient: bool = False):
        super().__init__(reason)
        self.state, self.reason, self.transient = state, reason, transient


def _is_twilio(parts) -> bool:
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and (host == "twilio.com" or host.endswith(".twilio.com"))


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


def resolve(config, url: str) -> str:
    """The URL to request for a media URL: Twilio's, rebased onto TWILIO_API_BASE_URL
    when that is set. Raises FetchError (refused) for anything not Twilio's."""
    parts = urlsplit(url)
    base = (config.get("TWILIO_API_BASE_URL") or "").rstrip("/")
    if _is_twilio(parts):
        return base + parts.path + (f"?{parts.query}" if parts.query else "") if base else url
    if base and _origin(url) == _origin(base):
        return url
    raise FetchError(records.REFUSED, "not a Twilio media URL")


def download(config, url: str, session: requests.Session | None = None) -> tuple[bytes, str]:
    """(bytes, content type) of a media URL; raises FetchError."""
    target = resolve(config, url)
    if session is None:
        with requests.Session() as own:
            return _download(config, target, own)
    return _download(config, target, session)


def _download(config, target: str, session: requests.Session) -> tuple[bytes, str]:
    sid, token = config.get("TWILIO_ACCOUNT_SID"), config.get("TWILIO_AUTH_TOKEN")
    trusted = _origin(target)   # the only origin the credentials go to
    limit = int(config["MEDIA_MAX_BYTES"])
    timeout = (5, float(config["MEDIA_FETCH_TIMEOUT_S"]))
    for _ in range(MAX_REDIRECTS + 1):
        auth = (sid, token) if sid and token and _origin(target) == trusted else None
        try:
            resp = session.get(target, auth=auth, allow_redirects=False, stream=True, timeout=timeout,
                               headers={"Accept": "*/*"})
        except requests.RequestException as exc:
            raise FetchError(records.FAILED, f"network: {type(exc).__name__}", transient=True) from None
        with resp:
            if resp.is_redirect:
                nxt = urljoin(target, resp.headers.get("Location") or "")
                if urlsplit(nxt).scheme not in ("http", "https"):
                    raise FetchError(records.REFUSED, "redirected to a URL that is not http(s)")
                if urlsplit(target).scheme == "https" and urlsplit(nxt).scheme == "http":
                    raise FetchError(records.REFUSED, "redirected from https to http")
                target = nxt
                continue
            _check_status(resp.status_code)
            return _read(resp, limit), _content_type(resp.headers.get("Content-Type"))
    raise FetchError(records.FAILED, "too many redirects")


def _check_status(status: int) -> None:
    if 200 <= status < 300:
        return
    if status in (404, 410):
        raise FetchError(records.GONE, f"Twilio answered {status} (deleted there, or no such media)")
    if status in (401, 403):
        raise FetchError(records.FAILED, f"Twilio answered {status}: media auth is on and the "
                         "credentials are missing or wrong (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)")
    if status in TRANSIENT_STATUSES or status >= 500:
        raise FetchError(records.FAILED, f"Twilio answered {status}", transient=True)
    raise FetchError(records.FAILED, f"Twilio answered {status}")


def _read(resp, limit: int) -> bytes:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(records.REFUSED, f"too large: {int(declared)} bytes (MEDIA_MAX_BYTES is {limit})")
    chunks, size = [], 0
    try:
        for chunk in resp.iter_content(64 * 1024):
            size += len(chunk)
            if size > limit:
                raise FetchError(records.REFUSED, f"too large: over {limit} bytes (MEDIA_MAX_BYTES)")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise FetchError(records.FAILED, f"network: {type(exc).__name__} while reading", transient=True) from None
    data = b"".join(chunks)
    if declared and declared.isdigit() and int(declared) != len(data):
        raise FetchError(records.FAILED, "the download was cut short", transient=True)
    return data


def _content_type(raw: str | None) -> str:
    value = (raw or "").split(";")[0].strip().lower()
    return value if _MIME.fullmatch(value) else "application/octet-stream"
