"""Quantities: the numbers of a goal and what each one is: baseline, target, a change, or
none of these (a year, an age, a rhythm, a number in a name).

"from 100 to 150", "van 2% naar 3%", "by 20%", "met 500 leads", "currently 12 %", "up from 9,500",
"tegenover 833 miljoen", "verdubbelen", "more than triple", "by one-third", "de helft van", "85-90 %",
"18-25-year-olds", "een miljard", "3:30": each is read by the words around it. The first
from→to pair is the goal's; a stated change far from it belongs to another metric.

Three steps, three modules: ``amounts.py`` finds the numbers, this module gives each its role
by the words around it, ``settling.py`` works out what the roles settle (a lone target, the
direction the numbers give). The word tables are in ``lexicon/quantity_words.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import dates
from ..lexicon.directions import (
    AT_LEAST,
    AT_MOST,
    DECREASE,
    DIRECTION_PHRASES,
    INCREASE,
    KEEP,
    REACH,
    WORD_DIRECTIONS,
)
from ..lexicon.metrics import RATE_HEADS
from ..lexicon.quantity_words import (
    AGAINST_A_YARDSTICK,
    APPROXIMATELY,
    ARROWS,
    BASELINE_CUES,
    BEFORE_A_YEAR,
    BOUND_PHRASE_ENDS,
    BOUND_SIGNS,
    BOUND_WORDS,
    BY_WORDS,
    CHANGE_TAILS,
    CHANGE_WORDS,
    CHANGES,
    COUNT_CHANGES,
    CURRENCY_PREFIX,
    DOWN_TAILS,
    DOWN_WORDS,
    FACTOR_WORDS,
    FRACTIONS,
    FROM_WORDS,
    GOAL_WORDS,
    LAST_WORDS,
    LEVEL_VERBS,
    NUMBERED,
    PAST,
    PAST_GOAL,
    PAST_SIMPLE,
    RANGE_OPENERS,
    RATE_OPENERS,
    RATE_WORDS,
    REACH_VERBS,
    REFERENCE_BEFORE,
    REFERENCE_FILLERS,
    SHARE_OF,
    TIMES_WORDS,
    TO_WORDS,
    YARDSTICKS,
)
from ..lexicon.word_classes import (
    CHANGE_NOUNS,
    DETERMINERS,
    GOAL_NOUNS,
    PHRASE_BREAKS,
    names_a_goal,
)
from ..numbers import SCALE_WORDS
from .amounts import Number, change_noun_before, change_of_a_level, counts_occurrences, find_amounts, find_factor
from .number_dates import a_pair, dated_before, from_then_to, unit_on_both_sides
from .number_ranges import is_range_end, own_verb_lowers, ranged_changes, stronger_change, upper_end_after
from .number_shapes import bound_before, by_a_bounded_change, change_noun_after, counts_a_noun, parts_of_a_mix
from .past_figures import (
    THEN_CUES,
    against_the_goal,
    baseline_cue,
    figure_before,
    figure_of_then,
    last_periods_figure,
    past_verb_before,
)
from .settling import VANITY_HINTS, check_the_numbers, count_of_vanity, find_target, settle_direction

if TYPE_CHECKING:
    from .parsed import ParsedGoal


@dataclass(slots=True)
class _Clues:
    """Cues most goals lack, looked for once a goal rather than at every number."""

    now: bool  # "currently", "nu": a baseline may be said
    compare: bool  # "compared with", "tegenover": a reference may be said
    range: bool  # "tussen", "between", "van": a range may be said
    past: bool  # "steeg", "rose": a past figure may be said
    counts: bool  # "500 more leads", "an additional $50": a change in units may be said
    then: bool  # "was", "trok", "nog": a figure of then may be said (``past_figures.py``)


# Every word a clue looks for, and the clues of a goal that holds none of them.
_CLUE_WORDS = BASELINE_CUES | REFERENCE_BEFORE | RANGE_OPENERS | PAST | LAST_WORDS | COUNT_CHANGES | THEN_CUES | {
    "another"}
_NO_CLUES = _Clues(False, False, False, False, False, False)


def find_numbers(goal: ParsedGoal, tokens, words, used) -> None:
    """The goal's numbers and what each one is (baseline, target, a change, or none of these);
    then what they settle: a lone number as the target, the direction the numbers give."""
    numbers = find_amounts(goal, tokens, words, used)
    goal.numbers = len(numbers)
    present = set(words)  # (once: each table below is then probed, not the words scanned again)
    cues = _CLUE_WORDS.intersection(present)  # (most goals hold none, and then every clue is False)
    clues = _Clues(not BASELINE_CUES.isdisjoint(cues), not REFERENCE_BEFORE.isdisjoint(cues),
                   not RANGE_OPENERS.isdisjoint(cues), not (PAST.isdisjoint(cues) and LAST_WORDS.isdisjoint(cues)),
                   not COUNT_CHANGES.isdisjoint(cues) or "another" in cues,
                   not THEN_CUES.isdisjoint(cues)) if cues else _NO_CLUES
    relative_at = ranged_changes(goal, numbers, words, present)  # where the stated change was written ("by 10 to 15 %")
    parts_of_a_mix(words, numbers, present)  # "(60% diploma + 40% certificate)": the parts of a whole, no change
    n = len(words)
    for num in numbers:
        if num.role:
            continue  # an age range
        i = num.index
        prev = words[i - 1] if i else ""
        prev2 = words[i - 2] if i > 1 else ""  # the word before ``prev``, even when ``prev`` skips "euro"
        if num.percent and prev in _BOUND_OR_ROUGH and (
                by := by_a_bounded_change(words, i)) >= 0:
            prev = words[by]  # ("by at least 20 %", "met minstens 20 %": a change with a floor on its size)
        elif prev in CURRENCY_PREFIX or prev in APPROXIMATELY:
            prev = prev2  # ("naar zo'n 30 kg": the number goes to, roughly)
        elif prev.endswith("ing") and (prev2 in FROM_WORDS or prev2 in TO_WORDS):
            prev = prev2  # "From selling 3 houses a month to selling 6": the pair is in the gerunds
        if (prev in NUMBERED and _names_a_step(num, prev2) and not _counts_the_metric(goal, words, num)) or (
                i == 0 and _opens_a_list_item(num, tokens, words)):
            num.role = "label"  # "Operationele doelstelling 1: …", "KR 2", "Pijler 3": a number that names
            continue
        if num.percent and clues.past and (prev in PAST_SIMPLE or prev2 in PAST_SIMPLE or past_verb_before(words, i)):
            num.role = "history"  # "In 2013 turnover rose 17 % to 818 million": what happened, not the goal
            continue
        change = _as_change(goal, num, tokens, words, prev, prev2, words[num.end + 1] if num.end + 1 < n else "",
                            clues.counts or tokens[i][1][:1] == "+")
        if change is None:
            _as_level(goal, num, tokens, words, numbers, clues, prev, prev2)
        elif change:
            relative_at = i
        if num.percent and num.role in ("baseline", "target"):
            goal.percent = True
    if (goal.relative_change is None or goal.baseline is None) and not FACTOR_WORDS.isdisjoint(present):
        find_factor(goal, words, used)
    if goal.target is None:
        find_target(goal, words, numbers, present)
    if goal.target is not None or goal.direction in (AT_MOST, AT_LEAST):  # (else there is nothing to check)
        check_the_numbers(goal, words, used, numbers, relative_at, present)
    settle_direction(goal, tokens, words, numbers)
    if not (goal.vanity or VANITY_HINTS.isdisjoint(present)):  # (most goals hold no word of attention)
        count_of_vanity(goal, words, numbers, present)


def _names_a_step(num: Number, prev2: str) -> bool:
    """Whether a number after a noun that numbers steps or goals names one: a small whole number,
    "doelstelling 1", "KR 2" (but not "by step 3")."""
    return num.value <= 20 and num.value == int(num.value) and not num.percent and (
        num.index == 1 or prev2 not in BY_WORDS)


def _opens_a_list_item(num: Number, tokens, words: list[str]) -> bool:
    """Issue 12, class "a list number opening the goal": "5.3 Attract new businesses", "Vier: het
    aandeel … moet omhoog", "2 Increase sales by 10 %": a bare number before an article or a verb
    numbers the item; "500 leads in Q3" counts what follows it."""
    if num.percent or num.currency or num.end + 1 >= len(words) or tokens[num.end + 1][0] != "word":
        return False
    nxt = words[num.end + 1]
    return nxt in DETERMINERS or nxt in REACH_VERBS or WORD_DIRECTIONS.get(nxt, REACH) != REACH


def _counts_the_metric(goal: ParsedGoal, words: list[str], num: Number) -> bool:
    """Issue 12, class "a goal label before its target": in "Doel: 5 reviews binnen 1 week" the
    number counts the metric named right after it, where "Doelstelling 1: meer leads" numbers a goal."""
    j = num.end + 1
    if j < len(words) and (words[j] == "+" or words[j] in dates.PERIOD_UNITS):
        return True  # "Target: 12+ …", "Target: 20/month": a floor or a count per period, no step of a plan
    return j < len(words) and (goal.metric_words or " ").split(" ")[0] == words[j]


def _as_change(goal: ParsedGoal, num: Number, tokens, words: list[str], prev: str, prev2: str, nxt: str,
               counts: bool = True) -> bool | None:
    """A change ("met 20%", "3x"), a rhythm or a year: True when it is the goal's stated change,
    False for another of these, None when ``num`` is none of them."""
    i = num.index
    if nxt == "à" and num.end + 2 < len(words) and tokens[num.end + 2][0] == "num" and tokens[num.end + 2][2][1] and (
            change_noun_before(tokens, words, i)):
        num.role = "relative"  # "een vermindering … van 50 à 55 procent": the range's lower end; its upper end counts
        return False
    if num.percent and nxt and nxt not in PHRASE_BREAKS and tokens[num.end + 1][0] == "word" and not _is_change_word(nxt):
        nxt = change_noun_after(tokens, words, num.end) or nxt  # ("60 % emissions reduction": the noun sizes it)
    if num.percent and nxt in ARROWS and num.end + 2 < len(words) and tokens[num.end + 2][0] == "num":
        return None  # "improvement 2.2% → 8.5%": the left side of an arrow is a level, the pair's "from"
    if num.percent and _states_a_change(goal, tokens, words, i, prev, prev2, nxt):
        num.role = "relative"
        if goal.relative_change is None or not (goal.baseline is not None and goal.target is not None):
            down = nxt.endswith(DOWN_TAILS) or prev.endswith(DOWN_TAILS) or prev2 in DOWN_WORDS or (
                AGAINST_A_YARDSTICK.get(nxt) == DECREASE) or own_verb_lowers(words, i)  # ("… and cut churn by 60%")
            sign = -1.0 if (down or num.value < 0 or goal.direction == DECREASE) else 1.0
            return stronger_change(goal, sign * abs(num.value) / 100.0, words, i)  # (the one the bounds try most)
        return False
    if nxt in TIMES_WORDS and not num.percent and num.value > 0 and not _a_rhythm(
            words, num.end + 2) and not counts_occurrences(goal.direction, words, num.end + 1):
        # ("3x", "drie keer", "2-3x": its far end; but "1-4 times per month", "drie keer in de week" are a rhythm)
        goal.relative_change = num.value - 1.0 if goal.direction != DECREASE else 1.0 / num.value - 1.0
        num.role = "relative"
        return True
    if prev in RATE_OPENERS and nxt in dates.PERIOD_UNITS:
        num.role = "rate"  # "every 2 weeks": a rhythm, not a quantity
        return False
    if nxt in _TIMES_OR_DAYS and not num.percent and _a_rhythm(words, num.end + 2):
        num.role = "rate"  # "twee keer per week", "5 days a week": a frequency, no target (DOMAIN.md M)
        return False
    if num.currency and (nxt in ("each", "apiece") or (nxt == "per" and words[num.end + 2:num.end + 3] and (
            words[num.end + 2] in _PIECE_NOUNS))) and any(kind == "num" for kind, _, _ in tokens[:i]):
        num.role = "price"  # (issue 12) "2.000 kaarten van €25 per stuk", "1,500 tickets at $40 each": a price
        return False
    if 1990 <= num.value <= 2100 and _a_year_here(goal, tokens, num, prev, nxt):
        num.role = "year"  # "vanaf 2020", "het topjaar 2016", "… in 2013.": a year, never a quantity
        return False
    if counts and not num.percent and (nxt in COUNT_CHANGES or prev in ("additional", "another") or (
            num.end + 2 < len(words) and words[num.end + 2] in COUNT_CHANGES and tokens[num.end + 1][0] == "word")):
        # "500 more leads", "28 liter minder drinkwater": a change in units (issue 12)
        goal.absolute_change = num.value
        num.role = "relative"
        return True
    if counts and tokens[i][1][:1] == "+" and num.value > 0 and num.low is None and counts_a_noun(tokens, words, num):
        goal.absolute_change = num.value  # "+10,000 subscribers", "+2 posities": a count added (DOMAIN.md S)
        num.role, goal.direction = "relative", INCREASE if goal.direction in (None, REACH) else goal.direction
        return True
    if num.percent and nxt in ("of", "van") and (change := change_of_a_level(goal, words, num, prev)) is not None:
        goal.relative_change = change  # "90% van de CO2-uitstoot verminderen", "to 120% of last year's revenue"
        num.role = "relative"
        return True
    return None


def _states_a_change(goal: ParsedGoal, tokens, words: list[str], i: int, prev: str, prev2: str, nxt: str) -> bool:
    """Whether the percentage at ``i`` is a change: "met 20%", "+20%", "20% growth", "a growth of
    20%", "increase leads 10%"."""
    if nxt in AGAINST_A_YARDSTICK and any(word in YARDSTICKS for word in words[i + 2:i + 5]):
        return True  # "30% below 2019 levels", "20 % onder het niveau van 2015": a change against a year
    return (_is_change_word(prev) or (prev in ("van", "of") and _is_change_word(prev2) and not a_pair(tokens, words, i)) or (
        prev in ("van", "of", "à") and change_noun_before(tokens, words, i))
            or prev in BY_WORDS or prev == "+" or _is_change_word(nxt) or (
                tokens[i][1].startswith(("+", "-")) and prev not in TO_WORDS and prev not in FROM_WORDS) or (
                goal.direction in CHANGES and _names_before(tokens, words, i, nxt)))


