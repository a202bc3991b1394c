"""A flow engine: one `transitions` Machine per flow definition serves every phone.

The machine is built once from the JSON definition with ``model=None``; each step
wraps the stored conversation dict in a throwaway model object, fires one event
through ``machine.events[...]`` (no per-number registration, so it is safe to
share between threads), and hands back the new dict, the reply lines and the
typed events (flows.events) the host must act on (file the tip, flag it urgent,
...). The engine does no I/O and knows nothing of SMS: packing the lines into
messages is the host's job (bot.tipline.replies). ``flows`` imports nothing from ``bot``.

Which tip a text is about is decided here too, from what the host read for it
(``step``'s ``ctx``: the tips an officer is waiting on an answer for, a tip of the
tipster's the text names, the follow-up window): see ``_Step.target``.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field

from transitions import Machine, MachineError

from flows.events import Discarded, Filed, FlowEvent, FollowUp, Urgent
from flows.near_miss import NOTHING, NearMiss, NearMisses, fold
from flows.review import summarise
from flows.state import PHONE_KEYS, ConversationModel, new_conversation
from flows.text import clip, describe_symbols

HERE = os.path.dirname(__file__)
MAX_FIELD_CHARS = 1600
MAX_TEXTS_KEPT = 60


@dataclass
class StepResult:
    """What one step did.

    Attributes:
        conv: the conversation dict after the step (the same object that was
            passed in, changed in place); the host stores it.
        lines: the rendered reply texts, in order; not SMS messages yet: the host
            packs them (``bot.tipline.replies.pack``).
        events: what the host must carry out (``flows.events``), in order.
    """
    conv: dict
    lines: list[str]
    events: list[FlowEvent] = field(default_factory=list)


class FlowEngine:
    """One flow definition (e.g. ``flows/tip.json``) serving every conversation.

    Args:
        definition: the parsed flow definition: ``name``, ``initial``, ``states``
            (a question state has ``field`` and ``prompt``, and may list the
            ``facts`` that answer it), ``transitions``, ``commands`` (word ->
            trigger), ``aliases``, ``not_commands``, ``greetings``, ``texts``,
            ``near_misses`` (flows.near_miss) and ``command_help`` (command -> what it
            does, a few words: "skip this question"; or state -> those words, with
            ``"*"`` for every other state, where a command means something else there).
    """

    def __init__(self, definition: dict, languages: dict[str, dict] | None = None):
        self.definition = definition
        self.name = definition["name"]
        self.states = {s["name"]: s for s in definition["states"]}
        self.texts = definition["texts"]
        self.commands = {k.upper(): v for k, v in definition["commands"].items()}
        self.aliases = {k.upper(): v.upper() for k, v in definition.get("aliases", {}).items()}
        self.not_commands = {w.upper() for w in definition.get("not_commands", [])}
        self.greetings = {g.upper() for g in definition.get("greetings", [])}
        self.questions = [s for s in definition["states"] if s.get("field")]
        self.command_help = {k.upper(): v if isinstance(v, dict) else {"*": v}
                             for k, v in definition.get("command_help", {}).items()}
        # Per-language catalogs (flows/tip.<lang>.json): texts, prompts, command help, the
        # review's labels ...; the conversation's language is ctx["lang"] (default: the first).
        self.catalogs = _catalogs(definition, languages or {})
        self.default_language = next(iter(self.catalogs))
        for extra in (languages or {}).values():   # every language's command words work in any conversation
            self.aliases.update({k.upper(): v.upper() for k, v in extra.get("aliases", {}).items()})
            self.greetings.update(g.upper() for g in extra.get("greetings", []))
        self.near_misses = NearMisses(definition.get("near_misses", {}),
                                      set(self.commands) | set(self.aliases) | self.not_commands | self.greetings)
        self.machine = Machine(
            model=None, states=list(self.states), initial=definition["initial"],
            transitions=definition["transitions"], auto_transitions=False,
        )

    # -- public -----------------------------------------------------------------
    def new_conversation(self, now: float | None = None) -> dict:
        """A fresh conversation record in the initial state.

        Args:
            now: the time (epoch seconds) to stamp it with; defaults to the clock.

        Returns:
            The record as stored by the host (see ``flows.state.new_conversation``).
        """
        return new_conversation(self.name, self.definition["initial"], now or time.time())

    def is_draft(self, conv: dict) -> bool:
        """Whether the conversation is a draft: it has content and is at a question
        or the review (not filed, not confirming a withdrawal).

        Args:
            conv: a conversation record.
        """
        return self.drafting(conv["state"]) and self.has_content(conv)

    def drafting(self, state: str) -> bool:
        """Whether ``state`` is one of a draft's: a question or the review."""
        found = self.states.get(state) or {}
        return bool(found.get("field") or found.get("review"))

    def wants_tip_id(self, conv: dict) -> bool:
        """Whether the host must give the conversation a new tip ID after a step: it
        is at a question or the review and has none (a draft just started: after a
        first text, after NEW, or a new matter or an emergency after filing).

        Args:
            conv: a conversation record, after ``step``.
        """
        return self.drafting(conv["state"]) and not conv.get("tip_id")

    @staticmethod
    def has_content(conv: dict) -> bool:
        """Whether any question has an answer or any photo was sent.

        Args:
            conv: a conversation record.
        """
        return any(conv["fields"].values()) or bool(conv["media"])

    def step(self, conv: dict, text: str, media: list[str], facts: dict, ctx: dict,
             now: float | None = None) -> StepResult:
        """Drive one inbound text (and/or photos) through the flow. No I/O.

        Args:
            conv: the stored conversation record; changed in place.
            text: the text as the tipster sent it (already cleaned and redacted by
                the host); may be empty.
            media: URLs of photos sent with it; may be empty.
            facts: what the host's NLP extracted from ``text``
                (``nlp.Extraction.to_dict()``: ``plates``, ``partial_plates``,
                ``vehicles``, ``locations``, ``times`` lists, ``urgent``,
                ``urgent_reason``); ``{}`` when there was nothing to extract
                (see ``wants_facts``).
            ctx: values for the texts' placeholders (``programme``, ``emergency`` ...),
                and what the host read for the step to decide with (each optional):
                ``urgent_reachable`` (someone will see an urgent tip), ``waiting``
                (the tipster's tips an officer is waiting on an answer for:
                ``[{"tip_id", "asked_at"}]``, newest first, open tips only),
                ``named_tip`` (``{"tip_id", "rest"}``: the text names that tip of the
                tipster's, at its start or as "T-7K2Q" anywhere; ``rest`` is the text
                without the ID at its start) and ``follow_up_window_s`` (how long after
                filing, or their last text about it, a text is still about a filed tip;
                without it, every text after filing is).
            now: the time of the text (epoch seconds); defaults to the clock.

        Returns:
            The new record, the reply lines and the events for the host.
        """
        model = ConversationModel(conv)
        step = _Step(self, model, text, media, facts, ctx, now or time.time())
        step.run()
        return StepResult(model.conv, step.lines, step.events)

    def settle_unanswered(self, conv: dict) -> list[FollowUp]:
        """The texts kept for a "Which tip is this about?" the tipster never answered,
        for the host's idle check: each goes to every tip it may be about (``unsure``
        names them all) rather than to a guess, and the question is dropped. No I/O.

        Args:
            conv: a conversation record; its ``which`` is removed.

        Returns:
            One ``FollowUp`` per kept text and tip, in order; [] if nothing was kept.
        """
        which = conv.pop("which", None)
        if not which:
            return []
        choices = tuple(which["choices"])
        return [FollowUp(text=entry["text"], media=tuple(entry.get("media") or ()), tip_id=tip_id, unsure=choices)
                for entry in which["texts"] for tip_id in choices]

    def fire(self, model: ConversationModel, trigger: str) -> bool:
        """Fire one trigger of the shared machine on a conversation.

        Args:
            model: the conversation wrapped for the machine (``ConversationModel(conv)``);
                its ``state`` is changed in place on success.
            trigger: a trigger named in the definition's transitions (``"file"`` ...).

        Returns:
            True if the transition happened; False if the trigger is unknown or
            not allowed from the current state (nothing changes then).
        """
        try:
            return self.machine.events[trigger].trigger(model)
        except (MachineError, KeyError):
            return False

    def prompt_for(self, conv: dict, ctx: dict) -> str:
        """The question the conversation is waiting on, or the review text.

        Args:
            conv: a conversation record.
            ctx: values for the texts' placeholders.

        Returns:
            The prompt of a question state, the review (with the draft's summary)
            in the review state, or "" where nothing is asked.
        """
        state = self.states[conv["state"]]
        if state.get("review"):
            return self.render("review", ctx, summary=summarise(conv, self.questions, labels=self.catalog(ctx)["labels"]))
        if state.get("prompt"):
            return self.prompt_of(state["name"], ctx)
        return ""

    def catalog(self, ctx: dict) -> dict:
        """The catalog of the conversation's language (``ctx["lang"]``), else the default one."""
        return self.catalogs.get(ctx.get("lang") or "") or self.catalogs[self.default_language]

    def prompt_of(self, state: str, ctx: dict) -> str:
        """A question's prompt in the conversation's language."""
        return self.catalog(ctx)["prompts"].get(state) or self.states[state].get("prompt") or ""

    def help_for(self, conv: dict | None, ctx: dict) -> list[str]:
        """What the tipster can do next, for the host's HELP answer (HELP is a Twilio
        keyword the host answers before any flow; the flow adds this). No I/O.

        Args:
            conv: the phone's conversation record, or None.
            ctx: values for the texts' placeholders.

        Returns:
            Lines, most important first (the host may drop the last ones to fit a
            text): in a question, the commands that work there and what each does,
            then the question; at the review, SEND/DELETE/more; after filing, how to
            add to the tip, withdraw it or start a new one; when confirming a
            withdrawal, the question again; outside a draft, with a "Which tip is
            this about?" open, that question. [] with no conversation in progress.
        """
        if not conv or conv["state"] not in self.states:
            return []
        state = self.states[conv["state"]]
        if conv.get("which") and not self.drafting(conv["state"]):
            return [self.render("which_tip", ctx, choices=_choices(conv["which"]["choices"]))]
        if conv["state"] == self.definition["initial"]:
            return []
        if state.get("confirm"):
            return [self.render("withdraw_confirm", ctx, tip_id=conv.get("tip_id") or "")]
        if state.get("follow_up"):
            return [self.render("help_filed", ctx, tip_id=conv.get("tip_id") or "")]
        if state.get("review"):
            return [self.render("help_review", ctx)]
        if not self.has_content(conv):
            return [self.render("help_start", ctx),
                    self.render("help_question", ctx, prompt=self.prompt_of(state["name"], ctx))]
        working = self.commands_in(conv["state"])
        words = self.catalog(ctx)["command_words"]
        options = ", ".join(self.catalog(ctx)["option"].format(command=words.get(c, c),
                                                                does=self.help_of(c, conv["state"], ctx))
                            for c in self.command_help if c in working)
        return [self.render("help_draft", ctx, options=options),
                self.render("help_question", ctx, prompt=self.prompt_of(state["name"], ctx))]

    def help_of(self, command: str, state: str, ctx: dict | None = None) -> str:
        """What ``command`` does in ``state``, in a few words ("withdraw your tip"), in the
        conversation's language."""
        does = self.catalog(ctx or {})["command_help"].get(command) or self.command_help.get(command) or {}
        return does.get(state) or does.get("*") or command.lower()

    def render(self, name: str, ctx: dict, **extra) -> str:
        """One of the definition's texts with its placeholders filled.

        Args:
            name: a key of the definition's ``texts``.
            ctx: values for the placeholders shared by all texts.
            **extra: values for this text's own placeholders (``tip_id`` ...).
        """
        texts = self.catalog(ctx)["texts"]
        return (texts.get(name) or self.texts[name]).format(**{**ctx, **extra})

    def command_of(self, text: str) -> str | None:
        """The command a text is, if it is one.

        Args:
            text: an inbound text. Surrounding space, punctuation and case do not
                matter ("skip!" is SKIP); aliases count ("DONE" is SEND); so does a
                sure near miss of a command ("skp", "sned", "SKIPP": one slip, see
                flows.near_miss), in any state, as the exact word would.

        Returns:
            The command word (a key of the definition's ``commands``) or None.
        """
        word = _command_word(text)
        word = self.aliases.get(word, word)
        if word in self.commands:
            return word
        return self.near_misses.match(text).sure

    def near_miss(self, text: str, conv: dict | None = None) -> NearMiss:
        """Whether a one-word text is near a command without being one for sure.

        Args:
            text: an inbound text.
            conv: the conversation; only the commands that do something in its state
                are looked for (SKIP is not, at the review). None: every command.

        Returns:
            ``flows.near_miss.NearMiss``: ``sure`` is what ``command_of`` also
            answers; ``ask`` names the command(s) the step asks about instead of
            taking the text as an answer.
        """
        if _command_word(text) in self.commands or _command_word(text) in self.aliases:
            return NOTHING
        return self.near_misses.match(text, None if conv is None else self.commands_in(conv["state"]))

    def commands_in(self, state: str) -> list[str]:
        """The commands whose trigger leaves ``state`` (SEND, SKIP, DELETE, and BACK
        after the first question, in a question; SEND, DELETE and BACK at the review;
        DELETE and NEW after filing; SKIP and DELETE when confirming a withdrawal)."""
        leaving = {t["trigger"] for t in self.definition["transitions"]
                   if state in ([t["source"]] if isinstance(t["source"], str) else t["source"])}
        return [word for word, trigger in self.commands.items() if trigger in leaving]

    def wants_facts(self, text: str) -> bool:
        """Whether a text is worth the NLP pipeline: commands and greetings carry no facts.

        Args:
            text: an inbound text.
        """
        return bool(text) and not self.command_of(text) and text.upper() not in self.greetings


