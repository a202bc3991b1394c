"""Officer commands about the bot itself: ``HELP <command>`` (that command in detail: CLOSE's
outcome codes, ASSIGN, REOPEN, LANG) and ``LANG``/``IDIOMA`` (the language the bot texts
this officer in). Neither is in the command list (it must fit two texts): HELP LANG explains LANG.

They are separate from bot.officers.tip_commands because they act on no tip: they read
the catalogs and the officer's own registry record. A bare HELP or INFO is compliance's
(bot.web.compliance via commands.help_for); CMDS, ? and unknown words are commands.handle's.
"""
from __future__ import annotations

from bot.messaging import catalog
from bot.officers import registry
from bot.officers.commands import audited, command, help_text, language_of, say
from bot.tipline import case_state

# HELP <word>: that command in detail (catalog text help_<word>).
_DETAIL_HELP = ("CLOSE", "REOPEN", "ASSIGN", "LANG", "IDIOMA")


@command("HELP", usage="")
def officer_help(turn, officer: dict, args: str) -> list[str]:
    # Only "HELP <words>" gets here: a bare HELP/INFO is answered by bot.web.compliance
    # (via help_for), and CMDS, ? and unknown words by bot.officers.commands.handle.
    # HELP CLOSE / REOPEN / ASSIGN: that command in detail (the outcome codes).
    word = args.strip().split()[0].upper() if args.strip() else ""
    if word in _DETAIL_HELP:
        return [say(turn.config, officer, f"help_{'lang' if word == 'IDIOMA' else word.lower()}",
                    codes=case_state.outcome_codes_help(), languages=_language_list(turn.config))]
    return [help_text(officer, pin_required=turn.config["OFFICER_PIN_REQUIRED"], config=turn.config)]


def _language_list(config: dict) -> str:
    """"EN (English), ES (Español)": the configured languages, for LANG's answers."""
    return ", ".join(f"{code.upper()} ({catalog.name_of(code)})" for code in catalog.configured(config))


@command("LANG", "IDIOMA", usage="")   # not in the list (it must fit two texts): HELP LANG explains it
def set_language(turn, officer: dict, args: str) -> list[str]:
    """``LANG ES`` / ``IDIOMA ES`` (or ``LANG ESPANOL``, ``LANG SPANISH``): the language the bot
    texts this officer in (their registry record's ``lang``). ``LANG`` alone says which it is."""
    cfg, languages = turn.config, catalog.configured(turn.config)
    wanted = args.strip().split()[0] if args.strip() else ""
    if not wanted:
        audited(turn, officer, "language")
        return [say(cfg, officer, "officer_lang_now", language=catalog.name_of(language_of(cfg, officer)),
                    languages=_language_list(cfg))]
    folded = catalog.fold_word(wanted).lower()
    chosen = folded if folded in languages else catalog.switch_language(wanted, languages)
    if chosen is None:
        shown = wanted.upper() if wanted.isalpha() and len(wanted) <= 12 else ""   # never echo digits
        audited(turn, officer, "language_refused", detail="not a configured language")
        return [say(cfg, officer, "officer_lang_unknown", word=shown, languages=_language_list(cfg))]
    audited(turn, officer, "language", detail=chosen,
            extra=lambda pipe: registry.set_language(pipe, officer["pseudonym"], chosen))
    return [say(cfg, {**officer, "lang": chosen}, "officer_lang_set", language=catalog.name_of(chosen))]