def _a_year_here(goal: ParsedGoal, tokens, num: Number, prev: str, nxt: str) -> bool:
    """Whether a number from 1990 to 2100 is a year where it stands ("vanaf 2020", "… in 2013.")
    rather than a count ("> 2000", "to 2050 visitors" after a baseline that is no year)."""
    return _is_year(tokens, num) and prev not in BOUND_SIGNS and not (
        prev in TO_WORDS and goal.baseline is not None and not 1990 <= goal.baseline <= 2100) and (
        prev in BEFORE_A_YEAR or prev.endswith(("jaar", "year")) or not (
            nxt and nxt not in PHRASE_BREAKS and nxt not in DETERMINERS and nxt not in dates.MONTHS) or (
            any(token[1] in YARDSTICKS for token in tokens[num.end + 1:num.end + 3])))  # "the 2023 enrollment baseline"


def _as_level(goal: ParsedGoal, num: Number, tokens, words: list[str], numbers: list[Number], clues: _Clues,
              prev: str, prev2: str) -> None:
    """A level: the baseline, the target, a change in units, another metric's number, a reference."""
    i = num.index
    if (goal.baseline is not None and goal.target is not None) or (
            goal.target is not None and prev in FROM_WORDS and _to_follows(words, numbers, num)):
        num.role = "other"  # a second metric's numbers ("and raise FCR from 61% to 75%"); the first pair wins
    elif clues.range and i and words[i - 1] in RANGE_OPENERS and is_range_end(words, numbers, num):
        pass  # "tussen 5 en 7 miljoen", "van 540 tot 600 miljoen": the upper end is the target
    elif clues.range and goal.target is None and prev in ("and", "en", "tot") and any(
            other.role == "range" and (other.end == i - 2 or (other.end == i - 3 and words[i - 2] == words[i + 1]))
            for other in numbers):
        goal.target = num.value  # (issue 12: the upper end itself, so a later bound of a part
        num.role = "target"  # "… with Brevard contributing over 46,000 barrels" takes it no more)
    elif (prev in FROM_WORDS or prev in ("€", "$") or clues.now or clues.past or clues.then) and _baseline_here(
            goal, tokens, words, i, prev, prev2, clues):  # (a quick test first: most numbers have no such cue)
        goal.baseline = num.value
        num.role = "baseline"
    elif goal.baseline is None and num.end + 2 < len(words) and (
            from_then_to(tokens, words, num) or unit_on_both_sides(tokens, words, num) or (
            words[num.end + 1] in ARROWS and tokens[num.end + 2 + (words[num.end + 2] in BOUND_WORDS)][0] == "num")):
        goal.baseline = num.value  # "Churn: 8% → 5%", "8% → under 3%", "NPS 32 -> 45", a row "35% 50% +43%"
        num.role = "baseline"
    elif goal.baseline is None and goal.deadline is not None and (prev[:1].isdigit() or prev == "s") and dated_before(
            words, i, goal.deadline.year):
        goal.baseline = num.value  # "Doel 2027: 3 miljoen (2026: 1 miljoen)": the figure of a year before
        num.role = "baseline"
    elif prev in TO_WORDS and prev2 not in REFERENCE_BEFORE and not (  # ("compared to 16 %" is a reference)
            prev == "to" and prev2 == "up" and goal.relative_change is None and i > 2 and words[i - 3] in BY_WORDS):
        upper = upper_end_after(tokens, words, numbers, num) or num  # ("to 5 or 7 points", "naar 5 à 7 %": the far end)
        num.role, upper.role, goal.target = "range", "target", upper.value  # (the same number when no range)
        goal.percent = goal.percent or upper.percent
    elif clues.compare and (at := _reference_before(words, i)) >= 0 and not against_the_goal(words, at, i):
        num.role = "reference"  # "compared with $3.7 billion", "tegenover 833 miljoen"
    elif clues.compare and at >= 0 and goal.target is None and (before := figure_before(numbers, at)) is not None:
        goal.baseline, before.role, goal.target, num.role = before.value, "baseline", num.value, "target"
    elif prev in ("of", "van") and names_a_goal(prev2) and goal.target is None and PAST_GOAL.isdisjoint(
            words[max(0, i - 5):i - 2]):
        goal.target = num.value  # "het jaardoel van 45.000 bezoekers", "a fundraising goal of $8,500"
        num.role = "target"
    elif ((prev in BY_WORDS and prev != "with") or (prev in ("of", "van") and prev2 in CHANGE_WORDS)) and not num.percent:
        goal.absolute_change = num.value  # "met 500 leads", "a rise of 60 million" ("with 500 leads" is a level)
        num.role = "relative"
    elif (goal.target is None or num.percent != goal.percent) and bound_before(words, i):
        goal.target, goal.percent = num.value, num.percent  # (a later bound of the other kind: its kind now)
        num.role = "target"
        if goal.direction in (None, REACH, INCREASE, DECREASE, KEEP):
            goal.direction = bound_before(words, i)