def _command_word(text: str) -> str:
    return fold(text)   # "skip!", " Send. ", full-width "ＳＫＩＰ" -> "SKIP"


MAX_CHOICES = 3   # tips named in "Which tip is this about?": the newest, if ever more are waiting


def _choices(tip_ids) -> str:
    """"T-7K2Q or T-9XYZ"; "T-7K2Q, T-9XYZ or T-3ABC"."""
    ids = list(tip_ids)
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} or {ids[-1]}"


class _Step:
    """One inbound text driven through the flow (the engine's half of a turn).

    Which tip the text is about (``target``), before anything else is done with it:

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
        self.lines.append(self.engine.render("which_tip", self.ctx, choices=_choices(which["choices"])))
        return True

    def in_draft(self) -> None:
        state = self.state()
        word = _command_word(self.text)
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
        new_facts = self.merge_facts(state["field"])
        self.append_field(state["field"], self.text)
        if new_facts:
            self.lines.append(self.engine.render("got_it", self.ctx, facts=new_facts))
        unsure = self.uncertain_plates()
        if unsure:   # asked with the next question, in the same reply: no extra turn
            self.lines.append(self.engine.render("confirm_plate", self.ctx, plates=" or ".join(unsure[:2])))
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
                self.lines.append(self.engine.render("review_skip", self.ctx))
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

    # -- which tip ------------------------------------------------------------------
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
            self.lines.append(self.engine.render("which_tip", self.ctx, choices=_choices(target)))
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

    # -- helpers --------------------------------------------------------------------
    def plain(self) -> bool:
        """Words or a photo that could answer something: not a command, a greeting, a
        slip of a command, or empty."""
        if not (self.text or self.media) or self.command_word:
            return False
        if _command_word(self.text) in self.engine.greetings:
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

    def confident(self, name: str, value: str) -> bool:
        """Whether the NLP is sure of a fact (``confidence`` below CONFIDENT: a guess, not said back)."""
        return (self.facts.get("confidence") or {}).get(name, {}).get(value, 1.0) >= CONFIDENT

    def uncertain_plates(self) -> list[str]:
        return [v for v in self.facts.get("plates") or [] if not self.confident("plates", v)]

    def merge_facts(self, field: str) -> str:
        """Add this text's facts to the draft, noting them as the ``field`` answer's;
        describe the new confident ones in a few words (people as one item). Uncertain
        plates are kept, and listed again under ``uncertain_plates`` for officers."""
        known = self.conv["facts"]
        words = self.engine.catalog(self.ctx)["describe"]    # "plate {value}", per language
        fresh: list[str] = []
        people: list[str] = []
        for name in ("plates", "partial_plates", "vehicles", "locations", "times", "people"):
            for value in self.facts.get(name) or []:
                if value not in known.setdefault(name, []):
                    known[name].append(value)
                    mine = self.conv.setdefault("answer_facts", {}).setdefault(field, {})
                    mine.setdefault(name, []).append(value)
                    if not self.confident(name, value):
                        if name == "plates":
                            known.setdefault("uncertain_plates", []).append(value)
                    elif name == "people":
                        people.append(value)
                    else:
                        fresh.append(_describe(name, value, words))
        for plate, state in (self.facts.get("plate_states") or {}).items():
            known.setdefault("plate_states", {})[plate] = state
        described = [_describe("people", ", ".join(people[:3]), words)] if people else []
        return ", ".join(fresh[:4] + described)

CONFIDENT = 0.75  # nlp.extraction.CONFIDENT: flows/ does not import the NLP package


def answered_by_facts(conv: dict, state: dict) -> bool:
    """Whether the draft's facts answer a question: at least ``facts_min`` (default 1) of its ``facts``."""
    names = state.get("facts") or []
    return bool(names) and sum(len(conv["facts"].get(name) or []) for name in names) >= state.get("facts_min", 1)


def _describe(name: str, value: str, words: dict) -> str:
    """"plate HVM2207", "at 8th n poplar": a fact in a few words (``words``: the catalog's ``describe``)."""
    return words[name].format(value=value) if name in words else value


def _catalogs(definition: dict, languages: dict[str, dict]) -> dict[str, dict]:
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


def load_engine(name: str = "tip", languages=None) -> FlowEngine:
    """Build the engine for a flow definition (once per process; it is shared).

    Args:
        name: the flow's name (``"tip"``).
        languages: the languages to load catalogs for (``LANGUAGES``); None: every one shipped.
    """
    definition = load_definition(name)
    wanted = None if languages is None else [definition.get("language", "en"), *languages]
    return FlowEngine(definition, load_languages(name, wanted))
