"""A flow engine: one `transitions` Machine per flow definition serves every phone.

The machine is built once from the JSON definition with ``model=None``; each step
wraps the stored conversation dict in a throwaway model object, fires one event
through ``machine.events[...]`` (no per-number registration, so it is safe to
share between threads), and hands back the new dict, the reply lines and the
typed events (flows.events) the host must act on (file the tip, flag it urgent,
...). The engine does no I/O and knows nothing of SMS: packing the lines into
messages is the host's job (bot.tipline.replies). ``flows`` imports nothing from ``bot``.
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
from flows.state import ConversationModel, new_conversation

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
            does, a few words: "skip this question").
    """

    def __init__(self, definition: dict):
        self.definition = definition
        self.name = definition["name"]
        self.states = {s["name"]: s for s in definition["states"]}
        self.texts = definition["texts"]
        self.commands = {k.upper(): v for k, v in definition["commands"].items()}
        self.aliases = {k.upper(): v.upper() for k, v in definition.get("aliases", {}).items()}
        self.not_commands = {w.upper() for w in definition.get("not_commands", [])}
        self.greetings = {g.upper() for g in definition.get("greetings", [])}
        self.questions = [s for s in definition["states"] if s.get("field")]
        self.command_help = {k.upper(): v for k, v in definition.get("command_help", {}).items()}
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
        """Whether the conversation is a draft: it has content and is not filed yet.

        Args:
            conv: a conversation record.
        """
        return conv["state"] not in (self.definition["initial"], "filed") and self.has_content(conv)

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
            ctx: values for the texts' placeholders (``programme``, ``emergency`` ...).
            now: the time of the text (epoch seconds); defaults to the clock.

        Returns:
            The new record, the reply lines and the events for the host.
        """
        model = ConversationModel(conv)
        step = _Step(self, model, text, media, facts, ctx, now or time.time())
        step.run()
        return StepResult(model.conv, step.lines, step.events)

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
            return self.render("review", ctx, summary=summarise(conv, self.questions))
        if state.get("prompt"):
            return state["prompt"]
        return ""

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
            add to the tip or start a new one. [] with no conversation in progress.
        """
        if not conv or conv["state"] == self.definition["initial"] or conv["state"] not in self.states:
            return []
        state = self.states[conv["state"]]
        if state.get("follow_up"):
            return [self.render("help_filed", ctx, tip_id=conv.get("tip_id") or "")]
        if state.get("review"):
            return [self.render("help_review", ctx)]
        if not self.has_content(conv):
            return [self.render("help_start", ctx), self.render("help_question", ctx, prompt=state["prompt"])]
        working = self.commands_in(conv["state"])
        options = ", ".join(f"{c} to {does}" for c, does in self.command_help.items() if c in working)
        return [self.render("help_draft", ctx, options=options), self.render("help_question", ctx, prompt=state["prompt"])]

    def render(self, name: str, ctx: dict, **extra) -> str:
        """One of the definition's texts with its placeholders filled.

        Args:
            name: a key of the definition's ``texts``.
            ctx: values for the placeholders shared by all texts.
            **extra: values for this text's own placeholders (``tip_id`` ...).
        """
        return self.texts[name].format(**{**ctx, **extra})

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
        """The commands whose trigger leaves ``state`` (SEND, SKIP and DELETE in a
        question; SEND and DELETE at the review; NEW after filing)."""
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


