"""Who a governance action is attributed to in the audit stream.

Audit entries name an officer; an admin command run from a shell has no officer
record. The admin names themselves with ``--by`` (required for anything that
deletes, holds, discloses or restores data), and the entry also carries the
operating-system account that ran the command, which ``--by`` cannot change:
``officer`` is "admin", ``name`` the --by name, ``badge`` "os:<account>".
Deletions by the retention schedule are attributed to it ("retention").
"""
from __future__ import annotations

import getpass

MAX_NAME = 60


def os_account() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):   # no USER/LOGNAME and no passwd entry (some containers)
        return "unknown"


def admin(by: str) -> dict:
    """The ``officer`` argument of bot.officers.audit.record for an admin command."""
    name = " ".join(by.split())[:MAX_NAME]
    if not name:
        raise ValueError("--by must name the person responsible")
    return {"pseudonym": "admin", "name": name, "badge": f"os:{os_account()}"}


def retention_schedule(run_by: str = "") -> dict:
    """The retention sweep; ``run_by`` when an admin ran it by hand."""
    name = "retention schedule" + (f" (run by {' '.join(run_by.split())[:MAX_NAME]})" if run_by.strip() else "")
    return {"pseudonym": "retention", "name": name, "badge": f"os:{os_account()}" if run_by.strip() else ""}
