"""The plan's own events as deadlines: "before the end of our Christmas campaign", "na afloop van de
campagne", "ahead of the festival opening", "vóór de lancering", "during the planning period",
"tijdens de wervingscampagne" (issue 12, class "an event of the plan as the deadline"; DOMAIN.md T:
a date or a period, "during a six-month campaign").

A campaign, project or festival is a stretch of time the goal is due within, and its launch or
opening a moment it is due before, though neither is dated in the sentence: T passes, and the date
stands one year on, the horizon "dit seizoen" and "this term" get. What makes it a deadline is the
word before: an end ("by the end of", "na afloop van"), a moment before ("ahead of", "vóór",
"tegen"), or a span ("during", "tijdens"). "After the campaign", "via een campagne", "in die
periode" and "than during the last campaign" (a comparison) date nothing; "at the end of the day",
"aan het einde van de rit" name no event. ``deadlines.py`` asks :func:`event_deadline` for the
words of :data:`EVENT_OPENERS` only when nothing else gave a deadline.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from .. import dates
from ..lexicon.time_words import DURATION_PREPOSITIONS, REFERENCE_WORDS
from ..numbers import word_number

# Events that last a while: the goal is due by their end.
_SPELLS: Final = frozenset({"campaign", "campaigns", "campagne", "campagnes", "actie", "project", "programme",
                            "program", "programma", "pilot", "festival", "event", "evenement", "appeal", "drive",
                            "fundraiser", "challenge", "tour", "tournee", "beurs", "fair", "expo", "exhibition",
                            "tentoonstelling", "inzamelingsactie", "wervingsactie"})
# The tails of compounds that name such an event or a period of the plan ("wervingscampagne", "planperiode").
_SPELL_TAILS: Final = ("campagne", "periode", "festival", "project", "programma")
# Moments: the goal is due before them.
_MOMENTS: Final = frozenset({"launch", "lancering", "opening", "start", "kick-off", "kickoff", "premiere", "première",
                             "release", "livegang", "go-live", "golive", "election", "elections", "verkiezingen",
                             "verkiezing", "agm", "ledenvergadering", "jaarvergadering", "ipo", "beursgang",
                             "anniversary", "jubileum", "congress", "congres", "conference", "conferentie", "show",
                             "summit", "gala", "reunion", "reünie"})
# "period"/"periode" alone is the plan's only with a word saying which ("the planning period", not "that period").
_PLAN_PERIODS: Final = frozenset({"planning", "plan", "strategy", "strategic", "policy", "contract", "funding",
                                  "grant", "reporting", "budget", "campaign", "programme", "program", "project",
                                  "subsidy", "business", "plan's"})

_PERIODS: Final = ("periode", "period")
_ENDS: Final = frozenset({"end", "eind", "einde", "afloop", "close", "slot", "closing"})
_BEFORE: Final = frozenset({"before", "ahead", "vóór", "tegen", "uiterlijk", "until", "till", "by", "rond", "around"})
# "in the run-up to", "in time for", "in de aanloop naar": the words before "to"/"for"/"naar" that make a moment due.
_LEADING_UP: Final = frozenset({"run-up", "lead-up", "runup", "leadup", "aanloop", "time", "aanlooptijd"})
_LEADS: Final = frozenset({"to", "for", "naar", "tot"})
# "after"/"na" opens a moment only after a stretch counted out: "12 months after launch", "zes maanden na de opening".
_AFTER: Final = frozenset({"after", "na"})
_DURING: Final = frozenset({"during", "tijdens", "gedurende", "throughout"})
# The words that may open an event as the deadline (the quick test of :func:`event_deadline`).
EVENT_OPENERS: Final = _ENDS | _BEFORE | _DURING | DURATION_PREPOSITIONS | _LEADS | _AFTER
# Words before an end that make it the deadline ("by the end of", "aan het einde van", "na afloop van").
_BEFORE_AN_END: Final = _BEFORE | frozenset({"at", "aan", "op", "tot", "voor", "bij", "na", "towards", "toward",
                                             "richting"})
# Words between the opener and the event: articles, possessives, "of"/"van", "this".
_FILLERS: Final = frozenset({"the", "de", "het", "of", "van", "its", "our", "ons", "onze", "their", "hun", "this",
                             "dit", "deze", "a", "an", "een", "upcoming", "komende", "new", "nieuwe", "well"})
# Words that open the object of a verb of opening or launching ("opening 100 stores", "launch a new app").
_OBJECT_OPENERS: Final = frozenset({"a", "an", "een", "new", "nieuwe", "more", "meer", "our", "onze", "the", "de"})
# Nouns after a moment that make it their modifier, an agent after "by": "the launch team", "het openingsteam".
_AGENTS: Final = frozenset({"team", "teams", "crew", "committee", "commissie", "staff", "partner", "partners", "party"})
_NAME_WORDS: Final = 3  # words that may name the event before its noun: "its Christmas Match Campaign"


def event_deadline(words: list[str], reference: date) -> date | None:
    """The deadline an event of the plan gives (one year from ``reference``), or None: asked only
    when nothing else in the goal gave one, so a real date is never moved by it.

    >>> event_deadline("raise $5,000 before the end of the campaign".split(), date(2027, 1, 1))
    datetime.date(2028, 1, 1)
    >>> event_deadline("more sales at the end of the day".split(), date(2027, 1, 1)) is None
    True
    """
    if EVENT_OPENERS.isdisjoint(words):
        return None  # (one set test: most goals have none of these words)
    for i, word in enumerate(words):
        if word not in EVENT_OPENERS:
            continue
        if word in _LEADS or word in _AFTER:
            when = _leading_up(words, i, reference) if word in _LEADS else _counted_after(words, i, reference)
            if when is not None:
                return when
        elif word in _BEFORE and _turn_of_the_year(words, i):
            return date(reference.year, 12, 31)  # "by the turn of the year", "rond de jaarwisseling"
        elif _opens_an_event(words, i):
            return dates.add_period(reference, 1, "years")
    return None


def _turn_of_the_year(words: list[str], i: int) -> bool:
    at = i + 1 + (i + 1 < len(words) and words[i + 1] in ("the", "de"))
    return at < len(words) and (words[at] == "jaarwisseling" or words[at:at + 4] == ["turn", "of", "the", "year"])


def _leading_up(words: list[str], i: int, reference: date) -> date | None:
    """"in the run-up to Christmas", "in time for the festival", "in de aanloop naar de verkiezingen":
    the named day (its next date) or the event after "to"/"for"/"naar" at ``i``; None when not so."""
    if i == 0 or words[i - 1] not in _LEADING_UP or (words[i - 1] == "time" and (i < 2 or words[i - 2] != "in")):
        return None
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in ("the", "de", "het"))
    if j < len(words) and words[j] in dates.HOLIDAY_FIRST_WORDS and (day := dates.holiday_at(words, j, reference)):
        return day[0]
    return dates.add_period(reference, 1, "years") if _event_after(words, i, _MOMENTS | _SPELLS, spell=True) > 0 else None


def _counted_after(words: list[str], i: int, reference: date) -> date | None:
    """"12 months after launch", "zes maanden na de opening": that stretch from now (the moment is
    not dated, the stretch is); None when no stretch is counted before "after"/"na" at ``i``."""
    if i < 2 or words[i - 1] not in dates.PERIOD_UNITS or _event_after(words, i, _MOMENTS | _SPELLS, spell=True) < 0:
        return None
    amount = word_number(words[i - 2]) if not words[i - 2].isdigit() else float(words[i - 2])
    return dates.add_period(reference, amount, words[i - 1]) if amount and 0 < amount <= 120 else None


def _opens_an_event(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens the end, the moment before or the span of an event of the plan."""
    word = words[i]
    if word in _ENDS:
        opener = i - 1 - (i > 1 and words[i - 1] in ("the", "het", "de"))
        if opener < 0 or words[opener] not in _BEFORE_AN_END:
            return False  # ("the end of the campaign is near": no deadline said)
        event = _event_after(words, i, _SPELLS, spell=True)
    elif word in _BEFORE:
        event = _event_after(words, i, _MOMENTS | _SPELLS if word in ("until", "till") else _MOMENTS, spell=False)
        if event == i + 1 and (word == "by" or (event + 1 < len(words) and (
                words[event + 1][:1].isdigit() or words[event + 1] in _OBJECT_OPENERS))):
            return False  # ("by opening 100 new stores", "before opening a new shop": a verb, no moment)
        if event > 0 and event + 1 < len(words) and words[event + 1] in _AGENTS:
            return False  # ("generated by the launch team": who did it, no moment)
    elif word in _DURING:
        event = _event_after(words, i, _SPELLS, spell=True)
    elif any(word.endswith(_PERIODS) for word in words[i + 1:i + 5]):  # (a quick test: "in" is everywhere)
        event = _event_after(words, i, frozenset(), spell=True)  # "in de planperiode", "over the strategy period"
        event = event if event > 0 and words[event].endswith(_PERIODS) else -1
    else:
        return False
    return event > 0 and REFERENCE_WORDS.isdisjoint(words[max(0, i - 3):event])  # ("than during the last campaign")


def _event_after(words: list[str], i: int, nouns: frozenset[str], *, spell: bool) -> int:
    """Where the event noun after ``i`` stands (past fillers and up to three words of its name), or -1."""
    j, n, named = i + 1, len(words), 0
    while j < n and named <= _NAME_WORDS:
        word = words[j]
        if word in nouns or (spell and (word.endswith(_SPELL_TAILS) and len(word) > 9)):
            return j  # ("wervingscampagne", "planperiode"; not "periode" alone, nor "project" inside a name)
        if spell and word in ("period", "periode") and j > i + 1 and words[j - 1] in _PLAN_PERIODS:
            return j  # "during the planning period"
        if word in _FILLERS:
            j += 1
            continue
        if (word[:1].isdigit() and not word[-1:].isalpha()) or word in REFERENCE_WORDS:
            return -1  # (a figure, a year or "last" ends the search; "10th", "25-jarig" may name the event)
        named += 1
        j += 1
    return -1
