"""Configuration from environment variables (12-factor), with safe local defaults.

Every setting the app reads is listed in DEFAULTS so the README table and the code
cannot drift apart silently. `load_config(overrides)` returns a plain dict that
`create_app` copies into `app.config`.
"""
from __future__ import annotations

import os

# name -> (default, type). None default means "unset".
DEFAULTS: dict[str, tuple[object, type]] = {
    "REDIS_URL": (None, str),
    "TWILIO_ACCOUNT_SID": (None, str),
    "TWILIO_AUTH_TOKEN": (None, str),
    "TWILIO_FROM_NUMBER": (None, str),
    "TWILIO_MESSAGING_SERVICE_SID": (None, str),
    "TWILIO_API_BASE_URL": (None, str),
    "PUBLIC_BASE_URL": (None, str),
    "PSEUDONYM_KEY": (None, str),
    "SEALING_KEYS": (None, str),
    "FORCE_NAME": ("Police", str),
    "PROGRAMME_NAME": ("Police tip line", str),
    "EMERGENCY_NUMBER": ("999", str),
    "NON_EMERGENCY_CONTACT": ("101", str),
    "DEFAULT_REGION": ("GB", str),
    # Languages (README "Languages"): catalogs in bot/locales/ and flows/tip.<lang>.json. A tipster's
    # language is detected from their first text with content, among these only; unclear: the default.
    "LANGUAGES": ("en,es", str),
    "DEFAULT_LANGUAGE": ("en", str),
    "DRAFT_IDLE_MINUTES": (30, float),
    # Which tip a text after filing is about (bot.tipline.routing, flows/engine.py _Step.target).
    "FOLLOW_UP_WINDOW_MINUTES": (60, float),   # after filing (or the last text on it), texts still add to the tip
    "ANSWER_WAIT_HOURS": (24, float),          # after an officer writes, the tipster's texts may be the answer
    "NUMBER_RETENTION_DAYS": (90, float),
    "CONVERSATION_TTL_DAYS": (90, float),
    # Tip retention (issue 9; bot/tipline/retention.py, README "Data retention"). Days after
    # the tip's last activity; 0 = never deleted automatically. Held tips are never deleted.
    "RETENTION_CLOSED_DAYS": (2190, float),      # 6 years: MoPI's review period for most records
    "RETENTION_WITHDRAWN_DAYS": (365, float),    # 1 year: the police complaints time limit
    "RETENTION_PARTIAL_DAYS": (90, float),       # near-empty partial tips: as long as the number is kept
    "RETENTION_PARTIAL_MAX_CHARS": (30, int),    # "near-empty": at most this many characters, no facts/photos
    "RETENTION_OPEN_DAYS": (0, float),           # open tips are live work: kept until closed
    "RETENTION_SWEEP_HOURS": (24, float),        # how often the worker runs the retention sweep
    "REPLY_CACHE_HOURS": (48, float),
    "SEND_RATE_SEGMENTS_PER_SECOND": (1, float),
    "NOTIFY_ALL_TIPS_TO_DUTY": (False, bool),
    "OFFICER_PIN_REQUIRED": (None, bool),   # unset: required outside local mode (create_app)
    "OFFICER_PIN_MINUTES": (480, float),
    "OFFICER_PIN_MAX_FAILURES": (5, int),
    "OFFICER_PIN_LOCKOUT_MINUTES": (15, float),
    # Community alerts
    "ALERT_INCIDENT_PREFIX": ("CAD", str),
    "ALERT_CONTACT_LINE": ("", str),      # default: "<FORCE_NAME>: call <NON_EMERGENCY_CONTACT>, 999 in an emergency"
    "ALERT_MAX_RADIUS_KM": (50, float),
    "ALERT_MIN_RADIUS_M": (50, float),
    "ALERT_CHUNK_SIZE": (500, int),
    "ALERT_PREVIEW_MINUTES": (30, float),
    "ALERT_CHUNK_LEASE_SECONDS": (30, float),
    "ALERT_SEND_THREADS": (4, int),       # concurrent sends per alert job (each waits ~100 ms on Twilio)
    "ALERT_SLICE_SECONDS": (2, float),    # an alert drain job sends this long, then lets other jobs (urgent) run
    "ALERT_EXPECTED_FREQUENCY": ("", str),  # "Expect ..." in the JOIN answer; default: sub_frequency of the catalogs
    # Community alerts by email and voice, approval, quiet hours (issue 12; README "Community alerts")
    "SMTP_URL": ("", str),                 # smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465
    "SMTP_STARTTLS": ("auto", str),        # auto (when the server offers it) | require | off
    "SMTP_TIMEOUT_S": (20, float),
    "ALERT_EMAIL_FROM": ("", str),         # "Avon and Somerset Police alerts <alerts@example.org>"
    "EMAIL_RATE_PER_SECOND": (10, float),  # alert emails per second, every worker together
    "VOICE_CALLS_IN_PARALLEL": (5, int),   # alert calls in progress at once, every worker together
    "VOICE_CALL_MAX_SECONDS": (180, float),   # a call's slot is free again after this even with no final callback
    "VOICE_NAME": ("Polly.Amy", str),      # the <Say> voice (Twilio's Amazon Polly British English)
    "VOICE_LANGUAGE": ("en-GB", str),
    "ALERT_APPROVAL_SCHEMES": ("", str),   # alerts needing a supervisor's approval: "", "ALL" or "FARMWATCH,NHW"
    "ALERT_TIMEZONE": ("Europe/London", str),   # quiet hours are local times here
    "ALERT_LINK_DAYS": (90, float),        # how long an unsubscribe link works
    "ALERT_SENDER_NAME": ("", str),        # CAP <sender>; unset: derived from PUBLIC_BASE_URL's host
    "EMAIL_EVENTS_SECRET": ("", str),      # HMAC key of POST /alerts/email/events (bounces); unset: no endpoint
    # What an alert costs, shown in the ALERT preview, and when SEND needs "SEND A-12 CONFIRM"
    "SMS_PRICE_PER_SEGMENT": (0.04, float),      # one outbound segment, in CURRENCY (Twilio UK: about 0.04 GBP)
    "CURRENCY": ("GBP", str),                    # ISO code; GBP, USD and EUR are shown as a symbol
    "ALERT_CONFIRM_OVER_SEGMENTS": (3, int),     # more segments a text than this needs CONFIRM
    "ALERT_CONFIRM_OVER_COST": (250, float),     # a higher estimated price in all needs CONFIRM (0: never)
    # Resident web sign-up and preferences (issue 12; bot/public, README "Signing up on the web")
    "ALERT_WEB_CODE_MINUTES": (10, float),        # a 6-digit code by text or call works this long
    "ALERT_WEB_CODE_ATTEMPTS": (5, int),          # wrong tries before a code is void (ask for a new one)
    "ALERT_WEB_PENDING_HOURS": (48, float),       # a sign-up waits this long for its contacts (email links too)
    "ALERT_WEB_SIGNUPS_PER_IP": (10, int),        # sign-ups from one client IP per hour
    "ALERT_WEB_SIGNUPS_PER_CONTACT": (3, int),    # codes or links sent to one number or address per hour
    "ALERT_WEB_CODES_PER_IP": (30, int),          # code entries (right or wrong) from one client IP per hour
    # Alerts composed in the console (issue 12; bot/console/alerts.py)
    "ALERT_REPLY_DAYS": (3, float),        # a subscriber's text this soon after an alert is a reply to it (max 7)
    "MAP_TILE_URL": (None, str),           # unset: OpenStreetMap's tiles; "" for none (offline)
    "MAP_ATTRIBUTION": ("", str),          # unset: OpenStreetMap's attribution
    "MAP_CENTRE": ("51.45,-2.59", str),    # where the composer's map opens (lat,lon): the force area
    # MMS media (issue 11; bot/media): fetched from Twilio by a job, kept by SHA-256.
    "MEDIA_FETCH": (None, bool),            # unset: fetch outside local mode (local mode has no real media)
    "MEDIA_STORE": ("filesystem", str),     # or "package.module:factory" (factory(config) -> a MediaStore)
    "MEDIA_DIR": (None, str),               # filesystem store's folder; unset: <INSTANCE_PATH>/media
    "MEDIA_MAX_BYTES": (5 * 1024 * 1024, int),   # larger media are refused (Twilio's MMS limit is about 5 MB)
    "MEDIA_PREVIEW_TYPES": ("image/jpeg,image/png,image/gif,image/webp", str),   # others: original only
    "MEDIA_PREVIEW_MAX_PX": (1600, int),    # longest side of a preview
    "MEDIA_MAX_PIXELS": (50_000_000, int),  # no preview of a larger image (a decompression bomb)
    "MEDIA_FETCH_TIMEOUT_S": (30, float),   # per read from Twilio or its CDN
    # Staff console (issue 11; bot/console, README "Staff console")
    "CONSOLE_SESSION_IDLE_MINUTES": (30, float),   # signed out after this long without a request
    "CONSOLE_SESSION_MAX_HOURS": (12, float),      # and this long after signing in, whatever happens
    "CONSOLE_COOKIE_SECURE": (None, bool),         # unset: Secure outside local mode (the console is https)
    "CONSOLE_ENROL_HOURS": (24, float),            # how long an enrolment link works (once)
    "CONSOLE_PASSWORD_MIN_LENGTH": (12, int),
    "CONSOLE_MAX_FAILURES_PER_ACCOUNT": (5, int),  # wrong passwords (or codes) before the account is locked
    "CONSOLE_MAX_FAILURES_PER_IP": (20, int),      # wrong passwords (or codes) from one client IP before it is
    "CONSOLE_LOCKOUT_MINUTES": (15, float),        # the counting window, and how long a lockout lasts
    "CONSOLE_PORT": (5050, int),                   # where make run serves the console locally (links it prints)
    "CONSOLE_SECRET_KEY": (None, str),             # signs CSRF tokens; unset: derived from PSEUDONYM_KEY
    "CONSOLE_POLL_SECONDS": (5, float),            # how often an open inbox or tip page asks for news
    # Behind a reverse proxy, how many proxies' X-Forwarded-For / -Proto to trust (werkzeug ProxyFix).
    # 0 (default): the client IP is the socket's peer, so set PROXY_FIX_X_FOR=1 behind nginx (with
    # "proxy_set_header X-Forwarded-For $remote_addr;") or every sign-in shares the proxy's IP limit.
    "PROXY_FIX_X_FOR": (0, int),
    "PROXY_FIX_X_PROTO": (0, int),
    "INSTANCE_PATH": (None, str),
    "EMBEDDED_REDIS": (False, bool),        # allow the embedded Redis outside local mode (pilots only)
    "URGENT_FALLBACK_NUMBERS": ("", str),   # comma-separated numbers that get urgent tips when nobody else can
    "LOG_LEVEL": ("INFO", str),
    "BENCH_FLOOR_ENDPOINT": (False, bool),  # bench/bench_inbound.py's fixed-TwiML /sms/floor; never in production
}

_TRUE = {"1", "true", "yes", "on"}


def _coerce(value: object, kind: type) -> object:
    if value is None or isinstance(value, kind):
        return value
    if kind is bool:
        return str(value).strip().lower() in _TRUE
    return kind(value)


def load_config(overrides: dict | None = None, environ: dict | None = None) -> dict:
    """Environment first, then explicit overrides (tests pass a dict)."""
    environ = os.environ if environ is None else environ
    overrides = overrides or {}
    config: dict = {}
    for name, (default, kind) in DEFAULTS.items():
        raw = overrides.get(name, environ.get(name) or default)
        config[name] = _coerce(raw, kind)
    # Keys that are not settings (e.g. TESTING) pass straight through.
    for name, value in overrides.items():
        config.setdefault(name, value)
    return config


def is_local_mode(config: dict) -> bool:
    """No Twilio credentials: outbound texts are recorded, not sent."""
    return not (config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN"))
