"""The five criteria, one function each: Specific, Measurable, Acceptable, Realistic, Time-bound.

Each takes what was understood of a goal (:class:`~xlsmart.core.goals.ParsedGoal`) and gives a
:class:`Verdict`: passed or not, and why, in one line in the goal's language. ``smart.py`` decides
what was understood (the columns win over the text); this module only judges it. A reason is
written when first read (most callers read only ``passed``) and shared where it holds no number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .goals import ParsedGoal
from .lexicon.directions import (
    AT_LEAST,
    AT_MOST,
    DECREASE,
    INCREASE,
    KEEP,
    REACH,
)
from .messages import format_number, format_percent, say

STATED_TOLERANCE = 0.01  # a stated % may differ from its from→to numbers by one point


class Verdict:
    """One criterion's outcome and the reason for it, in one line.

    Most callers read only ``passed`` (the score, the failing letters) and the reasons of the
    failing verdicts, so :func:`smart_check` gives most verdicts the function that writes their
    reason (``explain``) rather than the reason: it is written when first read, and kept.
    ``Verdict(passed, reason)`` makes a verdict with its reason written.
    """

    __slots__ = ("_explain", "_reason", "passed")

    def __init__(self, passed: bool, reason: str | None = None, explain: Callable[[], str] | None = None) -> None:
        self.passed = passed
        self._reason = reason
        self._explain = explain

    @property
    def reason(self) -> str:
        """The reason, written now if it was not yet. Two threads reading it at once both find
        it written, or both write the same text."""
        reason = self._reason
        if reason is None:
            explain = self._explain
            if explain is None:  # another thread has just written it
                return self._reason or ""
            reason = self._reason = explain()
            self._explain = None
        return reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Verdict) and (self.passed, self.reason) == (other.passed, other.reason)

    def __hash__(self) -> int:
        return hash((self.passed, self.reason))

    def __repr__(self) -> str:
        return f"Verdict(passed={self.passed!r}, reason={self.reason!r})"

    def __reduce__(self) -> tuple[type[Verdict], tuple[bool, str]]:
        # Pickle and copy the written reason, never the function that writes it.
        return type(self), (self.passed, self.reason)


def _verdict(passed: bool, explain: Callable[[], str], *numbers: object) -> Verdict:
    """A verdict whose reason ``explain()`` writes when first read (and that then keeps it).

    ``explain`` must use only values fixed now, never the parsed goal (callers may change it),
    so the reason reads the same whenever it is read. ``numbers`` are the values it formats
    (fractions already times 100): formatting an infinite or NaN float raises, and always has
    from ``smart_check`` itself, so unless every one is a finite float the reason is written now.
    """
    for number in numbers:
        if type(number) is not float or number - number != 0.0:  # inf - inf and NaN - NaN are NaN
            return Verdict(passed, explain())
    return Verdict(passed, None, explain)


class Bounds(NamedTuple):
    """How far a goal may move and still count as realistic (fractions of the baseline)."""

    max_increase: float = 1.0  # +100 %
    max_decrease: float = 0.5  # -50 %


def judge(goal: ParsedGoal, text: object, problems: dict[str, str], lang: str, bounds: Bounds) -> dict[str, Verdict]:
    return {
        "S": _specific(goal, text, lang),
        "M": _measurable(goal, problems, lang),
        "A": _acceptable(goal, lang),
        "R": _realistic(goal, bounds, lang),
        "T": _time_bound(goal, problems, lang),
    }


_shared = lru_cache(maxsize=4096)


@_shared
def _plain(passed: bool, key: str, lang: str) -> Verdict:
    return Verdict(passed, say(key, lang))


@_shared
def _specific_pass(lang: str, metric: str, direction: str) -> Verdict:
    return Verdict(True, say("smart.S.pass", lang, metric=metric, direction=say(f"word.{direction}", lang)))


@_shared
def _owned_by(lang: str, owner: str) -> Verdict:
    return Verdict(True, say("smart.A.pass", lang, owner=owner))


@_shared
def _due_by(lang: str, deadline: date) -> Verdict:
    return Verdict(True, say("smart.T.pass", lang, deadline=deadline.isoformat()))


def _metric_name(goal: ParsedGoal, lang: str) -> str:
    """The metric as the goal names it: reasons quote its own words."""
    return goal.metric_words or (goal.metric_nl if lang == "nl" else goal.metric) or "?"


def _specific(goal: ParsedGoal, text: object, lang: str) -> Verdict:
    if goal.metric_words is None and (text is None or not str(text).strip()):
        return _plain(False, "smart.S.empty", lang)
    if goal.metric_words is None:
        return _plain(False, "smart.S.no_metric", lang)
    metric, direction = _metric_name(goal, lang), goal.direction
    if direction is None or (direction == REACH and goal.baseline is None):
        # "Reach 10,000 subscribers", "een omzet van 1 miljoen halen": with no baseline the way is
        # open (DOMAIN.md); "generate 200 leads" is an increase, read as such in quantities.py
        return _verdict(False, lambda: say("smart.S.no_direction", lang, metric=metric))
    return _specific_pass(lang, metric, direction)


def _show(value: float, percent: bool, lang: str) -> str:
    return format_number(value, lang) + ("%" if percent else "")


def _first_problem(problems: dict[str, str], names: tuple[str, ...]) -> tuple[str, str] | None:
    """The first of ``names`` whose argument could not be read, with the value as given."""
    for name in names:
        if name in problems:
            return name, problems[name]
    return None


def _measurable(goal: ParsedGoal, problems: dict[str, str], lang: str) -> Verdict:
    problem = _first_problem(problems, ("target", "baseline")) if problems else None
    if problem is not None:
        name, value = problem
        return _verdict(False, lambda: say("smart.M.bad_number", lang, value=value, field=say(f"word.{name}", lang)))
    target, percent = goal.target, goal.percent
    if target is not None:
        return _verdict(True, lambda: say("smart.M.pass", lang, what=say("word.target_is", lang, value=_show(target, percent, lang))),
                        target)
    change = goal.relative_change
    if change is not None:
        return _verdict(True, lambda: say("smart.M.pass", lang, what=say("word.change_is", lang, value=format_percent(change, lang))),
                        _times_100(change))
    absolute = goal.absolute_change
    if absolute is not None:
        return _verdict(True, lambda: say("smart.M.pass", lang, what=say("word.change_is", lang, value=format_number(absolute, lang))),
                        absolute)
    return _plain(False, "smart.M.no_number", lang)


def _times_100(fraction: object) -> object:
    """What ``format_percent`` formats, for ``_verdict``'s check; non-floats are passed as they are."""
    return fraction * 100 if type(fraction) is float else fraction


