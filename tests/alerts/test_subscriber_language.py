"""Residents choose a language when they subscribe (issue 14): by text (a Spanish command
word, or a phone already texting in Spanish) or on the web (tests/public/test_join.py)."""
from __future__ import annotations

from bot.alerts import resident_prefs, subscribers

MOBILE = "+447700900231"


def _lang(services, number):
    p = services.identity.pseudonym(number)
    return resident_prefs.language(services.redis, subscribers.resident_for(services.redis, p) or p)


def test_a_spanish_join_word_subscribes_in_spanish(make_phone, services, redis):
    phone = make_phone(MOBILE)
    [reply] = phone.send("UNIRSE FARMWATCH BA3 5QE")
    assert reply.startswith("Se unio a Vigilancia Rural cerca de BA3 5QE")   # á í ó ú sent unaccented
    assert "SALIR FARMWATCH" in reply and "PARAR" in reply and "START" not in reply
    assert _lang(services, MOBILE) == "es"
    p = services.identity.pseudonym(MOBILE)
    assert resident_prefs.languages_of(redis, [p]) == {p: "es"}
    record, _ = subscribers.load(redis, p)
    assert list(record) == ["FARMWATCH"]


def test_a_phone_that_switched_to_spanish_joins_in_spanish(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("ESPAÑOL")
    [reply] = phone.send("JOIN FARMWATCH BA3 5QE")
    assert reply.startswith("Se unio a Vigilancia Rural")
    assert _lang(services, MOBILE) == "es"


def test_an_english_join_stores_no_language_and_reads_as_the_default(make_phone, services, redis):
    phone = make_phone(MOBILE)
    phone.send("JOIN FARMWATCH BA3 5QE")
    p = services.identity.pseudonym(MOBILE)
    assert resident_prefs.languages_of(redis, [p])[p] in ("", "en")


def test_switching_back_to_english_then_join_changes_the_record(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("UNIRSE FARMWATCH BA3 5QE")
    phone.send("ENGLISH")
    phone.send("JOIN NHW BA3 5QE")
    assert _lang(services, MOBILE) == "en"


def test_a_subscriber_who_switches_language_gets_alerts_in_it(make_phone, services, redis):
    """Joined in English, then texted ESPAÑOL: their alerts come in Spanish too (and back)."""
    phone = make_phone(MOBILE)
    phone.send("JOIN FARMWATCH BA3 5QE")
    p = services.identity.pseudonym(MOBILE)
    assert resident_prefs.languages_of(redis, [p])[p] in ("", "en")
    phone.send("ESPAÑOL")
    assert _lang(services, MOBILE) == "es" and resident_prefs.languages_of(redis, [p]) == {p: "es"}
    phone.send("ENGLISH")
    assert resident_prefs.languages_of(redis, [p]) == {p: "en"}


def test_a_switch_word_from_a_phone_with_no_subscription_stores_no_resident(make_phone, services, redis):
    phone = make_phone(MOBILE)
    phone.send("ESPAÑOL")
    p = services.identity.pseudonym(MOBILE)
    assert not redis.exists(f"{subscribers.keys.subscriber_prefs(p)}")
    assert subscribers.load(redis, p) == ({}, False)


def test_salir_and_mis_alertas_are_leave_and_my_alerts(make_phone, services, redis):
    phone = make_phone(MOBILE)
    phone.send("UNIRSE FARMWATCH BA3 5QE")
    [mine] = phone.send("MIS ALERTAS")
    assert mine.startswith("Sus alertas: Vigilancia Rural cerca de BA3 5QE")
    [left] = phone.send("SALIR FARMWATCH")
    assert left.startswith("Salio de Vigilancia Rural.")
    record, _ = subscribers.load(redis, services.identity.pseudonym(MOBILE))
    assert record == {}


def test_spanish_answers_to_bad_input_are_clear_and_in_spanish(make_phone):
    phone = make_phone(MOBILE)
    [reply] = phone.send("UNIRSE PERROWATCH")
    assert reply.startswith("No existe ese programa.") and "Programas: NHW (Vigilancia Vecinal), FARMWATCH" in reply
    [reply] = phone.send("UNIRSE FARMWATCH")
    assert "responda con su codigo postal o ZIP" in reply
    [reply] = phone.send("SALIR NHW")
    assert reply.startswith("No esta en Vigilancia Vecinal, asi que nada ha cambiado.")


def test_a_tip_that_starts_with_a_spanish_command_word_chooses_no_language(make_phone, services, redis):
    from bot.store import keys

    phone = make_phone(MOBILE)
    phone.send("ENGLISH")
    [reply] = phone.send("Salir Road has a white van parked outside number 12 every night")
    p = services.identity.pseudonym(MOBILE)
    assert redis.get(keys.language(p)) == b"en"
    assert not reply.startswith("Lo sentimos")


# -- ALERTAS AGREGAR/QUITAR #category, TODO (ALERTS ADD/DROP, ALL): keyword data in es.json --------
def _cats(services, number, scheme="FARMWATCH"):
    record, _ = subscribers.load(services.redis, services.identity.pseudonym(number))
    return record[scheme]["cats"], record[scheme]["area"]


def test_alertas_quitar_and_agregar_change_categories_in_spanish(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("JOIN FARMWATCH BA3 5QE")          # English so far: the Spanish words choose Spanish
    [reply] = phone.send("ALERTAS QUITAR #livestock")
    assert reply == "Hecho. Vigilancia Rural: machinery, rural, wildlife."
    assert _cats(services, MOBILE)[0] == ["machinery", "rural", "wildlife"]
    [mine] = phone.send("MIS ALERTAS")
    assert "ALERTAS QUITAR #machinery o ALERTAS AGREGAR #livestock para cambiar categorias" in mine, mine
    for words in ("ALERTAS AGREGAR #livestock", "alertas añadir #livestock", "ALERTAS ANADIR #livestock"):
        phone.send("ALERTAS QUITAR #livestock")
        [reply] = phone.send(words)
        assert reply == "Hecho. Vigilancia Rural: livestock, machinery, rural, wildlife.", words
    assert _lang(services, MOBILE) == "es"


def test_alertas_alone_lists_and_a_missing_category_is_explained_in_spanish(make_phone):
    phone = make_phone(MOBILE)
    phone.send("UNIRSE FARMWATCH BA3 5QE")
    [mine] = phone.send("ALERTAS")
    assert mine.startswith("Sus alertas: Vigilancia Rural cerca de BA3 5QE")
    [reply] = phone.send("ALERTAS QUITAR")
    assert reply == "Escriba ALERTAS QUITAR y una categoria, p. ej. ALERTAS QUITAR #livestock."
    [reply] = phone.send("ALERTAS AGREGAR #unicorns")
    assert reply.startswith("No ha cambiado nada. Categorias de sus programas:")


def test_todo_is_all_for_joining_the_whole_area_and_leaving_every_scheme(make_phone, services):
    phone = make_phone(MOBILE)
    [ask] = phone.send("UNIRSE FARMWATCH")
    assert "o TODO para toda la zona" in ask and "ALL" not in ask
    [joined] = phone.send("todo")
    assert joined.startswith("Se unio a Vigilancia Rural para toda la zona")
    assert _cats(services, MOBILE)[1] == "ALL"
    [joined] = phone.send("UNIRSE NHW TODA")
    assert joined.startswith("Se unio a Vigilancia Vecinal para toda la zona")
    [how] = phone.send("SALIR")
    assert "o SALIR TODO" in how
    [left] = phone.send("SALIR TODO")
    assert left.startswith("Salio de ") and "Vigilancia Rural" in left and "Vigilancia Vecinal" in left
    assert subscribers.load(services.redis, services.identity.pseudonym(MOBILE))[0] == {}


def test_english_words_still_answer_in_english(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("JOIN FARMWATCH BA3 5QE")
    [reply] = phone.send("ALERTS DROP #livestock")
    assert reply == "Done. Farm Watch: machinery, rural, wildlife."
    [reply] = phone.send("ALERTS ADD")
    assert reply == "Text ALERTS ADD and a category, e.g. ALERTS ADD #livestock."
    [left] = phone.send("LEAVE ALL")
    assert left.startswith("You left Farm Watch.")


def test_mis_alertas_enlace_is_my_alerts_link_in_spanish(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("JOIN FARMWATCH BA3 5QE")
    [reply] = phone.send("MIS ALERTAS ENLACE")
    assert reply.startswith("Su pagina de alertas: https://") and "/alerts/my/" in reply   # á sent unaccented
    [again] = phone.send("MY ALERTS LINK")       # the English words still work; the phone now reads Spanish
    assert again.startswith("Su pagina de alertas: https://")

