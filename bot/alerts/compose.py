"""Reading an officer's ALERT command and writing the text subscribers get.

    ALERT <scheme|ALL> [<radius> <postcode|ZIP>] [#category ...] <text>
    ALERT FARMWATCH 5km BA3 5QE #livestock Cattle loose on the A362 near Farrington Gurney

The text people receive is the officer's text + the incident reference + the
force's contact line + how to leave, the fixed wording kept short (about 130
characters with the default contact line). Typographic punctuation (curly quotes,
dashes, ellipses) is made plain so it does not cost Unicode; any other character
outside GSM-7 (accents GSM-7 lacks, Welsh circumflexes, emoji) is kept, and the
whole text then goes as Unicode (UCS-2: 70 characters in one segment, 67 a segment
when longer), which ``estimate`` counts and the preview says. Every mistake is
reported as a BadAlert whose message is the reply.

Languages: every fixed word is a catalog text (bot/locales/<lang>.json: ``alert_*``); each
function that says something takes ``lang`` (an officer's by SMS, a staff member's in the
console), None meaning the force's DEFAULT_LANGUAGE (English where no config is passed). A
BadAlert is said in the ``lang`` it was raised with and ``exc.text(lang)`` says it in another.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from bot.alerts import geo, schemes
from bot.messaging import catalog
from bot.messaging.segments import GSM_EXTENDED, MAX_BODY_CHARS, count_segments, gsm7_letters, is_gsm7, to_gsm7
from bot.store import keys


class BadAlert(catalog.Said):
    """A mistake in an alert; ``str(exc)`` is the reply (``BadAlert.of(name, lang, ...)``: a catalog text)."""


@dataclass
class Draft:
    schemes: list[str]                 # scheme keywords
    categories: list[str] = field(default_factory=list)
    radius_m: float | None = None
    place: geo.Place | None = None
    text: str = ""

    def where(self, lang: str | None = None) -> str:
        """Where it goes, in ``lang`` (None: English)."""
        if self.place is None:
            return catalog.text(lang, "alert_where_all")
        return catalog.text(lang, "alert_where_near", radius=geo.describe_radius(self.radius_m), area=self.place.code)


def lang_or_default(cfg: dict, lang: str | None) -> str:
    return lang or cfg.get("DEFAULT_LANGUAGE") or catalog.BASE


def bad(cfg: dict, lang: str | None, name: str, /, **values) -> BadAlert:
    return BadAlert.of(name, lang_or_default(cfg, lang), cfg.get("DEFAULT_LANGUAGE") or catalog.BASE, **values)


def bad_like(cfg: dict, lang: str | None, exc: Exception) -> BadAlert:
    """A geo error (BadPlace, BadRadius) as a BadAlert in ``lang``."""
    return BadAlert.like(exc, lang_or_default(cfg, lang), cfg.get("DEFAULT_LANGUAGE") or catalog.BASE)


def usage(cfg: dict, lang: str | None = None) -> str:
    return _say(cfg, lang, "alert_usage")


def menu(cfg: dict, lang: str | None = None) -> str:
    """The schemes, keyword and name in ``lang``, for the reply to an unknown one."""
    code, default = lang_or_default(cfg, lang), cfg.get("DEFAULT_LANGUAGE") or catalog.BASE
    return _say(cfg, lang, "alert_schemes", listing=", ".join(
        f"{s.keyword} ({schemes.name_in(s, code, default)})" for s in schemes.all_schemes()))


def parse(args: str, cfg: dict, lang: str | None = None) -> Draft:
    """The officer's ALERT words as a Draft; BadAlert (in ``lang``) saying what is wrong."""
    words = args.split()
    if not words:
        raise BadAlert(usage(cfg, lang))
    if words[0].upper() == "ALL":
        draft, rest = Draft([s.keyword for s in schemes.all_schemes()]), words[1:]
    else:
        scheme, rest = _scheme_prefix(words)
        if scheme is None:
            named = f" {words[0][:20].upper()}" if not any(ch.isdigit() for ch in words[0]) else ""
            raise bad(cfg, lang, "alert_err_scheme", shown=named, menu=menu(cfg, lang))  # never echo a number
        draft = Draft([scheme.keyword])
    rest = _read_area(draft, rest, cfg, lang)
    rest = _read_categories(draft, rest, cfg, lang)
    draft.text = plain(" ".join(rest)).strip()
    if not draft.text:
        raise bad(cfg, lang, "alert_err_no_text", usage=usage(cfg, lang))
    return draft


def _scheme_prefix(words):
    for n in (2, 1):
        if len(words) >= n and (scheme := schemes.find("".join(words[:n]))):
            return scheme, words[n:]
    return None, words


