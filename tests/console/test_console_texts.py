"""No English sentence a staff member reads is left in the console's Python (bot/console/*.py, the
CLI apart: an operator tool, English): an AST scan of the string literals handed to ``flash()``,
to the error pages and ``error=`` of a render, to the tip page's ``_back``, to the exceptions
shown on pages (StaffError, EnrolmentError, WeakPassword: a catalog name; BadAlert: a catalog text),
to the inbox's filter errors and to the forms' fields (each has a catalog label). Logs, audit
details and docstrings are not looked at. The texts themselves are in bot/locales/console/."""
from __future__ import annotations

import ast
import pathlib
import re

import pytest
from wtforms.fields.core import UnboundField

from bot.console import forms
from bot.messaging import catalog

CONSOLE = pathlib.Path(catalog.LOCALES).parent / "console"
SKIP = {"cli.py"}                     # the operator CLI stays English (README, Languages)
SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,.:;!?'-]+[A-Za-z]{2,}")
MESSAGE_ERRORS = {"StaffError", "EnrolmentError", "WeakPassword"}
# call name -> which positional arguments a staff member reads
SHOWN_ARGS = {"flash": (0,), "render_error": (1,), "_back": (2,), "BadAlert": (0,), "_composer": (),
              "_page": ()}
SHOWN_KEYWORDS = {"error", "message", "notice"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _english(node: ast.expr | None) -> list[str]:
    """The English sentences a literal expression would show (through f-strings, ``a if c else b``,
    ``+`` and ``%``): a call (``t(...)``, ``exc.shown()``) or a name is not a literal."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if SENTENCE.search(node.value) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [text] if SENTENCE.search(text) else []
    if isinstance(node, ast.IfExp):
        return _english(node.body) + _english(node.orelse)
    if isinstance(node, ast.BinOp):
        return _english(node.left) + _english(node.right)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [s for elt in node.elts for s in _english(elt)]
    return []


def scan(source: str, filename: str = "<code>") -> list[str]:
    """Every English text the code hands to a staff member, as "file:line: text"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        hits: list[str] = []
        if name in MESSAGE_ERRORS:
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)
                    and re.fullmatch(r"[a-z][a-z0-9_]*", first.value)):
                if not (isinstance(first, ast.Attribute) and first.attr == "name"):   # re-raised: exc.name
                    hits.append(f"{name} without a catalog name")
        for i in SHOWN_ARGS.get(name, ()):
            if i < len(node.args):
                hits += _english(node.args[i])
        for kw in node.keywords:
            if kw.arg in SHOWN_KEYWORDS:
                hits += _english(kw.value)
        if name == "append" and isinstance(node.func, ast.Attribute) and _name(node.func.value) == "errors":
            hits += _english(node.args[0]) if node.args else []
        found += [f"{filename}:{node.lineno}: {hit}" for hit in hits]
    return found


def test_the_scan_finds_english_put_back():
    """The scan itself: each way a sentence could come back is caught."""
    for snippet in ('flash("Account enabled.", "success")',
                    'flash(f"{name} is signed out everywhere.", "success")',
                    'return render_error(400, "The form had expired. Reload the page.")',
                    'return _back(tip_id, False, "Choose an outcome to close the tip.")',
                    'raise compose.BadAlert("Give the template a name.")',
                    'raise StaffError("no such staff account")',
                    'render_template("x.html", error="That code is not right.")',
                    'errors.append(f"The {name} date must look like 2025-03-31.")',
                    'flash("ok" if ok else "That did not work at all.", "error")'):
        assert scan(snippet), snippet
    for snippet in ('flash(t("staff_enabled"), "success")', 'raise StaffError("staff_unknown")',
                    'raise EnrolmentError(exc.name, **exc.values) from None', 'flash(exc.shown(), "error")',
                    'log.info("relay %s message %d prepared", tip_id, n)',
                    'console_audit("staff_unlocked", detail=f"unlocked for {name} by hand")'):
        assert not scan(snippet), snippet


@pytest.mark.parametrize("path", sorted(p.name for p in CONSOLE.glob("*.py") if p.name not in SKIP))
def test_no_english_text_for_staff_is_left_in_console_python(path):
    found = scan((CONSOLE / path).read_text(), path)
    assert not found, "English text for staff in Python (put it in bot/locales/console/):\n" + "\n".join(found)


def test_every_console_form_field_has_a_catalog_label():
    for form in vars(forms).values():
        if isinstance(form, type) and issubclass(form, forms.ConsoleForm) and form is not forms.ConsoleForm:
            fields = {name for name, value in vars(form).items() if isinstance(value, UnboundField)}
            assert fields and fields <= set(form.LABELS), f"{form.__name__}: {sorted(fields - set(form.LABELS))}"
            missing = [n for n in form.LABELS.values() if n not in catalog.load_console("en")["texts"]]
            assert not missing, f"{form.__name__}: {missing}"
