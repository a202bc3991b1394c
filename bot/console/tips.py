"""PLACEHOLDER inbox, to be replaced by the tip inbox and case pages (issue 11).

It exists so that signing in lands somewhere behind the role check. The real
inbox (/console/tips) and tip page (/console/tips/<TIP_ID>) go in this module's
place, keeping the endpoint ``console.tips.inbox`` (the sign-in redirects and the
nav point at it) and the url_prefix.
"""
from __future__ import annotations

from flask import Blueprint, render_template

from bot.console.access import require_role

bp = Blueprint("tips", __name__, url_prefix="/tips")


@bp.get("")
@require_role("officer")
def inbox():
    return render_template("console/tips/inbox.html")
