"""Who may reach a console view: every view declares it, and the server checks it.

    @bp.get("/tips")
    @require_role("officer")          # officer, supervisor and admin
    def inbox(): ...

    @bp.post("/staff/<staff_id>/disable")
    @require_role("admin")
    def disable(staff_id): ...

    @bp.route("/login", methods=["GET", "POST"])
    @public                           # the sign-in and enrolment pages, static files
    def login(): ...

Roles rank officer < supervisor < admin. A signed-out visitor asking for a
role-gated page is sent to sign in (302); a signed-in one below the role gets 403.
``current_staff()`` is the signed-in account (``g.staff``) inside a view.

Deny by default: ``check_declared`` (run by bot.console.init_app at start-up)
refuses to start the app if a console endpoint has no declaration, and the
console's before_request answers 403 to any endpoint that somehow has none.
tests/console/test_route_roles.py walks every console route for every role.
"""
from __future__ import annotations

import functools

from flask import abort, g, redirect, request, session, url_for

from bot.console.accounts import RANK, ROLES, Staff

PUBLIC = "public"      # anyone, signed in or not
PENDING = "pending"    # half-way through sign-in: password right, second factor not yet given
LEVELS = (PUBLIC, PENDING, *ROLES)
ATTRIBUTE = "console_access"


def require_role(role: str):
    """The view needs a signed-in account of at least ``role`` (officer | supervisor | admin)."""
    if role not in RANK:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")

    def decorate(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            enforce(role)
            return view(*args, **kwargs)
        setattr(wrapper, ATTRIBUTE, role)
        return wrapper
    return decorate


def public(view):
    """Anyone may reach the view (it must not show police data)."""
    setattr(view, ATTRIBUTE, PUBLIC)
    return view


def pending(view):
    """Only a visitor who has given a right password and not yet the second factor."""
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        enforce(PENDING)
        return view(*args, **kwargs)
    setattr(wrapper, ATTRIBUTE, PENDING)
    return wrapper


def current_staff() -> Staff | None:
    return g.get("staff")


def enforce(level: str) -> None:
    """Abort (403) or redirect to sign-in unless the request meets ``level``."""
    if level == PUBLIC:
        return
    if level == PENDING:
        if g.get("pending_staff") is None:
            abort(redirect(url_for("console.auth.login")))
        return
    staff = current_staff()
    if staff is None:
        target = request.full_path.rstrip("?") if request.method == "GET" else None
        expired = 1 if getattr(session, "expired", False) else None    # timed out: say so on the sign-in page
        abort(redirect(url_for("console.auth.login", next=target, expired=expired)))
    if not staff.at_least(level):
        abort(403)


def declared_level(view) -> str | None:
    level = getattr(view, ATTRIBUTE, None)
    return level if level in LEVELS else None


def check_declared(app, prefix: str = "console.") -> None:
    """Refuse to start if any console endpoint lacks an access declaration."""
    missing = [endpoint for endpoint, view in app.view_functions.items()
               if endpoint.startswith(prefix) and endpoint != "console.static" and declared_level(view) is None]
    if missing:
        raise RuntimeError("console views without @require_role/@public/@pending (bot/console/access.py): "
                           + ", ".join(sorted(missing)))
