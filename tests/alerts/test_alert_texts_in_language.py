"""The alert texts in the reader's language (issue 14): scheme names and descriptions in the
SMS a resident gets and the subscription answers, and the officer's ALERT answers, the composer's
errors and the postcode/radius/area reasons in the officer's (or the staff member's) language.

The segment test fills the subscription answers with the real scheme names, descriptions and
menu (tests/messaging/test_catalogs.py fills placeholders with stand-ins), so a long Spanish
scheme description cannot push a JOIN answer past two segments unnoticed."""
from __future__ import annotations

import pytest

from bot.alerts import compose, geo, schemes, targeting
from bot.config import DEFAULTS
from bot.messaging import catalog
from bot.messaging.segments import count_segments, gsm7_letters

CFG = {k: v[0] for k, v in DEFAULTS.items()}


def _t(lang: str, name: str, **values) -> str:
    return gsm7_letters(catalog.text(lang, name, **values))


def _menu(lang: str) -> str:
    return _t(lang, "sub_menu", listing=", ".join(f"{s.keyword} ({schemes.name_in(s, lang)})"
                                                  for s in schemes.all_schemes()))


@pytest.mark.parametrize("lang", catalog.shipped())
def test_every_subscription_answer_with_real_scheme_words_is_two_segments_at_most(lang):
    over = {}
    for name in ("sub_join_how", "sub_no_scheme", "sub_my_none"):
        text = _t(lang, name, menu=_menu(lang))
        if count_segments(text) > 2:
            over[name] = len(text)
    for s in schemes.all_schemes():
        for name in ("sub_joined", "sub_updated"):
            for picked in ("", f" ({', '.join(s.categories)})"):
                for where in (_t(lang, "sub_where_near", area="BA3 5QE"), _t(lang, "sub_where_all")):
                    text = _t(lang, name, scheme=schemes.name_in(s, lang), picked=picked, where=where,
                              description=schemes.description_in(s, lang), frequency=_t(lang, "sub_frequency"),
                              keyword=s.keyword)
                    if count_segments(text) > 2:
                        over[(s.keyword, name, picked, where)] = len(text)
    assert not over, f"{lang}: over two segments: {over}"


def test_the_alert_head_names_the_scheme_in_the_readers_language():
    draft = compose.Draft(["FARMWATCH"], text="Cattle loose on the A362")
    english = compose.compose(draft, "CAD-1", CFG)
    spanish = compose.compose(draft, "CAD-1", CFG, "es")
    assert english.startswith("Farm Watch alert: Cattle loose")
    assert spanish.startswith("Alerta de Vigilancia Rural: Cattle loose") and "Farm Watch" not in spanish


def test_compose_errors_are_english_by_default_and_in_the_language_asked_for():
    with pytest.raises(compose.BadAlert) as caught:
        compose.parse("FARMWATCH #ponies Horse loose", CFG)
    assert str(caught.value) == "Unknown category #ponies. Categories: livestock, machinery, rural, wildlife."
    assert caught.value.text("es") == "Categoría #ponies desconocida. Categorías: livestock, machinery, rural, wildlife."
    with pytest.raises(compose.BadAlert) as caught:
        compose.parse("FARMWATCH 5km BT1 5GS Cattle", CFG, "es")
    assert str(caught.value) == "Los códigos postales de Irlanda del Norte (BT) aún no están incluidos."
    assert caught.value.text("en") == "Northern Ireland (BT) postcodes are not covered yet."
    with pytest.raises(compose.BadAlert) as caught:
        compose.parse("PONYWATCH Horse loose", CFG, "es")
    assert str(caught.value).startswith("Programa PONYWATCH desconocido. Programas: NHW (Vigilancia Vecinal)")


