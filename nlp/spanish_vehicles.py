"""Spanish vehicles, written noun first: [type] [make/model ...] [colour] ("camioneta blanca", "un BMW negro",
"troca blanca f150"). Makes and models are the English cue matcher's (doc VEHICLE_PARTS).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .doc_attrs import VEHICLE_PARTS, read
from .equipment import equipment_words_at
from .spanish_rules import rules
from .spans import overlaps
from .vehicles import TRIM_RE

# The model year after the colour is part of the Spanish vehicle (the annotation guide): "honda crv gris 2018",
# "guagua verde del 95", "troca ford f-150 azul del 2017"; not an address or a sum ("blanca 2000 de la calle", "$")
YEAR_RE = re.compile(r"\s+(?:del\s+)?(?:19[5-9]\d|20[0-3]\d)(?![\w:/.\-]|,\d|\s+(?:de\s+la|d[oó]lares|pesos|euros)\b)"
                     r"|\s+del\s+\d{2}(?![\w:/.\-]|,\d|\s+(?:de\s+la|d[oó]lares|pesos|euros)\b)")


SERIES_RE = re.compile(r"\s+(?i:serie|clase)\s+[a-zA-Z0-9]{1,2}(?![\w\-])")
CON_RE = re.compile(r"\s+con(?=\s)", re.IGNORECASE)
MODELS_DATA = Path(__file__).parent / "data" / "es" / "vehicle_models.json"


@lru_cache(maxsize=1)
def _models_re() -> re.Pattern:
    models = json.loads(MODELS_DATA.read_text(encoding="utf-8"))["models"]
    alternatives = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in models)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _spanish_models(text: str, named_spans) -> list:
    """The models of MODELS_DATA in text, each "ambiguous" (a vehicle only with a colour after it), where the English
    matcher named nothing."""
    taken = [(s.start_char, s.end_char) for s in named_spans]
    return [(m.start(), m.end(), "ambiguous") for m in _models_re().finditer(text) if not overlaps(*m.span(), taken)]


def find_vehicles(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Noun first: [type] [make/model ...] [colour]: "camioneta blanca", "un BMW negro"."""
    r = rules()
    named = sorted([(s.start_char, s.end_char, s.id_) for s in read(doc, VEHICLE_PARTS) if s.label_ in ("MAKE", "MODEL")] +
                   _spanish_models(text, named_spans=read(doc, VEHICLE_PARTS)))
    # a make or model that is also a word ("impala", "golf", "seat") starts a vehicle only with a colour after it
    starts = [(m.start(), m.end(), "type") for m in r["vtype"].finditer(text)] + \
             [(s, e, "name" if i != "ambiguous" else "ambiguous") for s, e, i in named]
    found = []
    for start, end, kind in sorted(starts):
        pos, has_name = end, kind != "type"
        while True:   # make/model words and a trim right after
            nxt = next(((s, e) for s, e, _ in named if s in (pos + 1, pos)), None)
            if nxt is None:
                trim = re.match(r"\s+(\S+)", text[pos:])
                if has_name and trim and TRIM_RE.match(trim.group(1).rstrip(",.")):
                    pos += trim.end() - (len(trim.group(1)) - len(trim.group(1).rstrip(",.")))
                break
            pos, has_name = nxt[1], True
        series = SERIES_RE.match(text, pos) if has_name else None
        if series:   # "bmw serie 1 blanco", "mercedes clase a negro": the model is a series word and its number or letter
            pos = series.end()
        colour = r["colour"].match(text, pos)
        if colour is None and has_name:   # a model the list lacks between a make and a colour: "nissan versa gris"
            model = r["model_word"].match(text, pos)
            colour = model and r["colour"].match(text, model.end())
        if colour:
            end = colour.end()
            second = CON_RE.match(text, end)   # "tsuru verde con blanco": two colours joined by "con" (ANNOTATION.md, stop 38)
            second = second and r["colour"].match(text, second.end())
            end = second.end() if second else end
            if not has_name:   # "troca negra dodge ram", "jeepeta blanca hyundai tucson": the make after the colour
                while (nxt := next((e for s, e, _ in named if s == end + 1 and text[end] == " "), None)) is not None:
                    end = nxt
            tail = r["model_code"].match(text, end) or YEAR_RE.match(text, end)   # "troca blanca f150"
            found.append((start, tail.end() if tail else end))
        elif kind == "type" and has_name:
            found.append((start, pos))
    return found


def after_a_machine(text: str, start: int) -> bool:
    """A make written right after a machine word names the machine: "un generador honda eu2200i rojo", "cortadora de
    pasto honda" (the English equipment list, nlp/data/en/equipment.json, holds the Spanish words too)."""
    lowered = text[:start].lower().rstrip()
    return any(e == len(lowered) for _, e in equipment_words_at(lowered))
