"""Spanish opt-out, opt-in and help words (bot/locales/es.json) work as the English ones
do, answered in Spanish; words that are everyday answers in a tip are not keywords."""
from __future__ import annotations

import pytest

from bot.store import keys
from bot.web import compliance

NUMBER = "+447700900778"


def opted_out(services, redis, number=NUMBER) -> bool:
    return bool(redis.exists(keys.opt_out(services.identity.pseudonym(number))))


@pytest.mark.parametrize("text", ["PARAR", "parar", "Parar por favor", "DETENER", "cancelar", "PARAR!!!",
                                  "no me escriban mas", "No me escriban más mensajes", "dejen de enviarme mensajes",
                                  "ya no me manden mensajes por favor", "no quiero recibir más mensajes"])
def test_spanish_opt_outs(make_phone, services, redis, text):
    phone = make_phone(NUMBER)
    replies = phone.send(text)
    assert opted_out(services, redis), text
    assert replies and "No recibira mas textos" in replies[0] and "START" in replies[0], replies


@pytest.mark.parametrize("text", ["alto", "baja", "para", "no mas", "me pararon en la calle", "fin de semana",
                                  "no dejaban de gritar"])
def test_everyday_words_are_not_opt_outs(make_phone, services, redis, text):
    make_phone(NUMBER).send(text)
    assert not opted_out(services, redis), text


def test_spanish_opt_in_and_si_only_when_opted_out(make_phone, services, redis):
    phone = make_phone(NUMBER)
    phone.send("PARAR")
    assert opted_out(services, redis)
    assert phone.send("hola") == []   # opted out: nothing but the STOP/START answers
    replies = phone.send("INICIAR")
    assert not opted_out(services, redis) and "Bienvenido de nuevo" in replies[0], replies
    phone.send("PARAR")
    assert "Bienvenido de nuevo" in phone.send("Sí")[0] and not opted_out(services, redis)
    assert compliance.keyword_of("si") == "SI"
    before = phone.send("si")   # not opted out: an ordinary answer for the flow
    assert not any("Bienvenido" in r for r in before)


def test_ayuda_is_help_in_spanish_and_keeps_the_draft(make_phone, services):
    phone = make_phone(NUMBER)
    phone.send("venden drogas en la esquina de la calle Cambria todas las noches")
    replies = phone.send("AYUDA")
    joined = " ".join(replies)
    assert len(replies) == 1 and "Emergencia: llame al 999" in joined and "PARAR" in joined, replies
    assert "Su aviso se conserva" in joined   # what they can do next in the tip, in Spanish


def test_stop_in_english_from_a_spanish_phone_is_answered_in_spanish(make_phone, services, redis):
    phone = make_phone(NUMBER)
    phone.send("venden drogas en la esquina de la calle Cambria todas las noches")
    replies = phone.send("STOP")
    assert opted_out(services, redis) and "No recibira mas textos" in replies[0]


def test_a_spanish_emergency_with_ayuda_is_a_tip_not_help(make_phone, services):
    phone = make_phone(NUMBER)
    joined = " ".join(phone.send("ayuda me están siguiendo"))
    assert "Emergencia: llame" not in joined
    assert "llame al 999 de inmediato" in joined, joined
