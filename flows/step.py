"""One step of a conversation: an inbound text driven through the flow by the engine's rules."""
from __future__ import annotations

from flows.answers import Answers
from flows.events import Discarded, Filed, FlowEvent, Urgent
from flows.facts import answered_by_facts, merge_facts, uncertain_plates
from flows.near_miss import fold
from flows.state import MAX_FIELD_CHARS, MAX_TEXTS_KEPT, PHONE_KEYS
from flows.text import clip, describe_symbols
from flows.which_tip import WhichTip


def command_word(text: str) -> str:
    return fold(text)   # "skip!", " Send. ", full-width "ＳＫＩＰ" -> "SKIP"


class Step(WhichTip, Answers):
    """One inbound text driven through the flow (the engine's half of a turn); which tip it
    is about is decided first (flows.which_tip)."""

    def __init__(self, engine, model, text, media, facts, ctx, now):
        self.engine, self.model, self.text, self.media, self.facts, self.ctx, self.now = (
            engine, model, text, media, facts, ctx, now)
        self.conv = model.conv
        self.lines: list[str] = []
        self.events: list[FlowEvent] = []
        self.command_word = engine.command_of(text)   # the command the text is (SEND ...), or None
        self.urgent = bool(facts.get("urgent"))
        self.prev_at = 0.0        # the tipster's text before this one
        self.recorded = False     # this text is in the draft's texts
        self.new_draft = False    # this step opened a new draft after filing
        self.decided = False      # the text belongs to the draft: no other tip is looked for


    def state(self) -> dict:
        return self.engine.states[self.conv["state"]]

    def run(self) -> None:
        conv = self.conv
        self.prev_at = float(conv.get("last_at") or 0)
        # A spooled text replayed late may be older than one processed live: time never runs back.
        conv["last_at"] = max(conv.get("last_at") or 0, self.now)
        if self.state().get("confirm") and self.confirming():
            return
        if conv.get("which") and self.settle_which():
            return
        if self.urgent and self.state().get("follow_up"):
            # An emergency after filing is a tip of its own, never a line in an old thread.
            self.open_new_tip(link=self.named() or conv.get("tip_id"))
        # Every emergency after filing gets the advice (in its own new draft); within a draft, once is enough.
        if self.urgent and not conv.get("urgent"):
            conv["urgent"] = True
            conv["urgent_reason"] = self.facts.get("urgent_reason") or "urgent"
            self.lines.append(self.engine.render("emergency", self.ctx))
            # Only say it was flagged when someone will see it (the host knows: ctx).
            if self.ctx.get("urgent_reachable", True):
                self.lines.append(self.engine.render("flagged", self.ctx))
            self.events.append(Urgent(reason=conv["urgent_reason"]))

        if self.state().get("follow_up"):
            return self.filed()
        if conv["state"] == self.engine.definition["initial"]:
            return self.start()
        if self.new_draft:
            return self.open_draft()
        return self.in_draft()

    # -- phases -------------------------------------------------------------------
    def start(self) -> None:
        if self.plain() and self.route():   # an answer to an officer, or about a tip it names
            return
        if self.urgent and self.named():
            self.conv["linked_tip"] = self.named()
        self.engine.fire(self.model, "begin")
        self.open_draft()

    def open_draft(self, hint: str | None = None) -> None:
        """The welcome, then the text as a first text: a question's answer, or the
        first question asked (a greeting, a command, a photo alone ...)."""
        self.decided = True
        self.conv["started_at"] = self.now
        # After an emergency line the welcome drops its own emergency advice.
        self.lines.append(self.engine.render("welcome_after_emergency" if self.lines else "welcome", self.ctx))
        if hint and not self.urgent:   # a new matter after filing: say how to add to the old tip instead
            self.lines.append(self.engine.render("new_tip", self.ctx, tip_id=hint))
        if not self.plain():
            self.record()
            self.keep_media()
            return self.ask()
        return self.in_draft()

    def filed(self) -> None:
        word = self.command_word
        if word == "NEW":
            # No event: the filed tip needs nothing more, and the host gives the new
            # draft its own tip ID (conv["tip_id"] is None again).
            self.engine.fire(self.model, "restart")
            self.clear_draft()
            return self.ask()
        if word == "DELETE":   # withdraw the filed tip: asked to confirm first
            return self.command(self.engine.commands[word])
        if word and not self.media:   # SEND, SKIP, BACK: nothing to do after filing; say what is
            self.lines.append(self.engine.render("help_filed", self.ctx, tip_id=self.conv.get("tip_id") or ""))
            return
        if word:   # a photo sent with one of them is kept, as it would be without the word
            self.text, self.command_word = "", None
        unsure = self.engine.near_miss(self.text, self.conv).ask if not self.media else ()
        if unsure:
            return self.did_you_mean(unsure)
        if not (self.text or self.media):
            self.lines.append(self.engine.render("empty", self.ctx))
            return
        if self.route():
            return
        old = self.conv.get("tip_id")   # a new matter: a tip of its own
        self.open_new_tip(link=None)
        self.open_draft(hint=old)

    def confirming(self) -> bool:
        """After DELETE of a filed tip: DELETE again withdraws it; NO (SKIP) keeps it;
        anything else keeps it and is taken as it would be after filing. True if done."""
        if self.command_word == "DELETE":
            self.command(self.engine.commands["DELETE"])
            return True
        unsure = self.engine.near_miss(self.text, self.conv).ask if not self.media else ()
        if unsure:
            self.did_you_mean(unsure)
            return True
        self.engine.fire(self.model, "next")
        if self.command_word == "SKIP":
            self.lines.append(self.engine.render("withdraw_kept", self.ctx, tip_id=self.conv.get("tip_id") or ""))
            return True
        return False


    def in_draft(self) -> None:
        state = self.state()
        word = command_word(self.text)
        if self.command_word:
            self.keep_media()   # a photo sent with "SEND" (or "skp") is part of the tip, not lost
            return self.command(self.engine.commands[self.command_word])
        if word in self.engine.not_commands:
            self.record()
            self.lines.append(self.engine.render("unknown_command", self.ctx, word=word[:20]))
            return self.ask()
        unsure = self.engine.near_miss(self.text, self.conv).ask if not self.media else ()
        if unsure:  # "sned"?, "delte", "sent": ask, and do not take it as an answer
            self.record()
            return self.did_you_mean(unsure)
        if not (self.text or self.media):
            self.lines.append(self.engine.render("empty", self.ctx))
            return self.ask()
        if not self.decided and self.route():   # an answer to an officer on another tip
            return
        if not self.media and self.bare_yes_or_thanks(state):
            return
        self.record()
        self.keep_media()
        if not self.text:  # a photo alone answers nothing: ask the same question again
            self.lines.append(self.engine.render("photo_saved", self.ctx))
            return self.ask()
        if state.get("review"):
            self.merge_facts("more")
            self.append_field("more", self.text)
            self.lines.append(self.engine.render("review_hint", self.ctx))
            return
        if self.conv.get("replacing") == state["name"]:   # after BACK: this answer replaces the old one
            self.drop_answer(state["name"])
        self.conv.pop("replacing", None)
        field = self.field_for_answer(state)
        earlier = self.earlier_question(field, state)
        if earlier:   # "a grey golf reg AB12 CDE" when asked about people: the vehicle's answer
            if earlier in self.conv["skipped"]:
                self.conv["skipped"].remove(earlier)
        elif field != state["field"] and state["name"] not in self.conv["skipped"]:
            self.conv["skipped"].append(state["name"])   # "a tall lad in a grey tracksuit" is no vehicle
        new_facts = self.merge_facts(field)
        self.append_field(field, self.text)
        if new_facts:
            self.lines.append(self.engine.render("got_it", self.ctx, facts=new_facts))
        unsure = self.uncertain_plates()
        if unsure:   # asked with the next question, in the same reply: no extra turn
            self.lines.append(self.engine.render("confirm_plate", self.ctx, plates=" or ".join(unsure[:2])))
        if earlier:   # the question asked is still open: ask it again
            return self.ask()
        self.advance()

    def command(self, trigger: str) -> None:
        conv, state = self.conv, self.state()
        if trigger == "file":
            if not self.engine.has_content(conv):
                self.lines.append(self.engine.render("nothing_to_file", self.ctx))
                return
            self.engine.fire(self.model, "file")
            conv["filed_at"] = self.now
            conv.pop("replacing", None)
            self.events.append(Filed())
            self.lines.append(self.engine.render("filed", self.ctx, tip_id=conv.get("tip_id") or ""))
        elif trigger == "discard":
            tip_id = conv.get("tip_id")
            if state.get("follow_up"):   # a filed tip: ask first
                self.engine.fire(self.model, "discard")
                self.lines.append(self.engine.render("withdraw_confirm", self.ctx, tip_id=tip_id or ""))
                return
            self.events.append(Discarded(tip_id=tip_id))
            self.engine.fire(self.model, "discard")
            self.clear_draft()
            if state.get("confirm"):
                self.lines.append(self.engine.render("withdrawn", self.ctx, tip_id=tip_id or ""))
            else:
                self.lines.append(self.engine.render("discarded", self.ctx))
        elif trigger == "next":
            if state.get("review"):  # nothing was added: say so
                # "no" / "nope" here answers "anything to add?": say what to do, not "nothing is left to skip"
                said_skip = command_word(self.text) not in self.engine.aliases
                self.lines.append(self.engine.render("review_skip" if said_skip else "help_review", self.ctx))
                return
            replacing = conv.pop("replacing", None) == state["name"]
            if not (replacing and conv["fields"].get(state["field"])) and state["name"] not in conv["skipped"]:
                conv["skipped"].append(state["name"])   # SKIP after BACK keeps the answer there was
            self.advance()
        elif trigger == "restart":  # NEW while drafting: keep going with this draft
            self.ask()
        elif trigger == "back":
            self.go_back()

    def go_back(self) -> None:
        """BACK: to the question before (passing those the tipster was never asked,
        answered by facts); the next answer there replaces the old one."""
        moved = False
        while self.engine.fire(self.model, "back"):
            moved = True
            if self.conv["state"] not in self.conv["answered_by_facts"]:
                break
        if not moved:
            self.lines.append(self.engine.render("back_none", self.ctx))
            return self.ask()
        state = self.state()
        self.conv["replacing"] = state["name"]
        answer = self.conv["fields"].get(state["field"])
        if answer:
            self.lines.append(self.engine.render("back", self.ctx, answer=clip(describe_symbols(answer), 60)))
        else:
            self.lines.append(self.engine.render("back_skipped", self.ctx))
        self.ask()

    def did_you_mean(self, commands: tuple[str, ...]) -> None:
        """Ask about one or two commands; the question stays open (its prompt follows,
        except at the review, whose summary was the last thing sent)."""
        does = [self.engine.help_of(c, self.conv["state"], self.ctx) for c in commands]
        if len(commands) == 1:
            self.lines.append(self.engine.render("did_you_mean", self.ctx, command=commands[0], does=does[0]))
        else:
            self.lines.append(self.engine.render("did_you_mean_either", self.ctx, first=commands[0],
                                                 second=commands[1], first_does=does[0], second_does=does[1]))
        if not self.state().get("review"):
            self.ask()


    # -- helpers --------------------------------------------------------------------
    def plain(self) -> bool:
        """Words or a photo that could answer something: not a command, a greeting, a
        slip of a command, or empty."""
        if not (self.text or self.media) or self.command_word:
            return False
        if command_word(self.text) in self.engine.greetings:
            return False
        return bool(self.media) or not self.engine.near_miss(self.text)

    def record(self) -> None:
        """Keep the text among the draft's raw texts (once; never a command)."""
        if self.recorded or not self.text or self.command_word:
            return
        conv = self.conv
        conv["texts"] = (conv["texts"] + [self.text[:MAX_FIELD_CHARS * 2]])[-MAX_TEXTS_KEPT:]
        conv["text_count"] = conv.get("text_count", 0) + 1
        self.recorded = True

    def clear_draft(self) -> None:
        """Reset the record to a new conversation's values, state aside (the machine
        has set it). Every other key goes, the host's too (``visible``: a new draft is
        not shown to officers until it is urgent or filed), except ``PHONE_KEYS``."""
        conv = self.conv
        kept = {k: conv[k] for k in PHONE_KEYS if k in conv}
        state = conv["state"]
        conv.clear()
        conv.update(self.engine.new_conversation(self.now))
        conv.update(kept)
        conv["state"] = state

    def advance(self) -> None:
        """Move to the next question still open: not answered (in words or by facts
        from an earlier text: those are recorded) and not skipped."""
        self.engine.fire(self.model, "next")
        conv = self.conv
        while True:
            state = self.state()
            if not state.get("field"):
                break
            if answered_by_facts(conv, state):
                if state["name"] not in conv["answered_by_facts"]:
                    conv["answered_by_facts"].append(state["name"])
            elif not (conv["fields"].get(state["field"]) or state["name"] in conv["skipped"]):
                break
            if not self.engine.fire(self.model, "next"):
                break
        self.ask()

    def ask(self) -> None:
        prompt = self.engine.prompt_for(self.conv, self.ctx)
        if prompt:
            self.lines.append(prompt)

    def append_field(self, name: str, text: str) -> None:
        old = self.conv["fields"].get(name)
        value = f"{old}\n{text}" if old else text
        self.conv["fields"][name] = value[:MAX_FIELD_CHARS * 2]

    def keep_media(self) -> None:
        for url in self.media:
            if url not in self.conv["media"]:
                self.conv["media"].append(url)


    def merge_facts(self, field: str) -> str:
        return merge_facts(self.conv, self.facts, field, self.engine.catalog(self.ctx)["describe"])

    def uncertain_plates(self) -> list[str]:
        return uncertain_plates(self.facts)