def test_geo_reasons_say_themselves_in_any_language():
    with pytest.raises(geo.BadRadius) as caught:
        geo.parse_radius("0km", 50)
    assert str(caught.value) == "The radius must be more than zero."
    assert caught.value.text("es") == "El radio debe ser mayor que cero."
    with pytest.raises(geo.NotCovered) as caught:
        geo.locate("BT1 5GS")
    assert caught.value.text("es") == "Los códigos postales de Irlanda del Norte (BT) aún no están incluidos."


def test_the_cost_and_room_lines_in_spanish():
    body = compose.compose(compose.Draft(["FARMWATCH"], text="Ganado suelto " * 8), "CAD-1", CFG)
    est = compose.estimate(body, 120, CFG)
    assert est.segments == 2
    english = compose.cost_line(est, CFG)
    assert english.startswith("Each text 2 segments (GSM-7)") and "left before a 3rd. In all 240 segments" in english
    spanish = compose.cost_line(est, CFG, "es")
    assert spanish.startswith("Cada texto 2 segmentos (GSM-7)") and "antes del segmento 3. En total 240 segmentos" in spanish
    assert compose.duration(30, "es") == "menos de un minuto" and compose.duration(3900) == "about 1 h 5 min"
    assert compose.room_line("Ganado suelto " * 8, body, "es").startswith("Su texto: 112 caracteres, caben ")
    assert [compose.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd"]


def test_the_console_composer_errors_take_the_staff_members_language():
    fields = dict(schemes_=["FARMWATCH"], categories=[], area="polygon", postcode="", radius="", lat="", lon="",
                  points="51.3,-2.5;51.31,-2.5", text="x", cfg=CFG)
    with pytest.raises(compose.BadAlert) as caught:
        targeting.read(**fields)
    assert str(caught.value) == "Click at least three corners on the map to draw the area."
    with pytest.raises(compose.BadAlert) as caught:
        targeting.read(**fields, lang="es")
    assert str(caught.value) == "Haga clic en al menos tres esquinas del mapa para dibujar la zona."
    with pytest.raises(compose.BadAlert) as caught:
        targeting.read(**{**fields, "points": "51.3,-2.5;51.3,-2.4;51.3,-2.3"}, lang="es")
    assert str(caught.value) == ("La zona no tiene superficie (sus puntos están en una línea). "
                                 "Borre la zona y dibújela de nuevo.")
    composed = targeting.Composed(schemes=["FARMWATCH"])
    cfg = {**CFG, "LANGUAGES": "en,es"}
    needs = targeting.language_needs({"en": 3, "es": 1}, composed, cfg)
    assert needs["line"] == "No text in Español (1 recipient): they get the English text."
    assert targeting.language_needs({"en": 3, "es": 1}, composed, cfg, "es")["line"] == \
        "Sin texto en Español (1 destinatario): recibirán el texto en English."


def test_a_spanish_resident_reads_no_english_in_the_join_answers(make_phone):
    phone = make_phone("+447700900555")
    [joined] = phone.send("UNIRSE NHW BA3 5QE")
    assert joined.startswith("Se unio a Vigilancia Vecinal cerca de BA3 5QE: robos en viviendas, delitos con vehiculos")
    assert "Espere pocos textos al mes." in joined and "Watch" not in joined and "a month" not in joined
    assert count_segments(joined) <= 2
    [mine] = phone.send("MIS ALERTAS")
    assert mine.startswith("Sus alertas: Vigilancia Vecinal cerca de BA3 5QE: asb, burglary")   # category keywords
    assert "ALERTAS QUITAR #asb para cambiar" in mine and " or " not in mine
    [bad] = phone.send("UNIRSE NHW BT1 5GS")
    assert bad.startswith("Los codigos postales de Irlanda del Norte (BT) aun no estan incluidos.")
    [english] = make_phone("+447700900556").send("JOIN NHW BA3 5QE")
    assert english.startswith("You joined Neighbourhood Watch for alerts near BA3 5QE: burglary")
    assert "Expect a few texts a month." in english