def _baseline_here(goal: ParsedGoal, tokens, words: list[str], i: int, prev: str, prev2: str, clues: _Clues) -> bool:
    """Whether the number at ``i`` is where the metric stands: "van 2% naar 3%" (but "een
    conversieratio van 3%", no "naar" after, is a target), "currently 12 %", "steeg tot 135 miljoen"."""
    if (prev in FROM_WORDS and (prev != "van" or _to_a_figure_after(tokens, words, i)) and prev2 not in GOAL_NOUNS and not (
            prev == "was" and any(map(names_a_goal, words[max(0, i - 5):i - 1]))) and not _a_source(
                tokens, words, i, prev)) or (prev in ("€", "$") and prev2 in FROM_WORDS):
        return True
    if clues.now and baseline_cue(words, tokens, i):
        return True  # "currently 12 %", "(nu 58 %)", "up from 192 million"
    if clues.past and goal.baseline is None and last_periods_figure(words, i, prev):
        return True  # "they sold a total of 57,600 units last year"
    if clues.then and goal.baseline is None and figure_of_then(words, tokens, i):
        return True  # "In 2018 was het restafval nog 140 kilo", "Nu is het aandeel nog slechts 5%"
    # "De omzet steeg tot 135 miljoen": where it stands now
    # (but "dat moet in 2035 gedaald zijn naar 100": a participle after "moet" states the goal)
    # (nor "de doelstelling is dat het aantal in 2020 gedaald is naar 20.000": what the goal says will be)
    return clues.past and prev in TO_WORDS and goal.baseline is None and not PAST.isdisjoint(
        words[max(0, i - 6):i]) and GOAL_WORDS.isdisjoint(words[max(0, i - 6):i]) and not any(
        map(names_a_goal, words[max(0, i - 16):i]))


