"""flows/tip.json against the code that reads it: no text, key or transition in
the definition that the engine never uses, and nothing the engine asks for that the
definition lacks. The render/fire names are read from the source (they must be
literals, or a conditional between literals, for this check to see them)."""
from __future__ import annotations

import ast
import inspect

import pytest

import flows.answers
import flows.engine
import flows.step
import flows.which_tip
from bot.tipline import drafts
from flows.engine import load_definition, load_engine

DEFINITION = load_definition("tip")
STATE_KEYS = {"name", "field", "facts", "facts_min", "prompt", "review", "follow_up", "confirm", "answer_may_be",
              "if_yes"}
TOP_KEYS = {"name", "initial", "description", "states", "transitions", "commands", "greetings", "affirmatives",
            "acknowledgements", "texts", "aliases", "not_commands", "near_misses", "command_help"}


FLOW_MODULES = (flows.answers, flows.engine, flows.step, flows.which_tip)


def _literal_args(modules, method: str, position: int) -> set[str]:
    """String literals passed as argument `position` to any ``<x>.method(...)`` call in ``modules``."""
    names: set[str] = set()
    nodes = [node for module in modules for node in ast.walk(ast.parse(inspect.getsource(module)))]
    for node in nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == method:
            arg = node.args[position]
            options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for option in options:
                if isinstance(option, ast.Subscript) and getattr(option.slice, "value", None) == "if_yes":
                    continue   # a state's if_yes text: checked against the states below
                assert isinstance(option, ast.Constant) and isinstance(option.value, str), (
                    f"{method}() with a computed name at line {node.lineno}: make it a literal")
                names.add(option.value)
    return names


def test_every_text_is_rendered_and_every_rendered_text_exists():
    rendered = _literal_args(FLOW_MODULES, "render", 0)
    # a question's `if_yes` names the text the step renders for it (flows.step.bare_yes_or_thanks)
    named_by_states = {s["if_yes"] for s in DEFINITION["states"] if s.get("if_yes")}
    assert rendered | named_by_states == set(DEFINITION["texts"])
    assert not rendered & named_by_states


def test_every_trigger_is_fired_and_every_fired_trigger_exists():
    fired = _literal_args(FLOW_MODULES + (drafts,), "fire", 1)
    assert fired == {t["trigger"] for t in DEFINITION["transitions"]}


def test_no_unknown_keys():
    assert set(DEFINITION) <= TOP_KEYS
    for state in DEFINITION["states"]:
        assert set(state) <= STATE_KEYS, state["name"]


@pytest.mark.parametrize("state", DEFINITION["states"], ids=lambda s: s["name"])
def test_states_are_consistent(state):
    names = {s["name"] for s in DEFINITION["states"]}
    if state.get("field"):  # a question: it asks something and fills its own field
        assert state.get("prompt") and state["field"] == state["name"]
    else:
        assert "prompt" not in state and "facts" not in state
    touched = {t["dest"] for t in DEFINITION["transitions"]}
    for t in DEFINITION["transitions"]:
        touched.update([t["source"]] if isinstance(t["source"], str) else t["source"])
    assert state["name"] in touched and touched <= names


def test_commands_aliases_and_lookalikes():
    engine = load_engine()
    triggers = {t["trigger"] for t in DEFINITION["transitions"]}
    assert set(engine.commands.values()) <= triggers
    assert set(engine.aliases.values()) <= set(engine.commands)
    words = set(engine.commands) | set(engine.aliases)
    assert not engine.not_commands & words
    assert not engine.greetings & words


def test_texts_fill_only_placeholders_the_engine_provides():
    engine = load_engine()
    ctx = {"programme": "P", "force": "F", "emergency": "999", "non_emergency": "101"}
    extra = {"facts": "x", "word": "X", "summary": "s", "tip_id": "T-2345", "command": "SEND", "does": "d",
             "first": "SEND", "second": "SKIP", "first_does": "d", "second_does": "d", "options": "o", "prompt": "p",
             "choices": "T-2345 or T-2346", "answer": "a", "plates": "AB12CDE or AB12CDF"}
    for name in DEFINITION["texts"]:
        assert engine.render(name, ctx, **extra)


def test_an_answer_may_only_move_to_another_question_with_facts():
    """``answer_may_be`` names other questions that have ``facts`` (how else would an
    answer be known to be theirs?)."""
    by_name = {s["name"]: s for s in DEFINITION["states"]}
    for state in DEFINITION["states"]:
        for other in state.get("answer_may_be") or []:
            assert other != state["name"] and by_name[other].get("field") and by_name[other].get("facts"), other

