"""Reading a flow's definition and its per-language catalogs from flows/*.json."""
from __future__ import annotations

import json
import os

HERE = os.path.dirname(__file__)


def catalogs(definition: dict, languages: dict[str, dict]) -> dict[str, dict]:
    """{lang: catalog}: the definition's own texts, prompts and command help are the first
    language's (with its tip.<lang>.json extras); each other language's file carries its own."""
    english = {"texts": definition["texts"], "command_help": definition.get("command_help", {}),
               "prompts": {s["name"]: s["prompt"] for s in definition["states"] if s.get("prompt")},
               "option": "{command} {does}", "labels": {}, "describe": {}, "command_words": {}}
    first = definition.get("language", "en")
    out = {first: {**english, **languages.get(first, {})}}
    for code, extra in languages.items():
        if code != first:
            help_ = {k.upper(): v if isinstance(v, dict) else {"*": v} for k, v in extra.get("command_help", {}).items()}
            out[code] = {**english, **extra, "command_help": help_, "texts": {**extra.get("texts", {})}}
    out[first]["command_help"] = {k.upper(): v if isinstance(v, dict) else {"*": v}
                                  for k, v in out[first]["command_help"].items()}
    return out


def load_definition(name: str) -> dict:
    """The flow definition ``flows/<name>.json``, parsed.

    Args:
        name: the flow's name (``"tip"``).
    """
    with open(os.path.join(HERE, f"{name}.json")) as fh:
        return json.load(fh)


def load_languages(name: str, languages=None) -> dict[str, dict]:
    """The flow's per-language catalogs ``flows/<name>.<lang>.json``, {lang: parsed}.

    Args:
        name: the flow's name (``"tip"``).
        languages: the codes wanted (``["en", "es"]``); None: every one shipped.
    """
    found = {}
    for file in sorted(os.listdir(HERE)):
        parts = file.split(".")
        if len(parts) == 3 and parts[0] == name and parts[2] == "json" and (languages is None or parts[1] in languages):
            with open(os.path.join(HERE, file), encoding="utf-8") as fh:
                found[parts[1]] = json.load(fh)
    return found