def _to_a_figure_after(tokens, words: list[str], i: int) -> bool:
    """Issue 12, class "van X naar a place": a Dutch "van" number is a baseline only when a "naar"
    or "tot" with a figure follows ("van 100 naar zo'n 150"); "het activeren van 25.000 mensen naar
    werk" goes to no number."""
    for k in range(i + 1, len(words)):  # (plain loops: most words are no "naar", and a figure follows it at once)
        if words[k] in TO_WORDS:
            for kind, after, value in tokens[k + 1:k + 4]:
                if kind == "num" or value is not None or after in FRACTIONS or after in SHARE_OF:
                    return True  # ("van 40% naar de helft": a share)
    return False


def _a_source(tokens, words: list[str], i: int, prev: str) -> bool:
    """Issue 12, class "from a source, not from a level": in "create 50 customers from 5,000 leads"
    the 5,000 is where the customers come from. A "from" number with a count before it, no "to"
    after it and none before that count ("to 200 from 100" is a pair written backwards)."""
    if prev != "from" or (i > 1 and words[i - 2] == "up") or (
            i + 2 < len(words) and words[i + 1] in TO_WORDS and tokens[i + 2][0] == "num") or any(
            word in TO_WORDS and any(kind == "num" for kind, _, _ in tokens[k + 1:k + 3])
            for k, word in enumerate(words[i + 1:], i + 1)):
        return False  # ("up from 12 %" is where it stands; "from 100 to 200" is a pair)
    for j in range(i - 2, max(-1, i - 8), -1):
        if tokens[j][0] == "num" and not (tokens[j][1].isdigit() and 1990 <= tokens[j][2][0] <= 2100):  # (no year)
            # (two counts of different things: "50 customers … 5,000 leads"; "to 200 from 100" is a pair)
            counted, source = _noun_after(words, j), _noun_after(words, i)
            return not (j > 0 and words[j - 1] in TO_WORDS) and counted != source and _is_noun(counted) and _is_noun(
                source)
    return False


