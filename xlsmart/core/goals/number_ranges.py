"""A change stated as a range: "by 10 to 15 percent", "met 40 à 60 procent", "by between 10 % and
15 %", "+25-40 %" (issue 12, DOMAIN.md "Ranges": one quantity, never two numbers of their own).

Two things follow from reading it as one change. The realism bounds judge its far end ("met 95 à
105 procent" may reach +105 %, beyond +100 %). And a from→to pair beside it agrees when its change
lies anywhere in the range, within the one point DOMAIN.md allows ("30-45 % (from 2.5 % to 3.5 %)"
is +40 %: it agrees; "15-25 % (van 2,5 % naar 3,5 %)" does not). ``quantities.py`` asks
:func:`ranged_changes` before it gives the numbers their roles and :func:`agree_with_the_range`
once the pair is known. Of several changes the one the bounds try hardest is kept
(:func:`stronger_change`, signed by its own verb, :func:`own_verb_lowers`); a level range's lower
end ("tussen 5 en 7 miljoen") is no baseline (:func:`is_range_end`), and a target written as a
range after "to" ("to 5 or 7 points", "naar 5 à 7 procent") is its far end (:func:`upper_end_after`).
"""

from __future__ import annotations

from ..lexicon.directions import DECREASE, INCREASE, WORD_DIRECTIONS
from .amounts import Number
from .parsed import ParsedGoal

# The words between a range's ends, and the words that open a change's size.
_LINKS = frozenset({"to", "tot", "à", "a", "-", "–", "and", "en", "or", "of"})
_BETWEEN = frozenset({"between", "tussen"})
_BY = frozenset({"by", "met"})
_BEFORE_A_RANGE = _BY | _BETWEEN  # the words that open a ranged change: a quick test ("tussen de 5 en 8": "tussen")
TOLERANCE = 0.01  # one percentage point, as criteria.py judges a stated change


def ranged_changes(goal: ParsedGoal, numbers: list[Number], words: list[str], present: set[str]) -> int:
    """Where a change written with words as a range starts (its lower end taken with its upper),
    or -1: read before the numbers' other roles, so that neither end is taken for a level."""
    if _BEFORE_A_RANGE.isdisjoint(present):
        return -1  # (one set test: most goals have no "by", "met", "between" or "tussen")
    for num in numbers:
        i = num.index
        if i and (words[i - 1] in _BEFORE_A_RANGE or words[i - 1] == "de") and not num.role and (
                num.end + 2 < len(words) and words[num.end + 1] in _LINKS) and ranged_change(goal, num, numbers, words):
            return i
    return -1


def ranged_change(goal: ParsedGoal, num: Number, numbers: list[Number], words: list[str]) -> bool:
    """Whether ``num`` is the lower end of a change written with words as a range ("by 10 to 15
    percent", "met tussen de 5 en 8 procent"); then the change is its upper end, signed by the
    goal's direction, and both ends are taken. The upper end must be a percentage no smaller.

    >>> goal = ParsedGoal()
    >>> low, high = Number(10.0, False, None, 2, end=2), Number(15.0, True, None, 4, end=4)
    >>> ranged_change(goal, low, [low, high], ["grow", "by", "10", "to", "15%"]), goal.relative_change
    (True, 0.15)
    """
    i = num.index
    j = i - 1 - (i > 1 and words[i - 1] == "de" and words[i - 2] in _BETWEEN)
    if j < 1 or num.end + 2 >= len(words) or words[num.end + 1] not in _LINKS:
        return False
    if not (words[j] in _BY or (words[j] in _BETWEEN and words[j - 1] in _BY)):
        return False
    upper = next((other for other in numbers if other.index == num.end + 2), None)
    if upper is None or not upper.percent or upper.role or not 0 < num.value <= upper.value:
        return False
    if (words[num.end + 1] in ("and", "en")) != (words[j] in _BETWEEN):
        return False  # ("between" pairs with "and"; "by 10 and 15 %" is no range)
    goal.relative_change = (-1.0 if goal.direction == DECREASE else 1.0) * upper.value / 100.0
    num.role = upper.role = "relative"
    upper.low = num.value
    return True


def agree_with_the_range(goal: ParsedGoal, numbers: list[Number]) -> None:
    """With a from→to pair beside a ranged change, the change the pair implies agrees when it lies
    in the range (then it is the goal's change); else the nearer end stays, to be found apart."""
    change, baseline, target = goal.relative_change, goal.baseline, goal.target
    if change is None or baseline is None or target is None or not baseline:
        return
    ranged = next((num for num in numbers if num.role == "relative" and num.low is not None and num.percent
                   and abs(num.value / 100.0 - abs(change)) < 1e-9), None)
    if ranged is None or ranged.low is None:
        return
    implied = (target - baseline) / abs(baseline)
    low, high = abs(ranged.low) / 100.0, abs(ranged.value) / 100.0
    if low - TOLERANCE <= abs(implied) <= high + TOLERANCE:
        goal.relative_change = implied
    elif abs(implied) < low:
        goal.relative_change = low if change > 0 else -low


