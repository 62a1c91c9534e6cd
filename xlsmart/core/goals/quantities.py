"""Quantities: the numbers of a goal and what each one is: baseline, target, a change, or
none of these (a year, an age, a rhythm, a number in a name).

"from 100 to 150", "van 2% naar 3%", "by 20%", "met 500 leads", "currently 12 %", "up from 9,500",
"tegenover 833 miljoen", "verdubbelen", "more than triple", "by one-third", "de helft van", "85-90 %",
"18-25-year-olds", "een miljard", "3:30": each is read by the words around it. The first
from→to pair is the goal's; a stated change far from it belongs to another metric.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import dates
from ..lexicon.directions import (
    ACQUISITION_VERBS,
    AT_LEAST,
    AT_MOST,
    DECREASE,
    DIRECTION_PHRASES,
    DIRECTION_WORDS,
    INCREASE,
    KEEP,
    MULTIPLIERS,
    REACH,
    WORD_DIRECTIONS,
)
from ..lexicon.metrics import RATE_HEADS, metric_for_word
from ..lexicon.owners import INTENT_VERBS
from ..lexicon.quantity_words import (
    AFTER_A_NAME,
    AGE_AFTER,
    AGE_BEFORE,
    APPROXIMATELY,
    BASELINE_CUES,
    BEFORE_A_YEAR,
    BOUND_PHRASE_ENDS,
    BOUND_SIGNS,
    BOUND_WORDS,
    BUILT,
    BY_WORDS,
    CHANGE_TAILS,
    CHANGE_WORDS,
    CHANGES,
    CURRENCY_PREFIX,
    DOWN_TAILS,
    DOWN_WORDS,
    FACTOR_WORDS,
    FRACTIONS,
    FROM_WORDS,
    GOAL_WORDS,
    HALF_CHANGES,
    HALF_WORDS,
    HAVING,
    MORE_THAN,
    NOT_ACQUIRING,
    NOT_QUANTITY_AFTER,
    NOT_QUANTITY_BEFORE,
    NOUN_MARKERS,
    NOW_THEN,
    NUMBERED,
    PAST,
    PAST_GOAL,
    PAST_SIMPLE,
    QUALIFYING,
    RANGE_OPENERS,
    RATE_OPENERS,
    RATE_WORDS,
    REACH_VERBS,
    REFERENCE_BEFORE,
    REFERENCE_FILLERS,
    ROUGHLY,
    SHARE_OF,
    SHORT_CUES,
    TIMES_WORDS,
    TO_WORDS,
    TWICE,
)
from ..lexicon.word_classes import (
    ACTIVITY_VERBS,
    COUNT_QUALIFIERS,
    DETERMINERS,
    GOAL_NOUNS,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
    RHYTHM_WORDS,
    names_a_goal,
)
from ..numbers import ARTICLES, SCALE_WORDS

if TYPE_CHECKING:
    from .parsed import ParsedGoal


@dataclass(slots=True)
class Number:
    value: float
    percent: bool
    currency: str | None
    index: int  # token position
    role: str = ""  # "", "baseline", "target", "relative", "date", "rate", "age"
    end: int = -1  # last token of the number ("two hundred"); -1: the same as index
    scale: float = 1.0  # the scale word that multiplied it ("miljoen"), 1 when none
    low: float | None = None  # a range's lower end ("85-90 %"); value holds the upper end


def may_state_a_change(clean: str) -> bool:
    """Whether a cleaned text may state a change as a percentage or a factor ("+20 %", "tien
    procent", "verdubbelen", "3x"), or a number as a percentage.

    False means it surely does not: then no token is a percentage, a factor word or a times
    word, so parsing it sets neither ``percent`` nor ``relative_change``. True may be wrong
    ("percentage", "behalf"); it only costs a full parse.
    """
    for hint in _CHANGE_HINTS:
        if hint in clean:
            return True
    return "x" in clean and _TIMES_X.search(clean) is not None


@dataclass(slots=True)
class _Clues:
    """Cues most goals lack, looked for once a goal rather than at every number."""

    now: bool  # "currently", "nu": a baseline may be said
    compare: bool  # "compared with", "tegenover": a reference may be said
    range: bool  # "tussen", "between", "van": a range may be said
    past: bool  # "steeg", "rose": a past figure may be said


def find_numbers(goal: ParsedGoal, tokens, words, used) -> None:
    """The goal's numbers and what each one is (baseline, target, a change, or none of these);
    then what they settle: a lone number as the target, the direction the numbers give."""
    numbers = _quantities(goal, tokens, words, used)
    goal.numbers = len(numbers)
    clues = _Clues(not BASELINE_CUES.isdisjoint(words), not REFERENCE_BEFORE.isdisjoint(words),
                   not RANGE_OPENERS.isdisjoint(words), not PAST.isdisjoint(words))
    relative_at = -1  # where the stated change was written
    for num in numbers:
        if num.role:
            continue  # an age range
        if _give_role(goal, num, tokens, words, numbers, clues):
            relative_at = num.index
        if num.percent and num.role in ("baseline", "target"):
            goal.percent = True
    if goal.relative_change is None and not FACTOR_WORDS.isdisjoint(words):
        _find_factor(goal, words, used)
    if goal.target is None:
        _find_target(goal, words, numbers)
    _check_the_numbers(goal, words, used, numbers, relative_at)
    _settle_direction(goal, tokens, words, numbers)


def _give_role(goal: ParsedGoal, num: Number, tokens, words: list[str], numbers: list[Number], clues: _Clues) -> bool:
    """Say what ``num`` is by the words around it, and fill in the goal's field it gives. True
    when it states the goal's change as a percentage or a factor (where: ``num.index``)."""
    i = num.index
    prev = words[i - 1] if i else ""
    prev2 = words[i - 2] if i > 1 else ""  # the word before ``prev``, even when ``prev`` skips "euro"
    if prev in CURRENCY_PREFIX or prev in APPROXIMATELY:
        prev = prev2  # ("naar zo'n 30 kg": the number goes to, roughly)
    elif prev.endswith("ing") and (prev2 in FROM_WORDS or prev2 in TO_WORDS):
        prev = prev2  # "From selling 3 houses a month to selling 6": the pair is in the gerunds
    if prev in NUMBERED and num.value <= 20 and num.value == int(num.value) and not num.percent and (
            i == 1 or prev2 not in BY_WORDS):
        num.role = "label"  # "Operationele doelstelling 1: …", "KR 2", "Pijler 3": a number that names
        return False
    nxt = words[num.end + 1] if num.end + 1 < len(words) else ""
    if num.percent and clues.past and (prev in PAST_SIMPLE or prev2 in PAST_SIMPLE):
        num.role = "history"  # "In 2013 turnover rose 17 % to 818 million": what happened, not the goal
        return False
    change = _as_change(goal, num, tokens, words, prev, prev2, nxt)
    if change is not None:
        return change
    _as_level(goal, num, tokens, words, numbers, clues, prev, prev2)
    return False


def _as_change(goal: ParsedGoal, num: Number, tokens, words: list[str], prev: str, prev2: str, nxt: str) -> bool | None:
    """A change ("met 20%", "3x"), a rhythm or a year: True when it is the goal's stated change,
    False for another of these, None when ``num`` is none of them."""
    i = num.index
    if num.percent and _states_a_change(goal, tokens, words, i, prev, prev2, nxt):
        num.role = "relative"
        if goal.relative_change is None or not (goal.baseline is not None and goal.target is not None):
            down = nxt.endswith(DOWN_TAILS) or prev.endswith(DOWN_TAILS) or prev2 in DOWN_WORDS
            sign = -1.0 if (down or num.value < 0 or goal.direction == DECREASE) else 1.0
            goal.relative_change = sign * abs(num.value) / 100.0
            return True
        return False
    if nxt in TIMES_WORDS and not num.percent and num.value > 0 and num.low is None and not _a_rhythm(
            words, num.end + 2):
        # ("3x", "drie keer"; but "1-4 times per month", "drie keer in de week" are a rhythm)
        goal.relative_change = num.value - 1.0 if goal.direction != DECREASE else 1.0 / num.value - 1.0
        num.role = "relative"
        return True
    if prev in RATE_OPENERS and nxt in dates.PERIOD_UNITS:
        num.role = "rate"  # "every 2 weeks": a rhythm, not a quantity
        return False
    if 1990 <= num.value <= 2100 and _a_year_here(goal, tokens, num, prev, nxt):
        num.role = "year"  # "vanaf 2020", "het topjaar 2016", "… in 2013.": a year, never a quantity
        return False
    if num.percent and nxt in ("of", "van") and goal.direction == DECREASE and goal.relative_change is None:
        goal.relative_change = -abs(num.value) / 100.0  # "90% van de CO2-uitstoot verminderen"
        num.role = "relative"
        return True
    return None


def _states_a_change(goal: ParsedGoal, tokens, words: list[str], i: int, prev: str, prev2: str, nxt: str) -> bool:
    """Whether the percentage at ``i`` is a change: "met 20%", "+20%", "20% growth", "a growth of
    20%", "increase leads 10%"."""
    return (_is_change_word(prev) or (prev in ("van", "of") and _is_change_word(prev2))
            or prev in BY_WORDS or prev == "+" or _is_change_word(nxt) or (
                tokens[i][1].startswith(("+", "-")) and prev not in TO_WORDS and prev not in FROM_WORDS) or (
                goal.direction in CHANGES and _names_before(tokens, words, i, nxt)))


def _a_year_here(goal: ParsedGoal, tokens, num: Number, prev: str, nxt: str) -> bool:
    """Whether a number from 1990 to 2100 is a year where it stands ("vanaf 2020", "… in 2013.")
    rather than a count ("> 2000", "to 2050 visitors" after a baseline that is no year)."""
    return _is_year(tokens, num) and prev not in BOUND_SIGNS and not (
        prev in TO_WORDS and goal.baseline is not None and not 1990 <= goal.baseline <= 2100) and (
        prev in BEFORE_A_YEAR or prev.endswith(("jaar", "year")) or not (
            nxt and nxt not in PHRASE_BREAKS and nxt not in DETERMINERS and nxt not in dates.MONTHS))


def _as_level(goal: ParsedGoal, num: Number, tokens, words: list[str], numbers: list[Number], clues: _Clues,
              prev: str, prev2: str) -> None:
    """A level: the baseline, the target, a change in units, another metric's number, a reference."""
    i = num.index
    if (goal.baseline is not None and goal.target is not None) or (
            goal.target is not None and prev in FROM_WORDS and _to_follows(words, numbers, num)):
        num.role = "other"  # a second metric's numbers ("and raise FCR from 61% to 75%"); the first pair wins
    elif clues.range and _is_range_end(words, numbers, num):
        pass  # "tussen 5 en 7 miljoen", "van 540 tot 600 miljoen": the upper end is the target
    elif _baseline_here(goal, tokens, words, i, prev, prev2, clues):
        goal.baseline = num.value
        num.role = "baseline"
    elif prev in TO_WORDS and not (prev == "to" and prev2 == "up" and goal.relative_change is None
                                   and i > 2 and words[i - 3] in BY_WORDS):
        goal.target = num.value
        num.role = "target"
    elif clues.compare and _reference_before(words, i):
        num.role = "reference"  # "compared with $3.7 billion", "tegenover 833 miljoen"
    elif prev in ("of", "van") and names_a_goal(prev2) and goal.target is None and PAST_GOAL.isdisjoint(
            words[max(0, i - 5):i - 2]):
        goal.target = num.value  # "het jaardoel van 45.000 bezoekers", "a fundraising goal of $8,500"
        num.role = "target"
    elif prev in BY_WORDS and not num.percent and prev != "with":
        goal.absolute_change = num.value  # "met 500 leads" ("with 500 leads" is a level)
        num.role = "relative"
    elif _bound_before(words, i):
        goal.target = num.value
        num.role = "target"
        if goal.direction in (None, REACH, INCREASE, DECREASE, KEEP):
            goal.direction = _bound_before(words, i)


def _baseline_here(goal: ParsedGoal, tokens, words: list[str], i: int, prev: str, prev2: str, clues: _Clues) -> bool:
    """Whether the number at ``i`` is where the metric stands: "van 2% naar 3%" (but "een
    conversieratio van 3%", no "naar" after, is a target), "currently 12 %", "steeg tot 135 miljoen"."""
    if (prev in FROM_WORDS and (prev != "van" or _last_index(words, TO_WORDS) > i) and prev2 not in GOAL_NOUNS) or (
            prev in ("€", "$") and prev2 in FROM_WORDS):
        return True
    if clues.now and _baseline_cue(words, tokens, i):
        return True  # "currently 12 %", "(nu 58 %)", "up from 192 million"
    # "De omzet steeg tot 135 miljoen": where it stands now
    return clues.past and prev in TO_WORDS and goal.baseline is None and not PAST.isdisjoint(words[max(0, i - 6):i])


def _find_target(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> None:
    """The target when no word gave it: a share ("de helft van": 50 %), or a lone number beside
    the metric ("500 leads", "NPS of 45"), perhaps after where the metric stands now."""
    if not SHARE_OF.keys().isdisjoint(words):
        for i, word in enumerate(words[:-1]):
            if word in SHARE_OF and words[i + 1] in ("of", "van"):
                goal.target, goal.percent = SHARE_OF[word], True  # "minstens de helft van alle eiwitten": 50 %
                return
    loose = [num for num in numbers if not num.role]
    if not loose:
        return
    pick = _after_a_goal_verb(words, loose) if goal.baseline is None else _like_the_baseline(numbers, loose)
    goal.target = pick.value
    goal.percent = goal.percent or pick.percent
    pick.role = "target"
    first = loose[0]
    if (goal.baseline is None and first is not pick and first.percent == pick.percent
            and first.currency == pick.currency and _unit_after(words, first) == _unit_after(words, pick)
            and any(w in NOW_THEN for w in words[first.end + 1:pick.index])
            and not any(w in GOAL_WORDS for w in words[max(0, first.index - 3):first.index])):
        # "Coolblue is goed voor 250 miljoen omzet, maar dat moet 1 miljard zijn": where it is, then the goal
        goal.baseline = first.value
        first.role = "baseline"


def _check_the_numbers(goal: ParsedGoal, words: list[str], used: list[bool], numbers: list[Number],
                       relative_at: int) -> None:
    """Make the numbers agree: a reference as the baseline, a baseline in the target's scale, no
    change said of another metric, no target for work done at a rhythm, no bound on the measure."""
    if goal.baseline is None and goal.target is not None:
        reference = next((num for num in numbers if num.role == "reference" and num.percent == goal.percent), None)
        if reference is not None:
            goal.baseline = reference.value  # the value compared with is where it starts from
    if goal.baseline is not None and goal.target is not None:
        _scale_like_target(goal, numbers)
    if (goal.relative_change is not None and relative_at >= 0 and goal.baseline is not None
            and goal.target is not None and _far_from_pair(numbers, relative_at)):
        goal.relative_change = None  # a change said of another metric ("while reducing cost by 12%")
    if goal.target is not None and goal.metric_words is None and _work_at_a_rate(goal, words, used):
        goal.target = None  # "publish two blog posts per week": a rhythm of work, no target
    if goal.direction in (AT_MOST, AT_LEAST) and _bound_on_the_measure(goal, words, numbers):
        goal.direction = REACH


def _settle_direction(goal: ParsedGoal, tokens, words: list[str], numbers: list[Number]) -> None:
    """The direction the numbers give where no word gave one (or only "reach")."""
    if goal.direction in (None, REACH) and goal.relative_change is not None:
        goal.direction = INCREASE if goal.relative_change > 0 else DECREASE
    elif goal.direction in (None, REACH) and goal.baseline is not None and goal.target is not None:
        # "reach 45 % (currently 30 %)": the numbers give the direction
        goal.direction = INCREASE if goal.target > goal.baseline else (
            DECREASE if goal.target < goal.baseline else KEEP)
    elif goal.direction is None and goal.target is not None:
        goal.direction = REACH  # "30 demo's per week": a level to reach (which way is open)
    if (goal.direction == REACH and (goal.target is not None or goal.absolute_change is not None)
            and (_acquires(words, numbers) or _counts_new(tokens, words, goal.target))):
        goal.direction = INCREASE  # "generate 200 leads": to acquire a count is to increase it
    # (A zero to reach with no baseline, "0 verkeersslachtoffers in 2050", "zero complaints", is a bare
    # level like any other: its direction stays open; issue 12, DOMAIN.md "Reading real sentences".)
    elif goal.direction == REACH and goal.metric_words and goal.metric_words.endswith(("groei", "growth")):
        goal.direction = INCREASE  # "een omzetgroei van 3%": growth is the way up


def _names_before(tokens, words: list[str], i: int, nxt: str) -> bool:
    """A percentage right after the thing a verb changes, "increase leads 10%": a change, as
    if "by" stood before it (after a rate, "conversion rate 2%", it stays a level)."""
    if i == 0 or tokens[i - 1][0] != "word" or nxt in ("of", "van"):
        return False
    prev = words[i - 1]
    return not (prev in TO_WORDS or prev in FROM_WORDS or prev in PHRASE_BREAKS or prev in DETERMINERS
                or prev in RATE_HEADS or prev in APPROXIMATELY or prev in CURRENCY_PREFIX
                or _bound_before(words, i) or prev.endswith(("ratio", "percentage", "score")))


def _after_a_goal_verb(words: list[str], loose: list[Number]) -> Number:
    """Of the numbers left, the one a verb of reaching governs ("hit 1,000 downloads … on ten new
    podcasts"); else the last (a lone number beside the metric)."""
    if len(loose) > 1:
        for num in loose:
            if num.index > 0 and words[num.index - 1] in REACH_VERBS:
                return num
    return loose[-1]


def _like_the_baseline(numbers: list[Number], loose: list[Number]) -> Number:
    """Of the numbers left, the first in the baseline's unit and order of magnitude ("40 million
    … (it was 31 million)", not the "top ten" before it); else the first."""
    base = next((num for num in numbers if num.role == "baseline"), None)
    if base is not None and base.value > 0:
        for num in loose:
            if num.percent == base.percent and num.currency == base.currency and (
                    base.value / 100 <= num.value <= base.value * 100):
                return num
    return loose[0]


def _acquires(words: list[str], numbers: list[Number]) -> bool:
    """Whether a verb acquires the goal's count ("get 50 clients", "50 nieuwe leden werven"): one
    within a few words of it, before (English) or after (Dutch); "get to 100" only reaches a level."""
    for num in numbers:
        if num.role in ("year", "age", "label", "rate"):
            continue
        for i in range(max(0, num.index - 6), min(len(words), num.end + 13)):  # (Dutch puts the verb last)
            if words[i] in ACQUISITION_VERBS and not (
                    i + 1 < len(words) and words[i + 1] in NOT_ACQUIRING) and not (
                    i > 0 and words[i - 1] in NOUN_MARKERS and not words[i].endswith(("ing", "en"))):
                return True
    return False


def _bound_on_the_measure(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> bool:
    """Issue 12, class "a bound on the measure, not on the target": after a share to reach ("95
    procent van de ambulanceritten hooguit een kwartier", "90% of tickets answered in at most 4
    hours") the bound word limits what each one does, and the share itself is a bare level to
    reach, the goal's target. The bound must stand in the share's own clause (within eight words
    of it): further on it may be another metric's ("…, with an average speed of answer ≤ 20 s")."""
    if goal.baseline is not None or goal.relative_change is not None:
        return False
    share = next((num for num in numbers if num.percent and num.role in ("", "target")), None)
    if share is None or _bound_before(words, share.index) is not None:
        return False
    after = max(share.index, share.end) + 1
    if after >= len(words) or words[after] not in ("of", "van"):
        return False
    target = next((num for num in numbers if num.role == "target"), None)
    if target is share:
        return any(BOUND_WORDS.get(word) == goal.direction for word in words[after + 1:after + 9])
    if target is None or target.percent or not after < target.index <= after + 9 or _bound_before(
            words, target.index) is None:
        return False
    target.role, share.role = "", "target"
    goal.target, goal.percent = share.value, True
    return True


BOUND_WORDS.update({phrase[-1]: direction for phrase, direction in DIRECTION_PHRASES.items()
                     if direction in (AT_MOST, AT_LEAST) and len(phrase) == 2
                     and phrase[-1] in ("least", "most", "minste")})


def _counts_new(tokens, words: list[str], target: float | None) -> bool:
    """A count of new things ("50 new subscribers", "twenty new customers"): what is gained, an
    increase. The count must be the goal's own ("ten new podcasts" to reach 1,000 downloads is not)."""
    for i, word in enumerate(words):
        if word in ("new", "nieuwe", "additional", "extra") and i > 0 and not (
                i + 1 < len(words) and words[i + 1].endswith(BUILT)):
            kind, _, value = tokens[i - 1]
            if kind == "num" or (value is not None and target is not None and value == target):
                return True
    return False


def _is_change_word(word: str) -> bool:
    """A word that states a change: "growth", "meer", or a compound ending in one ("CO2-reductie")."""
    return word in CHANGE_WORDS or (len(word) > 6 and word.endswith(CHANGE_TAILS))


def _is_year(tokens, num: Number) -> bool:
    kind, raw, value = tokens[num.index]
    return kind == "num" and num.scale == 1.0 and not value[1] and not value[2] and raw.isdigit() and (
        1990 <= num.value <= 2100)


def _to_follows(words: list[str], numbers: list[Number], num: Number) -> bool:
    """Whether the next number is a "to" number: ``num`` opens a from→to pair of its own."""
    later = next((other for other in numbers if other.index > num.end), None)
    return later is not None and later.index - num.end <= 3 and words[later.index - 1] in TO_WORDS


def _unit_after(words: list[str], num: Number) -> bool:
    """Whether a period unit follows the number ("100 jaar"): then it is a duration."""
    return num.end + 1 < len(words) and words[num.end + 1] in dates.PERIOD_UNITS


def _baseline_cue(words: list[str], tokens, i: int) -> bool:
    """A number that says where the metric stands now: "currently 12", "(nu 58 %)", "huidige 40".

    "now" and "today" open many sentences ("Now he wants 55 million"), so they count only close
    to their number; nothing that states the goal may stand between a cue and its number.
    """
    for j in range(i - 1, max(-1, i - 9), -1):
        word = words[j]
        if word in BASELINE_CUES:
            if word in SHORT_CUES and i - j > 4 and not all(w in HAVING for w in words[j + 1:i]):
                return False  # (but "now has a total of 450,000": the having reaches further)
            return not (word in ("now", "nu") and j + 1 < len(words) and words[j + 1] in ("al", "already"))
        if tokens[j][0] in ("num", "range", "date") or word in TO_WORDS or word in BY_WORDS or word in GOAL_WORDS \
                or (WORD_DIRECTIONS.get(word, REACH) != REACH and word not in QUALIFYING):
            return False  # ("we currently get 40": a verb of having is no goal)
    return False


def _reference_before(words: list[str], i: int) -> bool:
    """Whether a comparison word governs the number at ``i``: "compared with $3.7 billion", "against
    its previous target of €4 billion" (within six words, with no other number between)."""
    fillers = True  # only "of its previous target"-like words so far
    for j in range(i - 1, max(-1, i - 7), -1):
        if words[j] in REFERENCE_BEFORE:
            return fillers or j >= i - 3
        fillers = fillers and (words[j] in REFERENCE_FILLERS or words[j] in DETERMINERS
                               or names_a_goal(words[j]))
        if not fillers and j < i - 3:
            return False  # ("ten opzichte van de beroepsbevolking is maximaal 3,7%": another clause)
    return False


def _is_range_end(words: list[str], numbers: list[Number], num: Number) -> bool:
    """The lower end of "tussen A en B" / "between A and B", or of "van A tot B miljoen" (a
    Dutch range whose scale word follows B only): it is no baseline. The upper end is kept."""
    i = num.index
    prev = words[i - 1] if i else ""
    after = words[num.end + 1] if num.end + 1 < len(words) else ""
    later = next((other for other in numbers if other.index > num.end), None)
    if later is None or later.index != num.end + 2:
        return False
    if prev in ("tussen", "between") and after in ("en", "and"):
        num.role = "range"
        return True
    if prev == "van" and after == "tot" and num.scale == 1.0 and later.scale > 1.0:
        num.role = "range"
        return True
    return False


def _scale_like_target(goal: ParsedGoal, numbers: list[Number]) -> None:
    """"from 1.5 to 2 million": a baseline without a scale word takes the target's."""
    base = next((num for num in numbers if num.role == "baseline"), None)
    target = next((num for num in numbers if num.role == "target"), None)
    if base is None or target is None or base.scale != 1.0 or target.scale == 1.0 or goal.baseline != base.value:
        return
    scaled = base.value * target.scale
    if target.value / 20 <= scaled <= target.value * 20:
        goal.baseline = scaled


def _far_from_pair(numbers: list[Number], relative_at: int) -> bool:
    """Whether the stated change stands more than eight words from the from→to pair it would check."""
    pair = [num.index for num in numbers if num.role in ("baseline", "target")]
    return bool(pair) and min(abs(index - relative_at) for index in pair) > 8


def _a_rhythm(words: list[str], i: int) -> bool:
    """Whether the words from ``i`` (after "N times") say how often: "per month", "a week", and
    (issue 12) "in de week", "in the month", "op een dag": a frequency, never a factor to grow by."""
    if i + 1 < len(words) and words[i] in RATE_WORDS:
        return words[i + 1] in dates.PERIOD_UNITS
    return i + 2 < len(words) and words[i] in ("in", "op") and words[i + 1] in ("de", "het", "the", "een") and (
        words[i + 2] in dates.PERIOD_UNITS)


def _work_at_a_rate(goal: ParsedGoal, words: list[str], used: list[bool]) -> bool:
    """Work done at a rhythm ("publish 3 posts per month", "wekelijks 1 post publiceren"; but "in
    een jaar" is the period the deadline took)."""
    if ACTIVITY_VERBS.isdisjoint(words):
        return False
    if not RHYTHM_WORDS.isdisjoint(words):
        return True
    return any(word in RATE_WORDS and words[i + 1] in dates.PERIOD_UNITS and not used[i + 1]
               for i, word in enumerate(words[:-1]))


def _shortest_covering(words: set[str]) -> tuple[str, ...]:
    """The words of ``words`` that contain none of the others: each word contains one of them."""
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


# Substrings only, so finding one is no proof; finding none is. "x" counts as a word only where a
# word token could begin and end: not after a letter the tokenizer reads, not before a letter or digit.
_CHANGE_HINTS = ("%",) + _shortest_covering({"procent", "percent"} | set(FACTOR_WORDS) | (TIMES_WORDS - {"x"}))
_TIMES_X = re.compile(r"(?<![a-zà-ÿ])x(?![a-zà-ÿ0-9])")


def _last_index(words: list[str], wanted: frozenset[str]) -> int:
    """The position of the last word in ``wanted``; -1 when there is none."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in wanted:
            return i
    return -1


def _find_factor(goal: ParsedGoal, words: list[str], used: list[bool]) -> None:
    """A change said in words: "verdubbelen" (+100 %), "by half", "met de helft". Of several
    ("double men's and quadruple international revenues"), the largest is the one to judge."""
    for i, word in enumerate(words):
        if word in TWICE and i + 1 < len(words) and words[i + 1] in ("as", "zo", "zoveel", "the", "het", "de"):
            goal.relative_change = TWICE[word]  # "twice as much revenue", "tweemaal zoveel leden"
            continue
        if word in MULTIPLIERS:
            factor = MULTIPLIERS[word]
            if goal.relative_change is None or abs(factor) > abs(goal.relative_change):
                goal.relative_change = factor
                goal.approximate = any(w in ROUGHLY for w in words[max(0, i - 3):i])
                if factor > 0 and any(w in MORE_THAN for w in words[max(0, i - 3):i]):
                    goal.relative_change = factor + 0.01  # "more than double": beyond +100 %, if only just
        elif word in FRACTIONS and goal.relative_change is None and i > 0 and (
                words[i - 1] in BY_WORDS or (i > 1 and words[i - 2] in BY_WORDS and words[i - 1] in ("a", "een", "one"))):
            share = FRACTIONS[word]  # "by one-third", "met een kwart"
            goal.relative_change = -share if goal.direction == DECREASE else share
        elif word in HALF_WORDS and not used[i] and goal.relative_change is None and (
                (i > 0 and words[i - 1] in BY_WORDS) or (i > 1 and words[i - 2] in BY_WORDS and words[i - 1] in {"a", "de", "the"})):
            goal.relative_change = -0.5 if goal.direction == DECREASE else 0.5
        elif word in HALF_WORDS and not used[i] and goal.relative_change is None and i + 1 < len(words) and (
                words[i + 1] in HALF_CHANGES):
            goal.relative_change = HALF_CHANGES[words[i + 1]]  # "de helft minder voedselverspilling"


def _quantities(goal: ParsedGoal, tokens, words, used) -> list[Number]:
    """The numbers outside dates and periods: digits, ranges, and number words that count
    ("twelve", "vijftigduizend", "een miljard")."""
    numbers: list[Number] = []
    n = len(tokens)
    after_last = 0  # the token after the last number's scale words ("two hundred thousand")
    for i, (kind, word, value) in enumerate(tokens):
        if kind == "word" and value is None and word not in ARTICLES:
            continue  # the common case: a word that writes out no number
        if i < after_last or used[i] or kind not in ("num", "range", "word"):
            continue
        last = i  # the token the scale words follow
        if kind == "num":
            number = Number(value[0], value[1], value[2], i)
            if _names_a_thing(tokens, words, i, value):
                number.role = "label"  # "Radio 2", "division 1": part of a name, no quantity
        elif kind == "range":
            number = Number(value[0], value[1], value[2], i, low=value[3])
            if _is_age(words, i):
                number.role = "age"  # "18-25-year-olds", "leeftijd 0-18 jaar": who, not how many
        elif (word in ARTICLES or word in ("one", "één")) and _scale_after(words, used, i):
            # "een miljard", "a million", "een half miljard": an article that counts a scale
            half = words[i + 1] in ("half", "halve")
            number = Number(0.5 if half else 1.0, False, None, i)
            last = i + half
        elif word in ARTICLES:
            continue
        else:
            counted = value  # the number the word writes out (see ``_token``)
            if counted is None or word in HALF_WORDS or word in ("halve", "halfjaar"):
                continue
            if (i + 1 < n and words[i + 1] in NOT_QUANTITY_AFTER.get(word, ())) or (
                    i and words[i - 1] in NOT_QUANTITY_BEFORE.get(word, ())):
                continue
            if word == "ten" and goal.lang == "nl":
                continue  # Dutch "ten" is a preposition ("ten minste", "ten opzichte van")
            number = Number(counted, False, None, i)
        j = last
        while j + 1 < n and words[j + 1] in SCALE_WORDS and not used[j + 1]:
            j += 1
            number.value *= SCALE_WORDS[words[j]]
            number.scale *= SCALE_WORDS[words[j]]
            if number.low is not None:
                number.low *= SCALE_WORDS[words[j]]
        number.end = j
        numbers.append(number)
        after_last = max(after_last, j + 1)
    return numbers


def _names_a_thing(tokens, words: list[str], i: int, value) -> bool:
    """A small bare number right after a noun that is not a metric: "Radio 2", "division 1"."""
    if i == 0 or value[1] or value[2] or not 0 < value[0] < 100 or value[0] != int(value[0]):
        return False
    before = words[i - 1]
    after = words[i + 1] if i + 1 < len(words) else ""
    return (tokens[i - 1][0] == "word" and before not in PHRASE_BREAKS and before not in DETERMINERS
            and before not in WORD_DIRECTIONS and before not in COUNT_QUALIFIERS
            and before not in QUANTITY_WORDS and before not in INTENT_VERBS
            and before not in ACTIVITY_VERBS and before not in dates.MONTHS
            and metric_for_word(before) is None and after in AFTER_A_NAME)


def _scale_after(words: list[str], used: list[bool], i: int) -> bool:
    """Whether a scale word follows ``words[i]``, perhaps after "half": "een (half) miljard"."""
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in ("half", "halve"))
    return j < len(words) and words[j] in SCALE_WORDS and not used[j]


def _is_age(words: list[str], i: int) -> bool:
    """A range of ages: "18-25-year-olds", "aged 25-34", "van 0-18 jaar"."""
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    before2 = words[i - 2] if i > 1 else ""
    return after in ("year-olds", "year-old", "jarigen", "jarige", "yo") or (
        after in AGE_AFTER and (before in AGE_BEFORE or before2 in AGE_BEFORE or before in ("van", "of"))) or (
        before in AGE_BEFORE and before != "tussen")


def _bound_before(words: list[str], index: int) -> str | None:
    prev = words[index - 1] if index else ""
    if prev in BOUND_PHRASE_ENDS:
        for size in (3, 2):
            if index - size >= 0:
                phrase = DIRECTION_PHRASES.get(tuple(words[index - size : index]))
                if phrase in (AT_MOST, AT_LEAST):
                    return phrase
    if prev in {"€", "$", "de", "the", "us", "een", "a"} and index > 1:
        prev = words[index - 2]
    if prev in ("over", "ruim") and not (index + 1 < len(words) and words[index + 1] in dates.PERIOD_UNITS):
        return AT_LEAST  # "revenue over $4 million" (but "over 6 weken" is a period)
    if index + 1 < len(words) and words[index + 1] == "+":
        return AT_LEAST  # "an occupancy of 70%+", "NPS 50+"
    direction = DIRECTION_WORDS.get(prev)
    return direction if direction in (AT_MOST, AT_LEAST) else None


