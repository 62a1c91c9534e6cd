"""Where the metric stands: a number that says where it stood or stands, written beside the goal
(issue 12, DOMAIN.md "Reading real sentences", R: "baselines in the same goal").

Three readers: a cue ("currently 12 %", "(nu 58 %)", "up from 9,500"), last period's figure
("sold 57,600 units last year"), and a figure of then. Real goals often give the baseline in a
sentence of its own, as a fact rather than with "from" or "currently": "In 2018 was het restafval nog 140 kilo" (a year, then a past copula),
"Waar het oude museum 17.000 bezoekers per jaar trok" (a figure, then a past verb, in a clause
that sets it against the goal), "Nu is het aandeel nog slechts 5 %" (now, a copula, then "still
only"). Each makes the number the baseline, so the realism bounds apply to the goal's target.
``quantities.py`` asks these readers about a number it has not placed otherwise, and
:func:`past_verb_before` whether a change was what happened then ("daalde in 2024 met 10 procent").
"""

from __future__ import annotations

from .. import dates
from ..lexicon.directions import REACH, WORD_DIRECTIONS
from ..lexicon.quantity_words import (
    BASELINE_CUES,
    BY_WORDS,
    CHANGE_WORDS,
    GOAL_WORDS,
    HAVING,
    LAST_WORDS,
    PAST_GOAL,
    PAST_SIMPLE,
    QUALIFYING,
    REFERENCE_BEFORE,
    TO_WORDS,
)
from ..lexicon.time_words import NOW_WORDS, PAST_COPULAS, PAST_EVENTS
from ..lexicon.word_classes import names_a_goal
from .amounts import Number

# Words that may make a number a figure of then; a goal with none of them skips this module.
THEN_CUES = PAST_COPULAS | PAST_EVENTS | frozenset({"already", "al", "nog", "still", "afklokte", "afsloot", "eindigde", "strandde",
                                                   "kwam", "ended", "closed", "finished", "landed", "peaked",
                                                   "piekte"})

# Past verbs of landing on a figure: "afklokte op 243 kilo", "kwam uit op", "ended at".
_LANDED = frozenset({"afklokte", "afsloot", "eindigde", "strandde", "kwam", "ended", "closed", "finished", "landed",
                     "peaked", "piekte"})

# Clauses that set a fact against the goal: "waar het oude museum … trok", "whereas last season …".
_CONTRASTS = frozenset({"waar", "terwijl", "toen", "where", "whereas", "while", "when"})
_NOW = frozenset({"nu", "now", "momenteel", "currently", "vandaag", "today"})
_PRESENT_COPULAS = frozenset({"is", "zijn", "ligt", "liggen", "staat", "staan", "bedraagt", "bedragen", "are",
                              "stands", "sits"})
_STILL = frozenset({"nog", "still", "slechts", "only", "maar", "just", "pas"})
# What ends the clause a figure of then must stand in: a goal word, a "to", a target's verb.
_CLAUSE_ENDS = GOAL_WORDS | TO_WORDS


def figure_of_then(words: list[str], tokens, i: int) -> bool:
    """Whether the number at ``i`` says where the metric stood or stands, as a fact: after "in
    <year> was" ("In 2018 was de hoeveelheid nog 140 kilo"), before a past verb in a contrasting
    clause ("waar het museum 17.000 bezoekers trok"), or after "nu … is … nog slechts" ("Nu is
    het aandeel nog slechts 5 %")."""
    return _after_a_past_year(words, tokens, i) or _before_a_past_verb(words, i) or _still_now(words, i) or (
        _landed_at(words, i)) or _already_reached(words, i)


# Dutch finite forms of having and being that make "al" + figure a fact: "we hebben al 300 leden".
_HAVE_NL = frozenset({"hebben", "heeft", "heb", "hebt", "zijn", "is", "staat", "staan", "telt", "tellen", "zitten",
                      "zit"})
# What may stand between "already" and its figure: "already raised just over", "al ruim".
_UP_TO_FIGURE = HAVING | frozenset({"just", "over", "more", "than", "nearly", "almost", "meer", "dan", "bijna",
                                   "precies", "exactly", "roughly"})


def _already_reached(words: list[str], i: int) -> bool:
    """Issue 12, class "the figure already reached": "the university has already raised $410 million",
    "we already have 1,500 members", "we hebben al €20.000 opgehaald": progress so far, so where the
    metric stands. Needs a verb of having before "already"/"al", or a participle (English "-ed",
    Dutch "ge-") on either side of the figure; "al 10 jaar" (a duration) and "already reach 500"
    (a goal verb) are no baseline."""
    j = next((k for k in range(i - 1, max(-1, i - 5), -1) if words[k] in ("already", "al")), -1)
    if j < 0 or (i + 1 < len(words) and words[i + 1] in dates.PERIOD_UNITS):
        return False
    between = words[j + 1:i]
    if not all(word in _UP_TO_FIGURE or _participle(word) for word in between):
        return False  # ("already reach 500", "al naar 500": the goal's own figure)
    before = words[max(0, j - 2):j]
    after = words[i + 1:i + 4]
    return (not HAVING.isdisjoint(before) or not _HAVE_NL.isdisjoint(before) or "have" in between or any(
        _participle(word) for word in (*before, *between, *after))) and _CLAUSE_ENDS.isdisjoint(before)


