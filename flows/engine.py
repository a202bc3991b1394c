"""A flow engine: one `transitions` Machine per flow definition serves every phone.

The machine is built once from the JSON definition with ``model=None``; each step
wraps the stored conversation dict in a throwaway model object, fires one event
through ``machine.events[...]`` (no per-number registration, so it is safe to
share between threads), and hands back the new dict, the reply lines and the
typed events (flows.events) the host must act on (file the tip, flag it urgent,
...). The engine does no I/O and knows nothing of SMS: packing the lines into
messages is the host's job (bot.tipline.replies). ``flows`` imports nothing from ``bot``.

The step itself is flows.step.Step; which tip a text is about (from what the host read
for it: ``step``'s ``ctx``) is flows.which_tip; facts kept in a draft, flows.facts; the
JSON definition and catalogs are read by flows.loading; what a text is as words (a command,
a near miss, a bare yes, thanks), flows.words.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from transitions import Machine, MachineError

from flows.events import FlowEvent, FollowUp
from flows.loading import catalogs, load_definition, load_languages
from flows.review import summarise
from flows.state import MAX_FIELD_CHARS, MAX_TEXTS_KEPT, ConversationModel, new_conversation
from flows.step import Step
from flows.which_tip import choices
from flows.words import Vocabulary, made_of

__all__ = ["FlowEngine", "StepResult", "load_definition", "load_engine", "load_languages", "made_of",
           "MAX_FIELD_CHARS", "MAX_TEXTS_KEPT"]


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


class FlowEngine(Vocabulary):
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
        self.questions = [s for s in definition["states"] if s.get("field")]
        self.command_help = {k.upper(): v if isinstance(v, dict) else {"*": v}
                             for k, v in definition.get("command_help", {}).items()}
        # Per-language catalogs (flows/tip.<lang>.json): texts, prompts, command help, the
        # review's labels ...; the conversation's language is ctx["lang"] (default: the first).
        self.catalogs = catalogs(definition, languages or {})
        self.default_language = next(iter(self.catalogs))
        self.learn_words(definition, languages or {})
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
        step = Step(self, model, text, media, facts, ctx, now or time.time())
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
            return [self.render("which_tip", ctx, choices=choices(conv["which"]["choices"]))]
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


def load_engine(name: str = "tip", languages=None) -> FlowEngine:
    """Build the engine for a flow definition (once per process; it is shared).

    Args:
        name: the flow's name (``"tip"``).
        languages: the languages to load catalogs for (``LANGUAGES``); None: every one shipped.
    """
    definition = load_definition(name)
    wanted = None if languages is None else [definition.get("language", "en"), *languages]
    return FlowEngine(definition, load_languages(name, wanted))
