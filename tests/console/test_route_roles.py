"""Authorisation on the server for every console route: every route in ``app.url_map``
is in the table of tests/console/access.py, and each is requested by a signed-out
visitor, a half-signed-in one (password right, no code yet) and each role, with the
status the table expects."""
from __future__ import annotations

import pytest
from flask import Blueprint

from bot.console import access as console_access


def console_endpoints(app) -> set[str]:
    return {rule.endpoint for rule in app.url_map.iter_rules() if rule.rule.startswith("/console")}


def test_every_console_route_is_in_the_table(app, access):
    missing = sorted(console_endpoints(app) - set(access.ROUTES))
    assert not missing, ("console routes missing from the route/role table in tests/console/access.py "
                         f"(declare who may reach them): {missing}")


def test_the_table_names_only_routes_that_exist_with_their_methods(app, access):
    stale = sorted(set(access.ROUTES) - console_endpoints(app))
    assert not stale, f"table entries for routes that do not exist: {stale}"
    for rule in app.url_map.iter_rules():
        if rule.endpoint in access.ROUTES:
            methods = set(rule.methods) - {"HEAD", "OPTIONS"}
            assert methods == set(access.ROUTES[rule.endpoint].methods), (rule.endpoint, methods)


def test_every_console_view_declares_its_access_level(app):
    undeclared = [e for e, view in app.view_functions.items()
                  if e.startswith("console.") and e != "console.static" and console_access.declared_level(view) is None]
    assert undeclared == []


def test_a_view_without_a_declaration_stops_the_app_from_starting(app):
    from flask import Flask

    other = Flask("other")
    bp = Blueprint("console", __name__, url_prefix="/console")
    bp.add_url_rule("/leaky", "leaky", lambda: "police data")
    other.register_blueprint(bp)
    with pytest.raises(RuntimeError, match="console.leaky"):
        console_access.check_declared(other)


def visitor_client(kind: str, console, staff_factory, access):
    client = console()
    if kind == access.SIGNED_OUT:
        return client
    login = staff_factory("officer" if kind == access.PENDING else kind)
    if kind == access.PENDING:
        resp = client.sign_in_password(login)
        assert resp.status_code == 302
        client.get(resp.location)
        return client
    return client.sign_in(login)


@pytest.mark.parametrize("visitor", ["signed-out", "pending", "officer", "supervisor", "admin"])
def test_every_route_answers_each_visitor_as_the_table_says(visitor, app, access, world, console, staff_factory):
    assert visitor in access.VISITORS
    client = visitor_client(visitor, console, staff_factory, access)
    wrong = []
    for endpoint, route in sorted(access.ROUTES.items(), key=lambda kv: kv[1].ends_session):
        path = route.path(app, endpoint, world)
        for method in route.methods:
            expected = route.expect_for(visitor, method)
            c = visitor_client(visitor, console, staff_factory, access) if route.ends_session else client
            resp = c.get(path) if method == "GET" else c.post(path, route.data)
            if resp.status_code != expected:
                wrong.append(f"{method} {path} ({endpoint}): {resp.status_code}, expected {expected}")
            elif expected == 302 and route.level not in ("public",) and visitor in (access.SIGNED_OUT, access.PENDING):
                assert "/console/login" in resp.location, (endpoint, resp.location)
    assert not wrong, f"as {visitor}:\n" + "\n".join(wrong)


def test_a_signed_in_page_stays_reachable_after_the_walk(admin_client):
    """The walker's sign-outs use throwaway accounts: the admin client is still signed in."""
    assert admin_client.get("/console/staff").status_code == 200
