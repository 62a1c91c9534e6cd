"""What a goal's numbers settle once each has its role: the target, agreement, the direction.

A lone number beside the metric is the target ("500 leads"); a reference becomes the baseline; a
baseline takes the target's scale ("from 1.5 to 2 million"); a change far from the from→to pair
is another metric's; work at a rhythm has no target; and where no word gave a direction the
numbers give one ("reach 45 % (currently 30 %)", "generate 200 leads": to acquire is to increase).

Baselines said the way people say them (issue 12): pointed back to ("… five deals a year;
increase that to 30 deals"), implied by a change in units ("100 million, a rise of 60 million",
"17 million more than now"), a count added to where it stands ("add one million to its existing
seven"), durations in two units ("from two months to three weeks"), a figure then the wish that
it were more ("48.000 euro. Maar dat kan beter"); and counts that are no target: what the goal
covers ("in all 8 clinics", "onze 2,4 miljoen woningen").
"""

from __future__ import annotations

from collections.abc import Collection

from .. import dates
from ..lexicon.directions import (
    ACQUISITION_VERBS,
    AT_LEAST,
    AT_MOST,
    DECREASE,
    INCREASE,
    KEEP,
    REACH,
)
from ..lexicon.metrics import METRIC_WORDS, metric_for_word
from ..lexicon.quantity_words import (
    ADDING_WORDS,
    BETTER_WORDS,
    BOUND_WORDS,
    BUILT,
    CONTRAST_WORDS,
    DEFINITE,
    FRACTIONS,
    GOAL_WORDS,
    NOT_ACQUIRING,
    NOUN_MARKERS,
    NOW_THEN,
    PIECES,
    POINTING_BACK,
    REFERENCE_BEFORE,
    SCOPE_WORDS,
    SHARE_OF,
    SHORT_TIME_UNITS,
    TO_WORDS,
)
from ..lexicon.word_classes import NOUN_OR_VERB, names_a_goal
from ..numbers import SCALE_WORDS
from .amounts import Number
from .number_dates import share_beside_a_count
from .number_levels import KEEP_WORDS, kept_level
from .number_ranges import agree_with_the_range
from .number_rhythms import after_a_goal_verb, work_at_a_rate
from .number_shapes import bound_before, scope_after_a_preposition
from .parsed import ParsedGoal
from .period_parts import part_of_a_time


def find_target(goal: ParsedGoal, words: list[str], numbers: list[Number], present: Collection[str] | None = None) -> None:
    """The target when no word gave it: a share ("de helft van": 50 %), or a lone number beside
    the metric ("500 leads", "NPS of 45"), perhaps after where the metric stands now."""
    if present is None:
        present = words  # (the words as a set, when the caller has one)
    if not _SHARES_AND_FRACTIONS.isdisjoint(present):
        for i, word in enumerate(words):
            if word in SHARE_OF and i + 1 < len(words) and words[i + 1] in ("of", "van") and (
                    not part_of_a_time(words, i)):  # ("the first half of 2028", "the final quarter of 2021": times)
                goal.target, goal.percent = SHARE_OF[word], True  # "minstens de helft van alle eiwitten": 50 %
                return
            share = FRACTIONS.get(word) or (SHARE_OF.get(word, 0) / 100)
            if share and goal.baseline is not None and goal.percent and _after_a_to(words, i):
                goal.target = share * 100  # "from 28% to one-third", "van 40% naar de helft": a share to reach
                return
    loose = [num for num in numbers if not num.role and not (num.index and words[num.index - 1] in SCOPE_WORDS and not (
        num.end + 1 < len(words) and names_a_goal(words[num.end + 1])))  # (but "its 6,000 target" is the goal's)
             and (num.percent or num.currency is not None or not scope_after_a_preposition(words, num.index))]
    if not loose:
        return  # ("in all 8 clinics", "onze 2,4 miljoen woningen": how many the goal covers, no target)
    pick = after_a_goal_verb(words, loose) if goal.baseline is None else _like_the_baseline(numbers, loose)
    if len(loose) == 1 and goal.baseline is None and not BETTER_WORDS.isdisjoint(present) and (
            wish := _could_be_more(words, pick)):
        goal.baseline = pick.value  # "48.000 euro werd ingezameld. Maar dat kan beter": where it stands
        pick.role = "baseline"
        if goal.direction in (None, REACH):
            goal.direction = DECREASE if wish in ("minder", "less", "lower", "lager") else INCREASE
        return
    added = None if goal.absolute_change is None or goal.baseline is not None else next((
        num for num in numbers if num.role == "relative" and not num.percent and num.index > pick.end
        and num.currency == pick.currency and not pick.percent and num.value < pick.value), None)
    if added is not None and not NOW_THEN.isdisjoint(words[pick.end + 1:added.index]):
        goal.baseline = pick.value  # "telt 80 werknemers, maar daar moeten tien extra bijkomen": 80 now, 10 more
        pick.role = "baseline"
        return
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


