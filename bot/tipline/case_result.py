"""What a case workflow call did (bot.tipline.workflow), as a ``Result``: whether the change
was made, a code saying what happened, and a sentence for whoever asked, kept as a catalog
text and its values so that it can be said again in any configured language.

It is separate because it is the workflow's answer, not its logic: the SMS commands and the
console read Results (and say them in the reader's language) without deciding anything."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.messaging import catalog
from bot.tipline.case_state import outcome_label, text_in


@dataclass(frozen=True)
class Result:
    """What a workflow call did.

    Attributes:
        ok: the change was made.
        code: ``claimed``, ``assigned``, ``closed``, ``reopened``, ``noted``; or why not:
            ``no_tip``, ``is_closed``, ``not_closed``, ``already_yours``, ``held``, ``not_supervisor``,
            ``already_theirs``, ``assignee_inactive``, ``bad_outcome``, ``bad_duplicate``, ``empty``,
            ``too_long``.
        message: a sentence for whoever asked, in English (GSM-7; the console shows it, the
            audit log keeps its first sentence); ``text(lang)`` is the same in ``lang``.
        tip: the tip as read when the decision was made (None: no such tip).
        previous: the name of the officer it was taken from (claim, assign), else "".
        name, values: the catalog text ``message`` is and its placeholders' values (a value
            None is "another officer" in the reader's language).
    """
    ok: bool
    code: str
    tip_id: str
    message: str
    tip: dict | None = None
    previous: str = ""
    name: str = ""
    values: dict = field(default_factory=dict, compare=False)

    def text(self, lang: str | None, default: str = catalog.BASE) -> str:
        """The message in ``lang`` (else ``default``, else English)."""
        if not self.name:
            return self.message
        return catalog.text(lang or default, self.name, default, **_filled(lang or default, self.values))


def _filled(lang: str, values: dict) -> dict:
    out = {k: (text_in(lang, "wf_another_officer") if v is None else v) for k, v in values.items()}
    if out.get("outcome_code") is not None:   # an outcome label said in the reader's language
        code, dup = out.pop("outcome_code"), out.pop("duplicate_of", None)
        out["label"] = outcome_label({"outcome": code, "duplicate_of": dup}, lang)
    return out


def result_for(ok: bool, code: str, tip_id: str, name: str, tip: dict | None = None, previous: str = "", /,
               **values) -> Result:
    """A Result whose message is catalog text ``name`` (English), ``values`` kept for ``Result.text``."""
    return Result(ok, code, tip_id, catalog.text(catalog.BASE, name, **_filled(catalog.BASE, values)), tip,
                  previous, name, values)
