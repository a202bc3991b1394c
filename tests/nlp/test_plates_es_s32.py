"""Stop 32 fixes for Spanish plates. Texts invented for these tests (none copied from dev)."""
import pytest

from nlp import extract


# Mexico's plates copied as printed, with no plate word: ABC-12-34 and ABC-123-D, and a second reading after "o"
@pytest.mark.parametrize("text, plates", [
    ("en tijuana vi otra vez la suburban gris PWT-48-19 afuera de la escuela", ["PWT4819"]),
    ("un tsuru blanco JKS-448-B se paso el alto y casi atropella a un niño", ["JKS448B"]),
    ("hermosillo DNV-31-07 o DNV-31-01, un sentra rojo que asalto la tienda", ["DNV3107", "DNV3101"]),
])
def test_a_mexican_plate_with_no_plate_word_is_read(text, plates):
    assert sorted(extract(text).plates) == sorted(plates)


@pytest.mark.parametrize("text", [
    "el folio ABC-12-34 de la multa no sale en la pagina",       # a code word before it
    "me llego el pedido SKU-12-34 roto y nadie contesta",
    "la pieza REF-123-A del refrigerador no sirve",
    "mi vuelo 4417 salio tarde y el numero de caso es CAS-88-12",
    "el modelo XR-12-34 de la tele y el cable usb-12-34",     # two letters, or lower case: not the shape
])
def test_codes_of_the_mexican_shape_are_no_plate(text):
    assert extract(text).plates == []


# "placa de <estado> con el numero ...": the number named after the state is the plate
@pytest.mark.parametrize("text, plates", [
    ("una placa de georgia con el numero RKW 4410, la camioneta que me choco en el estacionamiento", ["RKW4410"]),
    ("tenia placa de arizona con numero 7HT-22K y se fue por la 10", ["7HT22K"]),
])
def test_a_plate_number_after_con_el_numero_is_read(text, plates):
    assert sorted(extract(text).plates) == sorted(plates)


@pytest.mark.parametrize("text", [
    "la placa con el numero de telefono del dueño estaba en el parabrisas",
    "le tome foto a la placa con el numero de serie del motor 4471",
])
def test_con_el_numero_of_something_else_is_no_plate(text):
    assert extract(text).plates == []
