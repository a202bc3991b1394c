"""Which question an answer belongs to, and answers that answer nothing (a mixin of flows.step.Step).

- ``field_for_answer``: the question's own field, unless the text holds none of its facts and enough of
  another question's that it lists in ``answer_may_be`` (a person described when asked about a vehicle;
  a vehicle described when asked about people, while the vehicle question is still unanswered);
- ``bare_yes_or_thanks``: a bare "yes" to a question that asks whether there was something asks for the
  details (``if_yes``); at the review, "ok", "thanks" or "yes" add nothing;
- ``drop_answer``: an answer taken out again (after BACK), with the facts it added.
"""
from __future__ import annotations

from flows.facts import answered_by_facts


class Answers:
    """Needs ``engine``, ``conv``, ``facts``, ``text``, ``lines`` and ``ctx`` (flows.step.Step has them)."""

    def bare_yes_or_thanks(self, state: dict) -> bool:
        """A bare yes to a question that asks whether there was something ("Was there a vehicle?"
        "yeah") answers nothing: its ``if_yes`` text asks for the details and the question stays
        open. At the review a yes, "ok" or "thanks" adds nothing to the tip: the options are said
        again. True if the text was taken so."""
        if state.get("review"):
            if self.engine.is_affirmative(self.text) or self.engine.is_acknowledgement(self.text):
                self.lines.append(self.engine.render("help_review", self.ctx))
                return True
            return False
        if state.get("if_yes") and self.engine.is_affirmative(self.text):
            self.lines.append(self.engine.render(state["if_yes"], self.ctx))
            return True
        return False

    def earlier_question(self, field: str, state: dict) -> str | None:
        """The name of the question before ``state`` that ``field`` belongs to, if it is one."""
        if field == state["field"]:
            return None
        for question in self.engine.questions:
            if question["name"] == state["name"]:
                return None
            if question["field"] == field:
                return question["name"]
        return None

    def drop_answer(self, name: str) -> None:
        """Take a question's answer out, with the facts it added (a question those facts
        had answered is open again), before the answer that replaces it."""
        conv = self.conv
        question = self.engine.states[name]
        conv["fields"].pop(question["field"], None)
        for fact, values in (conv.get("answer_facts") or {}).pop(question["field"], {}).items():
            conv["facts"][fact] = [v for v in conv["facts"].get(fact, []) if v not in values]
        conv["answered_by_facts"] = [s for s in conv["answered_by_facts"] if answered_by_facts(conv, self.engine.states[s])]
        if name in conv["skipped"]:
            conv["skipped"].remove(name)

    def field_for_answer(self, state: dict) -> str:
        """The field an answer fills: the question's own, unless the text holds none of the
        question's facts but enough of another question's that the question lists in
        ``answer_may_be`` and that has no answer yet: a later one not skipped (a person described
        when asked about a vehicle files under people, and the vehicle question counts as
        skipped), or an earlier one (a vehicle described when asked about people files under
        vehicle, and the people question is asked again)."""
        if any(self.facts.get(name) for name in state.get("facts") or []):
            return state["field"]
        for name in state.get("answer_may_be") or []:
            other = self.engine.states[name]
            given = sum(len(self.facts.get(fact) or []) for fact in other.get("facts") or [])
            if given < other.get("facts_min", 1) or self.conv["fields"].get(other["field"]):
                continue
            # an earlier question the tipster skipped is theirs to answer now; a later one skipped stays so
            if self.earlier_question(other["field"], state) or name not in self.conv["skipped"]:
                return other["field"]
        return state["field"]
