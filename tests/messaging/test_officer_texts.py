"""No user-facing English left in the Python of the officer side (issue 14): every text an
officer (or a tipster, through the relay frame) is sent by SMS from these modules is a catalog
text in bot/locales/<lang>.json, and every catalog name the code asks for exists.

The scan reads each module's syntax tree and flags any string literal (an f-string's literal
parts too) that reads as words of a sentence ("No tip", "is closed", "URGENT tip"), except where
English is meant: docstrings, log calls, the audit log (``detail=``, a ``detail`` variable,
``_audited``/``_audit_later``/``audit.record``/``actor.audit``), SafeText guards' labels
(``require``), Lua scripts, the ``@command`` decorator's English ``usage`` (checked below against
the catalogs' ``usage_<word>``), and the few internal codes named in ALLOWED with their reason.
bot/officers/registry.py and cli.py send no SMS (their messages are the admin's, in the
terminal and the English console) and are not scanned.

The community alert modules (ALERT_MODULES) are scanned the same way: the alert's fixed words,
the composer's lines and errors (an officer's by SMS, a staff member's in the console), the
postcode/radius/area reasons, the residents' answers, and the console alert moves' draft errors
and refusals (lifecycle.py, approval.py: shown in the staff member's language) are catalog texts too; RQ job
``description=`` labels and a transaction's ``what=`` label are internal and skipped."""
from __future__ import annotations

import ast
import pathlib
import re

import pytest

from bot.alerts import commands as alert_commands  # noqa: F401  (registers ALERT, SEND, STATUS, HALT)
from bot.alerts import geo, lifecycle
from bot.messaging import catalog
from bot.officers import commands, help_commands, tip_commands  # noqa: F401  (they register their commands)
from bot.tipline import case_state, summary, workflow

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODULES = ["bot/officers/commands.py", "bot/officers/tip_commands.py", "bot/officers/help_commands.py",
           "bot/officers/relay.py", "bot/officers/relay_delivery.py", "bot/officers/follow_ups.py", "bot/officers/duty.py",
           "bot/officers/quick_replies.py", "bot/tipline/workflow.py", "bot/tipline/case_state.py",
           "bot/tipline/case_result.py", "bot/tipline/summary.py", "bot/tipline/conversation.py", "bot/tipline/tips.py",
           "bot/messaging/failures.py",
           "bot/alerts/commands.py", "bot/alerts/command_replies.py"]
ALERT_MODULES = ["bot/alerts/compose.py", "bot/alerts/geo.py", "bot/alerts/targeting.py", "bot/alerts/subscriptions.py",
                 "bot/alerts/subscribers.py", "bot/alerts/replies.py", "bot/alerts/channels.py", "bot/alerts/fanout.py",
                 "bot/alerts/chunk_send.py", "bot/alerts/drain_slice.py", "bot/alerts/lanes.py", "bot/alerts/store.py",
                 "bot/alerts/selection.py", "bot/alerts/lifecycle.py", "bot/alerts/approval.py", "bot/alerts/signup.py",
                 "bot/alerts/subscription_words.py", "bot/alerts/subscription_answers.py", "bot/alerts/my_alerts.py",
                 "bot/alerts/resident_prefs.py", "bot/alerts/areas.py", "bot/alerts/channel_texts.py"]