class _Step:
    """One inbound text driven through the flow (the engine's half of a turn)."""

    def __init__(self, engine, model, text, media, facts, ctx, now):
        self.engine, self.model, self.text, self.media, self.facts, self.ctx, self.now = (
            engine, model, text, media, facts, ctx, now)
        self.conv = model.conv
        self.lines: list[str] = []
        self.events: list[FlowEvent] = []

    def run(self) -> None:
        conv = self.conv
        conv["last_at"] = self.now
        if self.text and not self.engine.states[conv["state"]].get("follow_up") and not self.engine.command_of(self.text):
            conv["texts"] = (conv["texts"] + [self.text[:MAX_FIELD_CHARS * 2]])[-MAX_TEXTS_KEPT:]
            conv["text_count"] = conv.get("text_count", 0) + 1
        filed = self.engine.states[conv["state"]].get("follow_up")
        # Every new emergency after filing gets the advice again; within a draft, once is enough.
        if self.facts.get("urgent") and (filed or not conv.get("urgent")):
            conv["urgent"] = True
            conv["urgent_reason"] = self.facts.get("urgent_reason") or "urgent"
            self.lines.append(self.engine.render("emergency", self.ctx))
            # Only say it was flagged when someone will see it (the host knows: ctx).
            if self.ctx.get("urgent_reachable", True):
                self.lines.append(self.engine.render("flagged", self.ctx))
            self.events.append(Urgent(reason=conv["urgent_reason"]))

        state = self.engine.states[conv["state"]]
        if state.get("follow_up"):
            return self.follow_up()
        if conv["state"] == self.engine.definition["initial"]:
            return self.start()
        return self.in_draft()

    # -- phases -------------------------------------------------------------------
    def start(self) -> None:
        self.engine.fire(self.model, "begin")
        self.conv["started_at"] = self.now
        # After an emergency line the welcome drops its own emergency advice.
        self.lines.append(self.engine.render("welcome_after_emergency" if self.lines else "welcome", self.ctx))
        word = _command_word(self.text)
        if (self.engine.command_of(self.text) or word in self.engine.greetings or not (self.text or self.media)
                or (not self.media and self.engine.near_miss(self.text))):
            self.keep_media()
            return self.ask()
        return self.in_draft()

    def follow_up(self) -> None:
        if self.engine.command_of(self.text) == "NEW":
            # No event: the filed tip needs nothing more, and the host gives the new
            # draft its own tip ID on the next text (conv["tip_id"] is None again).
            self.engine.fire(self.model, "restart")
            self.clear_draft()
            return self.ask()
        if not (self.text or self.media):
            self.lines.append(self.engine.render("empty", self.ctx))
            return
        self.events.append(FollowUp(text=self.text, media=tuple(self.media)))
        self.lines.append(self.engine.render("follow_up", self.ctx, tip_id=self.conv.get("tip_id") or ""))

    def in_draft(self) -> None:
        state = self.engine.states[self.conv["state"]]
        command = self.engine.command_of(self.text)
        word = _command_word(self.text)
        if command:
            self.keep_media()   # a photo sent with "SEND" (or "skp") is part of the tip, not lost
            return self.command(self.engine.commands[command])
        if word in self.engine.not_commands:
            self.lines.append(self.engine.render("unknown_command", self.ctx, word=word[:20]))
            return self.ask()
        unsure = self.engine.near_miss(self.text, self.conv).ask if not self.media else ()
        if unsure:  # "sned"?, "delte", "sent": ask, and do not take it as an answer
            return self.did_you_mean(unsure)
        if not (self.text or self.media):
            self.lines.append(self.engine.render("empty", self.ctx))
            return self.ask()
        self.keep_media()
        if not self.text:  # a photo alone answers nothing: ask the same question again
            self.lines.append(self.engine.render("photo_saved", self.ctx))
            return self.ask()
        new_facts = self.merge_facts()
        if state.get("review"):
            self.append_field("more", self.text)
            self.lines.append(self.engine.render("review_hint", self.ctx))
            return
        self.append_field(state["field"], self.text)
        if new_facts:
            self.lines.append(self.engine.render("got_it", self.ctx, facts=new_facts))
        self.advance()

    def command(self, trigger: str) -> None:
        conv = self.conv
        if trigger == "file":
            if not self.engine.has_content(conv):
                self.lines.append(self.engine.render("nothing_to_file", self.ctx))
                return
            self.engine.fire(self.model, "file")
            conv["filed_at"] = self.now
            self.events.append(Filed())
            self.lines.append(self.engine.render("filed", self.ctx, tip_id=conv.get("tip_id") or ""))
        elif trigger == "discard":
            self.events.append(Discarded(tip_id=conv.get("tip_id")))
            self.engine.fire(self.model, "discard")
            self.clear_draft()
            self.lines.append(self.engine.render("discarded", self.ctx))
        elif trigger == "next":
            if self.engine.states[conv["state"]].get("review"):  # nothing was added: say so
                self.lines.append(self.engine.render("review_skip", self.ctx))
                return
            conv["skipped"].append(conv["state"])
            self.advance()
        elif trigger == "restart":  # NEW while drafting: keep going with this draft
            self.ask()

    def did_you_mean(self, commands: tuple[str, ...]) -> None:
        """Ask about one or two commands; the question stays open (its prompt follows,
        except at the review, whose summary was the last thing sent)."""
        does = [self.engine.command_help.get(c, c.lower()) for c in commands]
        if len(commands) == 1:
            self.lines.append(self.engine.render("did_you_mean", self.ctx, command=commands[0], does=does[0]))
        else:
            self.lines.append(self.engine.render("did_you_mean_either", self.ctx, first=commands[0],
                                                 second=commands[1], first_does=does[0], second_does=does[1]))
        if not self.engine.states[self.conv["state"]].get("review"):
            self.ask()

    # -- helpers --------------------------------------------------------------------
    def clear_draft(self) -> None:
        """Reset the record to a new conversation's values, state aside (the machine
        has set it). Keys the engine does not define are left as they are: the
        host's ``visible`` and ``idle_check_at`` survive DELETE and NEW."""
        fresh = self.engine.new_conversation(self.now)
        self.conv.update({k: v for k, v in fresh.items() if k != "state"})

    def advance(self) -> None:
        """Move to the next question, skipping those the tipster already answered."""
        self.engine.fire(self.model, "next")
        while True:
            state = self.engine.states[self.conv["state"]]
            wanted = state.get("facts") or []
            if not any(self.conv["facts"].get(name) for name in wanted):
                break
            self.conv["answered_by_facts"].append(state["name"])
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

    def merge_facts(self) -> str:
        """Add this text's facts to the draft; describe the new ones in a few words."""
        known = self.conv["facts"]
        fresh: list[str] = []
        for name in ("plates", "partial_plates", "vehicles", "locations", "times"):
            for value in self.facts.get(name) or []:
                if value not in known.setdefault(name, []):
                    known[name].append(value)
                    fresh.append(_describe(name, value))
        return ", ".join(fresh[:4])


def _describe(name: str, value: str) -> str:
    return {"plates": f"plate {value}", "partial_plates": f"part plate {value}",
            "locations": f"at {value}"}.get(name, value)


def load_definition(name: str) -> dict:
    """The flow definition ``flows/<name>.json``, parsed.

    Args:
        name: the flow's name (``"tip"``).
    """
    with open(os.path.join(HERE, f"{name}.json")) as fh:
        return json.load(fh)


def load_engine(name: str = "tip") -> FlowEngine:
    """Build the engine for a flow definition (once per process; it is shared).

    Args:
        name: the flow's name (``"tip"``).
    """
    return FlowEngine(load_definition(name))
