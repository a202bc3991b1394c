"""Which tip a text is about: the rules the step applies before anything else is done with it.

1. a tip of the tipster's that the text names ("T-7K2Q it was 2am");
2. an emergency is never added to a filed tip: it starts an urgent tip of its own,
   linked to the earlier one;
3. the tips whose officer wrote since the tipster's last text (``ctx["waiting"]``,
   "fresh"), and, after filing, the filed tip while the text comes within the
   follow-up window of the filing or of their last text: one of these is the tip;
   two or more are asked about ("Which tip is this about?"), the text kept until
   the tipster says (or, if they never do, added to each of them by the host's
   idle check);
4. in a draft, the draft;
5. after filing, any tip an officer is still waiting on (one: that tip; more: asked);
6. otherwise, after filing, a new tip: a new draft, welcomed like a first text.
"""
from __future__ import annotations

from flows.events import FollowUp
from flows.state import MAX_TEXTS_KEPT

MAX_CHOICES = 3   # tips named in "Which tip is this about?": the newest, if ever more are waiting


def choices(tip_ids) -> str:
    """"T-7K2Q or T-9XYZ"; "T-7K2Q, T-9XYZ or T-3ABC"."""
    ids = list(tip_ids)
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} or {ids[-1]}"


class WhichTip:
    """The step's which-tip half (mixed into flows.step.Step, whose attributes it reads:
    engine, conv, ctx, text, media, now, prev_at, urgent, command_word, lines, events)."""

    def settle_which(self) -> bool:
        """The tipster was asked which tip their text is about. The ID of one of the
        tips offered settles it: every text kept for the question goes to that tip, then
        the rest of this one. Outside a draft, another text without one is kept too and
        the question asked again. Commands, emergencies, another tip's ID and a draft's
        answers are taken as usual, the question staying open. True if done."""
        which = self.conv["which"]
        named = self.named()
        if named and named in which["choices"]:
            del self.conv["which"]
            for entry in which["texts"]:
                self.events.append(FollowUp(text=entry["text"], media=tuple(entry.get("media") or ()), tip_id=named))
            if self.rest() or self.media:
                self.events.append(FollowUp(text=self.rest(), media=tuple(self.media), tip_id=named))
            self.went_to(named, answer=True)
            return True
        if (self.urgent or self.command_word or named or self.engine.drafting(self.conv["state"])
                or not (self.text or self.media)
                or (not self.media and self.engine.near_miss(self.text, self.conv).ask)):
            return False
        which["texts"] = (which["texts"] + [{"text": self.text, "media": list(self.media), "at": self.now}])[
            -MAX_TEXTS_KEPT:]
        self.lines.append(self.engine.render("which_tip", self.ctx, choices=choices(which["choices"])))
        return True


    def named(self) -> str | None:
        """The tip of the tipster's that the text names (the host found it), unless it
        is the draft's own ID: then the text is the draft's."""
        tip_id = (self.ctx.get("named_tip") or {}).get("tip_id")
        if not tip_id or (tip_id == self.conv.get("tip_id") and self.engine.drafting(self.conv["state"])):
            return None
        return tip_id

    def rest(self) -> str:
        """The text without the tip ID it starts with."""
        found = self.ctx.get("named_tip") or {}
        return found["rest"] if "rest" in found else self.text

    def within_window(self) -> bool:
        """Whether the text came within the follow-up window of the filing or of the
        tipster's last text (about the filed tip: after filing, every text is)."""
        window = self.ctx.get("follow_up_window_s")
        if window is None:
            return True
        return self.now - max(self.prev_at, float(self.conv.get("filed_at") or 0)) <= window

    def target(self) -> tuple[str | None, object]:
        """("tip", ID), ("ask", [IDs]) or (None, None): which tip of the tipster's a
        text is about, by the rules in the class docstring."""
        named = self.named()
        if named:
            return "tip", named
        conv = self.conv
        drafting = self.engine.drafting(conv["state"])
        waiting = [w for w in self.ctx.get("waiting") or []
                   if not (drafting and w["tip_id"] == conv.get("tip_id"))]   # an officer on this draft: it is the draft's
        plausible = list(dict.fromkeys(w["tip_id"] for w in waiting if float(w["asked_at"]) > self.prev_at))
        current = conv.get("tip_id")
        if self.state().get("follow_up") and current and current not in plausible and self.within_window():
            plausible.append(current)
        if not plausible and not drafting:
            plausible = list(dict.fromkeys(w["tip_id"] for w in waiting))
        if len(plausible) == 1:
            return "tip", plausible[0]
        if plausible:
            return "ask", plausible[:MAX_CHOICES]
        return None, None

    def route(self) -> bool:
        """Send the text to the tip it is about, if that is not the draft in progress
        (or ask which, keeping it). True if it went somewhere (or was kept)."""
        if self.urgent or not (self.text or self.media):
            return False
        kind, target = self.target()
        if kind == "ask":
            self.conv["which"] = {"choices": list(target), "asked_at": self.now,
                                  "texts": [{"text": self.text, "media": list(self.media), "at": self.now}]}
            self.lines.append(self.engine.render("which_tip", self.ctx, choices=choices(target)))
            return True
        if kind != "tip":
            return False
        text = self.rest() if target == self.named() else self.text
        if not (text or self.media):   # the ID alone: what about it?
            if not self.engine.drafting(self.conv["state"]):
                self.switch_to(target)
            self.lines.append(self.engine.render("named_only", self.ctx, tip_id=target))
            if self.engine.drafting(self.conv["state"]):
                self.ask()
            return True
        self.events.append(FollowUp(text=text, media=tuple(self.media), tip_id=target))
        self.went_to(target, answer=any(w["tip_id"] == target for w in self.ctx.get("waiting") or []))
        return True

    def went_to(self, tip_id: str, answer: bool) -> None:
        """Reply for a text added to ``tip_id``. Outside a draft, that tip becomes the
        conversation's (later texts in the window follow it); in one, the draft's
        question is asked again."""
        drafting = self.engine.drafting(self.conv["state"])
        if not drafting:
            self.switch_to(tip_id)
        self.lines.append(self.engine.render("answer_added" if answer else "follow_up", self.ctx, tip_id=tip_id))
        if drafting:
            self.ask()

    def switch_to(self, tip_id: str) -> None:
        """Make a filed tip the conversation's own (from the start or the filed state)."""
        if self.state().get("follow_up") and self.conv.get("tip_id") == tip_id:
            return
        self.clear_draft()
        self.conv["tip_id"] = tip_id
        self.engine.fire(self.model, "follow")

    def open_new_tip(self, link: str | None) -> None:
        """After filing: a new draft for a new matter or an emergency."""
        self.clear_draft()
        self.engine.fire(self.model, "restart")
        self.conv["linked_tip"] = link
        self.new_draft = True

