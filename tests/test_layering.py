"""The dependency rule of bot/__init__.py, checked by walking every import.

A module of one package may import only its own package and the packages below
it; bot.config, bot.events and bot.services are shared by all; flows/ and nlp/
import nothing from bot/. Imports under ``if TYPE_CHECKING:`` are type hints,
not dependencies, and are skipped. Function-level imports count.
"""
from __future__ import annotations

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
# Top to bottom: each may import those after it.
LAYERS = ["web", "alerts", "officers", "media", "tipline", "messaging", "privacy", "store"]
SHARED = {"bot.config", "bot.events", "bot.services"}
# Everything else directly in bot/ (create_app, cli, simulator) is the top: it wires the rest.


def module_name(path: pathlib.Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skipped.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return skipped


def imports_of(path: pathlib.Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file; 'from a import b' gives
    'a.b' so that 'from bot import web' counts as importing bot.web."""
    tree = ast.parse(path.read_text())
    skipped = _type_checking_lines(tree)
    found = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def layer_of(module: str) -> str | None:
    """'shared', 'top', one of LAYERS, or None outside bot/."""
    parts = module.split(".")
    if parts[0] != "bot":
        return None
    if ".".join(parts[:2]) in SHARED:
        return "shared"
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else "top"


def allowed(importer: str, imported: str) -> bool:
    src, dst = layer_of(importer), layer_of(imported)
    if src is None:                      # flows/, nlp/
        return dst is None
    if dst is None or src == "top":
        return True
    if src == "shared" or dst in ("shared", "top"):
        return dst == "shared"
    return LAYERS.index(src) <= LAYERS.index(dst)


def source_files() -> list[pathlib.Path]:
    return sorted(p for d in ("bot", "flows", "nlp") for p in (ROOT / d).rglob("*.py"))


def test_no_module_imports_against_the_dependency_rule():
    violations = []
    for path in source_files():
        importer = module_name(path)
        for line, imported in imports_of(path):
            if not allowed(importer, imported):
                violations.append(f"{path.relative_to(ROOT)}:{line} {importer} -> {imported}")
    assert not violations, "imports against the rule in bot/__init__.py:\n" + "\n".join(violations)


@pytest.mark.parametrize("importer, imported, ok", [
    ("bot.web.router", "bot.officers.commands", True),
    ("bot.officers.duty", "bot.tipline.summary", True),
    ("bot.tipline.conversation", "bot.officers.relay", False),
    ("bot.messaging.delivery", "bot.alerts.tally", False),
    ("bot.store.keys", "bot.privacy.identity", False),
    ("bot.alerts.fanout", "bot.events", True),
    ("bot.events", "bot.store.keys", False),
    ("bot.tipline.drafts", "bot.cli", False),
    ("flows.engine", "bot.messaging.segments", False),
    ("nlp.pipeline", "bot", False),
    ("flows.engine", "transitions", True),
    ("bot.media.fetch", "bot.tipline.tips", True),
    ("bot.officers.tip_commands", "bot.media.access", True),
    ("bot.media.access", "bot.officers.audit", False),
    ("bot.tipline.tips", "bot.media.records", False),
])
def test_the_rule_itself(importer, imported, ok):
    """The checker must be able to fail: known-bad edges are refused."""
    assert allowed(importer, imported) is ok
