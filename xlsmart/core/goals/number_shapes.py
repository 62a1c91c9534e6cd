"""Number shapes: what a figure is, told by the words just around it, where one word alone does
not say (issue 12, DOMAIN.md "Reading real sentences", M and R).

A change noun one or two words after a percentage ("60 % emissions reduction"), a bound on the
size of a change ("by at least 20 %", "met minstens een vijfde"), a share said as one in N ("een
op de vijf", "nine out of ten"), a window of time in a metric's name ("30-day mortality"), and the
bound said right before a number ("at most 5 %", "ruim 200", "NPS 50+"), and a signed figure that
counts the noun after it ("+10,000 followers", not "NPS of +20"), and shares that add up to a
whole ("60% online + 40% retail"). ``amounts.py`` and
``quantities.py`` ask these where a number's role is decided; each is tested where it is called,
so most numbers make no call.
"""

from __future__ import annotations

from .. import dates
from ..lexicon.directions import AT_LEAST, AT_MOST, DIRECTION_PHRASES, DIRECTION_WORDS
from ..lexicon.quantity_words import APPROXIMATELY, BOUND_PHRASE_ENDS, CHANGE_TAILS, CHANGE_WORDS, TO_WORDS
from ..lexicon.word_classes import CHANGE_NOUNS, DETERMINERS, PHRASE_BREAKS, names_a_goal
from ..numbers import ARTICLES


def change_noun_after(tokens, words: list[str], end: int) -> str:
    """Issue 12, class "a change noun after its measure": "60 % emissions reduction by 2035", "a
    70 per cent absolute reduction", "een 20% ledengroei": the percentage ending at ``end`` sizes
    the change named one or two words later, with the measure or a qualifier between. Returns that
    noun (its sign is read from it), or "" when none stands there. The noun must end the phrase
    (the end, or a break other than "to" after it): "95 % satisfaction, increase NPS to 50" puts a
    verb there, with its object after it."""
    n = len(words)
    for k in range(end + 2, min(end + 4, n)):
        between = words[k - 1]
        if tokens[k - 1][0] != "word" or between in PHRASE_BREAKS or between in DETERMINERS or (
                between in CHANGE_WORDS):
            return ""  # (a figure, a preposition, an article or "more" ends the phrase)
        word = words[k]
        if word in CHANGE_NOUNS or (len(word) > 6 and word.endswith(CHANGE_TAILS)):
            after = words[k + 1] if k + 1 < n else ""
            return word if not after or (after in PHRASE_BREAKS and after not in TO_WORDS) else ""
    return ""


# The words between the two counts of a share: "een op de vijf", "1 op 3", "one in four", "9 out of 10".
SHARE_LINKS = frozenset({"op", "in", "out"})
_ONES = frozenset({"een", "één", "a", "an", "one"})
# The word before the second count: "nine out of ten", "een op de vijf", "one in every three", "1 op elke 4".
OF_DE = frozenset({"of", "de", "every", "elke", "iedere"})


def _count_at(token) -> float | None:
    """The whole count a token writes ("5", "vijf", "een"), or None."""
    kind, word, value = token
    if kind == "num":
        number = value[0] if not value[1] and not value[2] and word.isdigit() else None
    else:
        number = 1.0 if word in _ONES else value if isinstance(value, float) else None
    return number if number is not None and number == int(number) else None


def one_in(tokens, words: list[str], i: int) -> tuple[float, int] | None:
    """Issue 12, class "a share said as one in N": "een op de vijf fietsen" (20 %), "1 op 3 klanten",
    "one in four visitors" (25 %), "nine out of ten callers" (90 %): the share as a percentage and the
    token its second count ends on; None when the words at ``i`` say none (a year, a time, "1 in 2027")."""
    link = words[i + 1]
    j = i + 2
    if link == "out":
        if words[j] != "of":
            return None
        j += 1
    elif (link == "op" and words[j] == "de") or words[j] in _EVERY:
        j += 1  # ("een op de vijf", "one in every three")
    if j >= len(words) or (j + 1 < len(words) and words[j + 1] in dates.PERIOD_UNITS):
        return None  # ("1 in 10 days": a rhythm)
    part, whole = _count_at(tokens[i]), _count_at(tokens[j])
    if part is None or whole is None or not 0 < part < whole <= 1000:
        return None
    return round(100.0 * part / whole, 2), j


_EVERY = frozenset({"every", "elke", "iedere"})


# A unit of time in the singular after a count: "30-day mortality", "the 5-year survival rate".
WINDOW_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute"})

# The words before a count of time that make it a stretch ("within 30 day", "every 2 week"), no window.
_BEFORE_A_STRETCH = frozenset({"within", "binnen", "in", "over", "per", "every", "each", "for", "after", "na", "by"})


def window_of_the_measure(tokens, words: list[str], i: int, value) -> bool:
    """Issue 12, class "a window in the metric's name": "reduce 30-day mortality", "the 5-year
    survival rate", "an 18-week wait": a whole count with a singular unit of time (the tokens lose
    the hyphen of "30-day") before a noun says how the metric is measured; it is no target, no
    baseline. A plan or campaign after it ("a 90-day plan") is its length, read in ``deadlines.py``;
    after a bound ("<5 day resolution", "under 4 hour response") the count is the ceiling."""
    after = words[i + 2]
    return (not value[1] and not value[2] and value[0] == int(value[0]) and 0 < value[0] <= 120
            and tokens[i + 2][0] == "word" and after not in PHRASE_BREAKS and after not in DETERMINERS
            and not names_a_goal(after) and (i == 0 or (words[i - 1] not in _BEFORE_A_STRETCH
                                                        and not bound_before(words, i))))