def _read_area(draft: Draft, words: list[str], cfg: dict, lang: str | None = None) -> list[str]:
    if words and geo.is_radius_word(words[0]):
        try:
            draft.radius_m = geo.parse_radius(words[0], cfg["ALERT_MAX_RADIUS_KM"], cfg["ALERT_MIN_RADIUS_M"])
        except geo.BadRadius as exc:
            raise bad_like(cfg, lang, exc) from None
        rest = words[1:]
        for n in (2, 1):  # "BA3 5QE" or "BA35QE" / "10001"
            candidate = " ".join(rest[:n])
            if len(rest) >= n and geo.looks_like_place(candidate):
                try:
                    draft.place = geo.locate(candidate)
                except geo.BadPlace as exc:
                    raise bad_like(cfg, lang, exc) from None
                return rest[n:]
        raise bad(cfg, lang, "alert_err_radius_place", radius=geo.describe_radius(draft.radius_m))
    for n in (2, 1):
        if len(words) >= n and geo.looks_like_place(" ".join(words[:n])):
            raise bad(cfg, lang, "alert_err_radius_first", area=" ".join(words[:n]).upper())
    return words


def _read_categories(draft: Draft, words: list[str], cfg: dict, lang: str | None = None) -> list[str]:
    allowed = {c for kw in draft.schemes for c in schemes.get(kw).categories}
    while words and words[0].startswith("#"):
        cat = schemes.normalise_category(words[0])
        if cat not in allowed:
            raise bad(cfg, lang, "alert_err_category", category=cat, choices=", ".join(sorted(allowed)))
        if cat not in draft.categories:
            draft.categories.append(cat)
        words = words[1:]
    return words


def _say(cfg: dict, lang: str | None, name: str, **values) -> str:
    """A fixed alert text (bot/locales: alert_*) in ``lang``, else the force default."""
    return catalog.text(lang or cfg.get("DEFAULT_LANGUAGE"), name, cfg.get("DEFAULT_LANGUAGE") or catalog.BASE,
                        **values)


def contact_line(cfg: dict, lang: str | None = None) -> str:
    """ALERT_CONTACT_LINE as configured (one text for every language), else the catalog's."""
    return cfg.get("ALERT_CONTACT_LINE") or _say(cfg, lang, "alert_contact", force=cfg["FORCE_NAME"],
                                                 non_emergency=cfg["NON_EMERGENCY_CONTACT"],
                                                 emergency=cfg["EMERGENCY_NUMBER"])


def plain(text: str) -> str:
    """Typographic punctuation made plain GSM-7; every other character kept as typed
    (never turned into '?': a text that needs Unicode is sent as Unicode)."""
    out = []
    for ch in text:
        if not is_gsm7(ch) and (swap := to_gsm7(ch)) != "?":
            ch = swap
        out.append(ch)
    return "".join(out)


_SLOT = "@@ALERT-TEXT@@"   # where the officer's words go (GSM-7, so gsm7_letters leaves it be)


def compose(draft: Draft, incident: str, cfg: dict, lang: str | None = None) -> str:
    """The text subscribers get. The opt-out line is in every alert (STOP always
    works, and someone who gets one out of the blue must see how to leave), as short
    as it reads well; the reference is what a caller quotes on 101. ``lang``: the
    language of the fixed parts (bot/locales alert_*, sent GSM-7: gsm7_letters), the
    officer's words kept as typed, the scheme's name in it (schemes.name_in); None is the force
    default. Too long: BadAlert, said in ``lang`` too."""
    if len(draft.schemes) == 1:
        scheme = schemes.get(draft.schemes[0])
        head = _say(cfg, lang, "alert_head_scheme",
                    scheme=schemes.name_in(scheme, lang_or_default(cfg, lang), cfg.get("DEFAULT_LANGUAGE") or catalog.BASE))
        leave = _say(cfg, lang, "alert_leave_scheme", keyword=scheme.keyword)
    else:
        head = _say(cfg, lang, "alert_head_force", force=cfg["FORCE_NAME"])
        leave = _say(cfg, lang, "alert_leave_all")
    fixed = _say(cfg, lang, "alert_body", head=head, text=_SLOT, incident=incident,
                 contact=plain(contact_line(cfg, lang)), leave=leave)
    before, after = gsm7_letters(fixed).split(_SLOT, 1)
    body = before + draft.text + after
    if len(body) > MAX_BODY_CHARS:
        over = len(body) - MAX_BODY_CHARS
        raise bad(cfg, lang, "alert_err_too_long", over=over, limit=MAX_BODY_CHARS)
    return body


def new_incident(redis, cfg: dict, now: float | None = None) -> str:
    day = time.strftime("%Y%m%d", time.gmtime(now or time.time()))
    n = redis.incr(keys.incident_seq(day))
    redis.expire(keys.incident_seq(day), 3 * 86400)
    return f"{cfg['ALERT_INCIDENT_PREFIX']}-{day}-{n}"


def segments(body: str) -> int:
    return count_segments(body)