def _participle(word: str) -> bool:
    """A past participle after the figure: "opgehaald", "geworven", "verkocht", "raised"."""
    return (word.endswith("ed") and len(word) > 4) or (len(word) > 5 and "ge" in word[:6] and word[-1] in "dtn") or (
        word in PAST_EVENTS)


def _landed_at(words: list[str], i: int) -> bool:
    """"dat in 2018 afklokte op 243 kilo", "de omzet kwam vorig jaar uit op 5 miljoen", "sales ended
    at 1.2 million": a past verb of landing, then "op"/"at" and the figure it landed on."""
    if i < 2 or words[i - 1] not in ("op", "at", "on"):
        return False
    verb = words[i - 3] if i > 2 and (words[i - 2] == "uit" or words[i - 2].isdigit()) else words[i - 2]
    return verb in PAST_EVENTS or verb in PAST_COPULAS or verb in _LANDED


def _after_a_past_year(words: list[str], tokens, i: int) -> bool:
    """"In 2018 was de hoeveelheid restafval per inwoner nog 140 kilogram", "In 2023 we had 800 customers"."""
    for j in range(i - 1, max(0, i - 9), -1):
        if words[j] in _CLAUSE_ENDS or names_a_goal(words[j]) or (
                tokens[j][0] == "num" and j < i - 1 and not _a_year(tokens[j])):
            return False  # ("het streefgetal in 2021 was 1000 euro": the goal's level of then)
        if _a_year(tokens[j]) and words[j - 1] in ("in", "anno") and not PAST_COPULAS.isdisjoint(words[j + 1:i]):
            # (the subject may stand before the verb: "In 2023 we had 800 customers", "in 2024 had de club 300 leden")
            return not (j > 1 and names_a_goal(words[j - 2]))
    return False


def _before_a_past_verb(words: list[str], i: int) -> bool:
    """"Waar het oude museum 17.000 bezoekers per jaar trok", "where the old shop sold 900 a
    year": a contrast, the figure and its past verb."""
    if not any(word in _CONTRASTS for word in words[max(0, i - 6):i]):
        return False
    if not PAST_EVENTS.isdisjoint(words[max(0, i - 3):i]):
        return True  # ("where the old club welcomed 1,000 members a year": English puts the verb first)
    for k in range(i + 1, min(len(words), i + 6)):
        if words[k] in PAST_EVENTS:
            return True
        if words[k] in _CLAUSE_ENDS:
            return False
    return False


def _still_now(words: list[str], i: int) -> bool:
    """"Nu is het aandeel hernieuwbare energie nog slechts 5 %", "today the rate is still only 2 %"."""
    j = i - 1
    while j >= 0 and words[j] in _STILL:
        j -= 1
    if j == i - 1:
        return False  # (no "still" or "only" right before the figure)
    clause = words[max(0, j - 8):j + 1]
    return not _NOW.isdisjoint(clause) and not _PRESENT_COPULAS.isdisjoint(clause) and _CLAUSE_ENDS.isdisjoint(clause)


def _a_year(token) -> bool:
    kind, raw, value = token
    return kind == "num" and raw.isdigit() and 1990 <= value[0] <= 2100


def baseline_cue(words: list[str], tokens, i: int) -> bool:
    """A number that says where the metric stands now: "currently 12", "(nu 58 %)", "huidige 40".

    "now" and "today" open many sentences ("Now he wants 55 million"), so they count only close
    to their number; nothing that states the goal may stand between a cue and its number.
    """
    for j in range(i - 1, max(-1, i - 9), -1):
        word = words[j]
        if word in BASELINE_CUES:
            if j > 0 and words[j - 1] in ("from", "vanaf") and word in ("now", "today", "nu", "vandaag"):
                return False  # ("six months from today", "vanaf vandaag": a period's point, no baseline)
            if word in ("today", "vandaag") and not _ANNOUNCING.isdisjoint(words[j - 1:j] + words[j + 1:j + 3]):
                return False  # ("Acme today announced a $5 million expansion": the day of the news)
            # ("Nu gebruiken we gemiddeld 125 liter …, dat moet naar 100": a "nu" that opens the goal
            # reaches further when a "naar"/"to" target follows)
            if word in NOW_WORDS and i - j > 4 and not all(w in HAVING for w in words[j + 1:i]) and not (
                    j == 0 and _last_index(words, TO_WORDS) > i):
                return False  # (but "now has a total of 450,000": the having reaches further)
            return not (word in ("now", "nu") and j + 1 < len(words) and words[j + 1] in ("al", "already"))
        if tokens[j][0] in ("num", "range", "date") or word in TO_WORDS or word in BY_WORDS or word in GOAL_WORDS \
                or (WORD_DIRECTIONS.get(word, REACH) != REACH and word not in QUALIFYING):
            break  # ("we currently get 40": a verb of having is no goal)
    return _cue_after(words, tokens, i)


