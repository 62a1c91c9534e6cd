"""The length of a plan or campaign given beside its noun (issue 12; DOMAIN.md T: "during a
six-month campaign" is a period).

"our 90-day plan", "a 12-month goal", "12-maanden doelstelling" put the length before the noun;
"een campagne van zes weken", "a campaign of three months", "tijdens de actie van 8 weken" after
it. Either way the count and its unit are the period the goal runs in, counted from the start,
and never its target. ``deadlines.py`` asks :func:`names_a_length` at a unit of time.

Time granted to act is a period too: "the club has 29 days to sell 6,000 tickets", "we hebben nog
30 dagen om 500 leden te werven", "you have six weeks left to …" (:func:`time_to_act`): the count
of days is how long there is, not a level the goal stands at.
"""

from __future__ import annotations

from datetime import date

from .. import dates
from ..lexicon.time_words import SPANS
from ..lexicon.word_classes import names_a_goal
from .periods import mark


def names_a_length(words: list[str], i: int) -> bool:
    """Whether the unit of time at ``i`` sizes a plan or campaign: before its noun ("90-day plan")
    or after "van"/"of" behind it ("een campagne van 6 weken")."""
    if i + 1 < len(words) and (words[i + 1] in SPANS or names_a_goal(words[i + 1])):
        return True
    return i > 2 and words[i - 2] in ("van", "of") and words[i - 3] in SPANS


# Who holds the time: "has/have 29 days to", "hebben (nog) 30 dagen om", "got two weeks to".
_HOLDING = frozenset({"has", "have", "got", "gets", "get", "given", "heeft", "hebben", "hebt", "heb", "krijgt",
                      "krijgen", "kreeg"})
# Between the holder and the count: "still", "only", "nog", "maar".
_HOLDING_FILLERS = frozenset({"still", "only", "just", "now", "nog", "maar", "slechts", "nu", "exactly", "precies"})


def time_to_act(words: list[str], i: int) -> bool:
    """Whether the unit of time at ``i`` is time held to do the goal: a holder before its count
    ("has 29 days", "hebben nog 30 dagen") and "to"/"om" with no number after ("to meet", "om …
    te werven"); "from 5 days to 2 days" holds nothing."""
    j = i - 2
    while j > 0 and words[j] in _HOLDING_FILLERS:
        j -= 1
    if j < 0 or words[j] not in _HOLDING or i + 2 >= len(words):
        return False
    k = i + 2 if words[i + 1] in ("left", "remaining") else i + 1
    return k + 1 < len(words) and (words[k] == "om" or (words[k] == "to" and words[k + 1][:1].isalpha()))


def plan_length(found: list[date], tokens, used: list[bool], i: int, reference: date) -> None:
    """"a 12-month goal", "our 90-day plan", "een campagne van 6 weken": the count before the unit
    at ``i`` is the plan's length (its end goes in ``found``), and no target."""
    amount = value_of(tokens[i - 1])
    if amount and 0 < amount <= 120:
        found.append(dates.add_period(reference, amount, tokens[i][1]))
        mark(used, i - 1, 2)


def value_of(token) -> float | None:
    """The number a token writes, as digits or as a word ("five"); None for anything else.

    >>> value_of(("num", "6", (6.0, False, None))), value_of(("word", "zes", 6.0)), value_of(("word", "x", None))
    (6.0, 6.0, None)
    """
    kind, _, value = token
    if kind == "num" and not value[1] and not value[2]:
        return value[0]
    return value if kind == "word" and isinstance(value, float) else None
