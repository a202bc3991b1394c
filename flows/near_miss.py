"""Near misses of a flow's commands: "skp", "sned", "delte", "nwe", "SKIPP", "bakc".

A text is looked at only when the whole of it is one short word of letters (surrounding
space and punctuation aside): anything longer is an answer. The rules, with their
settings in the flow definition's ``near_misses`` (flows/tip.json):

- The commands looked for are ``commands`` (the flow's own words, not their aliases:
  NONE/DONE, NEXT/TEXT, FILE/FIRE, PASS/PAST sit one letter from each other and from
  everyday words).
- A word the tipster could mean as an answer is never a near miss: ``real_words`` lists
  every dictionary word, first name and place name within reach of a command (a test
  rebuilds it from the NLP word lists, so it cannot fall behind them), and the exact
  commands, aliases, ``not_commands`` and greetings are left to the engine.
- One slip from a command of 4+ letters (a letter added or dropped, two neighbours
  swapped, or a letter changed for a key next to it on a QWERTY keyboard: "skp",
  "sned", "SKIPP", "skio") is that command: *sure*. A letter changed for one further
  away ("sena") is one slip too, but as likely a name or a word we do not know:
  *unsure*. A 3-letter command (NEW) is matched only by two neighbours swapped or a
  letter doubled ("nwe", "neww"): "now", "few", "sew" are answers.
- Two slips from a command of 4+ letters, starting with the same letter, in a word of 4+
  letters, is *unsure*: the engine asks.
- A word as near to two commands as each other is unsure (the engine names both).
- A command in ``ask_first`` (DELETE: it throws the draft away, or after filing asks to
  withdraw the tip) is never acted on from a near miss: the engine asks.
- Only the commands that do something in the conversation's state are looked for
  (``FlowEngine.commands_in``): BACK from the second question on, DELETE and NEW after
  filing, SKIP (NO) and DELETE when confirming a withdrawal.
- A word in ``ask_words`` (real words that, alone, are more likely a slip than an
  answer: "sent") is unsure for the command nearest to it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from flows.text import edit_distance

_WORD = re.compile(r"^[A-Z]+$")


@dataclass(frozen=True)
class NearMiss:
    """What a one-word text is near.

    Attributes:
        sure: the command it is (act on it as if typed exactly), or None.
        ask: the commands to ask about (one or two, nearest first) when not sure; () otherwise.
    """
    sure: str | None = None
    ask: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.sure or self.ask)


NOTHING = NearMiss()


def fold(text: str) -> str:
    """The text as one upper-case word (or a short phrase: "NO THANKS") would be compared:
    surrounding space and punctuation dropped, runs of space made one, full-width and styled
    letters folded (NFKC), a phone's curly apostrophe made straight ("THAT’S ALL")."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return " ".join(folded.split()).strip(".!?,;:'\"").upper()


_INNER_PUNCTUATION = re.compile(r"[^\w' ]+")


def phrase_of(text: str) -> str:
    """A short phrase as compared with a word list: ``fold``, with punctuation inside it read as
    a space too ("no, that's it" -> "NO THAT'S IT"; "yes!!" -> "YES")."""
    return " ".join(_INNER_PUNCTUATION.sub(" ", fold(text)).split())


class NearMisses:
    """The near-miss rules of one flow definition (its ``near_misses`` section).

    Args:
        settings: ``commands``, ``ask_first``, ``ask_words``, ``real_words``, ``max_letters``.
        taken: words the flow already gives a meaning (commands, aliases,
            not_commands, greetings), upper case: never near misses.
    """

    def __init__(self, settings: dict, taken: set[str]):
        self.commands = [c.upper() for c in settings.get("commands", [])]
        self.ask_first = {c.upper() for c in settings.get("ask_first", [])}
        self.ask_words = {w.upper() for w in settings.get("ask_words", [])}
        self.real_words = {w.upper() for w in settings.get("real_words", [])}
        self.max_letters = int(settings.get("max_letters", 8))
        self.taken = {w.upper() for w in taken}

    def shape_ok(self, word: str) -> bool:
        """One word of 3 to ``max_letters`` letters, not a word the flow already uses."""
        return 3 <= len(word) <= self.max_letters and bool(_WORD.match(word)) and word not in self.taken

    def match(self, text: str, commands: list[str] | None = None) -> NearMiss:
        """Whether a text is a near miss of one of the commands.

        Args:
            text: the whole inbound text.
            commands: the commands to look for (default: all of ``commands``).

        Returns:
            ``NearMiss`` (false when it is nothing of the kind).
        """
        word = fold(text)
        if not self.shape_ok(word):
            return NOTHING
        found = self.distances(word, commands)
        if not found:
            return NOTHING
        if word in self.ask_words:
            return NearMiss(ask=(found[0][1],))
        if word in self.real_words:
            return NOTHING
        best = found[0][0]
        nearest = tuple(command for distance, command, _ in found if distance == best)
        sure = [command for distance, command, is_sure in found if distance == best and is_sure]
        if len(nearest) == 1 and sure and sure[0] not in self.ask_first:
            return NearMiss(sure=sure[0])
        return NearMiss(ask=nearest[:2])

    def distances(self, word: str, commands: list[str] | None = None) -> list[tuple[int, str, bool]]:
        """(distance, command, sure) for every command the word is within reach of, nearest
        first (ignoring ``real_words`` and ``ask_words``: the reach alone)."""
        out = []
        for command in self.commands if commands is None else [c for c in self.commands if c in commands]:
            distance = edit_distance(word, command, limit=2)
            if distance == 0:
                continue
            if len(command) <= 3:
                if distance == 1 and _swap_or_double(word, command):
                    out.append((1, command, True))
            elif distance == 1:
                out.append((1, command, _not_a_far_key(word, command)))
            elif distance == 2 and len(word) >= 4 and word[0] == command[0]:
                out.append((2, command, False))
        return sorted(out, key=lambda found: found[0])


def _swap_or_double(word: str, command: str) -> bool:
    """Two neighbouring letters swapped ("NWE"), or one letter doubled ("NEEW")."""
    if len(word) == len(command):
        diff = [i for i, (a, b) in enumerate(zip(word, command)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == command[diff[1]] \
            and word[diff[1]] == command[diff[0]]
    if len(word) == len(command) + 1:
        return any(word[i] == word[i - 1] and word[:i] + word[i + 1:] == command for i in range(1, len(word)))
    return False


# Key centres on a QWERTY keyboard (rows staggered as on a phone or laptop).
_KEYS = {ch: (x + offset, y) for y, (row, offset) in enumerate((("QWERTYUIOP", 0.0), ("ASDFGHJKL", 0.3),
                                                               ("ZXCVBNM", 0.8)))
         for x, ch in enumerate(row)}


def _not_a_far_key(word: str, command: str) -> bool:
    """For a word one slip from the command: False only if the slip is a letter changed
    for one that is not next to it on the keyboard ("SENA" for SEND: A is far from D)."""
    if len(word) != len(command):
        return True   # a letter added or dropped
    diff = [(a, b) for a, b in zip(word, command) if a != b]
    if len(diff) != 1:
        return True   # two neighbours swapped
    (a, b), = diff
    (ax, ay), (bx, by) = _KEYS.get(a, (99, 99)), _KEYS.get(b, (-99, -99))
    return abs(ay - by) <= 1 and abs(ax - bx) < 1.3
