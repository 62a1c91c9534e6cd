"""Amounts: the numbers a goal writes, in digits or words, before anyone says what they are.

Digits, ranges ("85-90 %"), number words that count ("twelve", "vijftigduizend", "een miljard")
with their scale words, and the changes said as a factor ("verdubbelen", "by half", "met een
kwart"). A number that names ("Radio 2") or an age range ("18-25-year-olds") is marked so here;
what the others are (baseline, target, change) is ``quantities.py``'s to say. Shapes read from
the words just around a number (a share "een op de vijf", a window "30-day", a bound "at least")
are in ``number_shapes.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import dates
from ..lexicon.directions import (
    DECREASE,
    MULTIPLIERS,
    WORD_DIRECTIONS,
)
from ..lexicon.metrics import metric_for_word
from ..lexicon.owners import INTENT_VERBS
from ..lexicon.quantity_words import (
    AFTER_A_NAME,
    AGE_AFTER,
    AGE_BEFORE,
    AGE_GROUPS,
    BY_WORDS,
    CHANGE_TAILS,
    CHANGE_WORDS,
    CHANGES,
    COMPARATIVES,
    DISTANCE_UNITS,
    FACTOR_TAILS,
    FACTOR_WORDS,
    FRACTIONS,
    GENERIC_NOUNS,
    HALF_CHANGES,
    HALF_WORDS,
    MORE_THAN,
    NAME_HEADS,
    NOT_QUANTITY_AFTER,
    NOT_QUANTITY_BEFORE,
    ROUGHLY,
    SPACE_WORDS,
    TIMES_WORDS,
    TO_WORDS,
    TWICE,
)
from ..lexicon.word_classes import (
    ACTIVITY_VERBS,
    COUNT_QUALIFIERS,
    DETERMINERS,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
)
from ..numbers import ARTICLES, NUMBER_WORDS, SCALE_WORDS
from .number_ages import mark_age_spans
from .number_multiples import a_ratio_beside
from .number_partitive import ONE_WORDS, one_of_many
from .number_shapes import OF_DE, SHARE_LINKS, WINDOW_UNITS, by_a_bounded_change, one_in, window_of_the_measure
from .number_shares import add_nth_shares
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
    if (" op " in clean or " in " in clean or " out of " in clean) and _ONE_IN_HINT.search(clean) is not None:
        return True  # ("een op de vijf", "one in four": a share, a percentage)
    return "x" in clean and _TIMES_X.search(clean) is not None


def _shortest_covering(words: set[str]) -> tuple[str, ...]:
    """The words of ``words`` that contain none of the others: each word contains one of them."""
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


# Substrings only, so finding one is no proof; finding none is. "x" counts as a word only where a
# word token could begin and end: not after a letter the tokenizer reads, not before a letter or digit.
_CHANGE_HINTS = ("%", *_shortest_covering({"procent", "percent"} | set(FACTOR_WORDS) | (TIMES_WORDS - {"x"})))


_ONE_IN_HINT = re.compile(r"\b(?:\d+|\w+) (?:op|in|out of) (?:de )?(?:\d+|\w+)\b")
_TIMES_X = re.compile(r"(?<![a-zà-ÿ])x(?![a-zà-ÿ0-9])")


def find_factor(goal: ParsedGoal, words: list[str], used: list[bool]) -> None:
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
                if factor > 0 and _more_than(words, i):
                    goal.relative_change = factor + 0.01  # "more than double": beyond +100 %, if only just
        elif word in FRACTIONS and goal.relative_change is None and i > 0 and not used[i] and (
                words[i - 1] in BY_WORDS or (i > 1 and words[i - 2] in BY_WORDS and words[i - 1] in ("a", "een", "one"))
                or by_a_bounded_change(words, i) >= 0):  # ("by at least a third", "met ruim een kwart")
            share = FRACTIONS[word]  # "by one-third", "met een kwart"
            goal.relative_change = -share if goal.direction == DECREASE else share
        elif word in FRACTIONS and goal.relative_change is None and i > 1 and words[i - 2] in BY_WORDS and (
                2 <= NUMBER_WORDS.get(words[i - 1], 0) < 10):
            # Issue 12, class "a fraction with a count": "by two thirds", "met drie kwart", "met twee derde":
            # the count multiplies the fraction, and is no change in units of its own
            share = NUMBER_WORDS[words[i - 1]] * FRACTIONS[word]
            goal.relative_change = -share if goal.direction == DECREASE else share
            if goal.absolute_change == NUMBER_WORDS[words[i - 1]]:
                goal.absolute_change = None
        elif word in FRACTIONS and goal.relative_change is None and 0 < i < len(words) - 1 and (
                words[i + 1] in HALF_CHANGES and words[i - 1] in ("a", "an", "one", "een", "één")):
            # "een kwart minder voorstellingen", "a third more visitors": the fraction sizes the change
            goal.relative_change = FRACTIONS[word] * (1 if HALF_CHANGES[words[i + 1]] > 0 else -1)
        elif word in HALF_WORDS and not used[i] and goal.relative_change is None and (
                (i > 0 and (words[i - 1] in BY_WORDS or _cut_in_half(words, i)))
                or (i > 1 and words[i - 2] in BY_WORDS and words[i - 1] in {"a", "de", "the"})
                or by_a_bounded_change(words, i - (words[i - 1] in ("de", "the"))) >= 0):
            # ("met ruim de helft", "by more than half": beyond the half; "met bijna de helft": roughly it)
            half = 0.51 if _more_than(words, i) else 0.5
            goal.relative_change = -half if goal.direction == DECREASE or _cut_in_half(words, i) else half
            goal.approximate = any(w in ROUGHLY for w in words[max(0, i - 3):i])
        elif word in HALF_WORDS and not used[i] and goal.relative_change is None and i + 1 < len(words) and (
                words[i + 1] in HALF_CHANGES):
            goal.relative_change = HALF_CHANGES[words[i + 1]]  # "de helft minder voedselverspilling"


def _cut_in_half(words: list[str], i: int) -> bool:
    """Issue 12, class "cut in half": "cut complaints in half", "waiting times cut in half" say
    "by half" (a change of 50 %); "in half of our stores" is a share, "in half the time" a level."""
    return words[i - 1] == "in" and (i + 1 == len(words) or words[i + 1] not in ("of", "van", "the")) and (
        not _CUTS.isdisjoint(words[max(0, i - 6):i - 1]))


_CUTS = frozenset({"cut", "cuts", "cutting", "slash", "slashing", "reduce", "reducing", "split", "halve", "bring",
                   "brought", "decrease", "lower", "trim"})


def counts_occurrences(direction: str | None, words: list[str], at: int) -> bool:
    """Issue 12, class "N times as a count": "dine out 12 times this year", "close the rings at
    least 225 times", "phone each client four times": how often something is done, a count to
    reach, when the goal names no change (no verb of increase or decrease) and nothing after
    "times" (at ``at``) compares ("3 times more", "drie keer zo groot", "three times over", "3 times
    its size" are factors). Also (class "the level of a ratio") "Target ROAS: 4x", "a 5x ROAS",
    "ROI 10-30x": a ratio measure is written as a multiple, its level, not a change of it."""
    if a_ratio_beside(words, at):
        return True
    if direction in CHANGES or words[at] == "x":
        return False  # ("10x revenue": an "x" is always a factor)
    return at + 1 >= len(words) or words[at + 1] not in FACTOR_TAILS


def change_of_a_level(goal: ParsedGoal, words: list[str], num: Number, prev: str) -> float | None:
    """The change a percentage followed by "of"/"van" states, or None. Issue 12, class "a percentage of
    a level": "to 120% of last year's revenue", "tot 150% van het huidige niveau", "to 45% of 1990
    levels", "at 80% of the 2024 level" reach a share of a level the metric had, so they are a factor
    (+20 %, +50 %, -55 %, -20 %), not a rate beyond 100 % nor a cut of 45 %; "to 40% of all staff",
    "to 90% of capacity" are levels (None). Without "to", a decrease of a share of the measure ("90%
    van de CO2-uitstoot verminderen") is a cut of that share.

    >>> goal = ParsedGoal(direction="decrease")
    >>> change_of_a_level(goal, "reduce emissions to 45% of 1990 levels".split(), Number(45.0, True, None, 3, end=3), "to")
    -0.55
    """
    if prev in TO_WORDS or prev in ("at", "op"):
        return round(num.value / 100.0 - 1.0, 6) if _a_level_of_the_metric(words, num.end + 2) else None
    return -abs(num.value) / 100.0 if goal.direction == DECREASE and goal.relative_change is None else None


def _a_level_of_the_metric(words: list[str], k: int) -> bool:
    """Whether the words from ``k`` (after "of"/"van") name a level the metric had: "last year's (revenue)",
    "the current level", "1990 levels", "het niveau van 1990", "de omzet van vorig jaar", "its current size"."""
    for word in words[k:k + 5]:
        if word in _LEVEL_OF_BEFORE or (len(word) == 4 and word.isdigit() and 1990 <= int(word) <= 2100):
            return True
        if word in _LEVEL_ENDS or word[:1].isdigit():
            return False
    return False


# Words that name a level the metric had, after "of"/"van": "of last year's", "van het huidige niveau".
_LEVEL_OF_BEFORE = frozenset({"level", "levels", "niveau", "niveaus", "baseline", "current", "huidige", "today's",
                              "present", "previous", "last", "vorig", "vorige", "prior", "year's", "omvang", "size",
                              "nulmeting", "uitgangswaarde", "voorgaande", "afgelopen"})
# Words that end the search: another clause or a comparison ("of total sales, up from last year's 30%").
_LEVEL_ENDS = frozenset({"up", "down", "from", "compared", "than", "dan", "by", "to", "in", "with", "and", "en",
                         "naar", "met", "tegen", "vanaf", "sinds", "since", "per"})


def change_noun_before(tokens, words: list[str], i: int) -> bool:
    """Issue 12, class "a change noun, its measure, then the size": "een vermindering van de
    CO2-uitstoot van 55 procent", "a reduction in energy use of 60 %", "a cut in emissions of 40 %":
    the percentage after "of"/"van" at ``i - 1`` is the size of the change named a few words before
    it (a noun of change followed by "of", "in", "van" or "op"), not a level of the measure. Of a
    range ("van 50 à 55 procent") both ends are; of a pair ("van 6% naar 4%") neither is."""
    if i + 2 < len(words) and words[i + 1] in TO_WORDS and tokens[i + 2][0] == "num":
        return False  # ("een daling van het verzuim van 6% naar 4%": from, then to)
    if i > 2 and words[i - 1] == "à" and tokens[i - 2][0] == "num":
        i -= 2  # ("van 50 à 55 procent": the range's upper end, read from where its lower end stands)
    if i < 3 or words[i - 1] not in ("of", "van"):
        return False
    for k in range(i - 3, max(-1, i - 9), -1):
        kind, word, _ = tokens[k]
        if kind != "word" or word in TO_WORDS or word in BY_WORDS:
            return False  # (another figure, or a "to"/"by" that states the goal its own way)
        if word not in COMPARATIVES and k + 1 < i and words[k + 1] in ("of", "in", "van", "op") and (
                word in CHANGE_WORDS or (len(word) > 6 and word.endswith(CHANGE_TAILS))):
            return True
    return False


def _more_than(words: list[str], i: int) -> bool:
    """"more than double", "meer dan een verdubbeling", "ruim verdubbelen", "over double": a factor
    said to be beaten. A "more" that is no "more than" ("do more and better – doubling our impact")
    beats nothing (issue 12, class "realism at the bound": doubling is exactly +100 %)."""
    before = words[max(0, i - 4):i]
    if (before and before[-1] in ("ruim", "over")) or (len(before) > 1 and before[-2] == "ruim"):
        return True
    return any(word in MORE_THAN and k + 1 < len(before) and before[k + 1] in ("than", "dan")
               for k, word in enumerate(before))


# Issue 12, class "a score out of a scale": the tokens lose the slash of "7/10", so a plain number
# right after another that is no larger is read as the scale the first is out of.
_SCALES_OUT_OF = frozenset({5.0, 10.0, 20.0, 100.0})


def _worked_out(tokens, words: list[str], used: list[bool], i: int) -> bool:
    """Whether the number at ``i`` belongs to a sum worked out or is a score's scale, and is no
    number of the goal (then it and its partner are marked used)."""
    value = tokens[i][2]
    if i + 3 < len(tokens) and words[i + 1] in TIMES_WORDS and tokens[i + 2][0] == "num" and (
            tokens[i + 3][0] == "num" and tokens[i + 3][2][0] == value[0] * tokens[i + 2][2][0]):
        used[i] = used[i + 2] = True  # "(20 x 3 = 60)": a sum worked out, its product is what counts
        return True
    if i and tokens[i - 1][0] == "num" and not used[i - 1] and value[0] in _SCALES_OUT_OF and not value[1] and not value[2] and (
            0 <= tokens[i - 1][2][0] <= value[0] and not tokens[i - 1][2][1]):
        used[i] = True  # "from 2/10 to 7/10", "18/20", "4,2/5": the scale a score is out of, no number
        return True
    return False


def find_amounts(goal: ParsedGoal, tokens, words, used) -> list[Number]:
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
        if i + 2 < n and words[i + 1] in SHARE_LINKS and (
                tokens[i + 2][2] is not None or words[i + 2] in OF_DE) and (kind == "word" or not (
                value[1] or value[2])) and (share := one_in(tokens, words, i)) is not None:
            number = Number(share[0], True, None, i)  # "een op de vijf", "one in four", "9 out of 10": a share
            last = share[1]
        elif kind == "num":
            if ((i and tokens[i - 1][0] == "num") or (i + 1 < n and words[i + 1] in TIMES_WORDS)) and _worked_out(
                    tokens, words, used, i):
                continue  # (a quick test first: most numbers follow a word and stand before no "x")
            number = Number(value[0], value[1], value[2], i)
            # (a quick test: most numbers are quantities; one that ends the text can name only if small)
            if (i and ((words[i + 1] in _AFTER_A_NAME_OR_DISTANCE if i + 1 < n else 0 < value[0] < 100)
                       or words[i - 1] in _AGE_OR_SPACE_BEFORE or words[i - 1] in NAME_HEADS or word[-2:] in (".0", ",0")
                       or (i > 1 and words[i - 2] in SPACE_WORDS))) or (
                    i + 2 < n and words[i + 1] in WINDOW_UNITS):
                number.role = _role_of_digits(tokens, words, i, value)
        elif kind == "range":
            number = Number(value[0], value[1], value[2], i, low=value[3])
            if _is_age(words, i):
                number.role = "age"  # "18-25-year-olds", "leeftijd 0-18 jaar": who, not how many
        elif (word in ARTICLES or word in ("one", "één")) and _scale_after(words, used, i):
            # "een miljard", "a million", "een half miljard", "a quarter million", "half a million":
            # an article that counts a scale, perhaps a piece of it
            piece = _PIECES.get(words[i + 1], 0.5 if i and words[i - 1] in ("half", "halve") else 1.0)
            number = Number(piece, False, None, i)
            last = i + (words[i + 1] in _PIECES)
        elif word in ARTICLES:
            continue
        elif _counts(goal, words, i, value) and not (word in ONE_WORDS and one_of_many(words, i)):
            number = Number(value, False, None, i)  # the number the word writes out (see ``_token``)
        else:
            continue  # (nor "one of the toughest targets", "één van onze doelen": a member, no figure)
        if last + 1 < n and words[last + 1] in GENERIC_NOUNS:
            continue  # "maar één ding", "three ways to grow": a count of no quantity
        j = number.end = _scaled(number, words, used, last) if last + 1 < n and words[last + 1] in SCALE_WORDS else last
        if kind == "word" and j + 1 < n and words[j + 1] in ("procent", "percent"):
            number.percent, number.end = True, j + 1  # "vijftig procent", "one hundred fifty percent" (issue 12)
            j += 1
        numbers.append(number)
        after_last = max(after_last, j + 1)
    mark_age_spans(words, numbers)  # "jongeren van 12 tot 18 jaar": two ages, no baseline and target
    add_nth_shares(words, tokens, numbers, Number)  # "every second customer", "elke derde bezoeker": 50 %, 33 %
    return numbers


def _scaled(number: Number, words: list[str], used: list[bool], last: int) -> int:
    """``number`` times the scale words after ``last`` ("two hundred thousand", "3 mln"); where they end."""
    j = last
    while j + 1 < len(words) and words[j + 1] in SCALE_WORDS and not used[j + 1]:
        j += 1
        number.value *= SCALE_WORDS[words[j]]
        number.scale *= SCALE_WORDS[words[j]]
        if number.low is not None:
            number.low *= SCALE_WORDS[words[j]]
    k = j + 1 + (j + 2 < len(words) and words[j + 1] == "and")
    if words[j] == "hundred" and k < len(words) and 0 < (rest := NUMBER_WORDS.get(words[k], 0)) < 100 and rest == int(rest):
        number.value += rest  # ("one hundred fifty", "two hundred and twenty": the rest below the hundred)
        return k
    return j


def _counts(goal: ParsedGoal, words: list[str], i: int, counted) -> bool:
    """Whether the number word at ``i`` counts something ("twelve", "drie"): not "half", not
    "ten minste", "no one", nor the Dutch preposition "ten"."""
    word = words[i]
    if counted is None or word in HALF_WORDS or word in ("halve", "halfjaar"):
        return False
    if (i + 1 < len(words) and words[i + 1] in NOT_QUANTITY_AFTER.get(word, ())) or (
            i and words[i - 1] in NOT_QUANTITY_BEFORE.get(word, ())):
        return False
    return not (word == "ten" and goal.lang == "nl")  # ("ten minste", "ten opzichte van")


def _names_a_thing(tokens, words: list[str], i: int, value) -> bool:
    """A small bare number right after a noun that is not a metric: "Radio 2", "division 1"."""
    if i == 0 or value[1] or value[2] or not 0 < value[0] < 100 or value[0] != int(value[0]):
        return False
    before = words[i - 1]
    after = words[i + 1] if i + 1 < len(words) else ""
    if after not in AFTER_A_NAME or not TO_WORDS.isdisjoint(words[max(0, i - 3):i - 1]):
        return False  # ("stijgen naar het rapportcijfer 7": the level to reach, not a name)
    return (tokens[i - 1][0] == "word" and before not in PHRASE_BREAKS and before not in DETERMINERS
            and before not in WORD_DIRECTIONS and before not in COUNT_QUALIFIERS
            and before not in QUANTITY_WORDS and before not in INTENT_VERBS
            and before not in ACTIVITY_VERBS and before not in dates.MONTHS
            and metric_for_word(before) is None and after in AFTER_A_NAME)


def _role_of_digits(tokens, words: list[str], i: int, value) -> str:
    """What a number in digits names, when it is no quantity ("Radio 2", "aged 20", "30-day
    mortality"), else ""."""
    n = len(words)
    if i and not value[1] and not value[2] and (words[i - 1] in NAME_HEADS or (
            words[i][-2:] in (".0", ",0") and value[0] < 10 and tokens[i - 1][0] == "word"
            and metric_for_word(words[i - 1]) is None and words[i - 1] not in _NOT_A_NAME)):
        return "label"  # (issue 12) "Radio 538", "iPhone 15", "ISO 9001", "Web 3.0", "Heineken 0.0": a name
    if i and ((words[i + 1] in _AFTER_A_NAME_OR_DISTANCE if i + 1 < n else 0 < value[0] < 100)
              or words[i - 1] in _AGE_OR_SPACE_BEFORE or (i > 1 and words[i - 2] in SPACE_WORDS)):
        return _what_it_names(tokens, words, i, value)
    if i + 2 < n and words[i + 1] in WINDOW_UNITS and window_of_the_measure(tokens, words, i, value):
        return "label"  # (opening the goal: "30-day readmissions below 12 %")
    return ""


def _what_it_names(tokens, words: list[str], i: int, value) -> str:
    """The role of a number that is no quantity by the words around it, else "": a name ("Radio
    2", "division 1"), an age ("women aged 20+"), a reach in space ("binnen een straal van 10 km")."""
    if _names_a_thing(tokens, words, i, value) or (
            i + 2 < len(words) and words[i + 1] in WINDOW_UNITS and window_of_the_measure(tokens, words, i, value)):
        return "label"
    if (i and words[i - 1] in _AGE_OR_SPACE_BEFORE and _an_age(words, i)) or (
            i + 1 < len(words) and words[i + 1] in _AGE_ADJECTIVES):
        return "age"  # (and "het 50-jarig jubileum", "a 10-year-old brand": how old, never how many)
    return "scope" if _a_reach_in_space(words, i) else ""


# Words after which "3.0" is a level to reach, not a version: "to 4.0", "a 4.0", "score 4.0".
_NOT_A_NAME = frozenset({"to", "naar", "tot", "a", "an", "een", "of", "van", "at", "op", "from", "score", "rating",
                         "cijfer", "rapportcijfer", "gemiddeld", "average", "minimaal", "minimum", "least"})
# The words one of which stands right before an age ("aged 20", "ouder dan 65") or a distance.
_AGE_OR_SPACE_BEFORE = frozenset({"aged", "age", "ages", "leeftijd", "dan", "than", "within", "binnen", "a", "een"})
_AGE_ADJECTIVES = frozenset({"jarig", "jarige", "jarigen", "year-old", "year-olds", "years-old", "plussers", "plusser"})
_AFTER_A_NAME_OR_DISTANCE = AFTER_A_NAME | DISTANCE_UNITS | WINDOW_UNITS | _AGE_ADJECTIVES  # ("30-day mortality")
def _an_age(words: list[str], i: int) -> bool:
    """A single age: "women aged 20+", "vanaf leeftijd 12", "klanten ouder dan 65", "under-25s" aside."""
    before = words[i - 1] if i else ""
    return before in ("aged", "age", "ages", "leeftijd") or (
        before in ("dan", "than") and i > 1 and words[i - 2] in ("ouder", "older", "jonger", "younger"))


def _a_reach_in_space(words: list[str], i: int) -> bool:
    """Issue 12, class "a distance that bounds the scope": "tot een afstand van 7,5 kilometer",
    "customers within a 10 km radius", "binnen 5 km van de winkel" say where the goal applies."""
    if i > 1 and words[i - 2] in SPACE_WORDS and words[i - 1] in ("van", "of"):
        return True  # "een straal van 10 km", "tot een afstand van 7,5 kilometer"
    if i + 1 < len(words) and words[i + 1] in DISTANCE_UNITS:
        return (i > 0 and words[i - 1] in ("within", "binnen", "a", "een")) or (
            i + 2 < len(words) and words[i + 2] in SPACE_WORDS) or (
            # "naar de supermarkt kunnen lopen (± 200 meter)": the length of a route to somewhere
            i > 1 and words[i - 1] in _MOTION_VERBS and any(
                word == "naar" or (word == "to" and words[k + 1] in DETERMINERS)
                for k, word in enumerate(words[max(0, i - 6):i - 1], max(0, i - 6))))
    return False


_MOTION_VERBS = frozenset({"lopen", "wandelen", "fietsen", "rijden", "walk", "walking", "cycle", "cycling", "drive"})


def _scale_after(words: list[str], used: list[bool], i: int) -> bool:
    """Whether a scale word follows ``words[i]``, perhaps after a piece: "een (half) miljard", "a quarter million"."""
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in _PIECES)
    return j < len(words) and words[j] in SCALE_WORDS and not used[j]


# The pieces of a scale an article may count: "een half miljard", "a quarter million", "een kwart miljoen".
_PIECES = {"half": 0.5, "halve": 0.5, "quarter": 0.25, "kwart": 0.25}


def _is_age(words: list[str], i: int) -> bool:
    """A range of ages: "18-25-year-olds", "aged 25-34", "van 0-18 jaar", "doelgroep (30-40 jaar)"."""
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    before2 = words[i - 2] if i > 1 else ""
    return after in ("year-olds", "year-old", "jarigen", "jarige", "yo") or (
        after in AGE_AFTER and (before in AGE_BEFORE or before2 in AGE_BEFORE or before in ("van", "of")
                                or before in AGE_GROUPS)) or (  # ("doelgroep (30-40 jaar)": whose ages)
        before in AGE_BEFORE and before != "tussen")