# Two words, the second in lower case: "No tip", "is closed", "URGENT tip", "Usage: TIPS or".
SENTENCE = re.compile(r"[A-Za-z][a-z]*[ ,;:]+[a-z]{2,}")
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical"}
ENGLISH_MEANT = {"_audited", "audited", "_audit_later", "record", "audit", "require", "LuaScript", "command"}
ALLOWED = {
    # why an urgent tip went to whom: for the log line, never sent
    ("bot/officers/duty.py", "on duty"),
    ("bot/officers/duty.py", "no officer on duty: supervisors"),
    ("bot/officers/duty.py", "no officer on duty, no supervisor: the urgent fallback"),
    # the control-room recipient's label on its outbound record (never sent)
    ("bot/officers/duty.py", "urgent fallback"),
    # the console's delivery tick (the console is English), not an SMS
    ("bot/officers/relay_delivery.py", "Not delivered: {}"),
    # tips.py: an exception for the logs (no tip ID could be allocated), never sent
    ("bot/tipline/tips.py", "could not allocate a tip ID"),
    # outcome codes of actions.halt, compared, never shown
    ("bot/alerts/commands.py", "discarded now"),
    ("bot/alerts/commands.py", "halted now"),
    # member(): a programming error (a channel name the code passed), never shown
    ("bot/alerts/subscribers.py", "unknown channel {}"),
    # fanout: a drain/plan job's result for the RQ dashboard and logs, and a slice outcome code, never sent
    ("bot/alerts/fanout.py", "handed back"),
    ("bot/alerts/fanout.py", "handed back, in {} s"),
    ("bot/alerts/fanout.py", "nothing to do"),
    ("bot/alerts/fanout.py", "others are sending"),
    ("bot/alerts/chunk_send.py", "slice over"),
    ("bot/alerts/fanout.py", "send alert {}"),          # the drain job's RQ description (a dict entry)
    ("bot/alerts/fanout.py", "enqueue_plan(pipeline=...) needs after_save for in-process queues (RQ_SYNC)"),
    # replies: the rating pattern read from residents' texts (input, in both languages)
    ("bot/alerts/replies.py", r"^\s*([1-5])\s*(?:/\s*5|out of 5|de 5|stars?|estrellas?)?\s*[.!]?\s*$"),
}


