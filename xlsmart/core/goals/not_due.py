"""Times written beside a goal that are not when it is due (issue 12, DOMAIN.md "Reading real
sentences", T).

A comparison ("than last year", "t.o.v. 2024"), a founding ("opgericht in 2005"), the day a
goal was set ("in January 2019 I set a goal"), a time that dates a figure ("from $3.7 billion in
2002", "in 2016 was dit 34 procent", "below 2015 levels"), a short window that defines what the
metric counts ("users who buy again within 7 days"), and the start of a rhythm ("vanaf 2028
jaarlijks 5 % meer"). ``deadlines.py`` asks these before it takes a time as the deadline.
"""

from __future__ import annotations

from .. import dates
from ..lexicon.time_words import (
    COUNTED_PEOPLE,
    FOUNDING_WORDS,
    GOAL_SETTING_VERBS,
    NOW_WORDS,
    PAST_AUXILIARIES,
    PAST_COPULAS,
    PAST_EVENTS,
    PERIOD_INTRO,
    REFERENCE_ADJECTIVES,
    REFERENCE_WORDS,
    RELATIVE_WORDS,
    RHYTHM_ADVERBS,
    SEASONS,
    SERVICE_VERBS,
    SET_PARTICIPLES,
    SHORT_UNITS,
    START_WORDS,
)
from ..lexicon.word_classes import names_a_goal
from ..numbers import SCALE_WORDS
from .period_after_comparison import due_after_the_compared


def opens_a_start(words: list[str], i: int) -> bool:
    """Issue 12, class "a start is no deadline": "vanaf eind 2022 jaarlijks 10 %", "3 % annually
    starting next year" say when a rhythm begins, and a rhythm has no end. (With no rhythm, "vanaf
    2030 gebruiken we 50 % minder" is a level that holds from then on: 2030 is its deadline.)"""
    return i > 0 and words[i] not in NOW_WORDS and (words[i - 1] in START_WORDS or (
        i > 1 and words[i - 2] in START_WORDS and words[i - 1] not in PERIOD_INTRO))


def at_a_rhythm(words: list[str]) -> bool:
    """Whether the goal runs at a rhythm: "jaarlijks", "annually", "every year", "elk jaar"."""
    if not RHYTHM_ADVERBS.isdisjoint(words):
        return True
    return any(word in ("each", "every", "elk", "elke", "ieder", "iedere") and words[k + 1] in dates.PERIOD_UNITS
               for k, word in enumerate(words[:-1]))


def defines_the_metric(words: list[str], i: int) -> bool:
    """Whether the short window opening at ``i`` belongs to who the metric counts, not to when
    it is due: "customers who buy again within 7 days", "users completing setup within 7 days",
    "klanten die binnen 7 dagen terugkomen"."""
    if words[i] not in ("within", "binnen") or not any(word in SHORT_UNITS for word in words[i + 1:i + 4]):
        return False
    for j in range(max(0, i - 5), i - 1):
        if words[j] in COUNTED_PEOPLE and (words[j + 1] in RELATIVE_WORDS or words[j + 1].endswith("ing")):
            return True
    # Issue 12, class "a service norm": "patients are seen within 18 weeks", "uw klacht binnen 10
    # werkdagen afhandelen", "binnen zeven weken gereserveerd kan worden": how fast, not by when.
    return not SERVICE_VERBS.isdisjoint(words[max(0, i - 3):i + 11])


def _set_then(words: list[str], i: int) -> bool:
    """Whether the time at ``i`` is when a goal was set, not when it is due: "in 2019 stelde
    de gemeente het doel …", "in January of 2019, I made a goal …"."""
    if _SETTING_WORDS.isdisjoint(words[i + 1:i + 11]):
        return False  # (the common case, at the cost of one set test)
    for k in range(i + 1, min(len(words), i + 11)):  # ("In June 2023, the national operator set the … goal")
        if words[k] in GOAL_SETTING_VERBS and any(map(names_a_goal, words[k + 1:k + 6])):
            return True
        # "in 2021 werd de ambitie bijgesteld", "dit jaar is besloten dat …", "in 2019 it was agreed"
        if k < i + 7 and words[k] in SET_PARTICIPLES and not (i and words[i - 1] in _DUE_PREPOSITIONS) and (
                any(map(names_a_goal, words[max(i + 1, k - 4):k])) or words[k - 1] in PAST_AUXILIARIES):
            return True
    return False


