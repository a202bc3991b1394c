"""The route/role table: every console route, who may reach it, and what each visitor gets.

tests/console/test_route_roles.py walks ``app.url_map``: a console route missing
here fails the test (so a new route is covered the moment it exists), an entry for
a route that no longer exists fails too, and every route is requested by every
visitor below with the status checked.

To add your routes, one entry per endpoint:

    "console.tips.page": Route("officer", args={"tip_id": "$tip_id"}),
    "console.tips.reply": Route("officer", methods=("POST",), args={"tip_id": "$tip_id"},
                                data={"text": "which way did he go?"}),
    "console.tips.assign": Route("supervisor", methods=("POST",), args={"tip_id": "$tip_id"}, ok={"POST": 302}),
    "console.exports.csv": Route("supervisor"),

- level: "public" | "pending" (half signed in: password right, code not yet) | a role:
  "officer" < "supervisor" < "admin" (the least role allowed; higher roles are too).
- Defaults: a public route gives every visitor ``ok`` (200 for GET and POST); a role route
  sends a signed-out or half-signed-in visitor to sign in (302), answers 403 below the role
  and ``ok`` at or above it (GET 200, POST 302: an action redirects).
- ``args``: URL arguments; "$name" takes ``world[name]`` (tests/console/conftest.py
  ``world``: tip_id, staff_id, enrol_token ...; add to it what your routes need).
- ``data``: what a POST sends (the CSRF token and Sec-Fetch-Site: same-origin are added).
- ``ok``: the status for an allowed visitor, by method; ``expect``: overrides by visitor
  or (visitor, method).
- ``ends_session``: the request signs the visitor out; the walker uses a throwaway account.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SIGNED_OUT = "signed-out"
PENDING = "pending"
ROLES = ("officer", "supervisor", "admin")
VISITORS = (SIGNED_OUT, PENDING, *ROLES)
_RANK = {role: n for n, role in enumerate(ROLES, start=1)}


@dataclass(frozen=True)
class Route:
    level: str
    methods: tuple[str, ...] = ("GET",)
    args: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    ok: dict = field(default_factory=dict)
    expect: dict = field(default_factory=dict)
    ends_session: bool = False

    def expect_for(self, visitor: str, method: str) -> int:
        for key in ((visitor, method), visitor):
            if key in self.expect:
                return self.expect[key]
        allowed = self.ok.get(method, 200 if method == "GET" or self.level in ("public", "pending") else 302)
        if self.level == "public":
            return allowed
        if self.level == "pending":
            return allowed if visitor == PENDING else 302
        if visitor in (SIGNED_OUT, PENDING):
            return 302
        return allowed if _RANK[visitor] >= _RANK[self.level] else 403

    def path(self, app, endpoint: str, world: dict) -> str:
        from flask import url_for

        values = {k: world[v[1:]] if isinstance(v, str) and v.startswith("$") else v for k, v in self.args.items()}
        with app.test_request_context(base_url="https://tips.example.test"):
            return url_for(endpoint, **values)


ROUTES: dict[str, Route] = {
    # -- static files and the front door (bot/console/auth.py) --------------------------------
    "console.static": Route("public", args={"filename": "console.css"}),
    "console.auth.index": Route("public", expect={v: 302 for v in VISITORS}),
    "console.auth.login": Route("public", methods=("GET", "POST"), data={},
                                expect={**{r: 302 for r in ROLES}}),     # signed in: straight to the inbox
    "console.auth.login_code": Route("pending", methods=("GET", "POST"), data={}),
    "console.auth.logout": Route("officer", methods=("POST",), ends_session=True),
    "console.auth.enrol": Route("public", methods=("GET", "POST"), args={"token": "$enrol_token"}, data={}),
    # -- own account (bot/console/account.py) -----------------------------------------------
    "console.account.index": Route("officer"),
    "console.account.change_password": Route("officer", methods=("POST",), data={}, ok={"POST": 400}),
    "console.account.sign_out_everywhere": Route("officer", methods=("POST",), ends_session=True),
    # -- tip inbox, live update, related tips (bot/console/tips.py) ----------------------------
    "console.tips.inbox": Route("officer"),
    "console.tips.live": Route("officer"),
    "console.tips.related": Route("officer", args={"tip_id": "$tip_id"}),
    # -- dashboard (bot/console/dashboard.py) and exports (bot/console/exports.py) -------------
    "console.dashboard.index": Route("supervisor"),
    "console.exports.index": Route("supervisor"),
    "console.exports.find": Route("supervisor", ok={"GET": 302}),
    "console.exports.report": Route("supervisor", args={"tip_id": "$tip_id"}),
    "console.exports.csv": Route("supervisor", methods=("POST",), data={}, ok={"POST": 200}),
    "console.exports.json": Route("supervisor", methods=("POST",), data={}, ok={"POST": 200}),
    # -- the tip page and the case workflow (bot/console/case.py) ------------------------------
    "console.case.page": Route("officer", args={"tip_id": "$tip_id"}),
    "console.case.live": Route("officer", args={"tip_id": "$tip_id"}),
    "console.case.reply": Route("officer", methods=("POST",), args={"tip_id": "$tip_id"},
                                data={"text": "which way did he go?"}),
    "console.case.claim": Route("officer", methods=("POST",), args={"tip_id": "$tip_id"}),
    "console.case.note": Route("officer", methods=("POST",), args={"tip_id": "$tip_id"},
                               data={"note": "checked ANPR: nothing"}),
    "console.case.close": Route("officer", methods=("POST",), args={"tip_id": "$tip_id"},
                                data={"outcome": "intelligence_logged"}),
    "console.case.assign": Route("supervisor", methods=("POST",), args={"tip_id": "$tip_id"},
                                 data={"assignee": "nobody"}),
    "console.case.reopen": Route("supervisor", methods=("POST",), args={"tip_id": "$tip_id"}),
    # -- a tip's photos (bot/console/case_photos.py) ---------------------------------------------
    "console.photos.preview": Route("officer", args={"tip_id": "$tip_id", "sha256": "$photo_sha256"}),
    "console.photos.original": Route("officer", args={"tip_id": "$tip_id", "sha256": "$photo_sha256"}),
    "console.photos.gps": Route("officer", methods=("POST",), args={"tip_id": "$tip_id", "sha256": "$photo_sha256"},
                                ok={"POST": 200}),
    # -- staff accounts (bot/console/staff_admin.py) -------------------------------------------
    "console.staff.index": Route("admin"),
    "console.staff.new": Route("admin", methods=("GET", "POST"), data={}, ok={"GET": 200, "POST": 200}),
    "console.staff.detail": Route("admin", args={"staff_id": "$staff_id"}),
    "console.staff.role": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"},
                                data={"role": "supervisor"}),
    "console.staff.language": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"},
                                    data={"lang": "es"}),
    "console.staff.disable": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"}),
    "console.staff.enable": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"}),
    "console.staff.reset": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"}, ok={"POST": 200}),
    "console.staff.sign_out": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"}),
    "console.staff.unlock": Route("admin", methods=("POST",), args={"staff_id": "$staff_id"}),
    # -- audit log (bot/console/audit_log.py) ---------------------------------------------------
    "console.audit.index": Route("admin"),
    # -- community alerts (bot/console/alerts.py) -------------------------------------------------
    "console.alerts.index": Route("officer"),
    "console.alerts.new": Route("officer"),
    "console.alerts.create": Route("officer", methods=("POST",), data={}, ok={"POST": 400}),
    "console.alerts.count": Route("officer"),
    "console.alerts.preview": Route("officer"),
    "console.alerts.save_template": Route("officer", methods=("POST",), data={}, ok={"POST": 400}),
    "console.alerts.page": Route("officer", args={"alert_id": "$alert_id"}),
    "console.alerts.progress": Route("officer", args={"alert_id": "$alert_id"}),
    "console.alerts.halt": Route("officer", methods=("POST",), args={"alert_id": "$alert_id"},
                                 expect={"officer": 403}),     # not the author: only a supervisor may
    "console.alerts.approve": Route("supervisor", methods=("POST",), args={"alert_id": "$alert_id"}),
    "console.alerts.reject": Route("supervisor", methods=("POST",), args={"alert_id": "$alert_id"},
                                   data={"reason": "wrong area"}),
}
