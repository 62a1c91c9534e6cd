"""Read a goal written in Dutch or English: metric, direction, numbers, deadline, actor.

The text is split into tokens once (``tokens.py``); each part of the goal is then read from
them by its own module: the deadline (``deadlines.py``), what is measured (``metrics.py``), the
numbers (``quantities.py``) and who owns it (``actors.py``); the direction is read here. What the
text says is reported as a :class:`ParsedGoal`; judging it is ``smart.py``'s job.
"""

from __future__ import annotations

import re
from datetime import date
from operator import itemgetter

from .. import dates
from ..lexicon.directions import (
    AT_LEAST,
    AT_MOST,
    DECREASE,
    DIRECTION_FIRST_WORDS,
    DIRECTION_PHRASES,
    IMPROVE,
    INCREASE,
    KEEP,
    REACH,
    SEPARABLE_PARTICLES,
    WORD_DIRECTIONS,
)
from ..lexicon.metrics import Metric, metric_for_word
from ..lexicon.word_classes import BUILD_VERBS, names_a_goal
from .actors import find_owner
from .deadlines import find_deadline
from .metrics import find_metric
from .parsed import ParsedGoal
from .quantities import FACTOR_WORDS, TIMES_WORDS, find_numbers, may_state_a_change
from .tokens import MAX_TEXT, clean_text, detect_language, tokenize

__all__ = [
    "FACTOR_WORDS",
    "MAX_TEXT",
    "TIMES_WORDS",
    "ParsedGoal",
    "clean_text",
    "detect_language",
    "may_state_a_change",
    "parse_goal",
    "set_metric",
    "tokenize",
]


def parse_goal(text: object, *, reference: date | None = None) -> ParsedGoal:
    """Understand a goal's text. ``reference`` anchors periods and dates without a year.

    >>> g = parse_goal("Verhoog het aantal leads van 100 naar 150 binnen zes maanden",
    ...                reference=date(2027, 1, 1))
    >>> g.metric, g.direction, g.baseline, g.target, g.deadline
    ('leads', 'increase', 100.0, 150.0, datetime.date(2027, 7, 1))
    """
    goal = ParsedGoal()
    if not isinstance(text, str) or not text.strip():
        return goal
    clean = clean_text(text)
    tokens = tokenize(clean)
    words = list(map(itemgetter(1), tokens))
    goal.lang = detect_language(words)
    used = [False] * len(tokens)
    find_deadline(goal, tokens, words, used, reference or dates.today())
    _find_metric(goal, tokens, words, used, text)
    _find_direction(goal, words)
    find_numbers(goal, tokens, words, used)
    _find_actor(goal, tokens, words, text)
    return goal


# --- metric, direction, actor ----------------------------------------------------------------


def _find_metric(goal: ParsedGoal, tokens, words, used, text: str = "") -> None:
    found = find_metric(tokens, words, used, WORD_DIRECTIONS, goal.lang, text)
    if found is None:
        return
    goal.metric_words = found.words
    if found.known is not None:
        set_metric(goal, found.known)
    goal.rate_metric = found.rate


def set_metric(goal: ParsedGoal, metric: Metric) -> None:
    """Fill in what the lexicon knows of ``metric``: its names, which way is better, vanity."""
    goal.metric, goal.metric_nl = metric.name, metric.nl
    goal.vanity, goal.higher_is_better, goal.rate_metric = metric.vanity, metric.higher_is_better, metric.rate


def _find_direction(goal: ParsedGoal, words: list[str]) -> None:
    found: str | None = None
    named_change: str | None = None  # the direction of a change that is itself the metric ("de groei van X")
    changing = goal.metric_words.split(" ", 1)[0] if goal.metric_words and (
        " van " in goal.metric_words or " of " in goal.metric_words) else None
    counted = False  # whether a quantity (not a year) came before
    idiom = -1  # the second word of an idiom just passed over
    for i, word in enumerate(words):
        if word[:1].isdigit():
            counted = counted or not (len(word) == 4 and "1990" <= word <= "2100")
        elif counted and word in _PURPOSE_OPENERS and _opens_a_purpose(words, i):
            break  # "700.000 passagiers verwerken, om van daaruit door te groeien": the purpose is another goal
        if word in DIRECTION_FIRST_WORDS:
            phrase = None
            for size in (3, 2):
                phrase = DIRECTION_PHRASES.get(tuple(words[i : i + size]))
                if phrase:
                    break
            if phrase:
                found = phrase  # ("get more leads": "more" alone is no phrase, and "get" no reason to stop)
                break
        direction = WORD_DIRECTIONS.get(word)
        if direction and (i == idiom or (i + 1 < len(words) and words[i + 1] in _IDIOM_AFTER.get(word, ())) or (
                i > 0 and words[i - 1] in _IDIOM_BEFORE.get(word, ()))):
            idiom = i + 1  # "onder andere", "onder meer" (its "meer" too): among others; "a growth plan": a name
            continue
        if direction == KEEP and any(names_a_goal(w) for w in words[i + 1:i + 5]):  # (issue 12)
            continue  # "we houden vast aan de doelstelling van 20%", "we keep our target of": the goal is kept
        if direction and word in _MORE_OR_LESS and i + 1 < len(words) and _adjective(words[i + 1]):
            continue  # "become even more profitable", "meer ondernemend": said of a quality, not a measure
        if direction and word == changing:
            named_change = direction
            continue  # "de groei van het autoverkeer afremmen": the growth is the metric, the verb its direction
        if direction:
            if found == KEEP and direction not in (AT_MOST, AT_LEAST):
                continue  # "houdt het verloop onder 5%": the bound says more than "keep"
            found = direction
            if direction not in (REACH, KEEP):
                break
    if found is None:
        found = _compound_direction(words)  # "Kwaliteitsverbetering jaarprogramma", "omzetverhoging"
    if found in (None, REACH, KEEP):
        found = _separable_direction(words) or found
    if found is None:
        found = named_change  # "De groei van de omzet moet 10% zijn": no verb, the growth says it
    if found is None and goal.metric_words and not BUILD_VERBS.isdisjoint(words):
        found = INCREASE  # "build my email list": the metric found says it is a measure that grows
    if found == IMPROVE:
        found = INCREASE if goal.higher_is_better else DECREASE
    goal.direction = found