def english_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal in ``source`` that reads as English words, outside
    the places where English is meant (module docstring)."""
    tree = ast.parse(source)
    skip: set[int] = set()

    def skip_all(node) -> None:
        skip.update(id(sub) for sub in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))                     # a docstring, or a bare string statement
        elif isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in LOG_CALLS or name in ENGLISH_MEANT:
                skip_all(node)
            for kw in node.keywords:
                if kw.arg in ("detail", "description", "what"):
                    skip_all(kw.value)
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "detail" for t in node.targets):
            skip_all(node.value)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            skip.update(id(v) for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if SENTENCE.search(text):
            found.append((node.lineno, text))
    return found


@pytest.mark.parametrize("module", MODULES + ALERT_MODULES)
def test_no_user_facing_english_is_left_in_the_officer_modules(module):
    found = [(line, text) for line, text in english_literals((ROOT / module).read_text())
             if (module, text) not in ALLOWED]
    assert not found, (f"{module}: English text in Python (put it in bot/locales/<lang>.json and say it with "
                       f"commands.say / catalog.text): {found}")


@pytest.mark.parametrize("snippet", [
    'def tips(turn, officer, args):\n    return ["No open tips."]\n',
    'def claim(turn, officer, args):\n    return [f"{tip_id} is closed and cannot be claimed."]\n',
    'HEADING = "URGENT tip"\n',
    'def f(x):\n    """Docstring."""\n    log.info("fine %s", x)\n    return x or "Nothing was sent."\n',
])
def test_the_scan_finds_english_put_back(snippet):
    """The scan is not blind: each of these would be an English SMS text in Python."""
    assert english_literals(snippet)


@pytest.mark.parametrize("module, now, before", [
    ("bot/alerts/compose.py", 'catalog.text(lang, "alert_dur_short")', '"under a minute"'),
    ("bot/alerts/compose.py", 'bad(cfg, lang, "alert_err_too_long", over=over, limit=MAX_BODY_CHARS)',
     'BadAlert(f"The alert is too long by {over} characters. Please shorten it.")'),
    ("bot/alerts/geo.py", 'BadPlace.of("geo_no_postcode", postcode=code)',
     'BadPlace(f"We could not find the postcode {code}.")'),
    ("bot/alerts/targeting.py", 'bad(cfg, lang, "tgt_no_scheme")', 'compose.BadAlert("Choose at least one scheme.")'),
    ("bot/alerts/my_alerts.py", 'for kw in sorted(merged)))', 'for kw in sorted(merged)) + " and more.")'),
    ("bot/alerts/subscriptions.py", 'keyword=scheme.keyword)]', 'keyword=scheme.keyword), "Thank you."]'),
    ("bot/alerts/subscribers.py", 'catalog.text(lang, "sub_back_on", default, names=", ".join(names))',
     'f"Your alerts are back on: {names}."'),
    ("bot/alerts/lifecycle.py", 'compose.BadAlert.of("alert_err_pick_scheme")', 'compose.BadAlert("Pick at least one scheme.")'),
    ("bot/alerts/lifecycle.py", 'Refused.of("alert_refused_own")',
     '"An alert must be approved by someone other than its author."'),
    ("bot/alerts/lifecycle.py", 'Refused.of("alert_refused_reason")', 'Refused("Please give a reason for rejecting the alert.")'),
    ("bot/alerts/lifecycle.py", 'Refused.of("alert_refused_past")', 'Refused("The time to send must be in the future.")'),
    ("bot/alerts/lifecycle.py", 'Refused.of("alert_refused_none", alert_id=alert_id)', 'Refused(f"No alert {alert_id}.")'),
    ("bot/alerts/approval.py", 'return Refusal(exc)', 'return f"refused: {exc} Please try again."'),
    ("bot/alerts/replies.py", 'emergency=turn.config["EMERGENCY_NUMBER"])]',
     'emergency=turn.config["EMERGENCY_NUMBER"]), "Thank you."]'),
])
def test_the_scan_finds_english_put_back_in_the_alert_modules(module, now, before):
    """Putting a converted alert text back into the real module's source is caught."""
    source = (ROOT / module).read_text()
    assert now in source, f"{module} no longer has {now!r}: update this test"
    assert not [t for _, t in english_literals(source) if (module, t) not in ALLOWED]
    assert [t for _, t in english_literals(source.replace(now, before, 1)) if (module, t) not in ALLOWED]


def test_the_scan_leaves_what_is_meant_to_be_english():
    code = ('"""A module docstring with words."""\n'
            'def f(turn, officer):\n'
            '    log.warning("wrong officer PIN from %s", officer)\n'
            '    _audited(turn, officer, "tips_refused", detail="bad number")\n'
            '    detail = f"held by {officer}"\n'
            '    return [say(turn.config, officer, "officer_no_open_tips")]\n')
    assert english_literals(code) == []


TEXT_CALLS = {"say", "text", "_t", "text_in", "_en", "_result", "result_for", "_refuse", "refuse", "_say", "of", "bad", "_bad", "counted"}
# (alert_send, alert_halt ... are audit actions, not texts: only the alert_<kind>_ texts are named)
CATALOG_NAME = re.compile(r"(?:officer|relay|wf|duty|tip|help|usage|outcome|fact|field|geo|tgt|sub|alert_(?:cmd|n|err|"
                          r"reason|dur|reply|head|leave|refused))_[a-z_]+|alert_(?:cost|unicode|room|usage|schemes|where_all|"
                          r"where_near|body|contact)")


def _names_asked_for() -> set[str]:
    """Catalog names the scanned modules ask for literally: the positional arguments of say(),
    catalog.text(), _t(), _en(), workflow's _result()/_refuse() (conditionals included), and the
    ("relay_x", {...}) / ("alert_cmd_x", {...}) refusals."""
    names = set()
    for module in MODULES + ALERT_MODULES:
        for node in ast.walk(ast.parse((ROOT / module).read_text())):
            if isinstance(node, ast.Call):
                f = node.func
                if (f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")) not in TEXT_CALLS:
                    continue
                candidates = [sub for arg in node.args for sub in ast.walk(arg)]
            elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[1], ast.Dict):
                candidates = [node.elts[0]]
            else:
                continue
            names |= {c.value for c in candidates if isinstance(c, ast.Constant) and isinstance(c.value, str)
                      and CATALOG_NAME.fullmatch(c.value) and not c.value.endswith("_")}   # not f"x_{y}"
    return names


