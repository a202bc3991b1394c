"""If Redis is unreachable the text is spooled to disk (number sealed), the tipster
is told to try again with the emergency advice, and a replay files it later."""
from __future__ import annotations

from bot import create_app
from bot.web import spool
from tests.helpers import conversation


def test_text_is_spooled_and_replayed(config, redis_url, tmp_path, make_phone):
    down = create_app({**config, "REDIS_URL": "redis://127.0.0.1:1/0"})
    phone = make_phone("+447700900444", app=down)
    replies = phone.send("Men trying car door handles on Elm Grove")
    assert "cannot deal with it just now" in replies[0] and "999" in replies[0]
    path = spool.spool_path(down.config)
    content = open(path).read()
    assert "Elm Grove" not in content and "7700900444" not in content  # sealed whole

    up = create_app(config)  # same instance folder and keys: Redis is back
    svc = up.extensions["tipline"]
    from bot.web.inbound import handle_inbound

    assert spool.replay(svc, lambda f, b, m, s, at: handle_inbound(svc, f, b, m, s, now=at)) == (1, 0, 0)
    assert conversation(svc, phone.number)["fields"]["what"] == "Men trying car door handles on Elm Grove"


def test_healthz_reports_redis(app, config):
    assert app.test_client().get("/healthz").status_code == 200
    down = create_app({**config, "REDIS_URL": "redis://127.0.0.1:1/0"})
    assert down.test_client().get("/healthz").status_code == 503