def check_the_numbers(goal: ParsedGoal, words: list[str], used: list[bool], numbers: list[Number],
                       relative_at: int, present: set[str] | None = None) -> None:
    """Make the numbers agree: a reference as the baseline, a baseline in the target's scale, no
    change said of another metric, no target for work done at a rhythm, no bound on the measure."""
    if goal.baseline is None and goal.target is not None:
        reference = next((num for num in numbers if num.role == "reference" and num.percent == goal.percent), None) if (
            present is None or not REFERENCE_BEFORE.isdisjoint(present)) else None  # (a reference follows such a word)
        if reference is not None:
            goal.baseline = reference.value  # the value compared with is where it starts from
        else:
            if not POINTING_BACK.isdisjoint(words if present is None else present):
                _baseline_pointed_back_to(goal, words, numbers)
    if goal.baseline is None and goal.target is not None and goal.absolute_change is not None:
        _baseline_from_the_change(goal, words, numbers)
    if goal.baseline is None and goal.target is not None and (present is None or not (
            DEFINITE.isdisjoint(present) or NOW_THEN.isdisjoint(present))):
        _definite_count_before(goal, words, numbers)
    if goal.percent and goal.baseline is not None and goal.baseline > 100 and goal.target is not None:
        share_beside_a_count(goal, numbers)  # "25 procent van het aanbod …, nu zijn 80.000 producten"
    if goal.baseline is not None and goal.target is not None:
        if present is None or not SCALE_WORDS.keys().isdisjoint(present):  # (no scale word: every scale is 1)
            _scale_like_target(goal, numbers)
        _same_time_unit(goal, words, numbers)
        _added_to_the_baseline(goal, words, numbers)
    if (goal.relative_change is not None and relative_at >= 0 and goal.baseline is not None
            and goal.target is not None and _far_from_pair(numbers, relative_at)):
        goal.relative_change = None  # a change said of another metric ("while reducing cost by 12%")
    if goal.target is not None and goal.metric_words is None and work_at_a_rate(words, used, numbers):
        goal.target = None  # "publish two blog posts per week": a rhythm of work, no target
    if goal.direction in (AT_MOST, AT_LEAST) and _bound_on_the_measure(goal, words, numbers):
        goal.direction = REACH
    if goal.relative_change is not None and goal.baseline is not None:
        agree_with_the_range(goal, numbers)  # "30-45% (from 2.5% to 3.5%)": +40 % lies in the range


def _could_be_more(words: list[str], num: Number) -> str | None:
    """Issue 12, class "a figure, then: it could be more": after the number, a "but" or a modal
    before a comparative and no number after ("die 30 vrijwilligers, maar het zouden er meer mogen
    zijn", "a record 58 %. That can and must be better") say where the metric stands, not where it goes;
    the comparative says which way (the word is returned)."""
    after = words[num.end + 1:num.end + 14]
    for k, word in enumerate(after):
        if word in BETTER_WORDS and any(
                said in ("maar", "but") or (said in POINTING_BACK and after[j + 1] in CONTRAST_WORDS)
                for j, said in enumerate(after[max(0, k - 6):k], max(0, k - 6))):
            return word
    return None


