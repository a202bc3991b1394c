"""The tip line and community alerts bot: the Flask app factory.

Only ``wsgi.py`` (and tests) call ``create_app``; nothing connects at import time.

Packages, and the one direction their imports point (tests/test_layering.py
walks the imports and fails on a violation):

    bot (create_app, cli, simulator, governance, console: the staff web console,
         public: residents' alert sign-up pages)
      -> web        webhooks, the inbound pipeline, router, compliance keywords, spool
      -> alerts     community alerts: schemes, subscribers, officer ALERT commands, fan-out
      -> officers   registry, PINs, audit, SMS commands, masked relay, duty notifications
      -> media      MMS media fetched from Twilio, kept by SHA-256, previews, GPS (revealed audited)
      -> tipline    the tip conversation handler, drafts, tip records and summaries
      -> messaging  outbound jobs, Twilio/local transport, throttle, segments, queues, delivery
      -> privacy    pseudonyms and sealed numbers, redaction, log filtering, local secrets
      -> store      Redis keys, locks, conversation records, the embedded server

A package imports only the packages below it; ``bot.config``, ``bot.events``
and ``bot.services`` are shared by all. ``flows/`` and ``nlp/`` import nothing
from ``bot``. Features react to each other through typed events (bot.events),
each wiring itself in its own ``init_app(app, services)``.
"""
from __future__ import annotations

import logging
import os

import redis as redis_lib
from flask import Flask

from bot.config import is_local_mode, load_config


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    settings = load_config(config)
    settings["INSTANCE_PATH"] = settings.get("INSTANCE_PATH") or app.instance_path
    app.config.update(settings)
    app.config["LOCAL_MODE"] = is_local_mode(settings)
    if app.config["OFFICER_PIN_REQUIRED"] is None:  # caller ID can be spoofed: PINs unless only trying it out
        app.config["OFFICER_PIN_REQUIRED"] = not app.config["LOCAL_MODE"]
    _configure_logging(app)
    _fill_local_secrets(app)
    if app.config["LOCAL_MODE"]:
        logging.getLogger(__name__).warning(
            "LOCAL MODE: no Twilio credentials, so no text is sent (they are recorded for the chat simulator)%s. "
            "Not for real tips.", ", keys generated in the instance folder" if app.config["GENERATED_SECRETS"] else "")

    from bot import alerts, cli, console, governance, media, officers, privacy, public, web
    from bot.messaging.catalog import configured as configured_languages
    from bot.messaging.queues import make_queues
    from bot.messaging.transport import make_sender
    from bot.privacy.identity import Identity
    from bot.services import EXTENSION, Services
    from flows.engine import load_engine

    url = app.config["REDIS_URL"]
    if not url:
        if not app.config["LOCAL_MODE"] and not app.config["EMBEDDED_REDIS"]:
            raise RuntimeError("REDIS_URL is not set: with Twilio credentials the app needs a real Redis "
                               "(set EMBEDDED_REDIS=true to use the embedded one anyway, e.g. on a pilot box)")
        from bot.store.embedded_redis import ensure_embedded_redis

        url = ensure_embedded_redis(os.path.join(app.config["INSTANCE_PATH"], "redis"))
        app.config["REDIS_URL"] = url
    # Connection pool is lazy: no socket is opened until the first command.
    redis = redis_lib.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2,
                                     health_check_interval=30)
    services = Services(
        config=app.config,
        redis=redis,
        queues=make_queues(redis, is_async=not app.config.get("RQ_SYNC", False)),
        identity=Identity(app.config["PSEUDONYM_KEY"], app.config["SEALING_KEYS"]),
        sender=make_sender(app.config),
        flows=load_engine(languages=configured_languages(app.config)),
        extract=_load_extractor(),
    )
    from bot.messaging.mail import make_mailer
    from bot.messaging.voice import make_caller

    services.mailer = make_mailer(app.config)
    services.caller = make_caller(app.config, services.sender)
    app.extensions[EXTENSION] = services
    _load_language_detector(app.config)

    privacy.init_app(app, services)     # no phone numbers in the Twilio SDK's / urllib3's log lines
    web.init_app(app, services)         # /sms, /sms/status, /healthz
    officers.init_app(app, services)    # officer commands, relay, duty notifications, officer CLI
    alerts.init_app(app, services)      # alert commands, STOP/START pauses, delivery tallies, alerts CLI
    media.init_app(app, services)       # fetch each tip's MMS media (job), media store, media CLI
    governance.init_app(app, services)  # retention sweep, legal hold, erasure, subject access, backup/restore CLI
    console.init_app(app, services)     # /console: staff sign-in with two-factor, roles, sessions, staff CLI
    public.init_app(app, services)      # /alerts/join, /alerts/my/...: residents sign up, confirm, change or leave
    cli.init_app(app)                   # worker, chat, spool-replay, rotate-keys
    return app


def _fill_local_secrets(app: Flask) -> None:
    cfg = app.config
    cfg["GENERATED_SECRETS"] = []
    if cfg["PSEUDONYM_KEY"] and cfg["SEALING_KEYS"] and cfg["TWILIO_AUTH_TOKEN"]:
        return
    if not cfg["LOCAL_MODE"]:
        raise RuntimeError("PSEUDONYM_KEY and SEALING_KEYS must be set when Twilio credentials are configured")
    from bot.privacy.local_secrets import load_or_create

    generated = load_or_create(cfg["INSTANCE_PATH"])
    cfg["GENERATED_SECRETS"] = [name for name, value in generated.items() if not cfg.get(name)]
    for name in cfg["GENERATED_SECRETS"]:
        cfg[name] = generated[name]



def _load_extractor():
    """spaCy pipeline built once per process, at start-up rather than on the first text."""
    import nlp

    nlp.get_pipeline()
    return nlp.extract


def _load_language_detector(config: dict) -> None:
    """The language detector's models (only the configured languages'), at start-up."""
    from bot.messaging.catalog import configured
    from nlp.language import warm

    warm(configured(config))


def _configure_logging(app: Flask) -> None:
    logging.basicConfig(level=app.config["LOG_LEVEL"],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # transitions logs every state change at INFO: noise, not news.
    logging.getLogger("transitions").setLevel(logging.WARNING)
