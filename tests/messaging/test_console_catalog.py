"""The staff console's catalogs (bot/locales/console/<lang>.json): every language has every text
of the English one with no placeholder English lacks, and every text the console's code and
templates name is in every catalog (a missing one would be a KeyError on a page)."""
from __future__ import annotations

import pathlib
import re

import pytest

from bot.messaging import catalog
from tests.messaging.catalog_checks import check_same_texts

OTHERS = [code for code in catalog.console_shipped() if code != catalog.BASE]
CONSOLE = pathlib.Path(catalog.LOCALES).parent / "console"



def test_english_and_spanish_console_catalogs_ship_and_every_sms_language_has_one():
    assert catalog.console_shipped()[0] == "en" and "es" in catalog.console_shipped()
    assert set(catalog.shipped()) <= set(catalog.console_shipped())


@pytest.mark.parametrize("lang", OTHERS)
def test_every_console_text_is_in_the_catalog(lang):
    base, other = catalog.load_console("en"), catalog.load_console(lang)
    # a language may leave out a value English shows (staff_bad_phone's English-only reason) but
    # never ask for one the code does not give
    check_same_texts(base, other, lang, "console catalog", any_drop=True)
    assert other.get("name") == catalog.name_of(lang)


def _named_in_code() -> set[str]:
    """Every console text name the code and templates ask for."""
    from wtforms.fields.core import UnboundField

    from bot.console import blueprint, forms

    named: set[str] = set()
    files = [*(p for p in CONSOLE.glob("*.py") if p.name != "i18n.py"), *CONSOLE.joinpath("templates").rglob("*.html")]
    for path in files:
        code = path.read_text()
        for args in re.findall(r"""\b(?:t|i18n\.t)\(([^()]*)""", code):
            named |= set(re.findall(r"""(?<![=\[])(?<![=\[] )["']([a-z][a-z0-9_]*)["'](?!\s*[:=\]])""", args))
        named |= set(re.findall(r"""\btext_in\([^,()]+,\s*["']([a-z][a-z0-9_]*)["']""", code))
        named |= set(re.findall(r"""\),\s*"(why_[a-z_]+)"\)""", code))    # tips._REASONS
        named |= set(re.findall(r"""\b(?:StaffError|EnrolmentError|WeakPassword)\(\s*["']([a-z][a-z0-9_]*)["']""", code))
    for form in vars(forms).values():
        if isinstance(form, type) and issubclass(form, forms.ConsoleForm) and form is not forms.ConsoleForm:
            fields = {n for n, v in vars(form).items() if isinstance(v, UnboundField)}
            assert fields <= set(form.LABELS), f"{form.__name__}: a field without a catalog label"
            named |= set(form.LABELS.values())
    named |= {item.label for item in blueprint.NAV}
    named |= {name for pair in blueprint.MESSAGES.values() for name in pair} | {"err_title", "err_other"}
    named |= {"reply_not_both", "reply_pick_quick", "tick_queued", "tick_sent", "tick_delivered", "tick_failed"}
    return named


def test_every_console_text_named_in_the_code_is_in_every_console_catalog():
    named = _named_in_code()
    assert {"login_wrong", "nav_tips", "f_email", "pw_common", "staff_last_admin", "reply_h", "new_alert_h",
            "search_bad_from", "why_plate"} <= named
    for lang in catalog.console_shipped():
        missing = sorted(n for n in named if n not in catalog.load_console(lang)["texts"])
        assert not missing, f"console catalog {lang} misses {missing}"


def test_console_text_falls_back_to_the_default_then_english():
    assert catalog.console_text("en", "login_wrong") == "The email or password is not right."
    assert catalog.console_text("es", "login_wrong") == "El correo o la contraseña no son correctos."
    assert catalog.console_text("xx", "login_wrong") == "The email or password is not right."
    assert catalog.console_text("xx", "login_wrong", "es") == "El correo o la contraseña no son correctos."
    with pytest.raises(KeyError):
        catalog.console_text("es", "no_such_text")
