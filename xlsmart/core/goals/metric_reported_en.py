"""A goal reported by a speaker: "Scindia said the number of airports will go up from 149 to 220".

Issue 12, class "reported speech opens the goal": news quotes a goal after the one who set it ("The
minister said bus ridership will increase by 15% by 2028", "Acme says sales will rise 20% in 2027",
"The CEO said that revenue will grow by 10% next year"). The speaker and the verb of saying are not
part of the goal: the phrase right after "said" is the subject of the reported clause, not whom the
verb of saying governs (as in "…, says director Jan Smit"), and the clause opens there. So the metric
is read from the reported clause as if the lead were not there, as an aside in brackets is
(``metrics.find_metric``); where the clause names none, the whole goal is read as before.

Issue 12, class "a level wished of a subject": "The council wants household recycling rates to reach 65%"
states a level of the phrase the verb of wishing governs (:func:`wished_of`, asked by
``metrics._level_stated``).

A set test on the first words of the goal, then a few look-ups.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.metric_cues import MODALS
from ..lexicon.owners import SAID
from ..lexicon.word_classes import DETERMINERS, PHRASE_BREAKS

# The verbs of saying after which a clause follows ("told" and "reported" take an object first).
SAYING: Final = SAID - {"told", "reported"}
_LEAD: Final = 6  # words a speaker may take before the verb: "Acme chief executive Jane Doe said"
_ASIDE_LEAD: Final = 12  # with an aside between commas: "Sadler, speaking at Monday night's fans' forum, said"
_DAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_SPEAKER_BREAKS: Final = (PHRASE_BREAKS - {"he", "she", "it", "they", "we", "i"}) | MODALS


def reported_clause(words: list[str], text: str = "") -> int | None:
    """Where the reported clause opens when a speaker and a verb of saying open the goal, or None. The
    speaker may carry an aside between commas ("Sadler, speaking at the fans' forum, said …"; ``text``
    shows the comma), and a day may follow the verb ("said on Tuesday that …").

    >>> reported_clause("the minister said bus ridership will increase by 15%".split())
    3
    >>> reported_clause("grow revenue by 10%, the ceo said".split()) is None
    True
    """
    at = next((k for k in range(1, min(len(words), _ASIDE_LEAD + 1)) if words[k] in SAYING), None)
    if at is None or any(word in WORD_DIRECTIONS or word in MODALS for word in words[:at]) or (
            any(word in _SPEAKER_BREAKS for word in words[:at]) and f", {words[at]} " not in text.lower()):
        return None  # (a goal, not a speaker, opens the text: "Revenue will grow 10%, the CEO said")
    if at > _LEAD and f", {words[at]} " not in text.lower():
        return None  # (a long lead is a speaker only with an aside: "X, chief executive of Y, said")
    k = at + 1 + (at + 2 < len(words) and words[at + 1] == "on" and words[at + 2] in _DAYS) * 2
    k += k < len(words) and words[k] == "that"
    rest = words[k:]
    if len(rest) < 3 or (MODALS.isdisjoint(rest) and WORD_DIRECTIONS.keys().isdisjoint(rest)):
        return None  # (no clause of change follows: "The CEO said so")
    return k


# Issue 12, class "a level wished of a subject": "The council wants household recycling rates to reach 65%",
# "we expect room nights to exceed 20,000", "the board needs our margin to be 12%": the phrase an intent
# verb governs, with "to" and a verb of being or reaching after it, is what the level is stated of.
_WISHING: Final = frozenset({"wants", "want", "wanted", "expects", "expect", "expected", "needs", "need", "like",
                             "love", "see", "get"})


def wished_of(words: list[str], start: int) -> bool:
    """Whether the phrase at ``start`` is the object of a verb of wishing (past a determiner).

    >>> wished_of("the council wants household recycling rates to reach 65%".split(), 3)
    True
    """
    k = start - 1
    if k > 0 and words[k] in DETERMINERS:
        k -= 1
    return k >= 0 and words[k] in _WISHING

