"""The subject of a clause that changes, read past the complement between it and its verb; the things a
goal covers, counted in that complement (issue 12).

"Het aantal leden moet stijgen" and "Sales will grow by 10%" name their metric as the subject of a
verb of change that takes no object; ``cues.py`` reads that where the verb follows the subject (or a
complement after "of"/"van"). Real sentences often put a complement between the two: "The reading score
for grades 3 and 4 will increase from 22% to 30%", "Het aantal leden in de drie afdelingen moet stijgen
van 800 naar 1.000", "Average spend per store visit to exceed $40", "Revenue across our 12 locations must
grow". The complement (a preposition, its noun phrase, figures and "and" in it) says which part is
measured; the subject before it is still what changes. Read only for a phrase that opens its clause and
is followed by one of the prepositions (a set test).

The complement often counts what the goal covers: "across our five warehouses", "in de drie afdelingen",
"at the 12 locations". Such a count names the goal's scope, not a figure of what it counts
(:func:`counted_scope`), as a count after a preposition and a definite article is no target
(``number_shapes.scope_after_a_preposition``).
"""

from __future__ import annotations

import re

from ..lexicon.metric_cues import AND, COMPARATIVES, MODALS
from ..lexicon.word_classes import DETERMINERS, NOUN_OR_VERB, PERIOD_UNIT_NAMES
from .phrases import is_number

# The prepositions that open a complement of the subject ("for grades 3 and 4", "in de drie afdelingen").
COMPLEMENT_OPENERS = frozenset({"for", "in", "at", "across", "among", "per", "on", "voor", "bij", "onder", "op",
                                "binnen"})
_VERB_BEFORE_A_PARTICLE = frozenset({"go", "goes", "gaan", "gaat"})  # "will go up", "moet omhoog gaan"
# The words of a time that opens the sentence besides its date or period ("By 2025,", "Next year,", "Tegen eind 2027").
TIME_LEAD = frozenset({"by", "in", "before", "until", "next", "this", "end", "of", "tegen", "voor", "uiterlijk",
                        "eind", "einde", "het", "de", "the", "within", "binnen", "over"})


def opening_after_a_time(words: list[str], used: list[bool], opening: int) -> int:
    """Where the clause opens when a date or period leads the sentence ("By 2025, the reading score …",
    "Next year, occupancy …"): past the time's words; else ``opening`` itself.

    >>> opening_after_a_time(["by", "2025", "the", "score", "will", "rise"], [False, True] + [False] * 4, 0)
    3
    """
    n, k = len(words), opening
    if not (k < n and (used[k] or words[k] in TIME_LEAD)):
        return opening  # (most goals: no date before the subject)
    timed = False
    while k < n and k - opening < 7 and (used[k] or words[k] in TIME_LEAD or _a_time(words[k])):
        timed = timed or used[k] or _a_time(words[k])
        k += 1
    return k if timed and k < n else opening


def _a_time(word: str) -> bool:
    """A year or a unit of time: "2025", "year", "jaar", "Q3"."""
    return word in PERIOD_UNIT_NAMES or (len(word) == 4 and "1990" <= word <= "2100") or word in _QUARTERS


_QUARTERS = frozenset({"q1", "q2", "q3", "q4", "h1", "h2"})