def _acceptable(goal: ParsedGoal, lang: str) -> Verdict:
    who = goal.owner or goal.actor
    if who:
        return _owned_by(lang, who)
    return _plain(False, "smart.A.none", lang)


def _realistic(goal: ParsedGoal, bounds: Bounds, lang: str) -> Verdict:
    baseline, target, percent, direction = goal.baseline, goal.target, goal.percent, goal.direction
    if target is None and goal.relative_change is None and goal.absolute_change is None:
        return _plain(False, "smart.R.no_number", lang)
    if goal.vanity:
        metric = _metric_name(goal, lang).capitalize()
        return _verdict(False, lambda: say("smart.R.vanity", lang, metric=metric))
    if percent:  # a rate written as a percentage lives between 0 and 100
        beyond = next((value for value in (baseline, target) if value is not None and not 0 <= value <= 100), None)
        if beyond is not None:
            return _verdict(False, lambda: say("smart.R.rate", lang, value=_show(beyond, percent, lang)), beyond)
    change = goal.relative_change
    # The bounds hold whenever both numbers are known, ceilings and floors included: "from 8 % to
    # under 3 %" is -62.5 %. Only "keep" asks for no change, so no bound applies to it; yet a target
    # equal to its baseline fails whatever the direction (DOMAIN.md R: target ≠ baseline).
    bounded = direction != KEEP
    if baseline is not None and target is not None:
        if target == baseline and direction is not None:
            return _verdict(False, lambda: say("smart.R.same", lang, value=_show(target, percent, lang)), target)
        wrong_way = (direction == INCREASE and target < baseline) or (
            direction == DECREASE and target > baseline)
        if wrong_way:
            return _verdict(False, lambda: say("smart.R.wrong_way", lang, baseline=_show(baseline, percent, lang),
                                               target=_show(target, percent, lang), direction=say(f"word.{direction}", lang)),
                            baseline, target)
        if baseline == 0 and target > 0 and bounded and direction in (INCREASE, REACH, AT_LEAST, None):
            bound = bounds.max_increase  # "from 0 % to 5 %": from nothing, any growth is beyond a bound
            return _verdict(False, lambda: say("smart.R.from_zero", lang, target=_show(target, percent, lang),
                                               bound=format_percent(bound, lang)), target, _times_100(bound))
        if baseline != 0:
            implied = (target - baseline) / abs(baseline)
            if change is not None and not goal.approximate and abs(abs(change) - abs(implied)) > STATED_TOLERANCE + 1e-9:
                stated = change
                return _verdict(False, lambda: say("smart.R.contradiction", lang, stated=format_percent(stated, lang),
                                                   implied=format_percent(implied, lang)),
                                _times_100(stated), _times_100(implied))
            change = implied
    elif baseline and target is None and change is None and goal.absolute_change is not None:
        # "het tekort van zes miljoen moet met vier miljoen naar beneden": the change over the baseline
        sign = -1.0 if direction in (DECREASE, AT_MOST) else 1.0
        change = sign * abs(goal.absolute_change) / abs(baseline)
    return _realistic_change(goal, bounds, change, bounded, lang)


