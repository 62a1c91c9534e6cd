"""Return on investment and its friends. Amounts may be numbers, number text or sequences."""

from __future__ import annotations

from collections.abc import Iterable

from .numbers import require_number


def total(value: object, what: str) -> float:
    """A number, number text, or the sum of a sequence of them (empty cells count as 0).

    >>> total(["1.200", 300, None], "cost")
    1500.0
    """
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        number = require_number(value, what)
        return 0.0 if number is None else number
    return sum(total(item, what) for item in value)


def roi(revenue: object, cost: object) -> float:
    """(revenue - cost) / cost as a fraction: 1.0 is 100 %. Cost 0 raises ZeroDivisionError.

    >>> roi(10_000, 5_000)
    1.0
    """
    spent = total(cost, "cost")
    if spent == 0:
        raise ZeroDivisionError("ROI is undefined when the cost is 0")
    return (total(revenue, "revenue") - spent) / spent


def roas(revenue: object, cost: object) -> float:
    """Revenue per unit of cost: 4.0 means 4 euro back for every euro spent."""
    spent = total(cost, "cost")
    if spent == 0:
        raise ZeroDivisionError("ROAS is undefined when the cost is 0")
    return total(revenue, "revenue") / spent


def cost_per(cost: object, count: object) -> float:
    """Cost per lead, per acquisition, per order: cost divided by how many came in."""
    how_many = total(count, "count")
    if how_many == 0:
        raise ZeroDivisionError("cost per result is undefined when nothing came in")
    return total(cost, "cost") / how_many


def conversion_rate(conversions: object, visitors: object) -> float:
    """Conversions as a fraction of visitors."""
    seen = total(visitors, "visitors")
    if seen == 0:
        raise ZeroDivisionError("conversion rate is undefined without visitors")
    return total(conversions, "conversions") / seen
