"""The console's language: which one a page is in, and its wording (bot/locales/console/<lang>.json
through bot.messaging.catalog.console_text).

A console page is in, first found:

1. the signed-in staff member's language (``accounts.language_of``: their officer record's, else
   the account's, set by an admin on the account's page), also half-way through sign-in (the
   code page knows who it is);
2. on the sign-in and enrolment pages, where nobody is known yet, the browser's Accept-Language
   limited to the force's ``LANGUAGES`` (never the typed account's language: the sign-in answer
   must not tell whether an account exists);
3. the force's ``DEFAULT_LANGUAGE``.

Templates get ``t(name, **values)`` and ``console_lang`` (``<html lang>``); Python says
``t("name", ...)`` for a flash or an error, and raises ``Message`` subclasses (``StaffError``,
``EnrolmentError``, ``WeakPassword``) that carry a catalog name: ``str(exc)`` is the English
(the CLI and the audit log), ``exc.text(lang)`` any language. The console CLI stays English.
"""
from __future__ import annotations

from flask import current_app, g, has_request_context, request

from bot.messaging import catalog


def languages() -> list[str]:
    """The force's configured languages, the default first."""
    return catalog.configured(current_app.config)


def default() -> str:
    """The force's default language (cached for the request: t() asks for it on every text)."""
    if not has_request_context():
        return languages()[0]
    found = g.get("console_default")
    if not found:
        found = g.console_default = languages()[0]
    return found


def lang() -> str:
    """The language of this request's console page (cached for the request)."""
    if not has_request_context():
        return catalog.BASE
    found = g.get("console_lang")
    if found:
        return found
    staff = g.get("staff") or g.get("pending_staff")
    if staff is not None:
        from bot.console import accounts
        from bot.services import current
        found = accounts.language_of(current(), staff)
    else:
        found = (request.accept_languages.best_match(languages()) if request.accept_languages else None)
    found = found if found in languages() else default()
    g.console_lang = found
    return found


def t(name: str, /, **values) -> str:
    """A console text in the page's language (else the force default's, else English's)."""
    if not has_request_context():
        return catalog.console_text(catalog.BASE, name, **values)
    return catalog.console_text(g.get("console_lang") or lang(), name, default(), **values)


def text_in(code: str | None, name: str, /, **values) -> str:
    """A console text in ``code`` (English when None)."""
    return catalog.console_text(code or catalog.BASE, name, **values)


class Message(Exception):
    """An error whose words are console catalog text ``name``: ``str()`` is the English (for the
    CLI, logs and audit entries), ``text(lang)`` another language, ``shown()`` the page's."""

    def __init__(self, name: str, /, **values):
        self.name, self.values = name, values
        super().__init__(catalog.console_text(catalog.BASE, name, **values))

    def text(self, code: str | None) -> str:
        return catalog.console_text(code or catalog.BASE, self.name, **self.values)

    def shown(self) -> str:
        return t(self.name, **self.values)


def form_errors(form) -> None:
    """WTForms' own validation messages (English) become the catalog's "check this answer" in
    another language; ours (catalog texts) are already in the page's language."""
    if lang() == catalog.BASE:
        return
    for field in form:
        if field.errors:
            field.errors = [t("form_required") if not str(field.data or "").strip() else t("form_error")]


def t_or(name: str, fallback: str, /, **values) -> str:
    """``t(name)``, or ``fallback`` when no catalog has ``name`` (a state or channel word made
    from data: ``t_or('astate_' ~ a.state, a.state)``)."""
    try:
        return t(name, **values)
    except KeyError:
        return fallback


def english_page() -> None:
    """This request's page is English whatever the staff member's language: for a page whose
    template is not in the catalogs yet (shown whole in English, layout included, never half
    translated). Every console page is in the catalogs today; none calls it."""
    g.console_lang = catalog.BASE