# -- what it costs ------------------------------------------------------------------
@dataclass(frozen=True)
class Estimate:
    unicode: bool          # UCS-2 (some character is not GSM-7)
    segments: int          # per text
    per_segment: int       # characters a segment: 160/153 GSM-7, 70/67 UCS-2
    left: int              # characters left before the next segment
    special: int           # characters that need Unicode
    special_word: str      # the first word holding one, those characters shown as '?'
    recipients: int
    total_segments: int
    seconds: float         # at SEND_RATE_SEGMENTS_PER_SECOND
    price: float           # at SMS_PRICE_PER_SEGMENT


def estimate(body: str, recipients: int, cfg: dict) -> Estimate:
    """Segments as the carrier counts them (GSM-7 escapes take two units, UCS-2
    counts UTF-16 units), so the same figures as the send throttle's."""
    unicode = not is_gsm7(body)
    if unicode:
        units = len(body.encode("utf-16-le")) // 2
        single, multi = 70, 67
    else:
        units = sum(2 if ch in GSM_EXTENDED else 1 for ch in body)
        single, multi = 160, 153
    n = count_segments(body)
    per = single if n == 1 else multi
    special = [ch for ch in body if not is_gsm7(ch)]
    word = next((w for w in body.split() if not is_gsm7(w)), "")
    total = n * recipients
    rate = float(cfg["SEND_RATE_SEGMENTS_PER_SECOND"]) or 0.0
    return Estimate(unicode=unicode, segments=n, per_segment=per, left=max(0, per * n - units),
                    special=len(special), special_word=to_gsm7(word)[:20], recipients=recipients,
                    total_segments=total, seconds=total / rate if rate > 0 else 0.0,
                    price=round(total * float(cfg["SMS_PRICE_PER_SEGMENT"]), 2))


_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}   # all three are GSM-7


def money(amount: float, cfg: dict) -> str:
    code = (cfg.get("CURRENCY") or "GBP").strip().upper()
    return f"{_SYMBOLS[code]}{amount:,.2f}" if code in _SYMBOLS else f"{amount:,.2f} {code}"


def duration(seconds: float, lang: str | None = None) -> str:
    """"about 12 min" in ``lang`` (None: English)."""
    if seconds < 60:
        return catalog.text(lang, "alert_dur_short")
    minutes = round(seconds / 60)
    if minutes < 60:
        return catalog.text(lang, "alert_dur_min", minutes=minutes)
    return catalog.text(lang, "alert_dur_hours", hours=minutes // 60, minutes=minutes % 60)


def ordinal(n: int, lang: str | None = None) -> str:
    """"3rd" (the catalog's ``ordinals``; None: English)."""
    return catalog.ordinal(lang, n)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def confirm_reasons(est: Estimate, cfg: dict, lang: str | None = None) -> str:
    """Why SEND must say CONFIRM for this alert ("": it need not), in ``lang``."""
    reasons = []
    limit = int(cfg["ALERT_CONFIRM_OVER_SEGMENTS"])
    if est.segments > limit:
        reasons.append(_say(cfg, lang, "alert_reason_segments", n=est.segments, limit=limit))
    cost_limit = float(cfg["ALERT_CONFIRM_OVER_COST"])
    if cost_limit > 0 and est.price > cost_limit:
        reasons.append(_say(cfg, lang, "alert_reason_cost", money=money(est.price, cfg), cap=money(cost_limit, cfg)))
    return "; ".join(reasons)


def cost_line(est: Estimate, cfg: dict, lang: str | None = None) -> str:
    """Segments a text, room before the next, segments in all, time to send and price, in ``lang``."""
    code = lang_or_default(cfg, lang)
    return _say(cfg, lang, "alert_cost", segments=catalog.counted(code, est.segments, "segment"),
                encoding="Unicode" if est.unicode else "GSM-7", left=est.left, next=ordinal(est.segments + 1, code),
                total=catalog.counted(code, est.total_segments, "segment"), duration=duration(est.seconds, code),
                money=money(est.price, cfg))


def unicode_line(est: Estimate, body: str, lang: str | None = None) -> str:
    """Why the text is Unicode, and what it would cost without the characters that make it so
    (``lang``: None is English)."""
    if not est.unicode:
        return ""
    return catalog.text(lang, "alert_unicode", special=catalog.counted(lang, est.special, "special"),
                        word=est.special_word, per=est.per_segment, gsm=160 if est.segments == 1 else 153,
                        without=catalog.counted(lang, count_segments(to_gsm7(body)), "segment"))


def room_line(draft_text: str, body: str, lang: str | None = None) -> str:
    """How much more the officer can write (``lang``: None is English)."""
    fixed = len(body) - len(draft_text)
    return catalog.text(lang, "alert_room", used=len(draft_text), room=max(0, MAX_BODY_CHARS - len(body)),
                        fixed=fixed)


def pack(lines: list[str]) -> list[str]:
    """Bot texts (plain GSM-7) joined into as few messages as fit, each at most two
    segments as the carrier counts them (a GSM-7 escape such as the euro sign costs two)."""
    messages: list[str] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if messages and count_segments(f"{messages[-1]} {line}") <= 2:
            messages[-1] = f"{messages[-1]} {line}"
        else:
            messages.append(line)
    return messages