def subject_past_its_complement(tokens, words: list[str], used: list[bool], flags: list[bool],
                                directions: dict[str, str], end: int) -> int:
    """The points of the phrase ending at ``end`` as the subject of a verb of change behind a complement
    (the module's docstring): 3 when, after the complement (at most eight words), modals lead to a verb of
    change with no object of its own; else 0.

    >>> from xlsmart.core.goals import tokenize
    >>> from xlsmart.core.lexicon.directions import WORD_DIRECTIONS
    >>> words = "the reading score for grades 3 and 4 will increase from 22% to 30%".split()
    >>> tokens = tokenize(" ".join(words))
    >>> flags = [w.isalpha() and w not in ("the", "for", "and", "will", "from", "to") for w in words] + [False]
    >>> subject_past_its_complement(tokens, words, [False] * len(words), flags, WORD_DIRECTIONS, 3)
    3
    """
    n = len(words)
    k = end + 1
    while k < n and k <= end + 8 and (flags[k] or words[k] in DETERMINERS or words[k] in AND or is_number(
            tokens, used, k) or words[k] in COMPLEMENT_OPENERS) and words[k] not in MODALS:
        k += 1  # (the complement: "grades 3 and 4", "de drie afdelingen", "store visit")
    if k == end + 1 or k >= n or words[k] not in MODALS:
        return 0
    while k < n and words[k] in MODALS:
        k += 1
    if k < n and words[k] in _VERB_BEFORE_A_PARTICLE:
        k += 1
    if k >= n or words[k] not in directions or words[k] in COMPARATIVES or words[k] in NOUN_OR_VERB:
        return 0
    # a verb of change with an object of its own is done by the subject ("our team in Utrecht will grow revenue")
    return 0 if k + 1 < n and (words[k + 1] in DETERMINERS or flags[k + 1]) else 3


# The prepositions and determiners before a count of the things a goal covers.
_SCOPE_PREPOSITIONS = frozenset({"in", "across", "at", "among", "amongst", "throughout", "op", "bij", "binnen", "uit",
                                 "from"})  # (not "onder"/"over": "onder de 25 cent" bounds a figure)
_ONE = frozenset({"een", "één", "1", "one"})  # "een op de vijf fietsen", "one in the three": a share, no scope
_SCOPE_DETERMINERS = frozenset({"the", "our", "its", "their", "all", "de", "het", "onze", "ons", "hun", "zijn", "haar",
                                "alle"})


def counted_scope(tokens, words: list[str], start: int) -> bool:
    """Whether the phrase at ``start`` is counted as the goal's scope: a whole number right before it, after a
    preposition and a determiner ("Plastic use across our five warehouses must fall by 30%", "Het
    energieverbruik in onze drie vestigingen moet dalen", "revenue at the 12 locations"). A percentage or an
    amount there is a figure ("in de 20% duurste woningen" is still a share).

    >>> from xlsmart.core.goals import tokenize
    >>> words = "plastic use across our five warehouses must fall".split()
    >>> counted_scope(tokenize(" ".join(words)), words, 5)
    True
    """
    if start < 3 or tokens[start - 1][2] is None or words[start - 2] not in _SCOPE_DETERMINERS:
        return False  # (most phrases: no number right before them, or none after a determiner)
    kind, _word, value = tokens[start - 1]
    plain = kind == "word" or (kind == "num" and not value[1] and value[2] is None)  # ("five", "12"; not "20%")
    return plain and words[start - 3] in _SCOPE_PREPOSITIONS and not (start > 3 and words[start - 4] in _ONE)


# The words that open a purpose after the goal's own clause ("… om de klanttevredenheid te verbeteren", "… to
# drive more sales", "… zodat onderzoekers …", "… so that …", "… in order to …").
PURPOSE_OPENERS = frozenset({"om", "zodat", "so", "order", "to"})
_CHANGES = frozenset({"increase", "decrease"})  # (not "keep" nor a bound: "drie avonden houden om …", "onder de …")
PURPOSE_VERBS = frozenset({"drive", "help", "support", "enable", "ensure", "allow", "boost", "improve", "increase",
                            "grow", "reduce", "lower", "raise", "build", "strengthen", "keep", "maintain"})
# The quick test before :func:`purpose_start` reads the words one by one (most goals hold no purpose): a word that
# opens one, or "to" with a verb a purpose begins with (set tests, in ``metrics.py``).
PURPOSE_OPENINGS = frozenset({"om", "zodat", "order", "that"})
PURPOSE_GATE = PURPOSE_OPENINGS | {"to"}  # (metrics.py calls goal_clause only for a goal with one of these, or a label)