def is_reference(words: list[str], i: int) -> bool:
    """'t.o.v. 2025', 'compared with last year', 'dan vorig jaar': a comparison, not a deadline;
    nor is a founding ("opgericht in 2005") or the day a goal was set ("in 2019 stelde …")."""
    if not _may_be_reference(words, i):
        return False  # (the common case: none of the words any reading below needs is there)
    if _dates_a_figure(words, i):
        return True
    window = words[max(0, i - 3):i]
    if words[i] in _PERIOD_OPENERS:
        return False  # ("stijgt met 10 punten t.o.v. de baseline binnen 12 maanden": nothing compares with "within")
    if not _FOUNDING_OR_REFERENCE.isdisjoint(window):  # (one set test first: most times have neither before them)
        for j in range(max(0, i - 3), i):
            word = words[j]
            if word in FOUNDING_WORDS:
                return True
            if word in REFERENCE_WORDS and not (
                    word in REFERENCE_ADJECTIVES and j + 1 < i and words[j + 1] in dates.PERIOD_UNITS) and not (
                    j + 1 < i and words[j + 1][:1] in _FIGURE_STARTS) and not (  # ("more than 50% by June 30": a bound)
                    word in ("than", "dan") and not _THAN_FILLERS.issuperset(words[j + 1:i])) and not (
                    due_after_the_compared(words, j, i)):  # ("vs baseline by 2030": the comparison ended)
                return True  # (but "more than double by 2027", "meer dan verdubbelen in 2027": a bound on the change)
    if i and words[i - 1] in ("van", "of", "vóór", "voor", "before") and not _LEVEL_WORDS.isdisjoint(window):
        return True  # "het niveau van vóór 2011", "the level of 2019": a yardstick
    return _set_then(words, i)


def _may_be_reference(words: list[str], i: int) -> bool:
    """Whether the time at ``i`` may be a reference: a level word, a past copula or a verb of
    setting after it, a founding, comparison or level word in the three words before it, or a
    figure after "from"/"van"/"vanaf" right before it. False proves :func:`is_reference` false."""
    if not _CUES_AFTER.isdisjoint(words[i + 1:i + 11]):
        return True
    if i == 0:
        return False
    if not _CUES_BEFORE.isdisjoint(words[max(0, i - 5):i]):
        return True  # (five words: "delivered $107 billion in 2023")
    return _from_figure_before(words, i) > 0 or (i > 1 and words[i - 1] == "in" and (
        words[i - 2][:1] in _FIGURE_STARTS or words[i - 2] in SCALE_WORDS))


def _from_figure_before(words: list[str], i: int) -> int:
    """Where a figure after "from"/"van"/"vanaf" stands right before the time at ``i`` (> 0),
    past an "in"/"anno" and scale words ("from $3.7 billion in 2002"); 0 when none does."""
    j = i - 1 - (words[i - 1] in ("in", "anno"))
    while j > 0 and words[j] in SCALE_WORDS:
        j -= 1
    return j if j >= 1 and words[j][:1] in _FIGURE_STARTS and words[j - 1] in ("from", "van", "vanaf") else 0


def _dates_a_figure(words: list[str], i: int) -> bool:
    """Issue 12, class "a year that dates a figure": the time at ``i`` says when a number held,
    not when the goal is due: after a from-number ("from $3.7 billion in 2002", "van 78 %
    (oktober 2017) naar 95 %") or before a past copula ("in 2016 was dit 34 procent")."""
    n = len(words)
    if i + 1 < n and words[i + 1] in _LEVEL_WORDS:
        return True  # "50 % below 2005 levels", "onder het niveau van 2019": a year as a yardstick
    if i == 0:
        return False  # (no room for a figure or an "in" before it)
    before = words[i - 1]
    if before == "in" and i + 1 < n:
        after = i + 1 + (words[i][0].isalpha() and words[i + 1][:1].isdigit())
        if after < n and words[after] in PAST_COPULAS and not (i > 1 and names_a_goal(words[i - 2])):
            return True  # ("the goal in 2020 was to reach 600": the goal's year)
    if _past_event(words, i) or _figure_beside_a_figure(words, i):
        return True
    j = _from_figure_before(words, i)
    if not j:
        return False
    # ("een ledenaantal van 175.000 in 2010" is the goal's level: a Dutch "van" is "from" only with a "naar")
    return words[j - 1] in ("from", "vanaf") or any(word in ("naar", "tot") for word in words[i + 1:i + 8])


def _figure_beside_a_figure(words: list[str], i: int) -> bool:
    """Issue 12, class "a dated figure beside the target": "naar 45 (in 2024: 30)", "to 45 (30 in
    2024)", "£10k in 2020 and £14k in 2019". Two figures stand side by side with "in <year>" between
    or after them only across a bracket or a colon: the year says when one of them held, not when the
    goal is due ("grow to 800 in 2027" has a word before its figure). A list of dated figures dates
    each ("… in 2020 and 14k in 2019")."""
    if i < 3 or words[i - 1] != "in" or not _a_year(words[i]):
        return False
    j = i - 2
    while j > 1 and words[j] in SCALE_WORDS:
        j -= 1  # past the scale of the figure: "1,9 miljoen in 2024"
    if not _a_figure(words[j]):
        return False
    if _a_figure(words[j - 1]) or (i + 1 < len(words) and _a_figure(words[i + 1])):
        return True
    return j > 2 and words[j - 1] in ("and", "en") and words[j - 3] == "in" and _dates_a_figure(words, j - 2)


