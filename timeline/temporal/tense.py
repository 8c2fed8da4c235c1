"""Tense of the clause around a mention: future clauses ("will", "is set to") look forward, past ones back."""

from __future__ import annotations

import re
import string
from functools import cache

from timeline.temporal.lexicon import Lexicon

WINDOW = 120
AWAITED_REACH = 5  # words from "until" to the weekday's "on": "until a preliminary court hearing on Friday"
AWAITED_PHRASE_WORDS = 3  # the longest phrase right before a weekday that awaits it: "in advance of"
GOVERNING_REACH = 40  # characters before a date in which the verb it belongs to is looked for
# Markers are ASCII words; lowering only ASCII letters keeps every offset where it was.
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@cache
def clause_breaks(lex: Lexicon) -> re.Pattern[str]:
    """A period ends a clause unless it ends an initial or a title (Mr., P., Corp.). The period comes
    first so the look-behinds run only at periods."""
    titles = "".join(rf"(?<!{re.escape(title)}\.)" for title in sorted(lex.word_sets["title_abbreviations"]))
    return re.compile(rf"[;!?\n]|\.(?<![A-Z]\.){titles}(?=\s)")


def clause_tense(text: str, start: int, end: int, lex: Lexicon, *, weekday: bool = False) -> str | None:
    """ "future", "past" or None (no marker) for the clause holding text[start:end], or "deadline" after "by",
    "until" ...; looked for within a bounded window so the cost does not grow with the text. A weekday after
    such a word takes the clause's tense, and with none looks ahead ("hopes to finish by Friday")."""
    left, right = _clause_around(text, start, end, lex)
    deadline = lex.deadline_prepositions.search(left[-12:])
    if deadline and not weekday:  # "will report by Oct. 15" looks ahead; "due by Oct. 15": either side, near
        return "future" if _marker_tense(left, right, lex) == "future" else "deadline"
    if weekday and _awaited(left, lex):
        return "future"
    if _governed_by_past_verb(left, lex):
        return "past"
    tense = _marker_tense(left, right, lex)
    if deadline is None or tense is not None:
        return tense
    ahead = deadline.group(1).lower() in lex.word_sets["deadline_ahead_prepositions"]
    if ahead and not deadline.group(2):  # not "by the Tuesday deadline"
        return "future"
    return tense


def narrated_in_past(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Thousands marched in the capital this weekend": a regular past form anywhere in the clause (not a passive
    nor a participle that looks ahead) tells of a time gone by, where no marker says so."""
    form = lex.governing_past
    if form is None:
        return False
    left, right = _clause_around(text, start, end, lex)
    words = [word.strip(string.punctuation).lower() for word in f"{left} {right}".split()]
    suffix, blockers = form["suffix"], lex.word_sets["prospective_participles"] | lex.word_sets["passive_auxiliaries"]
    for before, word in zip(["", *words], words, strict=False):
        regular = len(word) > len(suffix) + 1 and word.isalpha() and word.endswith(suffix)
        if regular and word[-len(suffix) - 1] != form["not_after"] and word not in blockers and before not in blockers:
            return True
    return False


def _awaited(left: str, lex: Lexicon) -> bool:
    """ "He was remanded in custody until a hearing on Friday", "ahead of Friday's vote": a weekday dating what the
    clause waits for lies ahead, whatever the clause's own tense."""
    words = left.lower().split()
    awaiting = lex.word_sets["awaiting_words"]
    if any(" ".join(words[-count:]) in awaiting for count in range(2, AWAITED_PHRASE_WORDS + 1)):
        return True  # "ahead of Friday's vote", "in advance of Monday's talks": a scheduled event
    if not words or words[-1] not in lex.word_sets["on_words"]:
        return False
    return any(word in awaiting for word in words[-AWAITED_REACH - 1 : -1])


def _clause_around(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, str]:
    """The clause's words before and after the expression: up to a sentence break, or a comma and a conjunction
    ("Insurers paid on Tuesday, and the facade will be repainted": the "will" is the next clause's)."""
    left_window = text[max(0, start - WINDOW) : start]
    pattern = clause_breaks(lex)
    breaks = [*pattern.finditer(left_window), *lex.clause_joints.finditer(left_window)]
    left = left_window[max(match.end() for match in breaks) :] if breaks else left_window
    right_window = text[end : end + WINDOW // 2]
    stops = [match for match in (pattern.search(right_window), lex.clause_joints.search(right_window)) if match]
    right = right_window[: min(match.start() for match in stops)] if stops else right_window
    return left, right


def _marker_tense(left: str, right: str, lex: Lexicon) -> str | None:
    """The tense of the marker nearest the expression on either side, if any; at equal distance the one before
    it, the verb the date belongs to ("said on Tuesday it will pay": said)."""
    left, right = left.translate(ASCII_LOWER), right.translate(ASCII_LOWER)
    found: list[tuple[int, int, str]] = []  # distance, side (0 before, 1 after), tense
    for tense, pattern in (("future", lex.future_markers), ("past", lex.past_markers)):
        for match in pattern.finditer(left):
            if not _passive(left, match.start(), lex) and not (
                tense == "past" and _infinitive(left, match.start(), lex)
            ):
                found.append((len(left) - match.end(), 0, tense))
        after = [m.start() for m in pattern.finditer(right) if not _passive(right, m.start(), lex)]
        if after:
            found.append((after[0], 1, tense))
    return min(found)[2] if found else None


def _governed_by_past_verb(left: str, lex: Lexicon) -> bool:
    """ "shares issued July 1, which will receive dividends": a regular past form right before the date (maybe
    with one preposition between) is the verb the date belongs to, whatever else the clause says; not a
    participle that looks ahead ("expected in May") nor a passive ("will be completed in May")."""
    if not left[-1:].isspace():
        return False
    words = left[-GOVERNING_REACH:].split()
    form = lex.governing_past
    if form is None:
        return False
    if len(words) > 1 and words[-1].lower() in form["prepositions"]:
        words.pop()
    suffix = form["suffix"]
    verb = words[-1].lower() if words and words[-1].endswith(suffix) else ""
    regular = len(verb) > len(suffix) + 1 and verb.isalpha() and verb.endswith(suffix)
    if not regular or verb[-len(suffix) - 1] == form["not_after"] or verb in lex.word_sets["prospective_participles"]:
        return False
    return len(words) < 2 or words[-2] not in lex.word_sets["passive_auxiliaries"]


def _after(clause: str, start: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` and a space end right before ``start`` (compared as the text ends there, so
    a cheap look behind)."""
    return any(clause[max(0, start - len(word) - 1) : start] == word + " " for word in words)


def _infinitive(clause: str, start: int, lex: Lexicon) -> bool:
    """ "expected to hit", "plans to cut": a past form that is also the bare verb, after "to", is no past."""
    return _after(clause, start, lex.word_sets["infinitive_markers"])


def _passive(clause: str, start: int, lex: Lexicon) -> bool:
    """ "will be named", "had been scheduled": a participle after "be" says nothing of the time; the verb before
    does."""
    return _after(clause, start, lex.word_sets["passive_auxiliaries"])
