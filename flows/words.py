"""What a text is as words: a command, a near miss of one, a bare yes, only thanks (a mixin of
flows.engine.FlowEngine).

The word sets come from the flow definition and every language's catalog: any language's command
words, greetings, yeses and thanks work in any conversation, so a tipster who switches language
mid-text is still understood.
"""
from __future__ import annotations

from flows.near_miss import NOTHING, NearMiss, NearMisses, phrase_of
from flows.step import command_word


class Vocabulary:
    """Needs ``definition`` (flows.engine.FlowEngine has it); ``learn_words`` fills the word sets."""

    def learn_words(self, definition: dict, languages: dict[str, dict]) -> None:
        """Read the command words, aliases, greetings, yeses and thanks of the definition and of
        every language's catalog."""
        self.commands = {k.upper(): v for k, v in definition["commands"].items()}
        self.aliases = {k.upper(): v.upper() for k, v in definition.get("aliases", {}).items()}
        self.not_commands = {w.upper() for w in definition.get("not_commands", [])}
        self.greetings = {g.upper() for g in definition.get("greetings", [])}
        # A bare "yes" (or "ok", "thanks") answers no question: flows.step asks for the details instead.
        self.affirmatives = {phrase_of(w) for w in definition.get("affirmatives", [])}
        self.acknowledgements = {phrase_of(w) for w in definition.get("acknowledgements", [])}
        for extra in languages.values():   # every language's command words work in any conversation
            self.aliases.update({k.upper(): v.upper() for k, v in extra.get("aliases", {}).items()})
            self.greetings.update(g.upper() for g in extra.get("greetings", []))
            self.affirmatives.update(phrase_of(w) for w in extra.get("affirmatives", []))
            self.acknowledgements.update(phrase_of(w) for w in extra.get("acknowledgements", []))
        self.near_misses = NearMisses(definition.get("near_misses", {}),
                                      set(self.commands) | set(self.aliases) | self.not_commands | self.greetings
                                      | self.affirmatives | self.acknowledgements)

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
        word = command_word(text)
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
        if command_word(text) in self.commands or command_word(text) in self.aliases:
            return NOTHING
        return self.near_misses.match(text, None if conv is None else self.commands_in(conv["state"]))

    def commands_in(self, state: str) -> list[str]:
        """The commands whose trigger leaves ``state`` (SEND, SKIP, DELETE, and BACK
        after the first question, in a question; SEND, DELETE and BACK at the review;
        DELETE and NEW after filing; SKIP and DELETE when confirming a withdrawal)."""
        leaving = {t["trigger"] for t in self.definition["transitions"]
                   if state in ([t["source"]] if isinstance(t["source"], str) else t["source"])}
        return [word for word, trigger in self.commands.items() if trigger in leaving]

    def is_affirmative(self, text: str) -> bool:
        """Whether a text is a bare yes ("yes", "yeah there was", "si", "yes yes"): it says there
        was something, not what."""
        return made_of(phrase_of(text), self.affirmatives)

    def is_acknowledgement(self, text: str) -> bool:
        """Whether a text only acknowledges ("ok", "thanks", "no thats it", "vale gracias", "yes
        thanks"): nothing to add to a tip."""
        return made_of(phrase_of(text), self.acknowledgements | self.affirmatives)

    def wants_facts(self, text: str) -> bool:
        """Whether a text is worth the NLP pipeline: commands and greetings carry no facts.

        Args:
            text: an inbound text.
        """
        return bool(text) and not self.command_of(text) and text.upper() not in self.greetings


def made_of(phrase: str, phrases: set[str]) -> bool:
    """Whether ``phrase`` is one of ``phrases`` (each at most 4 words) or a few of them in a row
    ("OK THANKS CHEERS")."""
    words = phrase.split()
    if not words or len(words) > 12:   # a long text is never only thanks
        return False
    # reachable[i]: the first i words are a run of listed phrases
    reachable = [True] + [False] * len(words)
    for end in range(1, len(words) + 1):
        reachable[end] = any(reachable[start] and " ".join(words[start:end]) in phrases
                             for start in range(max(0, end - 4), end))
    return reachable[-1]
