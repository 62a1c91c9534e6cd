"""Read a goal written in Dutch or English: when, what, which way, how much, and who.

One module per part of the goal, in the order :func:`parse_goal` reads them, because each part
is read by its own cues and later parts use earlier ones:

- ``tokens``: the text split once into words, numbers, ranges and dates; its language
- ``deadlines``: when (dates, periods, quarters); it marks the tokens it takes as used
- ``metrics``: what is measured, a noun phrase found from the cues around it
- ``direction``: which way (needs the metric: "de groei van X" names it, it is no direction)
- ``quantities``: the numbers and their roles (baseline, target, change), which may settle the direction
- ``actors``: who owns it, the subject that acts (needs the metric: it is never the owner)

Each writes into one :class:`ParsedGoal` (``parsed``); judging it is ``smart.py``'s job. The
word tables the readers use live in :mod:`xlsmart.core.lexicon`, the code that reads them here.
"""

from __future__ import annotations

import re
from datetime import date
from operator import itemgetter

from .. import dates
from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.metrics import Metric
from .actors import find_owner
from .amounts import may_state_a_change
from .deadlines import find_deadline
from .direction import find_direction
from .metric_after_heading import figure_after_heading
from .metrics import find_metric
from .parsed import ParsedGoal
from .quantities import FACTOR_WORDS, TIMES_WORDS, find_numbers
from .tokens import MAX_TEXT, clean_text, detect_language, tokenize

__all__ = [
    "FACTOR_WORDS",
    "MAX_TEXT",
    "TIMES_WORDS",
    "ParsedGoal",
    "clean_text",
    "detect_language",
    "may_state_a_change",
    "parse_goal",
    "set_metric",
    "tokenize",
]


def parse_goal(text: object, *, reference: date | None = None) -> ParsedGoal:
    """Understand a goal's text. ``reference`` anchors periods and dates without a year.

    >>> g = parse_goal("Verhoog het aantal leads van 100 naar 150 binnen zes maanden",
    ...                reference=date(2027, 1, 1))
    >>> g.metric, g.direction, g.baseline, g.target, g.deadline
    ('leads', 'increase', 100.0, 150.0, datetime.date(2027, 7, 1))
    """
    goal = ParsedGoal()
    if not isinstance(text, str) or not text.strip():
        return goal
    clean = clean_text(text)
    tokens = tokenize(clean)
    words = list(map(itemgetter(1), tokens))
    goal.lang = detect_language(words)
    used = [False] * len(tokens)
    find_deadline(goal, tokens, words, used, reference or dates.today())
    _find_metric(goal, tokens, words, used, text)
    find_direction(goal, words)
    find_numbers(goal, tokens, words, used)
    _find_actor(goal, tokens, words, text)
    return goal


# --- metric and actor -------------------------------------------------------------------------


def _find_metric(goal: ParsedGoal, tokens, words, used, text: str = "") -> None:
    found = find_metric(tokens, words, used, WORD_DIRECTIONS, goal.lang, text)
    if ":" in text[:40] and "%" in text:  # ("Impact: 25% meer directe calls": what the figure counts, past the heading)
        found = figure_after_heading(text, found)
    if found is None:
        return
    goal.metric_words = found.words
    if found.known is not None:
        set_metric(goal, found.known)


def set_metric(goal: ParsedGoal, metric: Metric) -> None:
    """Fill in what the lexicon knows of ``metric``: its names, which way is better, vanity."""
    goal.metric, goal.metric_nl = metric.name, metric.nl
    goal.vanity, goal.higher_is_better = metric.vanity, metric.higher_is_better


def _find_actor(goal: ParsedGoal, tokens, words: list[str], text: str) -> None:
    owner = find_owner(words, list(map(itemgetter(0), tokens)), goal.metric_words, text)
    if owner is not None:
        goal.actor = _as_written(owner, text)


def _as_written(words: str, text: str) -> str:
    """``words`` (lower case, from the tokens) as the text writes them: "De Lijn", "Coolblue"."""
    lower = text.lower()
    at = lower.find(words)
    while at > 0 and text[at - 1].isalnum():  # a whole word: "On" in "For the long term, On hopes …"
        at = lower.find(words, at + 1)
    if at >= 0 and len(lower) == len(text):  # the common case: the words stand as they are
        return text[at:at + len(words)]
    found = re.search(r"[\W_]+".join(map(re.escape, words.split())), text, re.IGNORECASE)
    return found.group(0) if found else words