def _is_noun(word: str) -> bool:
    """A word that can be what a number counts: not a preposition, an article or a break."""
    return word.isalpha() and not (word in PHRASE_BREAKS or word in DETERMINERS or word in BEFORE_A_YEAR or word in (
        "for", "within", "binnen", "per", "and", "en", "or", "of"))


def _noun_after(words: list[str], i: int) -> str:
    """The word a number counts: the first after it that is no scale word ("5 million users": users)."""
    j = i + 1
    while j < len(words) and words[j] in SCALE_WORDS:
        j += 1
    return words[j] if j < len(words) else ""


def _names_before(tokens, words: list[str], i: int, nxt: str) -> bool:
    """A percentage right after the thing a verb changes, "increase leads 10%": a change, as
    if "by" stood before it (after a rate, "conversion rate 2%", it stays a level)."""
    if i == 0 or tokens[i - 1][0] != "word" or nxt in ("of", "van"):
        return False
    prev = words[i - 1]
    return not (prev in TO_WORDS or prev in FROM_WORDS or prev in PHRASE_BREAKS or prev in DETERMINERS or prev in LEVEL_VERBS
                or prev in RATE_HEADS or prev in APPROXIMATELY or prev in CURRENCY_PREFIX
                or bound_before(words, i) or prev.endswith(("ratio", "percentage", "score")))


