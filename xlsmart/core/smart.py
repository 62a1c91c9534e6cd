"""Judge a goal criterion by criterion: Specific, Measurable, Acceptable, Realistic, Time-bound.

Structured arguments (the workbook's columns) win over the text; the text fills what they
leave empty. Every verdict carries a one-line reason in the goal's language. This module
decides what was understood (reading the text with :mod:`.goals`, then the arguments over it);
judging it is :mod:`.criteria`'s job, one function a letter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

from . import dates
from .criteria import Bounds, Verdict, judge
from .goals import ParsedGoal, clean_text, may_state_a_change, parse_goal, set_metric
from .lexicon.directions import (
    DECREASE,
    DIRECTION_LIST,
    DIRECTION_WORDS,
    IMPROVE,
    INCREASE,
)
from .lexicon.metrics import METRICS_BY_NAME, metric_named
from .messages import format_number, format_percent, say
from .numbers import parse_quantity

__all__ = ["LETTERS", "SETTLED_BY_ARGUMENTS", "Bounds", "SmartResult", "Verdict", "smart_check", "smart_score"]

LETTERS: Final = ("S", "M", "A", "R", "T")


class SmartResult:
    """Five verdicts, the score (how many passed) and what was understood."""

    __slots__ = ("_parsed", "lang", "score", "verdicts")

    def __init__(self, verdicts: dict[str, Verdict], parsed: ParsedGoal | Callable[[], ParsedGoal], lang: str) -> None:
        self.verdicts = verdicts
        self.lang = lang
        self.score = len([v for v in verdicts.values() if v.passed])
        self._parsed = parsed

    @property
    def parsed(self) -> ParsedGoal:
        """What was understood from the text and the arguments.

        Where the arguments settled every verdict, the text is parsed only when this is read.
        """
        if callable(self._parsed):
            self._parsed = self._parsed()
        return self._parsed

    def __repr__(self) -> str:
        return f"SmartResult(score={self.score}, failed={self.failed!r}, lang={self.lang!r})"

    def __reduce__(self) -> tuple[type[SmartResult], tuple[dict[str, Verdict], ParsedGoal, str]]:
        # Pickle and copy what was understood, never the function that would parse it.
        return type(self), (self.verdicts, self.parsed, self.lang)

    @property
    def failed(self) -> str:
        """The failing letters in SMART order, e.g. ``"RT"``."""
        return "".join(letter for letter in LETTERS if not self.verdicts[letter].passed)

    def understood(self) -> list[tuple[str, str]]:
        """What was understood, as (label, value) pairs in the result's language: the metric's
        words (and the known metric they name), direction, baseline, target, change, deadline and
        owner; "-" where nothing was found.

        >>> dict(smart_check("We grow our email list from 2,000 to 3,000 by June 2027", lang="en").understood())["metric"]
        'email list (subscribers)'
        """
        none = say("understood.none", self.lang)
        return [(say(f"understood.{key}", self.lang), value or none) for key, value in self.facts().items()]

    def facts(self) -> dict[str, str | None]:
        """What was understood by stable key (metric, direction, baseline, target, change,
        deadline, owner), as :meth:`understood` shows it; None where nothing was found."""
        goal, lang = self.parsed, self.lang
        known = goal.metric_nl if lang == "nl" else goal.metric
        metric = goal.metric_words or known
        if metric and known and known.casefold() != metric.casefold():
            metric = f"{metric} ({known})"
        unit = "%" if goal.percent else ""
        rows = {
            "metric": metric,
            "direction": say(f"word.{goal.direction}", lang) if goal.direction else None,
            "baseline": format_number(goal.baseline, lang) + unit if goal.baseline is not None else None,
            "target": format_number(goal.target, lang) + unit if goal.target is not None else None,
            "change": (format_percent(goal.relative_change, lang) if goal.relative_change is not None
                       else format_number(goal.absolute_change, lang) if goal.absolute_change is not None else None),
            "deadline": goal.deadline.isoformat() if goal.deadline else None,
            "owner": goal.owner or goal.actor,
        }
        return rows

    def gaps(self) -> str:
        """The failing letters and why, one clause each; empty when all five pass."""
        return " ".join(f"{letter}: {self.verdicts[letter].reason}" for letter in self.failed)


def smart_check(
    text: object,
    *,
    owner: object = None,
    metric: object = None,
    direction: object = None,
    baseline: object = None,
    target: object = None,
    start: object = None,
    deadline: object = None,
    today: object = None,
    lang: str | None = None,
    max_increase: float = 1.0,
    max_decrease: float = 0.5,
) -> SmartResult:
    """Judge how SMART a goal is.

    >>> r = smart_check("We verhogen de conversieratio van 2% naar 3% binnen zes maanden")
    >>> r.score, r.failed
    (5, '')
    """
    if text is not None and not isinstance(text, str):
        raise ValueError(f"goal text must be a string or None, got {type(text).__name__}")
    if baseline is not None or target is not None:
        _require_number_or_text("baseline", baseline)
        _require_number_or_text("target", target)
    if type(today) is date:  # the usual case, spared the general parser
        reference_today = today
    else:
        parsed_today = dates.parse_date(today) if today is not None else dates.today()
        if parsed_today is None:
            raise ValueError(f"today must be a date, got {today!r}")
        reference_today = parsed_today
    start_date = start if start is None or type(start) is date else dates.parse_date(start, reference=reference_today)
    reference = start_date or reference_today
    bounds = _DEFAULT_BOUNDS if (type(max_increase) is float and type(max_decrease) is float and max_increase == 1.0
                                 and max_decrease == 0.5) else Bounds(max_increase, max_decrease)
    structured = not (owner is None and metric is None and direction is None and baseline is None and target is None
                      and start is None and deadline is None)
    if not structured:  # a goal's text alone, the commonest call: nothing to let win over it
        goal = parse_goal(text, reference=reference)
        language = lang if lang in ("en", "nl") else goal.lang
        return SmartResult(judge(goal, text, {}, language, bounds), goal, language)

    def understood(goal: ParsedGoal, problems: dict[str, str]) -> set[str]:
        if not structured:
            return set()
        return _apply_structured(goal, problems, owner=owner, metric=metric, direction=direction, baseline=baseline,
                                 target=target, start=start, start_date=start_date, deadline=deadline, reference=reference)

    if (SETTLED_SHORTCUT and structured and lang in ("en", "nl")
            and (text is None or not may_state_a_change(clean_text(text)))):
        # A workbook row usually fills every column. Then the text could only add a percentage
        # or a factor, and it states none: judge by the arguments, and parse the text only if
        # someone asks what was understood.
        goal = ParsedGoal()
        problems: dict[str, str] = {}
        if understood(goal, problems) == SETTLED_BY_ARGUMENTS:

            def in_full() -> ParsedGoal:
                parsed = parse_goal(text, reference=reference)
                understood(parsed, {})
                return parsed

            return SmartResult(judge(goal, text, problems, lang, bounds), in_full, lang)
    goal, problems = parse_goal(text, reference=reference), {}
    understood(goal, problems)
    language = lang if lang in ("en", "nl") else goal.lang
    return SmartResult(judge(goal, text, problems, language, bounds), goal, language)


# The bounds most calls use, made once (only floats: a bound of 1 would read "1", not "1.0", in a reason).
_DEFAULT_BOUNDS: Final = Bounds(1.0, 0.5)

# Arguments that, when all given and readable, leave the text only a stated percentage or factor.
SETTLED_BY_ARGUMENTS: Final = frozenset({"owner", "metric", "direction", "baseline", "target", "start", "deadline"})
SETTLED_SHORTCUT = True  # tests turn it off to compare with the full parse


def _require_number_or_text(name: str, value: object) -> None:
    if value is not None and not isinstance(value, (str, int, float)):
        raise ValueError(f"{name} must be a number or number text, got {type(value).__name__}")


def smart_score(text: object, **kwargs: object) -> int:
    """``smart_check(text, **kwargs).score``: how many of the five criteria pass."""
    return smart_check(text, **kwargs).score  # type: ignore[arg-type]


# --- structured arguments win over the text --------------------------------------------------


def _blank_text(value: object) -> bool:
    return isinstance(value, str) and not value.strip()


def _number_argument(value: object) -> tuple[float, bool] | None:
    """A baseline or target argument as (value, written as a percentage), or None if no number.

    ``parse_quantity``, but the usual cell, a finite float, is spared the Quantity it would build.
    """
    if type(value) is float and value - value == 0.0:  # inf - inf and NaN - NaN are NaN
        return value, False
    quantity = parse_quantity(value)
    return None if quantity is None else (quantity.value, quantity.percent)


def _apply_structured(goal: ParsedGoal, problems: dict[str, str], *, owner, metric, direction,
                      baseline, target, start, start_date, deadline, reference: date) -> set[str]:
    """Let the arguments overrule the text; the names of those that set their field."""
    settled = set()
    # "x is not None and not _blank_text(x)": a value is given unless None or blank text.
    if owner is not None and not _blank_text(owner):
        goal.owner = str(owner).strip()
        settled.add("owner")
    if metric is not None and not _blank_text(metric):
        named = str(metric).strip()
        known = metric_named(named)
        if known.name == named and known.name.casefold() not in METRICS_BY_NAME:
            goal.metric = goal.metric_nl = None  # a metric the lexicon does not know: only its words
            goal.vanity, goal.higher_is_better = False, True
        else:
            set_metric(goal, known)
        goal.metric_words = named
        settled.add("metric")
    if direction is not None and not _blank_text(direction):
        key = str(direction).strip().casefold()
        way = DIRECTION_LIST.get(key) or DIRECTION_WORDS.get(key)
        if way == IMPROVE:
            way = INCREASE if goal.higher_is_better else DECREASE
        if way:
            goal.direction = way
            settled.add("direction")
    for name, value in (("baseline", baseline), ("target", target)):
        if value is None or _blank_text(value):
            continue
        number = _number_argument(value)
        if number is None:
            problems[name] = str(value)
        else:
            setattr(goal, name, number[0])
            goal.percent = goal.percent or number[1]
            settled.add(name)
    if start is not None and not _blank_text(start):
        if start_date is None:
            problems["start"] = str(start)
        else:
            goal.start = start_date
            settled.add("start")
    if deadline is not None and not _blank_text(deadline):
        parsed = deadline if type(deadline) is date else dates.parse_date(deadline, reference=reference)
        if parsed is None:
            problems["deadline"] = str(deadline)
            goal.deadline = None
        else:
            goal.deadline = parsed
            settled.add("deadline")
    return settled


# --- the five criteria -------------------------------------------------------------------
# Each returns a verdict whose reason is written when first read (see ``_verdict``); the
# ``lambda``s capture plain values, never the goal, which callers may change afterwards.
# Reasons made of words and dates only (no number of the goal's) recur from goal to goal: those
# verdicts are written once and shared, which is safe as a Verdict cannot change.