def by_a_bounded_change(words: list[str], i: int) -> int:
    """Issue 12, class "a bound on the size of a change": in "cut waiting times by at least 20 %",
    "met minstens een vijfde omlaag", "by no more than 5 %", "met ruim een kwart" the bound (or the
    rough word) between "by"/"met" and the size at ``i`` says how large the change is, not where
    the metric must stay: the size is a change all the same. Returns where "by"/"met" stands, or -1."""
    j = i - 1
    if j > 0 and words[j] in ARTICLES:
        j -= 1  # ("met minstens een vijfde": the fraction's article)
    k = j
    while k >= 0 and j - k < 3 and (words[k] in BOUND_PHRASE_ENDS or words[k] in _BOUND_PARTS or words[k] in APPROXIMATELY
                                   or words[k] in _BOUND_SINGLES):
        k -= 1
    return k if 0 <= k < j and words[k] in ("by", "met") else -1


# The words a bound on a change is made of: "at least", "no more than", "up to", "ten minste".
_BOUND_PARTS = frozenset({"at", "no", "not", "ten", "up", "to", "more", "less", "than", "meer", "minder", "dan", "tot"})
_BOUND_SINGLES = frozenset(word for word, direction in DIRECTION_WORDS.items() if direction in (AT_MOST, AT_LEAST))


def bound_before(words: list[str], index: int) -> str | None:
    """The bound said right before the number at ``index``: "at most 5%", "ruim 200", "NPS 50+"."""
    prev = words[index - 1] if index else ""
    if prev in BOUND_PHRASE_ENDS:
        for size in (3, 2):
            if index - size >= 0:
                phrase = DIRECTION_PHRASES.get(tuple(words[index - size : index]))
                if phrase in (AT_MOST, AT_LEAST):
                    return phrase
    if prev in {"€", "$", "de", "the", "us", "een", "a"} and index > 1:
        prev = words[index - 2]
    if prev in ("over", "ruim") and not (index + 1 < len(words) and words[index + 1] in dates.PERIOD_UNITS) and not (
            index > 1 and words[index - 2] in ("de", "het", "the")):
        return AT_LEAST  # "revenue over $4 million" (but "over 6 weken" is a period; "de ruim 50 bedrijven" a description)
    if index + 1 < len(words) and words[index + 1] == "+":
        return AT_LEAST  # "an occupancy of 70%+", "NPS 50+"
    if prev == ">" and index > 1 and words[index - 2][:1].isdigit():
        return None  # ("8% -> 4%": an arrow from a number, no floor)
    direction = DIRECTION_WORDS.get(prev)
    return direction if direction in (AT_MOST, AT_LEAST) else None


def scope_after_a_preposition(words: list[str], i: int) -> bool:
    """Issue 12, class "the N things the goal covers": "in de drie winkels", "across the four
    divisions", "uit de vier onderdelen": a count (no percent, no money) after a preposition and a
    definite article names what the goal spans, never its target ("naar de 500" still goes somewhere,
    Flemish "om en bij de 88 procent" is roughly 88 %)."""
    return i > 1 and words[i - 1] in ("the", "de", "het") and words[i - 2] in _SCOPE_PREPOSITIONS


_SCOPE_PREPOSITIONS = frozenset({"in", "across", "uit", "over", "among", "onder", "at", "op", "of", "van"})


def counts_a_noun(tokens, words: list[str], num) -> bool:
    """Whether a signed count counts the noun after it ("+10,000 followers"), not a level ("NPS of +20", "to +45")."""
    j, prev = num.end + 1, words[num.index - 1] if num.index else ""
    if num.percent:
        return False
    return j < len(words) and tokens[j][0] == "word" and words[j] not in _NOT_COUNTED and words[
        j] not in PHRASE_BREAKS and prev not in TO_WORDS and prev not in ("of", "van", "at", "op")


_NOT_COUNTED = frozenset({"by", "in", "within", "binnen", "voor", "before", "tegen", "per", "a", "each", "op", "at",
                          "on", "points", "punten", "punt", "point"})


def parts_of_a_mix(words: list[str], numbers, present) -> None:
    """Issue 12, class "a mix of shares": percentages joined by "+" that add up to 100 ("KES 52.2M
    (60% diploma + 40% certificate mix)", "70% online + 30% retail") split a whole into its parts;
    none is a change ("+ 40%") or the target. Each such part gets the role "part"."""
    if "+" not in present:
        return  # (one set test: most goals hold no "+")
    chain: list = []
    for num in numbers:
        if num.percent and not num.role and (not chain or (
                "+" in words[chain[-1].end + 1:num.index] and num.index - chain[-1].end <= 5)):
            chain.append(num)
            continue
        _mark_a_mix(words, chain)
        chain = [num] if num.percent and not num.role else []
    _mark_a_mix(words, chain)


def _mark_a_mix(words: list[str], chain: list) -> None:
    if len(chain) > 1 and abs(sum(num.value for num in chain) - 100.0) <= 1.0 and not (
            chain[0].index and words[chain[0].index - 1] in _LEVEL_BEFORE):  # ("to 70% + 30% …": a target first)
        for num in chain:
            num.role = "part"


_LEVEL_BEFORE = TO_WORDS | {"from", "van", "by", "met"}
