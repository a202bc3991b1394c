"""The tip line and community alerts bot: the Flask app factory.

Only ``wsgi.py`` (and tests) call ``create_app``; nothing connects at import time.
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
    _configure_logging(app)
    _fill_local_secrets(app)

    from bot.messaging.queues import make_queues
    from bot.messaging.transport import make_sender
    from bot.privacy.identity import Identity
    from bot.services import Services
    from flows.engine import load_engine

    url = app.config["REDIS_URL"]
    if not url:
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
        flows=load_engine(),
        extract=_load_extractor(app),
    )
    app.extensions["tipline"] = services

    from bot import cli, extensions
    from bot.web import webhook

    app.register_blueprint(webhook.bp)
    cli.register(app)
    extensions.register(app, services)
    return app


def _fill_local_secrets(app: Flask) -> None:
    cfg = app.config
    if cfg["PSEUDONYM_KEY"] and cfg["SEALING_KEYS"] and cfg["TWILIO_AUTH_TOKEN"]:
        return
    if not cfg["LOCAL_MODE"]:
        raise RuntimeError("PSEUDONYM_KEY and SEALING_KEYS must be set when Twilio credentials are configured")
    from bot.privacy.local_secrets import load_or_create

    generated = load_or_create(cfg["INSTANCE_PATH"])
    for name, value in generated.items():
        if not cfg.get(name):
            cfg[name] = value


def _load_extractor(app: Flask):
    """spaCy pipeline built once per process, at start-up rather than on the first text."""
    import nlp

    if hasattr(nlp, "get_pipeline"):
        nlp.get_pipeline()
    return nlp.extract


def _configure_logging(app: Flask) -> None:
    logging.basicConfig(level=app.config["LOG_LEVEL"],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # transitions logs every state change at INFO: noise, not news.
    logging.getLogger("transitions").setLevel(logging.WARNING)