def stronger_change(goal: ParsedGoal, change: float, words: list[str] | None = None, at: int = -1) -> bool:
    """Issue 12, class "several changes in one goal" (DOMAIN.md R: none of the checks may fail):
    "het autogebruik met 24 % laten dalen, 34 % minder doorgaand verkeer", "grow leads 20 % and cut
    churn by 60 %". The change kept is the one the realism bounds try hardest (measured against the
    default bounds, +100 % and -50 %), so one beyond them fails the goal; True when ``change`` is it.
    A size said to be beaten ("by more than 100 %", "met ruim 50 %" before ``at``) goes one point
    beyond it, as "more than double" does (class "a change beyond its size").

    >>> goal = ParsedGoal(relative_change=0.4)
    >>> stronger_change(goal, -0.15), stronger_change(goal, -0.6), goal.relative_change
    (False, True, -0.6)
    """
    if words is not None and _beyond_its_size(words, at):
        change = round(change + (0.01 if change > 0 else -0.01), 6)
    if goal.relative_change is not None and _strain(change) <= _strain(goal.relative_change):
        return False
    goal.relative_change = change
    return True


def _beyond_its_size(words: list[str], at: int) -> bool:
    """"by more than 100 %", "met meer dan 50 %", "by over 50 %", "met ruim 100 %": the words right before
    the size at ``at`` say it is beaten ("ruim" is Dutch for "more than"; "bijna", "about" are no bound)."""
    before = words[max(0, at - 3):at]
    if not before:
        return False
    if before[-1] in ("over", "ruim"):
        return True
    return len(before) > 1 and before[-1] in ("than", "dan") and before[-2] in ("more", "meer") and (
        len(before) < 3 or before[0] not in ("no", "not", "niet"))  # ("by no more than 10 %": a ceiling)


def _strain(change: float) -> float:
    """How far toward its bound a change goes: +100 % and -50 % both give 1."""
    return change if change > 0 else -2.0 * change


def own_verb_lowers(words: list[str], i: int) -> bool:
    """Whether the verb of the clause a change at ``i`` sizes lowers its measure: "grow leads by 20 %
    and cut churn by 60 %" (the nearest word of direction within four words before it, "cut")."""
    for word in reversed(words[max(0, i - 4):i]):
        direction = WORD_DIRECTIONS.get(word)
        if direction in (DECREASE, INCREASE):
            return direction == DECREASE
    return False


def is_range_end(words: list[str], numbers: list[Number], num: Number) -> bool:
    """The lower end of "tussen A en B" / "between A and B", or of "van A tot B miljoen" (a
    Dutch range whose scale word follows B only): it is no baseline. The upper end is kept."""
    i = num.index
    prev = words[i - 1] if i else ""
    unit = 1 if num.end + 3 < len(words) and words[num.end + 2] in ("en", "and") and (
        words[num.end + 1] == words[num.end + 4 if num.end + 4 < len(words) else -1]) else 0
    after = words[num.end + 1 + unit] if num.end + 1 + unit < len(words) else ""
    if after not in ("en", "and", "tot"):
        return False  # (the word between a range's ends; "van 100 naar 150" is a from→to pair)
    later = next((other for other in numbers if other.index > num.end), None)
    if later is None or later.index != num.end + 2 + unit:
        return False  # ("between 160,000 barrels and 180,000 barrels": the unit may follow each end)
    if prev in ("tussen", "between") and after in ("en", "and"):
        num.role = "range"
        return True
    if prev == "van" and after == "tot" and num.scale == 1.0 and later.scale > 1.0:
        num.role = "range"
        return True
    return False


def upper_end_after(tokens, words: list[str], numbers: list[Number], num: Number) -> Number | None:
    """Issue 12, class "a target range after to": "from 2.5 to 5 or 7 points", "van 2,5 naar 5 à 7
    procent", "to 5 to 7 %": the figure right after a link, of the same kind and larger, is the far
    end the bounds judge (as "tussen 5 en 7" and "85-90 %" are read); None when no such figure follows."""
    j = num.end + 1
    if j + 1 >= len(words) or words[j] not in _TARGET_LINKS or tokens[j + 1][0] != "num":
        return None
    upper = next((other for other in numbers if other.index == j + 1), None)
    plain = not (num.percent or num.currency)  # ("naar 5 of 7 procent": the unit written once, after the far end)
    if upper is None or upper.role or (not plain and (upper.percent, upper.currency) != (num.percent, num.currency)) or (
            upper.value <= num.value or (upper.value > 10 * num.value and not (plain and upper.end > upper.index))):
        return None
    return upper


_TARGET_LINKS = frozenset({"or", "of", "à", "to", "tot"})
