"""The console alert moves' refusals and draft errors are catalog texts (issue 14): a
lifecycle.Refused / compose.BadAlert / areas.BadArea says itself in English (``str``, the audit
log) and in Spanish (``text("es")``), state and verb words included; approval.py's refused
outcome carries it (``Refusal.text(lang)``) while still reading "refused: ..." in English."""
from __future__ import annotations

import pytest

from bot.alerts import approval, areas, compose, lifecycle
from tests.alerts.test_audience import new_alert

STAFF = {"pseudonym": "staff:super", "name": "Sgt Super", "badge": ""}


def _refused(fn, *args, **kwargs) -> lifecycle.Refused:
    with pytest.raises(lifecycle.Refused) as caught:
        fn(*args, **kwargs)
    return caught.value


def test_each_refusal_in_english_and_spanish(services):
    a = new_alert(services)
    lifecycle.submit_for_approval(services, a, "staff:author")
    own = _refused(lifecycle.approve, services, a, "staff:author")
    assert str(own) == "An alert must be approved by someone other than its author."
    assert own.text("es") == "Una alerta la debe aprobar alguien distinto de quien la escribió."
    reason = _refused(lifecycle.reject, services, a, "staff:super", " ")
    assert reason.text("es") == "Indique por qué rechaza la alerta."
    past = _refused(lifecycle.schedule, services, a, 10, now=100)
    assert str(past) == "The time to send must be in the future." and past.text("es") == "La hora de envío debe ser futura."
    lifecycle.reject(services, a, "staff:super", "Wrong area")
    state = _refused(lifecycle.approve, services, a, "staff:super")
    assert str(state) == f"{a} is rejected: it cannot be approved."
    assert state.text("es") == f"{a} está en estado rechazada: no se puede aprobar."
    gone = _refused(lifecycle.discard, services, "A-999")
    assert str(gone) == "No alert A-999." and gone.text("es") == "No existe la alerta A-999."


def test_the_state_words_of_every_move_are_in_the_catalog(services):
    a = new_alert(services)
    lifecycle.submit_for_approval(services, a, "staff:author")
    refused = _refused(lifecycle.send_now, services, a)
    assert str(refused) == f"{a} is pending approval: it cannot be sent."
    assert refused.text("es") == f"{a} está en estado pendiente de aprobación: no se puede enviar."
    refused = _refused(lifecycle.submit_for_approval, services, a, "staff:author")
    assert refused.text("es").endswith("no se puede enviar a aprobación.")
    assert str(refused).endswith("it cannot be submitted for approval.")


def test_approval_carries_the_refusal_to_show_in_any_language(services):
    a = new_alert(services)
    lifecycle.submit_for_approval(services, a, "staff:author")
    lifecycle.reject(services, a, "staff:other", "Wrong area")
    outcome = approval.approve(services, a, STAFF, by_key="staff:super", by_name="Sgt Super")
    assert isinstance(outcome, approval.Refusal) and outcome.startswith("refused")
    assert outcome == f"refused: {a} is rejected: it cannot be approved."
    assert outcome.text("es") == f"{a} está en estado rechazada: no se puede aprobar."
    assert approval.reject(services, a, STAFF, "again", by_key="staff:super", by_name="Sgt Super").text("es") == \
        f"{a} está en estado rechazada: no se puede rechazar."


@pytest.mark.parametrize("kwargs, english, spanish", [
    ({"schemes": [], "text": "x"}, "Pick at least one scheme.", "Elija al menos un programa."),
    ({"schemes": ["FARMWATCH"], "text": "x", "categories": ["ponies"]},
     "Unknown category #ponies. Categories: livestock, machinery, rural, wildlife.",
     "Categoría #ponies desconocida. Categorías: livestock, machinery, rural, wildlife."),
    ({"schemes": ["FARMWATCH"], "text": "x", "channels": ["fax"]}, "Pick at least one channel: sms, email or voice.",
     "Elija al menos un canal: sms, email o voice."),
    ({"schemes": ["FARMWATCH"], "text": "x", "circle": (51.3, -2.5, 1)}, "The radius must be 50 m to 50 km.",
     "El radio debe ser de 50 m a 50 km."),
    ({"schemes": ["FARMWATCH"], "text": "  "}, "The alert has no text.", "La alerta no tiene texto."),
    ({"schemes": ["FARMWATCH"], "text": "x", "lang_texts": {"es": "palabra " * 200}},
     "The Español text: The alert is too long by ", "El texto en Español: La alerta se pasa en "),
])
def test_draft_errors_in_english_and_spanish(services, kwargs, english, spanish):
    with pytest.raises((compose.BadAlert, areas.BadArea)) as caught:
        lifecycle.create_draft(services, "staff:author", **kwargs)
    assert str(caught.value).startswith(english)
    assert caught.value.text("es").startswith(spanish), caught.value.text("es")
