"""The public pages' language: which one a page is in, and its wording (bot/locales/web/<lang>.json
through bot.messaging.catalog.web_text).

A page's language is, first found:

1. ``?lang=xx`` (the switcher link on every page), kept in the public cookie session for the
   next pages (the code page after the form, the form after an error);
2. the language the visitor chose before (that session);
3. the page's own resident's language (``use_hint``: the sign-up's chosen language on the
   emailed confirmation page, the resident's stored language on their preferences page);
4. the browser's Accept-Language, limited to the force's ``LANGUAGES``;
5. the force's ``DEFAULT_LANGUAGE``.

Templates get ``t(name, **values)``, ``page_lang``, ``lang_links`` (the switcher) and the
schemes in the page's language (``scheme_views``) from the blueprint's context processor.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import current_app, g, request, session, url_for

from bot.alerts import schemes
from bot.messaging import catalog

PARAM = "lang"
# Pages answered to a POST only: the switcher links to the page a GET shows instead.
_GET_PAGE = {"alerts_public.resend": "alerts_public.check", "alerts_public.leave": "alerts_public.join",
             "alerts_public.contact": "alerts_public.prefs"}


def languages() -> list[str]:
    """The force's configured languages, the default first."""
    return catalog.configured(current_app.config)


def default() -> str:
    return languages()[0]


def choose() -> None:
    """Before each public request: the page's language from the link, the session or the browser."""
    configured = languages()
    asked = (request.args.get(PARAM) or "").strip().lower()
    if asked in configured:
        session["lang"] = asked
    kept = session.get("lang")
    if kept in configured:
        g.page_lang, g.lang_explicit = kept, True
        return
    g.lang_explicit = False
    g.page_lang = request.accept_languages.best_match(configured) if request.accept_languages else None
    g.page_lang = g.page_lang or default()


def use_hint(lang: str | None) -> None:
    """The page's resident's language, unless the visitor chose one (link or session)."""
    if lang and not g.get("lang_explicit") and lang in languages():
        g.page_lang = lang


def page_lang() -> str:
    return g.get("page_lang") or default()


def t(name: str, **values) -> str:
    """A web text in the page's language (else the force default's, else English's)."""
    return catalog.web_text(page_lang(), name, default(), **values)


def shown_hint(stored: str, lang: str | None = None) -> str:
    """How a page names a contact: an email's masked address as is; a number as "the number
    ending 123" in the page's language (sign-ups keep the English hint; its last 3 digits)."""
    if "@" in stored or not stored[-3:].isdigit():
        return stored
    return catalog.web_text(lang or page_lang(), "number_ending", default(), digits=stored[-3:])


def lang_links() -> list[dict]:
    """The switcher: every configured language, by its own name, linking to this page in it."""
    if len(languages()) < 2:
        return []
    endpoint = request.endpoint or "alerts_public.join"
    args = dict(request.view_args or {})
    if endpoint in _GET_PAGE:
        endpoint = _GET_PAGE[endpoint]
        args = {k: v for k, v in args.items() if k == "token"} if endpoint.endswith("prefs") else {}
    base = url_for(endpoint, **args)
    query = {k: v for k, v in request.args.items() if k != PARAM} if request.method == "GET" else {}
    out = []
    for code in languages():
        out.append({"code": code, "name": catalog.name_of(code), "current": code == page_lang(),
                    "url": f"{base}?{urlencode({**query, PARAM: code})}"})
    return out


def scheme_views() -> list[dict]:
    """Every scheme as the page shows it: name, description and categories in the page's language."""
    lang, fallback = page_lang(), default()
    return [{"keyword": s.keyword, "name": schemes.name_in(s, lang, fallback),
             "description": schemes.description_in(s, lang, fallback), "sectors": s.sectors,
             "categories": [(c, schemes.category_in(c, lang, fallback)) for c in s.categories]}
            for s in schemes.all_schemes()]


def field_errors(form) -> dict[str, str]:
    """A form's own validation errors (WTForms' English) per field; in another language the
    catalog's plain "check this answer" instead."""
    errors = {name: " ".join(msgs) for name, msgs in form.errors.items() if name != "csrf_token"}
    if page_lang() != catalog.BASE:
        errors = {name: t("form_error") for name in errors}
    return errors
