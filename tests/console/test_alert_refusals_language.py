"""The console's alert flashes in the staff member's language (issue 14): a refused approval or
rejection (bot.alerts.lifecycle's Refused, carried by approval.Refusal), "nothing to halt" with its
state word, and the halt count are Spanish for a Spanish member and English, as they were, for an
English one. Real Redis, real sign-in, the flash read on the page the redirect leads to."""
from __future__ import annotations

from html import unescape

from bot.alerts import store
from bot.console import account_admin
from tests.console.conftest import _pending_alert
from tests.console.test_alerts_composer import form, subscribers  # noqa: F401  (the fixture)


def _spanish(signed_in, services, role: str):
    client = signed_in(role)
    account_admin.set_language(services, client.login.id, "es", by=None)
    return client


def _flashed(client, alert_id: str, action: str, data: dict | None = None) -> str:
    resp = client.post(f"/console/alerts/{alert_id}/{action}", data or {})
    assert resp.status_code in (302, 303), resp.status_code
    return unescape(client.get(f"/console/alerts/{alert_id}").get_data(as_text=True))


def test_a_refused_approval_and_rejection_are_said_in_each_members_language(signed_in, services, staff_factory,
                                                                             redis):
    alert_id = _pending_alert(services, staff_factory)
    english = signed_in("supervisor")
    assert "was rejected" not in _flashed(english, alert_id, "reject", {"reason": "Wrong area"})
    assert store.load(redis, alert_id)["state"] == "rejected"
    spanish = _spanish(signed_in, services, "supervisor")
    page = _flashed(spanish, alert_id, "approve")
    assert f"{alert_id} está en estado rechazada: no se puede aprobar." in page
    assert "cannot be approved" not in page and "refused" not in page
    page = _flashed(spanish, alert_id, "reject", {"reason": "Otra vez"})
    assert f"{alert_id} está en estado rechazada: no se puede rechazar." in page
    page = _flashed(english, alert_id, "approve")
    assert f"{alert_id} is rejected: it cannot be approved." in page and "no se puede" not in page
    assert store.load(redis, alert_id)["state"] == "rejected"


def test_nothing_to_halt_names_the_state_in_the_members_language(signed_in, services, staff_factory):
    alert_id = _pending_alert(services, staff_factory)
    spanish = _spanish(signed_in, services, "supervisor")
    assert f"{alert_id} descartada. No se envió nada." in _flashed(spanish, alert_id, "halt")
    page = _flashed(spanish, alert_id, "halt")
    assert f"{alert_id} está en estado «descartada»: no hay nada que detener." in page
    page = _flashed(signed_in("supervisor"), alert_id, "halt")
    assert f"{alert_id} is discarded: there is nothing to halt." in page


def test_the_halt_count_is_said_in_the_members_language(signed_in, services, subscribers):  # noqa: F811
    spanish = _spanish(signed_in, services, "officer")
    alert_id = spanish.post("/console/alerts/new", {**form(), "action": "send"}).location.rsplit("/", 1)[1]
    page = _flashed(spanish, alert_id, "halt")
    assert f"{alert_id} detenida: ya habían salido 0 mensajes; se detuvieron 2." in page
    english = signed_in("officer")
    alert_id = english.post("/console/alerts/new", {**form(), "action": "send"}).location.rsplit("/", 1)[1]
    page = _flashed(english, alert_id, "halt")
    assert f"Halted {alert_id}: 0 messages had already gone, 2 were stopped." in page