def _a_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit()


def _a_figure(word: str) -> bool:
    """A number that is no year: "45", "£14k", "7,5", "60%" (a year or a year range dates, it counts nothing)."""
    return word[:1] in _FIGURE_STARTS and not _a_year(word) and not (len(word) == 9 and word[4] == "-")


def _past_event(words: list[str], i: int) -> bool:
    """Issue 12, class "a time that dates a past event": a verb in the past tense right before
    "in <time>" ("we delivered in 2023", "het verzuim bedroeg in 2015 6,8 %", "customers who have
    made purchases in 2012") or right after the time ("in de zomer startte", "die dit jaar
    deelnamen", "in maart 2005 geboren") says when something happened, not when the goal is due."""
    n = len(words)
    k = i + 1
    while k < n and k < i + 3 and (words[k] in _TIME_NOUNS or words[k].isdigit()):
        k += 1  # past the rest of the time: "dit jaar", "maart 2005"
    if k < n and (words[k] in PAST_EVENTS or words[k] in FOUNDING_WORDS) and not (
            i and words[i - 1] in _DUE_PREPOSITIONS) and not (i > 1 and names_a_goal(words[i - 2])):
        return True  # (not "by 2030 grew …": a time due, whatever follows)
    if i < 2 or words[i - 1] not in ("in", "during", "tijdens"):
        return False
    j = i - 2
    if j > 1 and words[j - 1][:1] in _FIGURE_STARTS and words[j] not in PAST_EVENTS:
        j -= 1  # past what the figure counts: "we sold 40,000 units in 2024"
    while j > 0 and (words[j] in SCALE_WORDS or words[j][:1] in _FIGURE_STARTS):
        j -= 1  # past the figure the time dates: "we delivered $107 billion in 2023"
    verb = words[j]
    if verb in PAST_EVENTS or verb in PAST_COPULAS:
        return True
    # "who have made purchases in 2012": a perfect with its object between (not "will have made")
    return i > 3 and verb.isalpha() and words[i - 3] in _PAST_PARTICIPLES and words[i - 4] in (
        "have", "has", "had", "hebben", "heeft") and (i < 5 or words[i - 5] not in ("will", "zullen", "zal"))


_FIGURE_STARTS = frozenset("0123456789€$£")
# The words that may stand between "than"/"dan" and the time it compares with: "than in 2025", "dan vorig jaar".
_THAN_FILLERS = frozenset({"in", "the", "de", "het", "at", "during", "tijdens", "of", "van", "op", "over", "last",
                           "vorig", "vorige", "previous", "afgelopen", "same", "zelfde", "dezelfde", "hetzelfde"})
# Words that open a stretch of time: what follows them is never the yardstick of a comparison.
_PERIOD_OPENERS = frozenset({"binnen", "within", "uiterlijk"})
_TIME_NOUNS = frozenset(dates.PERIOD_UNITS) | frozenset(dates.MONTHS) | frozenset(SEASONS)
_PAST_PARTICIPLES = PAST_EVENTS | frozenset({"made", "done", "had", "gemaakt", "gedaan", "gehad"})
_SETTING_WORDS = GOAL_SETTING_VERBS | SET_PARTICIPLES
_FOUNDING_OR_REFERENCE = FOUNDING_WORDS | REFERENCE_WORDS
# ("voor 2030 is een streefdoel gesteld": the goal is for 2030, set whenever)
_DUE_PREPOSITIONS = frozenset({"voor", "vóór", "by", "before", "tegen", "for", "uiterlijk", "until", "tot"})
_LEVEL_WORDS = frozenset({"level", "levels", "niveau", "niveaus", "baseline", "figures", "cijfers"})
# The words after a time (up to ten) and before it (up to three) that one of the readings of
# :func:`is_reference` needs (a quick test before them).
_CUES_AFTER = _LEVEL_WORDS | PAST_COPULAS | _SETTING_WORDS | PAST_EVENTS | FOUNDING_WORDS
_CUES_BEFORE = _FOUNDING_OR_REFERENCE | _LEVEL_WORDS | PAST_EVENTS | PAST_COPULAS | _PAST_PARTICIPLES


def rate_only(words: list[str]) -> str | None:
    """A rhythm with no deadline ("per month", "weekly"): reported when nothing gives a deadline."""
    for i, word in enumerate(words):
        if word in {"per", "each", "every", "elke", "iedere", "a", "an"} and i + 1 < len(words) and (
                words[i + 1] in dates.PERIOD_UNITS):
            return f"{word} {words[i + 1]}"
        if word in {"weekly", "monthly", "wekelijks", "maandelijks", "jaarlijks", "yearly", "annually", "daily", "dagelijks"}:
            return word
    return None
