"""What was understood from a goal: the one record every reader in this package fills in.

Kept in a module of its own so that each reader (``deadlines``, ``metrics``, ``quantities``,
``actors``, ``direction``) can name the type without importing the package that calls them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class ParsedGoal:
    """What was understood from a goal's text and its structured arguments."""

    metric: str | None = None  # the canonical name of a metric the lexicon knows, else None
    metric_nl: str | None = None
    metric_words: str | None = None  # the words of the text (or the Metric column) that name the metric
    direction: str | None = None  # increase, decrease, keep, at_most, at_least, reach
    baseline: float | None = None
    target: float | None = None
    relative_change: float | None = None  # fraction: 0.2 == +20 %
    approximate: bool = False  # the change is said roughly ("bijna een verdubbeling", "more than triple")
    absolute_change: float | None = None  # "met 500 leads": a delta without a baseline
    percent: bool = False  # target/baseline are percentages (rates)
    deadline: date | None = None
    start: date | None = None
    owner: str | None = None
    actor: str | None = None  # the actor named in the text, if any
    vanity: bool = False
    higher_is_better: bool = True
    rate_only: str | None = None  # "per month" without a deadline
    invalid_dates: list[str] = field(default_factory=list)
    numbers: int = 0  # how many numbers the text held (outside dates)
    lang: str = "en"

    def as_dict(self) -> dict[str, object]:
        return {
            "metric": self.metric, "metric_words": self.metric_words, "direction": self.direction, "baseline": self.baseline,
            "target": self.target, "relative_change": self.relative_change,
            "deadline": self.deadline, "start": self.start, "owner": self.owner or self.actor,
        }
