"""Read every lazily loaded word list and pattern when the pipeline is built, not on the first text that needs it.

The two warm-up texts of pipeline.build_pipeline reach most of them, but not all: a cache first filled by a live
text (the Spanish state-plate patterns, ~30 ms to compile; the colour and vehicle-kind lists) made that one text
slow and counted in any per-text measure. Each zero-argument cached function of an nlp module already imported
is called once here; they are pure (a list read from disk, a pattern compiled), so no output changes.
"""
from __future__ import annotations

import inspect
import sys


def warm_caches() -> int:
    """Call each cached zero-argument function of the imported nlp modules once; return how many were called."""
    called = 0
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "nlp" or name.startswith("nlp.")) or name.startswith("nlp.tools"):
            continue
        for value in list(vars(module).values()):
            if not hasattr(value, "cache_info") or getattr(value, "__module__", None) != name:
                continue
            try:
                parameters = inspect.signature(value).parameters
            except (TypeError, ValueError):
                continue
            if not parameters:
                value()
                called += 1
    return called
