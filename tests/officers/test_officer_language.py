"""Each officer has a language (the registry record's ``lang``; default the force's DEFAULT_LANGUAGE):
``LANG ES`` / ``IDIOMA EN`` by SMS, ``officer add --lang``, or an admin in the console
(tests/console/test_staff_language.py). Every officer-side text comes in it: command answers,
the help, duty notifications, forwarded replies, undelivered notices, alert commands; and the
note "the tipster writes another language" compares with it."""
from __future__ import annotations

import re

from bot.messaging.segments import count_segments, is_gsm7
from bot.officers import registry
from bot.store import keys
from tests.helpers import OFFICER, TIPSTER, assert_sms_sized

SARGE = "+447700900510"
URGENT_TEXT = "A man with a knife is breaking into the house at 12 Elm Road right now"


def spanish_tip(tipster) -> str:
    tipster.send("un hombre vende drogas en la esquina de 5th y Cambria, carro negro placa JKM4410")
    return re.search(r"T-[A-Z0-9]{4,6}", " ".join(tipster.send("ENVIAR"))).group(0)


def _record(app, number: str) -> dict:
    with app.app_context():
        from bot.services import current
        svc = current()
        return registry.load(svc.redis, svc.identity.pseudonym(number))


def test_lang_sets_the_officers_language_and_every_answer_follows(app, officer, tipster, file_tip):
    tip_id = file_tip(tipster)
    assert officer.send("LANG") == ["You are texted in English. To change: LANG and a code (EN (English), "
                                    "ES (Español)), e.g. LANG ES."]
    assert officer.send("LANG ES") == ["De acuerdo, los textos de agente le llegaran en Español. LANG EN for English."]
    assert _record(app, OFFICER)["lang"] == "es"
    listing = officer.send("TIPS")[0]
    assert listing.startswith("Avisos abiertos (los mas nuevos primero):") and tip_id in listing
    assert "(sin lugar)" not in listing and "SHOW <aviso> para ver detalles." in listing
    head, thread = officer.send(f"SHOW {tip_id}")
    assert head.startswith(f"{tip_id} abierto recibido ahora mismo.") and "Idioma: English (en)" in head
    assert "Matriculas: HVM2207" in head and "Qué: " in head
    assert thread.startswith(f"{tip_id} ultimos mensajes:") and "informante]" in thread
    assert officer.send(f"CLAIM {tip_id}") == [
        f"Ha asumido {tip_id}. Las respuestas de quien aviso le llegaran a usted. R {tip_id} <mensaje> para escribir."]
    assert officer.send("SHOW T-ZZZZ") == ["No existe el aviso T-ZZZZ. Escriba TIPS para ver los ultimos avisos."]
    assert officer.send("CLAIM") == ["¿Qué aviso? Uso: CLAIM <aviso>, p. ej. CLAIM T-7K2Q"]
    assert officer.send(f"CLOSE {tip_id} maybe")[0].startswith("Resultado desconocido MAYBE. Resultados: ARREST")
    assert officer.send(f"CLOSE {tip_id} NFA") == [
        f"{tip_id} cerrado: Sin mas actuaciones. Ya no se pueden enviar mensajes sobre él."]
    assert officer.send("ON")[0].startswith("Esta de servicio")
    unknown = officer.send("frobnicate")[0]
    assert unknown.startswith("Comando desconocido FROBNICATE. Comandos de agente: ") and "R <aviso> <mensaje>;" in unknown
    # back to English, in the other keyword
    assert officer.send("idioma en") == ["OK, officer texts to you are now in English."]
    assert officer.send("TIPS") == ["No open tips."]


def test_a_language_not_configured_is_refused_politely(app, officer):
    answer = officer.send("LANG klingon")[0]
    assert answer.startswith("Unknown language KLINGON. Languages: EN (English), ES (Español).")
    assert officer.send("LANG 07700900123")[0].startswith("Unknown language . Languages")   # never echoes digits
    assert "lang" not in _record(app, OFFICER)
    assert officer.send("LANG espanol")[0].startswith("De acuerdo")   # the tipsters' switch words work too


def test_the_spanish_help_fits_two_segments_and_is_gsm7(officer):
    english = officer.send("CMDS")[0]
    officer.send("LANG ES")
    spanish = officer.send("CMDS")[0]
    # (the commands' order is the order their modules registered them in)
    assert spanish.startswith("Comandos de agente: ") and spanish.endswith("; CMDS (esta lista)")
    assert "R <aviso> <mensaje>; TIPS; SHOW <aviso>" in spanish and "SEND A-12 (confirma una alerta)" in spanish
    assert english.startswith("Officer commands: ") and "R <tip> <message>; TIPS; SHOW <tip>" in english
    for text in (english, spanish, officer.send("HELP LANG")[0], officer.send("HELP CLOSE")[0]):
        assert is_gsm7(text) and count_segments(text) <= 2, text
    assert officer.send("HELP")[0] == spanish   # compliance's HELP asks the officer help too


def test_free_text_note_compares_with_the_officers_own_language(officer, tipster):
    tip_id = spanish_tip(tipster)
    officer.send("LANG ES")
    answer = officer.send(f"R {tip_id} hacia donde fue el carro?")[0]
    assert answer.startswith(f"En cola para quien aviso en {tip_id} asi:"), answer
    assert "Nota:" not in answer   # both Spanish: nothing to warn about
    officer.send("LANG EN")
    answer = officer.send(f"R {tip_id} which way did the car go?")[0]
    assert "Note: the tipster writes Español" in answer, answer