BOUND_WORDS.update({phrase[-1]: direction for phrase, direction in DIRECTION_PHRASES.items()
                     if direction in (AT_MOST, AT_LEAST) and len(phrase) == 2
                     and phrase[-1] in ("least", "most", "minste")})

# The words before a figure that may end a bound or a rough word: "at least", "minstens", "ruim".
_BOUND_OR_ROUGH = frozenset(BOUND_WORDS) | APPROXIMATELY | BOUND_PHRASE_ENDS


def _is_change_word(word: str) -> bool:
    """A word that states a change: "growth", "meer", "verbetering", or a compound ending in one ("CO2-reductie")."""
    return word in CHANGE_WORDS or word in CHANGE_NOUNS or (len(word) > 6 and word.endswith(CHANGE_TAILS))


def _is_year(tokens, num: Number) -> bool:
    kind, raw, value = tokens[num.index]
    return kind == "num" and num.scale == 1.0 and not value[1] and not value[2] and raw.isdigit() and (
        1990 <= num.value <= 2100)


def _to_follows(words: list[str], numbers: list[Number], num: Number) -> bool:
    """Whether the next number is a "to" number: ``num`` opens a from→to pair of its own."""
    later = next((other for other in numbers if other.index > num.end), None)
    return later is not None and later.index - num.end <= 3 and words[later.index - 1] in TO_WORDS