def purpose_start(tokens, words: list[str], used: list[bool], directions: dict[str, str]) -> int:
    """Where a purpose after the goal's own clause opens, when the purpose is the reason and not the goal
    (issue 12, class "the purpose after the goal"): "Verminder de doorlooptijd van bestellingen om de
    klanttevredenheid te verbeteren", "Boost lead generation quality to drive more sales", "zoekt 50.000 nieuwe
    donoren om de bloedvoorraad op peil te houden": the clause before says what changes and which way (a verb
    of change; "extra", "more" may say it of work: "extra initiatieven nemen om …"), the purpose carries no
    figure of its own. A purpose with the figures is the goal and its
    clause the means ("We gaan effectiever werken om 30% meer omzet te halen", "Hire three physiotherapists to
    increase capacity by 40%"): then, and where there is no purpose, ``len(words)``.

    >>> from xlsmart.core.goals import tokenize
    >>> from xlsmart.core.lexicon.directions import WORD_DIRECTIONS
    >>> words = "boost lead generation quality to drive more sales".split()
    >>> purpose_start(tokenize(" ".join(words)), words, [False] * len(words), WORD_DIRECTIONS)
    4
    """
    n = len(words)
    for k in range(2, n - 1):
        if words[k] in PURPOSE_OPENERS and _opens_a_purpose(words, k):
            break
    else:
        return n  # (no purpose)
    for i in range(k, n):
        if tokens[i][0] in _FIGURES and not used[i]:
            return n  # (a figure of its own: a number not taken by a date or period)
    for word in words[:k]:
        if directions.get(word) in _CHANGES and word not in COMPARATIVES:
            return k
    return n


def _opens_a_purpose(words: list[str], i: int) -> bool:
    word = words[i]
    if word == "to":
        return words[i + 1] in PURPOSE_VERBS and words[i - 1] != "order"  # ("to drive more sales")
    if word == "om":
        return "te" in words[i + 2:i + 10]  # ("om de klanttevredenheid te verbeteren")
    if word in ("so", "in"):
        return words[i + 1] in ("that", "order") and (word == "so" or words[i + 2:i + 3] == ["to"])
    return word == "zodat"


_FIGURES = frozenset({"num", "range"})


def goal_clause(tokens, words: list[str], used: list[bool], directions: dict[str, str], side: tuple[int, int],
                prefix: int) -> tuple[int, int]:
    """The goal's own clause, (first, end): ``side`` (``metric_shapes.main_clause``) past a label that opens the
    line (``prefix`` words, ``metric_frames.label_prefix_end``) and before a purpose that is only the reason
    (:func:`purpose_start`). Set tests first: most goals have neither."""
    if not prefix and PURPOSE_OPENINGS.isdisjoint(words) and not _to_a_purpose(words):
        return side
    return max(side[0], prefix), min(side[1], purpose_start(tokens, words, used, directions))


def _to_a_purpose(words: list[str]) -> bool:
    """Whether "to" stands before a verb a purpose begins with ("… to drive more sales"; not "from 100 to 200"):
    the occurrences of "to" found by the list's own search, most goals have one or none."""
    k = -1
    while True:
        try:
            k = words.index("to", k + 1)
        except ValueError:
            return False
        if k + 1 < len(words) and words[k + 1] in PURPOSE_VERBS:
            return True


# A word, a comma and a word, as written ("customers, refine"): the tokens keep no commas.
_COMMA_PAIR = re.compile(r"([^\W\d_][\w'’-]*)\s*,\s+([^\W\d_][\w'’-]*)")


def split_at_commas(spans, words: list[str], text: str):
    """Issue 12, class "a comma ends a noun phrase": the noun phrases of ``spans`` cut where the text has
    a comma between two of their words. The tokens keep no punctuation, so "Scale to 15 customers,
    refine acquisition channels" read "customers refine acquisition channels" as one phrase whose head
    is "channels"; a comma ends a name ("customers") and what follows it is a phrase of its own.
    Called only for a goal with a comma before a space."""
    pairs = {(left.lower(), right.lower()) for left, right in _COMMA_PAIR.findall(text)}
    for start, end in spans:
        for k in range(start + 1, end):
            if (words[k - 1], words[k]) in pairs:
                yield start, k
                start = k
        yield start, end
