"""Judge a goal criterion by criterion: Specific, Measurable, Acceptable, Realistic, Time-bound.

Structured arguments (the workbook's columns) win over the text; the text fills what they
leave empty. Every verdict carries a one-line reason in the goal's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import dates, lexicon
from .goals import ParsedGoal, parse_goal
from .messages import format_number, format_percent, say
from .numbers import parse_quantity

LETTERS = ("S", "M", "A", "R", "T")
STATED_TOLERANCE = 0.01  # a stated % may differ from its from→to numbers by one point


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reason: str


@dataclass
class SmartResult:
    """Five verdicts, the score (how many passed) and what was understood."""

    verdicts: dict[str, Verdict]
    parsed: ParsedGoal
    lang: str
    score: int = field(init=False)

    def __post_init__(self) -> None:
        self.score = sum(1 for v in self.verdicts.values() if v.passed)

    @property
    def failed(self) -> str:
        """The failing letters in SMART order, e.g. ``"RT"``."""
        return "".join(letter for letter in LETTERS if not self.verdicts[letter].passed)

    def gaps(self) -> str:
        """The failing letters and why, one clause each; empty when all five pass."""
        return " ".join(f"{letter}: {self.verdicts[letter].reason}" for letter in self.failed)


@dataclass(frozen=True)
class Bounds:
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
    for name, value in (("baseline", baseline), ("target", target)):
        if value is not None and not isinstance(value, (str, int, float)):
            raise ValueError(f"{name} must be a number or number text, got {type(value).__name__}")
    reference_today = dates.parse_date(today) if today is not None else dates.today()
    if reference_today is None:
        raise ValueError(f"today must be a date, got {today!r}")
    start_date = dates.parse_date(start, reference=reference_today)
    goal = parse_goal(text, reference=start_date or reference_today)
    problems: dict[str, str] = {}
    _apply_structured(goal, problems, owner=owner, metric=metric, direction=direction,
                      baseline=baseline, target=target, start=start, start_date=start_date,
                      deadline=deadline, reference=start_date or reference_today)
    language = lang if lang in ("en", "nl") else goal.lang
    bounds = Bounds(max_increase, max_decrease)
    verdicts = {
        "S": _specific(goal, text, language),
        "M": _measurable(goal, problems, language),
        "A": _acceptable(goal, language),
        "R": _realistic(goal, bounds, language),
        "T": _time_bound(goal, problems, language),
    }
    return SmartResult(verdicts, goal, language)


def smart_score(text: object, **kwargs: object) -> int:
    """``smart_check(text, **kwargs).score``: how many of the five criteria pass."""
    return smart_check(text, **kwargs).score  # type: ignore[arg-type]


# --- structured arguments win over the text --------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _apply_structured(goal: ParsedGoal, problems: dict[str, str], *, owner, metric, direction,
                      baseline, target, start, start_date, deadline, reference: date) -> None:
    if not _blank(owner):
        goal.owner = str(owner).strip()
    if not _blank(metric):
        known = lexicon.metric_named(str(metric))
        goal.metric, goal.metric_nl = known.name, known.nl
        goal.vanity, goal.higher_is_better, goal.rate_metric = known.vanity, known.higher_is_better, known.rate
    if not _blank(direction):
        named = lexicon.DIRECTION_LIST.get(str(direction).strip().casefold())
        named = named or lexicon.DIRECTION_WORDS.get(str(direction).strip().casefold())
        if named == lexicon.IMPROVE:
            named = lexicon.INCREASE if goal.higher_is_better else lexicon.DECREASE
        if named:
            goal.direction = named
    for name, value in (("baseline", baseline), ("target", target)):
        if _blank(value):
            continue
        quantity = parse_quantity(value)
        if quantity is None:
            problems[name] = str(value)
            continue
        setattr(goal, name, quantity.value)
        goal.percent = goal.percent or quantity.percent
    if not _blank(start):
        if start_date is None:
            problems["start"] = str(start)
        else:
            goal.start = start_date
    if not _blank(deadline):
        parsed = dates.parse_date(deadline, reference=reference)
        if parsed is None:
            problems["deadline"] = str(deadline)
            goal.deadline = None
        else:
            goal.deadline = parsed


# --- the five criteria -------------------------------------------------------------------


def _metric_name(goal: ParsedGoal, lang: str) -> str:
    return (goal.metric_nl if lang == "nl" else goal.metric) or "?"


def _specific(goal: ParsedGoal, text: object, lang: str) -> Verdict:
    if goal.metric is None and (text is None or not str(text).strip()):
        return Verdict(False, say("smart.S.empty", lang))
    if goal.metric is None:
        return Verdict(False, say("smart.S.no_metric", lang))
    if goal.direction is None:
        return Verdict(False, say("smart.S.no_direction", lang, metric=_metric_name(goal, lang)))
    return Verdict(True, say("smart.S.pass", lang, metric=_metric_name(goal, lang),
                             direction=say(f"word.{goal.direction}", lang)))


def _show(value: float, goal: ParsedGoal, lang: str) -> str:
    return format_number(value, lang) + ("%" if goal.percent else "")


def _measurable(goal: ParsedGoal, problems: dict[str, str], lang: str) -> Verdict:
    for name in ("target", "baseline"):
        if name in problems:
            return Verdict(False, say("smart.M.bad_number", lang, value=problems[name], field=say(f"word.{name}", lang)))
    if goal.target is not None:
        return Verdict(True, say("smart.M.pass", lang, what=say("word.target_is", lang, value=_show(goal.target, goal, lang))))
    if goal.relative_change is not None:
        return Verdict(True, say("smart.M.pass", lang, what=say("word.change_is", lang, value=format_percent(goal.relative_change, lang))))
    if goal.absolute_change is not None:
        return Verdict(True, say("smart.M.pass", lang, what=say("word.change_is", lang, value=format_number(goal.absolute_change, lang))))
    return Verdict(False, say("smart.M.no_number", lang))


def _acceptable(goal: ParsedGoal, lang: str) -> Verdict:
    who = goal.owner or goal.actor
    if who:
        return Verdict(True, say("smart.A.pass", lang, owner=who))
    return Verdict(False, say("smart.A.none", lang))


def _realistic(goal: ParsedGoal, bounds: Bounds, lang: str) -> Verdict:
    if goal.target is None and goal.relative_change is None and goal.absolute_change is None:
        return Verdict(False, say("smart.R.no_number", lang))
    if goal.vanity:
        return Verdict(False, say("smart.R.vanity", lang, metric=_metric_name(goal, lang).capitalize()))
    if goal.percent:  # a rate written as a percentage lives between 0 and 100
        for value in (goal.baseline, goal.target):
            if value is not None and not 0 <= value <= 100:
                return Verdict(False, say("smart.R.rate", lang, value=_show(value, goal, lang)))
    change = goal.relative_change
    moving = goal.direction in (lexicon.INCREASE, lexicon.DECREASE, lexicon.REACH, None)
    if goal.baseline is not None and goal.target is not None:
        if goal.target == goal.baseline and moving and goal.direction is not None:
            return Verdict(False, say("smart.R.same", lang, value=_show(goal.target, goal, lang)))
        wrong_way = (goal.direction == lexicon.INCREASE and goal.target < goal.baseline) or (
            goal.direction == lexicon.DECREASE and goal.target > goal.baseline)
        if wrong_way:
            return Verdict(False, say("smart.R.wrong_way", lang, baseline=_show(goal.baseline, goal, lang),
                                      target=_show(goal.target, goal, lang), direction=say(f"word.{goal.direction}", lang)))
        if goal.baseline != 0:
            implied = (goal.target - goal.baseline) / abs(goal.baseline)
            if change is not None and abs(abs(change) - abs(implied)) > STATED_TOLERANCE + 1e-9:
                return Verdict(False, say("smart.R.contradiction", lang, stated=format_percent(change, lang),
                                          implied=format_percent(implied, lang)))
            change = implied
    if change is not None and moving:
        if change > bounds.max_increase + 1e-9:
            return Verdict(False, say("smart.R.too_high", lang, change=format_percent(change, lang),
                                      bound=format_percent(bounds.max_increase, lang)))
        if change < -bounds.max_decrease - 1e-9:
            return Verdict(False, say("smart.R.too_low", lang, change=format_percent(change, lang),
                                      bound=format_percent(-bounds.max_decrease, lang)))
        why = say("word.within_bounds", lang, change=format_percent(change, lang))
    else:
        target = goal.target if goal.target is not None else goal.absolute_change
        why = say("word.level", lang, value=_show(target or 0.0, goal, lang))
    return Verdict(True, say("smart.R.pass", lang, why=why))


def _time_bound(goal: ParsedGoal, problems: dict[str, str], lang: str) -> Verdict:
    for name in ("deadline", "start"):
        if name in problems:
            return Verdict(False, say("smart.T.bad_date", lang, value=problems[name]))
    if goal.deadline is None:
        if goal.invalid_dates:
            return Verdict(False, say("smart.T.bad_date", lang, value=goal.invalid_dates[0]))
        if goal.rate_only:
            return Verdict(False, say("smart.T.rate", lang, rate=goal.rate_only))
        return Verdict(False, say("smart.T.none", lang))
    if goal.start is not None and goal.deadline < goal.start:
        return Verdict(False, say("smart.T.before_start", lang, deadline=goal.deadline.isoformat(), start=goal.start.isoformat()))
    return Verdict(True, say("smart.T.pass", lang, deadline=goal.deadline.isoformat()))