# Clauses that say what the goal is for or leads to; issue 12 added the consequences ("…, which will
# reduce emissions", "waardoor de hittestress vermindert", "focusing on increasing shade").
_PURPOSE_OPENERS = frozenset({"om", "zodat", "in", "so", "which", "focusing", "waardoor"})
# Issue 12, class "a direction word that is part of an idiom or a name": "onder andere/meer" is
# "among others", no ceiling; "a growth plan", "growth outlook", "groei strategie" name a plan,
# which says nothing of the way the goal's own metric should go.
# So are a phrasal verb's particle ("chalk up $1 billion", "days shut down"), "niet meer" (no
# longer) and more effort ("meer moeite doen", "do more to ensure"): how hard one works is no measure.
_PLAN_NOUNS = frozenset({"plan", "plans", "outlook", "strategy", "strategie", "ambitions", "ambities", "ambition",
                         "agenda", "story", "path", "phase", "fase", "programme", "program", "programma"})
_EFFORT = frozenset({"doen", "doet", "moeite", "inspanning", "inspanningen", "effort", "efforts"})
_IDIOM_AFTER = {"onder": frozenset({"andere", "anderen", "meer"}), "meer": _EFFORT, "more": _EFFORT,
                "keep": frozenset({"in"}),  # "keep in touch", "keep in mind"
                **dict.fromkeys(("growth", "groei", "expansion", "reduction", "reductie"), _PLAN_NOUNS)}
_IDIOM_BEFORE = {"up": frozenset({"chalk", "chalks", "sign", "signs", "set", "sets", "follow", "show", "end", "ends",
                                  "pick", "back", "make", "makes"}),
                 "down": frozenset({"shut", "shuts", "break", "breaks", "settle", "calm", "wind", "turn", "turns"}),
                 "meer": frozenset({"niet", "nooit"}), "more": frozenset({"do", "does", "doing"})}
_MORE_OR_LESS = frozenset({"more", "meer", "less", "minder"})
_ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "ive", "ical", "ient", "end", "lijk", "baar", "isch", "ig")


def _adjective(word: str) -> bool:
    return len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and metric_for_word(word) is None


def _opens_a_purpose(words: list[str], i: int) -> bool:
    """"om … te", "in order to", "so that", "zodat": a clause that says what the goal is for."""
    word = words[i]
    return word in ("om", "zodat", "which", "focusing", "waardoor") or (word in ("in", "so") and i + 1 < len(words) and words[i + 1] in ("order", "that", "as"))


# Change nouns that end Dutch compounds; their direction is the lexicon's.
_DIRECTION_TAILS = ("verbetering", "verhoging", "vergroting", "verlaging", "vermindering", "reductie", "stijging",
                    "daling", "uitbreiding")


def _compound_direction(words: list[str]) -> str | None:
    """A Dutch compound that ends in a change: "kwaliteitsverbetering", "kostenverlaging"."""
    for word in words:
        if len(word) > 9 and word[-4:] in ("ring", "ging", "ctie", "ding"):
            for tail in _DIRECTION_TAILS:
                if word.endswith(tail) and len(word) > len(tail) + 2:
                    return WORD_DIRECTIONS[tail]
    return None


def _separable_direction(words: list[str]) -> str | None:
    """A Dutch separable verb: "we brengen de wachttijd terug", "het verloop neemt af"."""
    for particle, (direction, stems) in SEPARABLE_PARTICLES.items():
        if particle in words and not stems.isdisjoint(words):
            stem = next(i for i, word in enumerate(words) if word in stems)
            end = words.index(particle)
            if "niet" not in words[min(stem, end):max(stem, end)]:
                return direction  # ("dat neemt niet weg dat …": an idiom, no direction)
    return None


def _find_actor(goal: ParsedGoal, tokens, words: list[str], text: str) -> None:
    owner = find_owner(words, [token[0] for token in tokens], goal.metric_words, text)
    if owner is not None:
        goal.actor = _as_written(owner, text)


def _as_written(words: str, text: str) -> str:
    """``words`` (lower case, from the tokens) as the text writes them: "De Lijn", "Coolblue"."""
    at = text.lower().find(words)
    while at > 0 and text[at - 1].isalnum():  # a whole word: "On" in "For the long term, On hopes …"
        at = text.lower().find(words, at + 1)
    if at >= 0 and len(text.lower()) == len(text):  # the common case: the words stand as they are
        return text[at:at + len(words)]
    found = re.search(r"[\W_]+".join(map(re.escape, words.split())), text, re.IGNORECASE)
    return found.group(0) if found else words