def _realistic_change(goal: ParsedGoal, bounds: Bounds, change: float | None, bounded: bool, lang: str) -> Verdict:
    """The last test of realism: a change within the bounds, or a level to reach."""
    if change is not None and bounded:
        if change > bounds.max_increase + 1e-9:
            bound = bounds.max_increase
            return _verdict(False, lambda: say("smart.R.too_high", lang, change=format_percent(change, lang),
                                               bound=format_percent(bound, lang)),
                            _times_100(change), _times_100(bound))
        if change < -bounds.max_decrease - 1e-9:
            bound = -bounds.max_decrease
            return _verdict(False, lambda: say("smart.R.too_low", lang, change=format_percent(change, lang),
                                               bound=format_percent(bound, lang)),
                            _times_100(change), _times_100(bound))
        return _verdict(True, lambda: say("smart.R.pass", lang, why=say("word.within_bounds", lang,
                                                                        change=format_percent(change, lang))),
                        _times_100(change))
    level = (goal.target if goal.target is not None else goal.absolute_change) or 0.0
    percent = goal.percent
    return _verdict(True, lambda: say("smart.R.pass", lang, why=say("word.level", lang, value=_show(level, percent, lang))),
                    level)


def _time_bound(goal: ParsedGoal, problems: dict[str, str], lang: str) -> Verdict:
    problem = _first_problem(problems, ("deadline", "start")) if problems else None
    if problem is not None:
        value = problem[1]
        return _verdict(False, lambda: say("smart.T.bad_date", lang, value=value))
    deadline, start = goal.deadline, goal.start
    if deadline is None:
        if goal.invalid_dates:
            invalid = goal.invalid_dates[0]
            return _verdict(False, lambda: say("smart.T.bad_date", lang, value=invalid))
        rate = goal.rate_only
        if rate:
            return _verdict(False, lambda: say("smart.T.rate", lang, rate=rate))
        return _plain(False, "smart.T.none", lang)
    if start is not None and deadline < start:
        return _verdict(False, lambda: say("smart.T.before_start", lang, deadline=deadline.isoformat(), start=start.isoformat()))
    return _due_by(lang, deadline)
