"""Judge a goal criterion by criterion: Specific, Measurable, Acceptable, Realistic, Time-bound.

Structured arguments (the workbook's columns) win over the text; the text fills what they
leave empty. Every verdict carries a one-line reason in the goal's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from . import dates
from .goals import ParsedGoal, clean_text, may_state_a_change, parse_goal, set_metric
from .lexicon.directions import (
    AT_LEAST,
    AT_MOST,
    DECREASE,
    DIRECTION_LIST,
    DIRECTION_WORDS,
    IMPROVE,
    INCREASE,
    KEEP,
    REACH,
)
from .lexicon.metrics import METRICS_BY_NAME, metric_named
from .messages import format_number, format_percent, say
from .numbers import parse_quantity

LETTERS = ("S", "M", "A", "R", "T")
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


class Bounds(NamedTuple):
    """How far a goal may move and still count as realistic (fractions of the baseline)."""

    max_increase: float = 1.0  # +100 %
    max_decrease: float = 0.5  # -50 %


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
        reference_today = dates.parse_date(today) if today is not None else dates.today()
        if reference_today is None:
            raise ValueError(f"today must be a date, got {today!r}")
    start_date = start if start is None or type(start) is date else dates.parse_date(start, reference=reference_today)
    reference = start_date or reference_today
    bounds = Bounds(max_increase, max_decrease)
    structured = not (owner is None and metric is None and direction is None and baseline is None and target is None
                      and start is None and deadline is None)

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
        goal, problems = ParsedGoal(), {}
        if understood(goal, problems) == SETTLED_BY_ARGUMENTS:

            def in_full() -> ParsedGoal:
                parsed = parse_goal(text, reference=reference)
                understood(parsed, {})
                return parsed

            return SmartResult(_verdicts(goal, text, problems, lang, bounds), in_full, lang)
    goal, problems = parse_goal(text, reference=reference), {}
    understood(goal, problems)
    language = lang if lang in ("en", "nl") else goal.lang
    return SmartResult(_verdicts(goal, text, problems, language, bounds), goal, language)


# Arguments that, when all given and readable, leave the text only a stated percentage or factor.
SETTLED_BY_ARGUMENTS = frozenset({"owner", "metric", "direction", "baseline", "target", "start", "deadline"})
SETTLED_SHORTCUT = True  # tests turn it off to compare with the full parse


def _verdicts(goal: ParsedGoal, text: object, problems: dict[str, str], lang: str, bounds: Bounds) -> dict[str, Verdict]:
    return {
        "S": _specific(goal, text, lang),
        "M": _measurable(goal, problems, lang),
        "A": _acceptable(goal, lang),
        "R": _realistic(goal, bounds, lang),
        "T": _time_bound(goal, problems, lang),
    }


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
        named = DIRECTION_LIST.get(key) or DIRECTION_WORDS.get(key)
        if named == IMPROVE:
            named = INCREASE if goal.higher_is_better else DECREASE
        if named:
            goal.direction = named
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


def _measurable(goal: ParsedGoal, problems: dict[str, str], lang: str) -> Verdict:
    for name in ("target", "baseline"):
        if name in problems:
            value = problems[name]
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
        for value in (baseline, target):
            if value is not None and not 0 <= value <= 100:
                return _verdict(False, lambda: say("smart.R.rate", lang, value=_show(value, percent, lang)), value)
    change = goal.relative_change
    moving = direction in (INCREASE, DECREASE, REACH, None)
    # The bounds hold whenever both numbers are known, ceilings and floors included: "from 8 % to
    # under 3 %" is -62.5 %. Only "keep" may leave the number where it is.
    bounded = direction != KEEP
    if baseline is not None and target is not None:
        if target == baseline and moving and direction is not None:
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
    for name in ("deadline", "start"):
        if name in problems:
            value = problems[name]
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
