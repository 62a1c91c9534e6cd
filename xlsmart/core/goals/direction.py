"""Direction: which way a goal moves its metric (increase, decrease, keep, a bound, or a level to reach).

Read from the words after the metric is found (``metrics.py``), because a direction word that
is part of the metric's name ("de groei van X") or an idiom ("onder andere", "keep in mind",
"a growth plan") says nothing of the way. The word tables are in ``lexicon/directions.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import PERIOD_UNITS
from ..lexicon.directions import (
    ADDING,
    ADDING_OBJECTS,
    ADJECTIVE_ENDINGS,
    AT_LEAST,
    AT_MOST,
    BOUNDS_AFTER_A_FIGURE,
    CIRCUMSTANCES,
    DECREASE,
    DIRECTION_FIRST_WORDS,
    DIRECTION_PHRASES,
    DIRECTION_TAILS,
    IDIOM_AFTER,
    IDIOM_BEFORE,
    IMPROVE,
    INCREASE,
    KEEP,
    MEANING_VERBS,
    MORE_OR_LESS,
    PLAN_NOUNS,
    PURPOSE_OPENERS,
    REACH,
    SAVING,
    SEPARABLE_PARTICLES,
    SPLIT_ACQUIRING,
    TREND_WORDS,
    WORD_DIRECTIONS,
    WRITING_VERBS,
)
from ..lexicon.metric_cues import CONCESSIVE, DOING_COMPARATIVES, LOSING_WEIGHT, WEIGHT_UNITS
from ..lexicon.metrics import metric_for_word
from ..lexicon.word_classes import BUILD_VERBS, names_a_goal
from .direction_aside import ASIDE_GATE, said_aside
from .direction_more import MORE_OF, more_of_a_count
from .direction_polarity import POLARITIES, polarity_before_a_figure
from .direction_reasons import own_clause
from .direction_records import SUPERLATIVES, a_record
from .metric_shapes import short_time_bound
from .metrics import conceded

if TYPE_CHECKING:
    from .parsed import ParsedGoal


def find_direction(goal: ParsedGoal, words: list[str]) -> None:
    """Which way the goal moves its metric: the first direction word or phrase that is no idiom,
    a Dutch compound or separable verb, or the growth the metric itself names."""
    words = own_clause(words)  # ("… because it increases sales", "…, hoewel het langer zal duren": another clause)
    found: str | None = None
    named_change: str | None = None  # the direction of a change that is itself the metric ("de groei van X")
    changing = goal.metric_words.split(" ", 1)[0] if goal.metric_words and (
        " van " in goal.metric_words or " of " in goal.metric_words) else None
    counted = False  # whether a quantity (not a year) came before
    idiom = -1  # the second word of an idiom just passed over
    concessive = not CONCESSIVE.isdisjoint(words)  # (most goals concede nothing: no word to look back for)
    aside = not ASIDE_GATE.isdisjoint(words)  # (most goals say no direction of another thing: "not for more tourists")
    for i, word in enumerate(words):
        if word[:1].isdigit():  # (a year, or a count of time as "in 3 jaar", is no quantity of the goal)
            counted = counted or not ((len(word) == 4 and "1990" <= word <= "2100") or (
                i + 1 < len(words) and words[i + 1] in PERIOD_UNITS))
        elif counted and word in PURPOSE_OPENERS and _opens_a_purpose(words, i):
            break  # "700.000 passagiers verwerken, om van daaruit door te groeien": the purpose is another goal
        if word in _FIRST_WORDS:
            phrase = _phrase_at(words, i) if word not in _OR else _bound_after_a_figure(words, i) if (
                i + 1 < len(words) and words[i + 1] in _AFTER_OR) else None  # ("of"/"or" mostly bound nothing)
            if phrase and not (i and words[i - 1] in _SIZING and phrase in (AT_MOST, AT_LEAST)):
                found = phrase  # ("get more leads": "more" alone is no phrase, and "get" no reason to stop)
                break
        direction = WORD_DIRECTIONS.get(word)
        if not direction or (i and words[i - 1] in _SIZING and direction in (AT_MOST, AT_LEAST)):
            continue  # ("met minstens 20% omlaag", "by at least 20 %": the bound sizes the change, the verb says which way)
        if concessive and conceded(words, WORD_DIRECTIONS, i):
            continue  # "ondanks de groei van het inwonersaantal", "despite rising costs": the setting
        if aside and said_aside(words, i):
            continue  # "not for more tourists", "hoewel de markt krimpt", "to better compete": another thing's
        if (word in ADDING and not _adds_the_metric(goal, words, i)) or (word in SAVING and not _saves(words, i)):
            continue  # "Add the contributors bot to the marketplace (… 250 app installs)": work, not more of it;
            # "save 1,000 lives": more lives, not less of anything
        if i == idiom or (word in _IDIOM_WORDS and _in_an_idiom(words, i)):
            idiom = i + 1  # "onder andere", "onder meer" (its "meer" too): among others; "a growth plan": a name
            continue
        if (direction == KEEP or word in MORE_OR_LESS) and _said_of_another_thing(words, i, direction):
            continue
        if word == changing:
            named_change = direction
            continue  # "de groei van het autoverkeer afremmen": the growth is the metric, the verb its direction
        if found == KEEP and direction not in (AT_MOST, AT_LEAST) and word not in TREND_WORDS:
            continue  # "houdt het verloop onder 5%": the bound says more than "keep" (as "keep the upward trend")
        found = direction
        if direction not in (REACH, KEEP):
            break
    # (a word that says up, down or a bound settles it: most goals have one)
    goal.direction = found if found in _SETTLED else _without_a_word(goal, words, found, named_change)


_SETTLED = frozenset({INCREASE, DECREASE, AT_MOST, AT_LEAST})
_SHORT_TIMES = frozenset({"minutes", "minute", "hours", "hour", "days", "day", "weeks", "seconds", "minuten", "uur",
                              "uren", "dagen", "weken", "seconden", "min", "hrs", "mins"})

# Words after which a bound sizes a change rather than the metric: "by at least", "met minstens".
_SIZING = frozenset({"by", "met"})
_OR = frozenset(phrase[0] for phrase in BOUNDS_AFTER_A_FIGURE)  # ("400 members or more", "4 minuten of minder")
_FIRST_WORDS = DIRECTION_FIRST_WORDS | _OR
_AFTER_OR = frozenset(phrase[1] for phrase in BOUNDS_AFTER_A_FIGURE)
_POLARITY_WORDS = frozenset(POLARITIES)
_GROWTHS = frozenset({"growth", "groei"})
_IDIOM_WORDS = frozenset(IDIOM_AFTER) | frozenset(IDIOM_BEFORE) | MEANING_VERBS  # (the words an idiom may hold)


def _bound_after_a_figure(words: list[str], i: int) -> str | None:
    """Issue 12, class "a bound written as a phrase": "or more", "of minder" at ``i`` bound a figure said just
    before ("400 members or more", "4 minuten of minder"); elsewhere they are no bound ("dezelfde of meer
    verkeer")."""
    bound = BOUNDS_AFTER_A_FIGURE.get(tuple(words[i:i + 2]))
    return bound if bound and any(w[:1].isdigit() for w in words[max(0, i - 3):i]) else None


def _adds_the_metric(goal: ParsedGoal, words: list[str], i: int) -> bool:
    """Whether the verb of adding at ``i`` governs the metric or a count ("add 500 subscribers",
    "add more value", "voeg 20 nieuwe klanten toe"), rather than a thing put in place ("add a
    chatbot to the site")."""
    near = words[i + 1:i + 4]
    if any(word[:1].isdigit() or word in ADDING_OBJECTS for word in near):
        return True
    first = goal.metric_words.split(" ", 1)[0] if goal.metric_words else None
    return first is not None and (first in near or first in words[max(0, i - 4):i])


def _saves(words: list[str], i: int) -> bool:
    """Whether the verb of saving at ``i`` saves money, time or a share of something ("save $7.5M in cost",
    "save 45 minutes a week", "a 20% saving in energy costs", "save on shipping"), which is spending less of it."""
    near = words[i + 1:i + 5]
    return (i + 1 < len(words) and words[i + 1] in ("on", "in", "op")) or any(
        word[:1] in ("$", "€", "£") or word.endswith("%") or word in _SHORT_TIMES for word in near) or (
        i > 0 and words[i - 1].endswith("%"))


def _phrase_at(words: list[str], i: int) -> str | None:
    """The direction of a phrase of three or two words at ``i``: "at least", "no more than"."""
    for size in (3, 2):
        phrase = DIRECTION_PHRASES.get(tuple(words[i : i + size]))
        if phrase:
            return phrase
    return None


def _in_an_idiom(words: list[str], i: int) -> bool:
    """Whether the direction word at ``i`` is part of an idiom or a name: "onder andere", "a growth
    plan", "chalk up", "niet meer", "keep in mind"."""
    word = words[i]
    j = i + 1 + (i + 2 < len(words) and words[i + 1] in ("de", "the", "all", "alle"))  # ("boven de verwachtingen")
    k = i - 1 - (i > 1 and words[i - 1] == "te")  # ("over te houden": the particle before "te")
    return (j < len(words) and words[j] in IDIOM_AFTER.get(word, ())) or (
        k >= 0 and words[k] in IDIOM_BEFORE.get(word, ())) or (
        word in ("down", "up") and _written(words, i)) or (word in ("under", "onder") and _a_circumstance(words, j)) or (
        word in MEANING_VERBS and words[i + 1:i + 3] == ["in", "dat"]) or (  # ("dit houdt in dat": it means that)
        word in _GROWTHS and _aim_of_a_plan(words, i))


def _aim_of_a_plan(words: list[str], i: int) -> bool:
    """Issue 12, class "growth as the aim of a plan": whether the growth word at ``i`` is what a plan is for,
    up to two words after "for"/"voor" ("the national strategy for sustainable tourism growth", "een plan
    voor duurzame groei"): the plan's name, no direction of the goal's metric."""
    return any(words[k] in ("for", "voor") and words[k - 1] in PLAN_NOUNS for k in range(max(1, i - 3), i))


def _a_circumstance(words: list[str], j: int) -> bool:
    """Issue 12, class "under a circumstance": whether the noun after "under"/"onder" (and up to two words
    that describe it, no figure) names a setting ("under the new plan", "onder de nieuwe afspraken")."""
    for word in words[j:j + 3]:
        if word in CIRCUMSTANCES:
            return True
        if word[:1].isdigit():
            return False  # ("under 5 % of the plan": a figure bounds)
    return False


def _written(words: list[str], i: int) -> bool:
    """Whether "down"/"up" at ``i`` closes a verb of writing or finding split by its object ("write
    that goal down", "jot your target of $80,000 down"), with no other verb between ("write a plan to
    bring costs down" still brings them down)."""
    for k in range(i - 1, max(-1, i - 8), -1):
        if words[k] in WRITING_VERBS:
            return True
        if words[k] in WORD_DIRECTIONS or words[k] in ("to", "and", "en", "te"):
            return False
    return False


def _said_of_another_thing(words: list[str], i: int, direction: str) -> bool:
    """Whether the direction word at ``i`` is said of the goal itself ("we keep our target of
    20%", issue 12) or of a quality ("become even more profitable"), not of a measure."""
    if direction == KEEP and any(names_a_goal(w) for w in words[i + 1:i + 5]):
        return True
    return words[i] in MORE_OR_LESS and i + 1 < len(words) and _adjective(words[i + 1])


def _without_a_word(goal: ParsedGoal, words: list[str], found: str | None, named_change: str | None) -> str | None:
    """The direction when no word settled it: a Dutch compound or separable verb, the growth the
    metric names, building a measure; "improve" made up or down by the metric."""
    if found is None:
        found = _compound_direction(words)  # "Kwaliteitsverbetering jaarprogramma", "omzetverhoging"
    if found in (None, REACH, KEEP):
        found = _separable_direction(words) or found
    if found in (None, REACH) and not _SPLIT_PARTICLES.isdisjoint(words):
        found = _split_acquisition(words, goal.metric_words) or found  # "marktaandeel binnen te slepen"
    if found in (None, REACH) and not MORE_OF.isdisjoint(words) and more_of_a_count(words):
        found = INCREASE  # "another 500 subscribers", "nog 300 leden werven": a count added
    if found in (None, REACH) and not SUPERLATIVES.isdisjoint(words) and a_record(words):
        found = INCREASE  # "our best customer rating to date", "de hoogste omzet ooit": a record to set
    if found in (None, REACH) and not _POLARITY_WORDS.isdisjoint(words):
        found = polarity_before_a_figure(words) or found  # "Average wait time Low 4 minutes": a scorecard's polarity
    if found is None:
        found = named_change  # "De groei van de omzet moet 10% zijn": no verb, the growth says it
    if found is None and goal.metric_words and not BUILD_VERBS.isdisjoint(words):
        found = INCREASE  # "build my email list": the metric found says it is a measure that grows
    if found == IMPROVE:
        found = INCREASE if goal.higher_is_better else DECREASE
    if found in (None, REACH) and goal.metric_words in WEIGHT_UNITS and not LOSING_WEIGHT.isdisjoint(words):
        found = DECREASE  # "lose 10 pounds": the weight goes down
    if found is None and goal.metric_words and not DOING_COMPARATIVES.isdisjoint(words):
        found = INCREASE  # "sneller ter plekke zijn", "langer in de centra blijven": more of what is done
    if found in (None, REACH) and goal.metric_words and short_time_bound(words) is not None:
        found = AT_MOST  # "telefoontjes binnen twee minuten afhandelen": a ceiling on the time each takes
    return found


_SPLIT_PARTICLES = frozenset(SPLIT_ACQUIRING)
_NOT_AN_OBJECT = frozenset({"onder", "in", "en", "maar", "want", "tot", "voor", "dit", "volgend", "komend"})


def _split_acquisition(words: list[str], metric_words: str | None) -> str | None:
    """Issue 12, class "a Dutch verb of acquiring split in two": the particle right before its stem, or before
    "te" and the stem ("binnen te slepen", "binnen halen", "bij komen"), or "bij" closing a clause with a
    quantitative "er" before it ("er komen zes winkels bij", "wil er een stuk of tien mensen bij"): an addition
    to the metric, which stands within six words before it (but "bij de klant", "bij 17.500 leden" have an
    object; "binnen drie jaar halen" is "within"; "meer moeite doen om bedrijven binnen te halen" acquires the
    companies, not the effort)."""
    head = metric_words.rsplit(" ", 1)[-1] if metric_words else None
    n = len(words)
    for i, word in enumerate(words):
        stems = SPLIT_ACQUIRING.get(word)
        if stems is None or (head not in words[max(0, i - 6):i] and not any(
                w[:1].isdigit() for w in words[max(0, i - 8):i])):  # (or a figure before: "6,7 miljoen … binnen te halen")
            continue
        if i + 1 < n and (words[i + 1] in stems or (words[i + 1] == "te" and i + 2 < n and words[i + 2] in stems)):
            return INCREASE
        if word == "bij" and "er" in words[:i] and (i + 1 == n or words[i + 1] in _NOT_AN_OBJECT):
            return INCREASE
    return None


def _adjective(word: str) -> bool:
    return len(word) > 5 and word.endswith(ADJECTIVE_ENDINGS) and metric_for_word(word) is None


def _opens_a_purpose(words: list[str], i: int) -> bool:
    """"om … te", "in order to", "so that", "zodat": a clause that says what the goal is for."""
    word = words[i]
    return word in ("om", "zodat", "which", "focusing", "waardoor") or (word in ("in", "so") and i + 1 < len(words) and words[i + 1] in ("order", "that", "as"))


def _compound_direction(words: list[str]) -> str | None:
    """A Dutch compound that ends in a change: "kwaliteitsverbetering", "kostenverlaging"."""
    for word in words:
        if len(word) > 9 and word[-4:] in ("ring", "ging", "ctie", "ding"):
            for tail in DIRECTION_TAILS:
                if word.endswith(tail) and len(word) > len(tail) + 2:
                    return WORD_DIRECTIONS[tail]
    return None


def _separable_direction(words: list[str]) -> str | None:
    """A Dutch separable verb: "we brengen de wachttijd terug", "het verloop neemt af"."""
    if SEPARABLE_PARTICLES.keys().isdisjoint(words):
        return None  # (most goals hold no particle: one set test instead of a scan of the words for each)
    for particle, (direction, stems) in SEPARABLE_PARTICLES.items():
        if particle in words and not stems.isdisjoint(words):
            stem = next(i for i, word in enumerate(words) if word in stems)
            end = words.index(particle)
            if "niet" not in words[min(stem, end):max(stem, end)]:
                return direction  # ("dat neemt niet weg dat …": an idiom, no direction)
    return None