def test_a_spanish_officer_is_warned_about_an_english_tipster(officer, tipster, file_tip):
    tip_id = file_tip(tipster)
    officer.send("LANG ES")
    answer = officer.send(f"R {tip_id} hacia donde fue?")[0]
    assert "Nota: quien avisa escribe en English" in answer and f"R {tip_id} #n" in answer, answer
    assert officer.send(f"R {tip_id} #2")[0].endswith("(respuesta rapida #2, en English)")


def test_notifications_and_forwards_come_in_each_officers_language(app, officer, officers, make_phone, worker,
                                                                 fake_twilio):
    sarge = officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    officer.send("ON")
    sarge.send("ON")
    sarge.send("IDIOMA ES")
    tipster = make_phone(TIPSTER)
    tipster.send(URGENT_TEXT)
    worker()
    english = fake_twilio.sent_to(OFFICER)[-1]["body"]
    spanish = fake_twilio.sent_to(SARGE)[-1]["body"]
    assert english.startswith("URGENT (weapon mentioned: knife) tip T-") and "| SHOW T-" in english
    assert spanish.startswith("Aviso URGENTE (weapon mentioned: knife) T-") and "| en 12 Elm Road" in spanish
    assert "| SHOW T-" in spanish and " o R T-" in spanish
    assert_sms_sized([english, spanish])
    tip_id = re.search(r"T-[A-Z0-9]{4,6}", spanish).group(0)
    tipster.send("SEND")
    # the sergeant writes; the tipster's answer is forwarded to him, framed in Spanish
    sarge.send(f"R {tip_id} which way did he go?")
    worker()
    tipster.send("towards the park")
    worker()
    assert fake_twilio.sent_to(SARGE)[-1]["body"] == f"Informante sobre {tip_id}: towards the park"


def test_an_assigned_officer_is_texted_in_their_language(app, officer, officers, tipster, file_tip, worker,
                                                         fake_twilio):
    tip_id = file_tip(tipster)
    sarge = officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    officer.send("LANG ES")
    assert sarge.send(f"ASSIGN {tip_id} 4411") == [f"{tip_id} assigned to PC Jones (4411). They have been texted."]
    worker()
    body = fake_twilio.sent_to(OFFICER)[-1]["body"]
    assert body.startswith(f"Sgt Lee (S1) le asigno el aviso {tip_id}:"), body


def test_cli_sets_the_language_and_refuses_an_unconfigured_one(app, officers):
    officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    runner = app.test_cli_runner()
    result = runner.invoke(args=["officer", "add", "--name", "Sgt Lee", "--phone", SARGE, "--lang", "ES"])
    assert result.exit_code == 0 and "texted in es" in result.output, result.output
    assert _record(app, SARGE)["lang"] == "es"
    result = runner.invoke(args=["officer", "add", "--name", "Sgt Lee", "--phone", SARGE, "--lang", "fr"])
    assert result.exit_code != 0 and "language must be one of en, es" in result.output


def test_alert_commands_answer_in_the_officers_language(officer, redis):
    officer.send("LANG ES")
    assert officer.send("SEND") == ["Escriba SEND y el codigo de la alerta, p. ej. SEND A-12."]
    assert officer.send("HALT A-999") == ["No existe la alerta A-999."]
    # the audit log stays English whoever asked
    details = [e.decode() if isinstance(e, bytes) else e
               for _, fields in redis.xrange("tl:audit") for k, e in fields.items() if k in (b"detail", "detail")]
    assert "No alert A-999." in details and "Text SEND and the alert code, e.g" in details


def test_an_unset_or_unconfigured_language_is_the_forces_default(app, officer, redis):
    with app.app_context():
        from bot.services import current
        p = current().identity.pseudonym(OFFICER)
    redis.hset(keys.officer(p), "lang", "fr")   # set once, then dropped from LANGUAGES
    assert officer.send("TIPS") == ["No open tips."]


def test_an_undelivered_relay_is_reported_in_the_officers_language(app, officer, tipster, file_tip, worker,
                                                                   fake_twilio, monkeypatch):
    from bot.messaging import queues
    monkeypatch.setattr(queues, "SEND_RETRY", {"max": 2, "interval": [0]})
    monkeypatch.setattr(queues, "SETTLE_AFTER_S", 0)
    tip_id = file_tip(tipster)
    officer.send("LANG ES")
    fake_twilio.fail_next(400, 21614, style="problem")
    officer.send(f"R {tip_id} hacia donde fue?")
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(OFFICER)] == [
        f"Su mensaje para quien aviso en {tip_id} no se pudo entregar (Error de Twilio 21614: no es un movil). "
        "No se intentara mas."]
    fake_twilio.fail_next(503, 20503, times=3)
    officer.send(f"R {tip_id} sigue ahi?")
    worker()
    notice = fake_twilio.sent_to(OFFICER)[-1]["body"]
    assert "(Twilio no lo acepto tras 3 intentos; ultimo error HTTP 503" in notice, notice