def _baseline_pointed_back_to(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> None:
    """Issue 12, class "a baseline pointed back to": "does five or six deals a year … increase that
    to 30", "zo'n 125 liter per dag. Dat moet … naar 100": a demonstrative just before the target's
    "to" names the figure said before it, in the same unit, which is the baseline."""
    target = next((num for num in numbers if num.role == "target" and num.value == goal.target), None)
    if target is None or target.index < 3 or words[target.index - 1] not in TO_WORDS:
        return
    before = [num for num in numbers if num.end < target.index and num.role in ("", "target") and num is not target
              and num.percent == target.percent and num.currency == target.currency]
    # (the demonstrative stands between the two: "it aims for 15 to 20 per cent" points at nothing;
    # and both count the same thing: "170 planes … it carries … to 33 million" are two metrics)
    if before and not POINTING_BACK.isdisjoint(words[max(before[-1].end + 2, target.index - 8):target.index - 1]) and (
            target.end + 1 < len(words) and (words[target.end + 1] == words[before[-1].end + 1] or words[target.end + 1] in PIECES)):
        # ("25 deelscooters, maar dat aantal wil men opvoeren tot 100 stuks": pieces of the same thing)
        before[-1].role = "baseline"
        goal.baseline = before[-1].value


# Every word of SHARE_OF and FRACTIONS: the quick test of :func:`find_target`.
_SHARES_AND_FRACTIONS = frozenset(SHARE_OF) | frozenset(FRACTIONS)


def _after_a_to(words: list[str], i: int) -> bool:
    """Whether "to"/"naar" stands right before ``i``, perhaps with an article: "to one-third", "naar een derde"."""
    j = i - 1 - (i > 1 and words[i - 1] in ("a", "een", "de", "the", "one"))
    return j >= 0 and words[j] in TO_WORDS


def _definite_count_before(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> None:
    """Issue 12, class "the N things must go to M": "De 110 bakfietsen … moeten straks tot 750",
    "our 40 stores should grow to 55": a count after a definite article or a possessive, before a
    modal and the target's "to", names what there is now: the baseline."""
    for num in numbers:  # (the quick test first: in most goals no number without a role follows such a word)
        if not num.role and num.index and words[num.index - 1] in DEFINITE:
            break
    else:
        return
    target = next((num for num in numbers if num.role == "target" and num.value == goal.target), None)
    if target is None or target.index < 3 or words[target.index - 1] not in TO_WORDS:
        return
    for num in numbers:
        if num.end >= target.index:
            return
        if not num.role and num.index and words[num.index - 1] in DEFINITE and (
                num.percent == target.percent and num.currency == target.currency) and (
                not NOW_THEN.isdisjoint(words[num.end + 1:target.index - 1])):
            num.role = "baseline"
            goal.baseline = num.value
            return


def _baseline_from_the_change(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> None:
    """Issue 12, class "a baseline implied by a change in units": "100 million customers, a rise
    of 60 million" starts from 40 million; "grow leads by 500 to 2,000" from 1,500. The change
    must be the target's kind of number (both money, both counts) and smaller than it."""
    change = next((num for num in numbers if num.role == "relative" and not num.percent), None)
    target = next((num for num in numbers if num.role == "target"), None)
    if change is None or target is None or change.currency != target.currency or (
            target.percent and words[min(change.end + 1, len(words) - 1)] not in _POINTS) or (
            change.value > 20 * target.value):  # ("één miljard minder klontjes (1 miljoen kilo)": a restatement)
        return
    than_now = any(word in ("than", "dan") and words[k + 1] in ("now", "today", "nu", "vandaag", "currently")
                   for k, word in enumerate(words[change.end + 1:change.end + 4], change.end + 1) if k + 1 < len(words))
    if change.index > target.index and words[change.index - 1] not in ("of", "van") and not than_now:
        return  # ("telt 80 werknemers, maar daar moeten tien extra bijkomen": 80 is where it stands;
        # but "30 million customers, 17 million more than now": 13 million now)
    if than_now:  # ("more than now" says which way, it bounds nothing)
        goal.direction = DECREASE if words[change.end + 1] in ("less", "fewer", "minder") else INCREASE
    if goal.direction == INCREASE and 0 < change.value < target.value:
        goal.baseline = target.value - change.value
    elif goal.direction == DECREASE and change.value > 0:
        goal.baseline = target.value + change.value


def settle_direction(goal: ParsedGoal, tokens, words: list[str], numbers: list[Number]) -> None:
    """The direction the numbers give where no word gave one (or only "reach")."""
    if (goal.baseline is None) != (goal.target is None) and not KEEP_WORDS.isdisjoint(words) and not any(
            not num.role and num.value not in (goal.baseline, goal.target) for num in numbers):
        kept_level(goal, words, words)  # "het behoud van het huidige aantal leden, rond de 550" (its one figure)
    if goal.direction in (None, REACH) and goal.relative_change is not None:
        goal.direction = INCREASE if goal.relative_change > 0 else DECREASE
    elif (goal.direction in (None, REACH) or (goal.direction == AT_LEAST and _an_arrow(words, numbers))) and (
            goal.baseline is not None and goal.target is not None):
        # "reach 45 % (currently 30 %)", "8% -> 4%" (no floor: an arrow): the numbers give the direction
        goal.direction = INCREASE if goal.target > goal.baseline else (
            DECREASE if goal.target < goal.baseline else KEEP)
    elif goal.direction is None and goal.target is not None:
        goal.direction = REACH  # "30 demo's per week": a level to reach (which way is open)
    if (goal.direction == REACH and (goal.target is not None or goal.absolute_change is not None)
            and (_acquires(words, numbers, goal.lang) or _counts_new(tokens, words, goal.target))):
        goal.direction = INCREASE  # "generate 200 leads": to acquire a count is to increase it
    # (A zero to reach with no baseline, "0 verkeersslachtoffers in 2050", "zero complaints", is a bare
    # level like any other: its direction stays open; issue 12, DOMAIN.md "Reading real sentences".)
    elif goal.direction == REACH and goal.metric_words and goal.metric_words.endswith(("groei", "growth")):
        goal.direction = INCREASE  # "een omzetgroei van 3%": growth is the way up


def _an_arrow(words: list[str], numbers: list[Number]) -> bool:
    """Whether the baseline is written before an arrow ("8% -> 4%" keeps the ">" of "->")."""
    return any(num.role == "baseline" and num.end + 1 < len(words) and words[num.end + 1] == ">" for num in numbers)


def count_of_vanity(goal: ParsedGoal, words: list[str], numbers: list[Number], present: Collection[str]) -> None:
    """Issue 12, class "vanity named in the goal's own words" (DOMAIN.md R: followers, likes,
    views, impressions fail): the unit the target counts ("grow our audience to 20k followers"),
    the metric's words written apart or singular ("page view increase", "10 000 pageview"), or a
    vanity word in a goal that names no other metric ("next follower milestone: 10,000")."""
    if goal.vanity or VANITY_HINTS.isdisjoint(present):
        return  # (one set test: most goals hold no word of attention at all)
    target = next((num for num in numbers if num.role == "target"), None)
    # The unit the target counts, over a "+" and one adjective ("500+ engaged followers", "800 nieuwe volgers").
    named = [word for word in words[target.end + 1:target.end + 4] if word != "+"][:2] if target is not None else []
    if goal.metric_words:
        phrase = goal.metric_words.split()
        named += [goal.metric_words.replace(" ", "").replace("-", "")]
        sized = len(phrase)
        while sized > 1 and phrase[sized - 1] in _SIZE_HEADS:
            sized -= 1
        if sized < len(phrase):
            named.append(phrase[sized - 1])  # a noun sized by growth or count: "follower growth rate", "view count"
    elif (target is not None or goal.relative_change is not None) and not _PLAIN_VANITY.isdisjoint(words):
        goal.vanity = True  # (only the plain names: "hit 600", "like", "following" mean other things too)
        return
    goal.vanity = any(_vanity_word(word) for word in named)


_PLAIN_VANITY = frozenset({"followers", "follower", "volgers", "volger", "likes", "views", "impressions", "impressies",
                           "pageviews", "pageview", "weergaven", "fans"})


# Heads that size the noun before them, so that it is still the metric: "follower growth rate".
_SIZE_HEADS = frozenset({"growth", "count", "number", "total", "rate", "groei", "aantal", "totaal"})


# Every word that may name a vanity metric alone or in two words ("page view"): the quick test.
VANITY_HINTS = frozenset(word for word, metric in METRIC_WORDS.items() if metric.vanity) | _PLAIN_VANITY | {
    "view", "page"}


def _vanity_word(word: str) -> bool:
    metric = metric_for_word(word) or (metric_for_word(word + "s") if word[-1:] != "s" else None)
    return metric is not None and metric.vanity


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


def _acquires(words: list[str], numbers: list[Number], lang: str | None = None) -> bool:
    """Whether a verb acquires the goal's count ("get 50 clients", "50 nieuwe leden werven"): one
    within a few words of it, before (English) or after (Dutch); "get to 100" only reaches a level."""
    for num in numbers:
        if num.role in ("year", "age", "label", "rate") or (num.index and words[num.index - 1] in _RANKS):
            continue  # ("Drive organic traffic: rank #1-3 on Google": a place in a ranking, no count to acquire)
        # ("80 procent van de bevolking aan het werk krijgen": a share of a group made to do a thing, no count got)
        share = num.percent and num.end + 1 < len(words) and words[num.end + 1] in ("of", "van")
        after = 13 if lang != "en" else 4  # (English puts the verb first, or a participle just after)
        for i in range(max(0, num.index - 6), min(len(words), num.end + after)):  # (Dutch puts the verb last)
            if words[i] in ACQUISITION_VERBS and not (share and words[i] in _GETTING) and not (
                    i + 1 < len(words) and words[i + 1] in NOT_ACQUIRING) and not (
                    i > 0 and words[i - 1] in NOUN_MARKERS and not words[i].endswith(("ing", "en"))) and not (
                    words[i] in _COUNTED_NOUNS and (i == num.end + 1 or words[i - 1][:1].isdigit())):
                return True  # (but "read 6 books", "200.000 boeken": right after the count, what it counts)
    return False


# Words before a number that make it a place in a ranking: "rank 1", "top 3", "nummer 1", "positie 2".
_RANKS = frozenset({"rank", "ranking", "ranked", "top", "nummer", "positie", "position", "plaats", "plek", "spot"})
_GETTING = frozenset({"get", "gets", "getting", "krijgen", "krijgt", "make", "makes", "making", "maken", "maakt"})
_COUNTED_NOUNS = NOUN_OR_VERB | {"boeken"}  # (verbs of acquiring that a count before them makes nouns: "300 boeken")


def _bound_on_the_measure(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> bool:
    """Issue 12, class "a bound on the measure, not on the target": after a share to reach ("95
    procent van de ambulanceritten hooguit een kwartier", "90% of tickets answered in at most 4
    hours") the bound word limits what each one does, and the share itself is a bare level to
    reach, the goal's target. The bound must stand in the share's own clause (within eight words
    of it): further on it may be another metric's ("…, with an average speed of answer ≤ 20 s")."""
    if goal.baseline is not None or goal.relative_change is not None:
        return False
    share = next((num for num in numbers if num.percent and num.role in ("", "target")), None)
    if share is None or bound_before(words, share.index) is not None:
        return False
    after = max(share.index, share.end) + 1
    if after >= len(words) or words[after] not in ("of", "van"):
        return False
    target = next((num for num in numbers if num.role == "target"), None)
    if target is share:
        return any(BOUND_WORDS.get(word) == goal.direction for word in words[after + 1:after + 9])
    if target is None or target.percent or not after < target.index <= after + 9 or bound_before(
            words, target.index) is None:
        return False
    target.role, share.role = "", "target"
    goal.target, goal.percent = share.value, True
    return True


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


def _unit_after(words: list[str], num: Number) -> bool:
    """Whether a period unit follows the number ("100 jaar"): then it is a duration."""
    return num.end + 1 < len(words) and words[num.end + 1] in dates.PERIOD_UNITS


def _scale_like_target(goal: ParsedGoal, numbers: list[Number]) -> None:
    """"from 1.5 to 2 million": a baseline without a scale word takes the target's."""
    base = next((num for num in numbers if num.role == "baseline"), None)
    target = next((num for num in numbers if num.role == "target"), None)
    if base is None or target is None or base.scale != 1.0 or target.scale == 1.0 or goal.baseline != base.value:
        return
    scaled = base.value * target.scale
    if target.value / 20 <= scaled <= target.value * 20:
        goal.baseline = scaled


def _added_to_the_baseline(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> None:
    """Issue 12, class "a count added to where it stands": "add another one million customers to
    its existing seven million" goes from 7 to 8 million; the added count is a change, not the level."""
    if goal.target is None or goal.baseline is None or goal.target >= goal.baseline or (
            goal.direction not in (INCREASE, REACH, None)):
        return
    target = next((num for num in numbers if num.role == "target" and num.value == goal.target), None)
    if target is None:
        return
    around = words[max(0, target.index - 3):target.end + 4]  # (Dutch puts the verb last)
    if not ADDING_WORDS.isdisjoint(around) and not (
            "nog" in around and ADDING_WORDS.intersection(around) == {"nog"} and not _LEFT_OVER.isdisjoint(
                words[target.index - 3:target.end + 8])):
        # (but "nog 60 kilo over te houden", "nog slechts 30": what is left, no addition)
        goal.absolute_change = goal.target
        goal.target = goal.baseline + goal.target
        goal.direction = INCREASE


_LEFT_OVER = frozenset({"over", "slechts", "maar", "overhouden", "resteren", "rest"})
# Units of a change in a percentage itself: "met 3 procentpunt naar 5 %", "by 2 percentage points to 5 %".
_POINTS = frozenset({"procentpunt", "procentpunten", "percentage", "percentagepunt", "percentagepunten", "pp",
                     "points", "punten", "punt", "point", "%-punt", "%-punten"})


def _same_time_unit(goal: ParsedGoal, words: list[str], numbers: list[Number]) -> None:
    """Issue 12, class "durations in two units": "van twee maanden naar maximaal drie weken" is
    from about 61 days to 21 (-66 %), not from 2 to 3. The baseline is put in the target's unit."""
    base = target = None
    for num in numbers:
        if num.role == "baseline" and num.value == goal.baseline:
            base = num
        elif num.role == "target" and num.value == goal.target:
            target = num
    if base is None or target is None or base.end + 1 >= len(words) or target.end + 1 >= len(words):
        return
    if words[base.end + 1] == words[target.end + 1] or (
            words[base.end + 1] not in dates.PERIOD_UNITS and words[base.end + 1] not in SHORT_TIME_UNITS):
        return  # (the common case: one unit, or none)
    base_days, target_days = _days_in(words[base.end + 1]), _days_in(words[target.end + 1])
    if base_days and target_days and base_days != target_days:
        goal.baseline = base.value * base_days / target_days


def _days_in(unit: str) -> float | None:
    """How many days one ``unit`` lasts ("weken": 7, "maand": about 30.4, "uur": 1/24); None for no unit of time."""
    if unit in dates.PERIOD_UNITS:
        kind, size = dates.PERIOD_UNITS[unit]
        return float(size) if kind == "days" else size * 30.44
    return SHORT_TIME_UNITS.get(unit)


def _far_from_pair(numbers: list[Number], relative_at: int) -> bool:
    """Whether the stated change stands more than eight words from the from→to pair it would check."""
    pair = [num.index for num in numbers if num.role in ("baseline", "target")]
    return bool(pair) and min(abs(index - relative_at) for index in pair) > 8
