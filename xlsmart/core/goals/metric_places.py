"""Where a noun phrase stands in a goal, and what that says of it as the metric (issue 12).

``metrics.py`` scores each phrase by the cues around it; the readings here add or take away points
by the phrase's place in the sentence's structure, for any wording:

- a partitive count ("five of the", "10 of our") picks members of a set; it is no figure of the
  phrase it completes, nor of the set after a preposition; the base of a share, a means that carries
  the count and what a rate is per take points from the phrase too (:func:`structure_points`);
- a percentage "for" a phrase is that phrase's level ("91% for punctuality"), the subject of a Dutch
  clause opened by "dat" changes when a verb of change closes the clause, and the object of "om … te"
  changes when figures from one to another follow the verb (:func:`placed_points`);
- a Dutch quantitative "er" with a number counts the plural named before (:func:`counted_by_er`).

Set look-ups over the tokens, made only for a phrase after one of the words that can place it.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import DUTCH_DIRECTION_WORDS
from ..lexicon.metric_cues import (
    BEFORE_A_NUMBER,
    COMPARATIVES,
    DEGREE_OPENERS,
    DEGREE_WORDS,
    MEASURE_OF,
    MEASURE_UNITS,
    MODALS,
    NUMBER_LINKS,
    OF,
    OF_UNITS,
    PREPOSITIONS,
    SCALE_SUFFIXES,
)
from ..lexicon.metrics import metric_for_word
from ..lexicon.word_classes import ACTIVITY_VERBS, DETERMINERS, PERIOD_UNIT_NAMES
from .metric_frames import SHARE_HEADS
from .metric_heads_en import relative_clause_points
from .metric_means_en import means_object_points
from .phrases import MetricPhrase, is_number


def structure_points(tokens, words: list[str], used: list[bool], flags: list[bool], start: int, end: int) -> int:
    """The points the phrase at ``words[start:end]`` loses by the structure around it (issue 12): a
    partitive count, a bare number before "of/van" and a determiner, picks members of a set and measures
    neither the set nor the phrase it completes ("The bosses of five of the UK's supermarkets have promised
    to halve X"; "routes between 10 of our towns to reduce car usage", after a preposition; but "win 20 of
    the 30 tenders" counts what is won); the base of a share (:func:`share_base_points`); a means that
    carries the count (:func:`means_points`); "per" and a number before it, what a rate is per ("Per 100
    inwoners 1 laadpunt", "1 laadpaal per 10 elektrische wagens"). Each reading is made only where its
    first word stands."""
    n = len(words)
    after = words[end] if end < n else ""
    points = means_points(tokens, words, used, end) if after in _BY else 0
    points += relative_clause_points(tokens, words, flags, start) if start > 2 else 0  # ("X that are …ed late")
    points += means_object_points(tokens, words, used, start) if start > 3 else 0  # ("… by 12% by increasing X")
    k = end + (after in NUMBER_LINKS)
    i = start - 1
    while i > 0 and (words[i] in DETERMINERS or words[i] in _ALL):
        i -= 1
    if k + 2 < n and words[k + 1] in OF and _picks_members(tokens, words, used, k):
        points += 6  # (the number after the phrase, linked or not, gave it its points)
    elif i > 1 and words[i] in OF and _picks_members(tokens, words, used, i - 1) and (
            words[i - 2] in PREPOSITIONS or words[i - 2] in _AMONG):
        points += 3
    if i > 1 and words[i] in OF:
        points += share_base_points(tokens, words, flags, i)
    if after in OF:
        points += own_count_points(tokens, words, used, flags, end)
    if start > 1 and words[start - 2] == "per" and is_number(tokens, used, start - 1):
        points += 6
    return points


def own_count_points(tokens, words: list[str], used: list[bool], flags: list[bool], end: int) -> int:
    """The points a phrase loses to a count after "of"/"van" that names its own noun (issue 12, class "a
    count with its own noun"): "the addition of 300,000 rooms", "a total of 500 leads", "een groei van
    tussen de 200 en 300 leden": the number counts the noun after it, which is what the goal measures, and
    the phrase before only frames the count. A unit, a scale or a period after the number is no noun of
    its own ("a budget of 5 million euros", "a period of 3 years")."""
    n, k = len(words), end + 1
    while k < n and k <= end + 3 and (words[k] in BEFORE_A_NUMBER or words[k] in DETERMINERS):
        k += 1  # ("of between", "van tussen de", "of at least")
    if k + 2 < n and words[k + 1] in _RANGE_LINKS and is_number(tokens, used, k) and is_number(tokens, used, k + 2):
        k += 2  # a range: "between 285,000 and 300,000"
    if k >= n or not is_number(tokens, used, k) or (tokens[k][0] == "num" and tokens[k][2][1]) or (
            metric_for_word(words[end - 1]) is not None):
        return 0  # (a percentage is a level, no count: "a growth of 20%"; a known measure heads its count:
        # "een bereik van 1.000 kinderen")
    k += 1
    while k < n and words[k] in SCALE_SUFFIXES:
        k += 1
    return 3 if k < n and flags[k] and words[k] not in OF_UNITS and words[k] not in MEASURE_UNITS and (
        words[k] not in PERIOD_UNIT_NAMES) else 0


_RANGE_LINKS: Final = frozenset({"and", "en", "to", "tot"})
_ALL: Final = frozenset({"total", "all", "totale", "alle"})
_BY: Final = frozenset({"by", "door"})
# The words without one of which :func:`structure_points` takes nothing (the quick test, once a goal).
STRUCTURE_WORDS: Final = _BY | OF | {"per", "that", "which", "who"}


def means_points(tokens, words: list[str], used: list[bool], end: int) -> int:
    """The points an aim loses to the count its means carries (issue 12, class "the count is in the
    means"): "close the meal gap by distributing 11.6 million meals", "door 500 nieuwe leden te werven":
    what the goal counts is what the means brings, the aim before "by" has no figure of its own. Work as
    the means ("by planting 5,000 trees") counts no result, and a figure right after "by" is the aim's
    own change ("boost revenue by $3 million")."""
    k = end + 1
    if k < len(words) and words[k][-3:] == "ing" and len(words[k]) > 5:
        if words[k] in ACTIVITY_VERBS:
            return 0
        k += 1
    elif "te" not in words[k:k + 8]:
        return 0  # (Dutch: "door … te werven")
    while k < len(words) and k < end + 6 and words[k] in _MEANS_BOUNDS:
        k += 1  # ("by distributing at least 11.6 M meals")
    return 3 if k > end + 1 and k < len(words) and tokens[k][0] == "num" and not used[k] and not tokens[k][2][1] and (
        k + 1 < len(words) and tokens[k + 1][0] == "word") else 0


_MEANS_BOUNDS: Final = frozenset({"at", "least", "more", "than", "over", "nearly", "almost", "some", "an", "extra",
                           "additional", "minimaal", "minstens", "ruim", "bijna", "zo'n"})


_SHARE_LINKS: Final = frozenset({"to", "at", "a", "level", "of", "be", "is", "tot", "naar", "op", "van", "een"})


def share_base_points(tokens, words: list[str], flags: list[bool], i: int) -> int:
    """The points the base of a share loses where a phrase before the share is what it measures (issue 12,
    class "a share of a base"): "Make online orders 30% of total sales", "keep marketing investments at a
    level of 7% to 8% of group sales" (the sales are the base; but "95% of product packaging" measures the
    packaging, no phrase stands before its share). ``i`` is where the "of"/"van" before the base stands."""
    if words[i - 1] in SHARE_HEADS:
        return 3  # ("our share of the Dutch coffee market": the share is measured, the market is its base)
    if tokens[i - 1][0] != "num" or not tokens[i - 1][2][1]:
        return 0  # (most phrases: no "N% of" before them)
    k = i - 2
    while k > 0 and k > i - 8 and (words[k] in _SHARE_LINKS or tokens[k][0] == "num"):
        k -= 1  # ("at a level of 7% to 8% of", "to 30% of")
    # (a link says the phrase before is put as a share; with none, only a known metric is: "cover 67% of
    # its market niche", "maatregelen 10 procent van het verbruik" have a verb or a cause there)
    return 3 if flags[k] and (k < i - 2 or metric_for_word(words[k]) is not None) else 0


_AMONG: Final = frozenset({"between", "among", "amongst", "across", "tussen"})


def _picks_members(tokens, words: list[str], used: list[bool], k: int) -> bool:
    """Whether a bare whole number at ``k`` is followed by "of/van" and a determiner: "five of the", "10 of our"."""
    if k + 2 >= len(words) or words[k + 1] not in OF or words[k + 2] not in DETERMINERS or not is_number(
            tokens, used, k):
        return False
    return tokens[k][0] != "num" or not (tokens[k][2][1] or tokens[k][2][2])  # (not "80% of the", "$5 of the")


# The words after which a phrase's place says something of it (the quick test before placed_points).
PLACING: Final = frozenset({"for", "voor", "dat", "zodat", "om", "of", "van"})
_DUTCH_CLAUSE_ENDS: Final = frozenset({"en", "maar", "dat", "om", "want", "omdat", "terwijl"})


def placed_points(tokens, words: list[str], used: list[bool], flags: list[bool], directions: dict[str, str],
                  start: int, end: int, english: bool) -> int:
    """Points for where the phrase stands after "for"/"voor" or a Dutch "dat" (issue 12, class "what a
    figure is for, and the subject of a Dutch clause that changes"): "targets are 91% for punctuality"
    (a percentage for X is the level of X, not a purpose as "$25,000 for the shelter"), "verwacht dat de
    melkproductie de komende jaren met 15 procent groeit" (the verb of change closes the clause whose
    subject the phrase is; no object stands between them)."""
    i = start - 1 - (start > 1 and words[start - 1] in DETERMINERS)
    if words[i] in ("for", "voor"):
        return 6 if i > 0 and tokens[i - 1][0] == "num" and tokens[i - 1][2][1] else 0  # (undoes the complement's -3)
    if words[i] == "om":
        return _object_of_a_change(tokens, words, used, end)
    if words[i] in OF:
        # "To increase use of library resources", "het gebruik van de fiets verhogen" is read at the measure
        # (``metrics._as_measured``); the verb before the measure governs it as it would the thing
        k = i - 2 - (i > 2 and words[i - 2] in DETERMINERS)
        return 4 if i > 1 and words[i - 1] in MEASURE_OF and k >= 0 and words[k] in directions else 0
    if english or i == start - 1:
        return 0  # ("dat" + a determiner opens a Dutch subject: "dat de X …")
    for k in range(end, min(len(words), end + 12)):
        word = words[k]
        if word in directions and word in DUTCH_DIRECTION_WORDS:
            return 3
        if word in _DUTCH_CLAUSE_ENDS or (word in DETERMINERS and flags[k + 1]):
            return 0  # ("dat de gemeente de uitstoot verlaagt": the object changes, not the subject)
    return 0


def _object_of_a_change(tokens, words: list[str], used: list[bool], end: int) -> int:
    """The points for the object of a Dutch "om … te" + verb whose figures follow it from one to another
    ("om de balans tussen X en Y te verschuiven van 35:65 naar 50:50"): the object is what changes,
    whatever the verb."""
    k = end
    while k < len(words) and k < end + 8 and words[k] != "te":
        k += 1
    if k + 3 >= len(words) or words[k] != "te" or words[k + 2] not in ("van", "naar", "tot") or (
            "naar" not in words[k + 2:k + 9] and "tot" not in words[k + 2:k + 9]):
        return 0  # (a change from one figure to another: not "te realiseren van een miljoen huishoudens")
    return 3 if any(is_number(tokens, used, m) or tokens[m][0] == "range" for m in range(k + 3, min(len(words), k + 9))) else 0


def counted_by_er(tokens, words: list[str], used: list[bool], seen: list) -> tuple[int, int, MetricPhrase] | None:
    """The plural named before a Dutch quantitative "er" with a number (issue 12, class "er counts what was
    named before"), where the goal names nothing else: "… een gebrek aan kleedkamers. We hebben er nu vier,
    maar willen naar zes" (the four and the six are kleedkamers); the first plural named, the goal's topic. ``seen`` holds (start, end, phrase) of the
    phrases named so far, in order."""
    for k, word in enumerate(words):
        if word != "er" or k + 1 >= len(words):
            continue
        count = k + 1 + (words[k + 1] in _ER_ADVERBS and k + 2 < len(words))
        if not is_number(tokens, used, count) or (k and words[k - 1] in _OF_WHICH):
            continue  # ("5 nieuwe winkels openen, waarvan er 2 in België": some of a count, no count of its own)
        before = [phrase for at, _until, phrase in seen if 0 < at < k and phrase.words.endswith(("en", "s"))]
        if before:
            return (0, k, before[0])  # (the first plural named: what the goal is about)
    return None


_OF_WHICH: Final = frozenset({"waarvan", "daarvan", "hiervan"})
_ER_ADVERBS: Final = frozenset({"nu", "al", "straks", "dan", "nog", "ook", "zeker", "minstens", "minimaal", "ruim"})


_RELATIVES: Final = frozenset({"dat", "die", "that", "which"})
RELATIVE_GATE: Final = _RELATIVES | {"te"}  # (the word after a phrase without which relative_change_points gives nothing)
_COMPARING: Final = frozenset({"hoger", "lager", "groter", "kleiner", "meer", "minder", "higher", "lower", "bigger",
                        "smaller", "more", "less"})


def relative_change_points(words: list[str], directions: dict[str, str], end: int) -> int:
    """The points for a relative clause right after the phrase that says how it compares (issue 12,
    class "the change in a relative clause"): "een fietsgebruik te hebben dat dertig procent hoger ligt",
    "a revenue that is 20% higher than last year's"."""
    k = end + 2 * (end + 2 < len(words) and words[end] == "te")  # ("een fietsgebruik te hebben dat …")
    if k >= len(words) or words[k] not in _RELATIVES:
        return 0  # (most phrases: one set test)
    return 3 if any(word in _COMPARING and word in directions for word in words[k + 1:k + 6]) else 0



# Issue 12, class "a KPI line's heading": "Bounce rate - Target: <60%", "Customer acquisition cost:
# Target -40%", "Omzet per klant – doel: € 80", "Revenue target: $5M". A label word set off by a colon
# or a dash is a noun, what the line aims at; the words before it, from the line's start, name what the
# line measures and everything after is its target. Without the punctuation the same word may be a verb
# whose subject acts ("Cities target 20% less traffic"), so the text decides.
HEADING_LABELS: Final = frozenset({"target", "targets", "doel", "doelen", "goal", "goals", "streefwaarde", "streefdoel",
                            "norm", "kpi", "objective", "ambitie", "ambition", "aim"})
_HEADING: Final = re.compile(
    r"^\W*[^\W\d_](?:[^:\-–—|()]|(?<=\w)-(?=\w)){0,60}?(?:\s*[:\-–—|(]\s*(" + "|".join(sorted(HEADING_LABELS)) + r")\b\s*:?"
    r"|\s+(" + "|".join(sorted(HEADING_LABELS)) + r")\s*:)", re.IGNORECASE)


def heading_end(words: list[str], text: str) -> int:
    """Where the label of a KPI line's heading stands in ``words`` (the phrase that ends there, from the
    line's start, is the line's metric), or -1 when the goal has no such heading. Called only for a goal
    with one of :data:`HEADING_LABELS` among its words."""
    found = _HEADING.match(text)
    if found is None:
        return -1
    label = (found.group(1) or found.group(2)).lower()
    return words.index(label) if label in words else -1


def headed(score: int, start: int, opening: int) -> int:
    """The score of the phrase right before a KPI line's label (:func:`heading_end`): from the line's
    start it is the heading, which names what the line measures whatever cues it lacks (the label
    read as a verb took points from it); a phrase inside the heading is not the heading."""
    return max(score, 0) + 6 if start <= opening else score


def changed_by_degree(words: list[str], directions: dict[str, str], end: int) -> int:
    """The points of a subject whose verb of change moves it by a degree (issue 12, class "a change by a
    degree"): "Our fund goal will drop a little to $1,250", "our churn should drop quite a bit", "Onze
    omzet moet een beetje stijgen": the degree idiom after the verb looks like its object, yet the subject
    is what changes; a label after the subject is part of it ("our donation target will rise a little").
    Called only for a goal with one of :data:`DEGREE_WORDS`."""
    n, j = len(words), end + (end < len(words) and words[end] in HEADING_LABELS)
    while j < n and j < end + 4 and words[j] in MODALS:
        j += 1
    verb_first = j < n and words[j] in directions
    k = j + verb_first
    while k < n and k < j + 3 and words[k] in DEGREE_OPENERS:
        k += 1  # ("quite a bit", "een beetje")
    if k >= n or words[k] not in DEGREE_WORDS:
        return 0
    # (but "toont wat meer begrip": a degree of a comparative says more of what follows)
    return 3 if verb_first or (k + 1 < n and words[k + 1] in directions and words[k + 1] not in COMPARATIVES) else 0