@pytest.mark.parametrize("lang", catalog.shipped())
def test_every_officer_text_the_code_names_is_in_every_catalog(lang):
    texts = catalog.load(lang)["texts"]
    named = _names_asked_for()
    assert {"officer_help", "relay_queued", "wf_claimed", "duty_urgent", "alert_cmd_sending"} <= named
    assert {"alert_cost", "alert_err_too_long", "geo_no_postcode", "tgt_no_scheme", "sub_back_on",
            "sub_err_quiet", "alert_reply_rated", "alert_refused_own", "alert_err_pick_scheme",
            "alert_cmd_add_usage"} <= named
    # the names built at run time: usage_<word>, help_<word>, outcome_<code>, fact_<name>, field_<name>, alert_state_*
    named |= {f"usage_{word.lower()}" for word in commands.USAGE}
    named |= {f"usage_{word.lower()}" for word in ("REOPEN", "ASSIGN")}
    named |= {f"help_{word.lower()}" for word in help_commands._DETAIL_HELP if word != "IDIOMA"}
    named |= {f"outcome_{code}" for code in case_state.OUTCOMES}
    named |= {f"fact_{name}" for name in summary.FACT_NAMES} | {f"field_{name}" for name in summary.FIELD_ORDER}
    named |= {f"alert_state_{s}" for s in ("preview", "queued", "sending", "done", "halted", "expired")}
    # the states and verbs of the console's moves (lifecycle.py's refusals)
    named |= {f"alert_state_{s}" for s in ("pending_approval", "scheduled", "approved", "rejected", "discarded", "gone")}
    named |= {f"alert_verb_{v}" for v in lifecycle.VERBS}
    named |= {f"tip_status_{s}" for s in ("open", "closed")} | {"tip_from_tipster", "tip_from_system"}
    named |= {"duty_new", "duty_partial", "duty_urgent_new", "duty_urgent_partial"}
    named |= {"alert_cmd_not_theirs_status", "alert_cmd_not_theirs_halt"}
    named |= set(geo._AREAS_NOT_COVERED.values()) | {"sub_word_sectors", "sub_word_categories"}
    named |= {f"alert_n_{unit}{one}" for unit in ("segment", "special", "recipient") for one in ("", "_one")}
    missing = sorted(n for n in named if n not in texts)
    assert not missing, f"{lang} misses {missing}"


def test_the_english_usage_lines_are_the_commands_own():
    """Each command's help line in the English catalog is the one its @command declares, so the
    English help reads as it always has and the two cannot drift apart."""
    assert commands.USAGE, "no commands registered"
    for word, usage in commands.USAGE.items():
        assert catalog.text("en", f"usage_{word.lower()}") == usage, word


def test_english_answers_are_the_catalog_texts():
    """A workflow result's English message is its catalog text, and says itself in Spanish."""
    result, _ = workflow._refuse("held", "T-7K2Q", "wf_claim_held", {}, name="PC Jones (4411)")
    assert result.message == "T-7K2Q is already claimed by PC Jones (4411). A supervisor can reassign it."
    assert result.text("es") == "T-7K2Q ya lo asumió PC Jones (4411). Un supervisor puede reasignarlo."
    assert case_state.describe_state({"status": "closed", "outcome": "no_further_action"}) == "Closed: No further action"
    assert case_state.describe_state({"status": "closed", "outcome": "no_further_action"}, "es") == \
        "Cerrado: Sin más actuaciones"