def _reference_before(words: list[str], i: int) -> int:
    """Where a comparison word governs the number at ``i``, or -1: "compared with $3.7 billion",
    "against its previous target of €4 billion" (within six words, with no other number between)."""
    fillers = True  # only "of its previous target"-like words so far
    for j in range(i - 1, max(-1, i - 7), -1):
        if words[j] in REFERENCE_BEFORE:
            return j if fillers or j >= i - 3 else -1
        fillers = fillers and (words[j] in REFERENCE_FILLERS or words[j] in DETERMINERS
                               or names_a_goal(words[j]))
        if not fillers and j < i - 3:
            return -1  # ("ten opzichte van de beroepsbevolking is maximaal 3,7%": another clause)
    return -1


_DAYS = frozenset({"days", "day", "dagen", "dag"})
# What a price is asked for one of: "€25 per stuk", "$12 per person", "€8 per kaart".
_PIECE_NOUNS = frozenset({"stuk", "piece", "item", "unit", "eenheid", "persoon", "person", "head", "ticket", "kaart",
                          "deelnemer", "participant", "bezoeker", "visitor", "couvert", "fles", "bottle"})
_TIMES_OR_DAYS = TIMES_WORDS | _DAYS  # (one look-up for "twee keer per week", "5 days a week")


def _a_rhythm(words: list[str], i: int) -> bool:
    """Whether the words from ``i`` (after "N times") say how often: "per month", "a week", and
    (issue 12) "in de week", "in the month", "op een dag": a frequency, never a factor to grow by."""
    if i + 1 < len(words) and words[i] in RATE_WORDS:
        return words[i + 1] in dates.PERIOD_UNITS
    return i + 2 < len(words) and words[i] in ("in", "op") and words[i + 1] in ("de", "het", "the", "een") and (
        words[i + 2] in dates.PERIOD_UNITS)