# Verbs of the news beside "today": "today announced", "maakte vandaag bekend", "said today".
_ANNOUNCING = frozenset({"announced", "announces", "said", "says", "unveiled", "revealed", "reported", "launched",
                         "presented", "confirmed", "kondigde", "maakte", "meldde", "meldt", "presenteerde", "zei",
                         "zegt", "lanceerde", "bevestigde"})

# Words after a figure that say it holds now: "2,000 members today", "14.5 crore today", "40 % currently".
_NOW_AFTER = frozenset({"today", "currently", "vandaag", "momenteel", "presently", "thans"})


def _cue_after(words: list[str], tokens, i: int) -> bool:
    """Issue 12, class "a figure, then today": "we have 2,000 members today and want 5,000", "the
    traffic, which is 14.5 crore today, will grow to 42 crores", "we tellen 300 leden vandaag": a cue
    of now within two words after the figure (only its noun between) makes it where the metric
    stands. Not a figure the goal names ("to 5,000 members today", "by 20 % today")."""
    if i and (words[i - 1] in TO_WORDS or words[i - 1] in BY_WORDS or not GOAL_WORDS.isdisjoint(words[max(0, i - 3):i])):
        return False
    for j in range(i + 1, min(len(words), i + 4)):
        if words[j] in _NOW_AFTER or (j > i + 1 and words[j] in dates.PERIOD_UNITS and words[j + 1:j + 2] in (
                ["ago"], ["geleden"])):
            return True  # (and "400.000 een jaar geleden", "1,200 members two years ago": where it stood then)
        if tokens[j][0] != "word" or words[j] in _NOT_BETWEEN or words[j] in dates.PERIOD_UNITS:
            return False  # ("a rise of 400 on today": compared with today; "twee jaar geleden": a duration)
    return False


# Words that may not stand between a figure and its "today": a link to another figure or a comparison.
_NOT_BETWEEN = TO_WORDS | BY_WORDS | frozenset({"on", "op", "than", "dan", "vs", "versus", "compared", "tegenover",
                                               "from", "of", "van", "over"})


def last_periods_figure(words: list[str], i: int, prev: str) -> bool:
    """Issue 12, class "a figure of last year": a count followed closely by "last year", "vorig
    jaar", "afgelopen maand" ("sold 57,600 units last year") says where the metric stood. Not
    after a "to" or a goal word ("to 500 members last year" is odd; "more than last year" has no count)."""
    if prev in TO_WORDS or prev in BY_WORDS or prev in GOAL_WORDS or prev in CHANGE_WORDS:
        return False  # ("up 50 over previous quarter" is a change)
    around = [*words[max(0, i - 5):i], "|", *words[i + 1:i + 6]]  # ("verkochten vorig jaar 800 abonnementen",
    # "vorig jaar waren het er 20.000")
    if not GOAL_WORDS.isdisjoint(words[max(0, i - 4):i]):
        return False
    return any(word in LAST_WORDS and around[k + 1] in dates.PERIOD_UNITS
               and not (k and (around[k - 1] in ("than", "dan", "as", "als", "over") or around[k - 1] in REFERENCE_BEFORE))
               for k, word in enumerate(around[:-1]))


def _last_index(words: list[str], wanted: frozenset[str]) -> int:
    """The position of the last word in ``wanted``; -1 when there is none."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in wanted:
            return i
    return -1


def against_the_goal(words: list[str], at: int, i: int) -> bool:
    """Issue 12, class "progress against the goal": "we have raised $20,000 against our target of
    $50,000", "300 leden tegenover ons doel van 500". The comparison word at ``at`` sets the figure
    before it against the goal's own figure at ``i``, which is the target (an earlier goal, "against
    its previous target of", is a reference)."""
    between = words[at + 1:i]
    return any(map(names_a_goal, between)) and PAST_GOAL.isdisjoint(between)


def figure_before(numbers: list[Number], at: int) -> Number | None:
    """The unplaced number last before position ``at`` (the figure set against the goal), or None."""
    return next((num for num in reversed(numbers) if num.index < at and not num.role), None)


def past_verb_before(words: list[str], i: int) -> bool:
    """Issue 12, class "a change of then": "daalde in 2024 met 10 procent", "het aantal liep in 2021
    met 15 procent terug": a past verb up to five words before the change, with no goal word between,
    dates it as what happened, not the goal."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if words[j] in PAST_SIMPLE:
            return True
        if words[j] in GOAL_WORDS or (words[j][:1].isdigit() and not (len(words[j]) == 4 and words[j].isdigit())):
            return False
    return False
