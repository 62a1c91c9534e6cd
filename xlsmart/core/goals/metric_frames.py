"""The frame around the metric's head phrase: a label that opens the line, a share and what it is of.

``metrics.py`` finds the noun phrase a goal measures; two structures around that phrase decide what
the metric's words are, for any wording (issue 12):

- **a label that opens the line** (:func:`label_prefix_end`): "SMART goal:", "SDR goal:", "Key
  Result 1:", "KR2:", "Doelstelling 3:", "Marketing objective:" say what kind of line follows, or
  whose goal it is. Where the rest of the line names a metric of its own ("Sales goal: close 30
  deals"), the words before the colon are the line's label and never its metric; where it names
  none ("Revenue goal: $5M") they are.
- **a share, an average and what they are of** (:func:`framed`): "our share of the Dutch market",
  "het aandeel van de fiets", "the average number of orders per customer". A bare "share" or
  "aandeel" names no measure of its own, and an average count is another measure than the count:
  the words quote the frame with what it frames ("share of the dutch market", "average number of
  orders per customer"). A compound that is a measure by itself ("market share") stands as it is.

Both read only where a cheap set test on the goal's words lets them: most goals have neither.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import ACQUISITION_VERBS, WORD_DIRECTIONS
from ..lexicon.metric_cues import COUNTED_AFTER, CURRENCY_WORDS, MEASURE_UNITS, MODALS, NOT_A_HEADING, OF, TIME_WORDS
from ..lexicon.word_classes import DETERMINERS, PHRASE_BREAKS, names_a_goal
from .phrases import BE_FORMS, NOMINATIVES, MetricPhrase, name_phrase
from .tokens import clean_text, tokenize

# The words that name a line as a goal of some kind; "kr1" … "kr9" are how "KR1:" is tokenised.
LABEL_WORDS: Final = frozenset({
    "goal", "goals", "objective", "objectives", "aim", "kr", "krs", "okr", "okrs", "result", "results",
    "doel", "doelen", "doelstelling", "doelstellingen", "hoofddoel", "subdoel", "ambitie", "ambition",
    *(f"kr{k}" for k in range(1, 10)),
})
_LABEL_PREFIX: Final = re.compile(
    r"^\W*((?:[^\W_][\w'’&./-]*\s+){0,4}?"  # up to four words before the label: "SMART", "Chief Technology Officer"
    r"(?:goals?|objectives?|aim|kr\s*\d{0,2}|okrs?|key\s+results?|[^\W\d_]*doel(?:en|stelling(?:en)?)?|ambitie"
    r"|ambition)"
    r"(?:\s+(?:\d{1,4}(?:\.\d{1,2})?|q[1-4]))?)\s*:",  # "Goal 2:", "Doel 2025:", "Objective Q3:"
    re.IGNORECASE)


def label_prefix_end(words: list[str], text: str) -> int:
    """How many of ``words`` a label that opens the line takes ("SMART goal:", "Key Result 1:",
    "Doelstelling 2:"), or 0 when the line opens with none.

    >>> label_prefix_end(["sales", "goal", "close", "30", "deals"], "Sales goal: close 30 deals")
    2
    """
    if ":" not in text[:80] or (LABEL_WORDS.isdisjoint(words[:8]) and not any(map(names_a_goal, words[:6]))):
        return 0  # (most goals: no colon near the start, or no label word before it: "verkoopdoel" is one)
    found = _LABEL_PREFIX.match(text)
    if found is None:
        return 0
    return len(tokenize(clean_text(found.group(1))))


_ANY_HEADING: Final = re.compile(r"^\W*((?:[^\W\d_][\w'’&./-]*\s+){0,4}[^\W\d_][\w'’&./-]*)\s*:")


def heading_named(words: list[str], text: str) -> MetricPhrase | None:
    """The words before a colon that opens the line, when nothing else in the goal names a metric (issue 12,
    class "a KPI line's heading without a label"): "Time to first success: reduce from 45 to 20 min", "SLA's
    actief: Q1 ≥ 3, Q2 ≥ 5" measure what the heading names. At most five words, each a link ("to", "per",
    "of") or no verb, pronoun, article or number; a sentence ("Our objective was simple:") or a label of the kind of line
    ("Measurable:", "Voorbeeld:", "Goal:") is no heading of a measure.

    >>> heading_named(["hours", "saved", "200", "month"], "Hours saved: 200+/month").words
    'hours saved'
    """
    found = _ANY_HEADING.match(text) if ":" in text[:60] else None
    if found is None:
        return None
    size = len(tokenize(clean_text(found.group(1))))
    if not 0 < size <= len(words) or not all(map(_in_a_heading, words[:size])) or not NOT_A_HEADING.isdisjoint(
            words[:size]) or any(map(names_a_goal, words[:size])):
        return None
    return MetricPhrase(" ".join(words[:size]), None)


_HEADING_LINKS: Final = frozenset({"to", "per", "of", "tot", "van", "first", "eerste"})


def _in_a_heading(word: str) -> bool:
    """Whether ``word`` can stand in the heading of a measure: a link, or no verb, pronoun, article or number."""
    return word in _HEADING_LINKS or not (word in DETERMINERS or word in BE_FORMS or word in NOMINATIVES or (
        word in MODALS) or word[:1].isdigit())


# A share with no name of its own: the thing it is a share of says what is measured.
SHARE_HEADS: Final = frozenset({"share", "aandeel"})  # ("proportion", "percentage" open a count: "the proportion of X")
# An average of a count is a measure of its own ("the average number of orders", "het gemiddelde aantal").
_AVERAGES: Final = frozenset({"average", "avg", "mean", "median", "gemiddelde", "gemiddeld"})
_COUNTS: Final = frozenset({"number", "amount", "aantal"})
# The quick test, on the phrase's first word and the word before it: a share ("share of …"), a count of an
# average ("average number of X": "number"/"of" before X), a possessive's share ("the region's share").
FRAME_WORDS: Final = SHARE_HEADS | _COUNTS | OF


def framed(words: list[str], flags: list[bool], start: int, named: MetricPhrase) -> MetricPhrase:
    """``named``, found at ``words[start:…]``, with the frame that makes it a measure: a bare share
    and what it is of ("share" → "share of the dutch market"; a possessive before it says whose, not
    what: "the region's share of sales" → "share of sales"), or the average that counts it
    ("orders per customer" → "average number of orders per customer").

    >>> framed("grow our share of the dutch market".split(), [False, False, True, False, False, True, True, False],
    ...        2, MetricPhrase("share", None)).words
    'share of the dutch market'
    """
    size = len(named.words.split())
    if words[start][-2:] == "'s" and named.words.split()[0] != words[start]:
        start += 1  # (the name leaves the possessive out: "the region's share" names "share")
    if start + size > len(words):
        return named
    head = words[start:start + size]
    if head[0].endswith(("'s", "’s")) and size == 2:
        head, start, size = head[1:], start + 1, 1
    if size == 1 and head[0] in SHARE_HEADS:
        return _share_of(words, flags, start, named)
    return _averaged(words, start, named)


def _share_of(words: list[str], flags: list[bool], at: int, named: MetricPhrase) -> MetricPhrase:
    """"share" at ``at`` with the phrase after its "of"/"van", as written (up to four content words)."""
    k = at + 1
    if k >= len(words) or words[k] not in OF:
        return named
    k += 1
    while k < len(words) and words[k] in DETERMINERS:
        k += 1
    end = k
    while end < len(words) and end < k + 4 and flags[end] and words[end] not in PHRASE_BREAKS:
        end += 1
    if end == k:
        return named  # ("een aandeel van 30%": a figure, not what it is a share of)
    return MetricPhrase(" ".join(words[at:end]), named.known)


def _averaged(words: list[str], start: int, named: MetricPhrase) -> MetricPhrase:
    """The phrase at ``start`` with "average number of" / "gemiddelde aantal" before it, if written so."""
    k = start - 1
    if k >= 0 and words[k] in OF:
        k -= 1  # ("the average number of X"; Dutch: "het gemiddelde aantal X")
    if k < 1 or words[k] not in _COUNTS or words[k - 1] not in _AVERAGES:
        return named
    return MetricPhrase(" ".join(words[k - 1:start]) + " " + named.words, named.known)


# An amount or a total names no measure of its own: what it is an amount of does ("een bedrag van 2 miljoen
# euro aan sponsorgeld", "an amount of $2 million in donations", "a total of 5,000 new members").
AMOUNT_HEADS: Final = frozenset({"amount", "bedrag", "sum", "som", "total", "totaal"})


def amount_of(tokens, words: list[str], flags: list[bool], start: int, named: MetricPhrase) -> MetricPhrase:
    """Issue 12, class "an amount of what": ``named`` (an amount or a total, found at ``words[start:…]``)
    as what its figure counts, when the figure is followed by it ("een bedrag van 6,7 miljoen euro aan
    sponsorgeld" → "sponsorgeld", "a total of 5,000 new members" → "new members"); else ``named``.
    Called only for a phrase whose head is one of :data:`AMOUNT_HEADS`."""
    k = start + len(named.words.split())
    if k >= len(words) or words[k] not in OF:
        return named
    k += 1
    figure = k
    while k < len(words) and (tokens[k][0] != "word" or tokens[k][2] is not None or words[k] in CURRENCY_WORDS):
        k += 1  # the figure: its number, scale word and currency ("6,7 miljoen euro", "$2 million")
    if k == figure or k >= len(words):
        return named
    k += words[k] in COUNTED_AFTER
    while k < len(words) and words[k] in DETERMINERS:
        k += 1
    end = k
    while end < len(words) and end < k + 3 and flags[end] and words[end] not in PHRASE_BREAKS and (
            words[end] not in WORD_DIRECTIONS and words[end] not in ACQUISITION_VERBS):
        end += 1  # (up to the verb: "… 12.000 seizoenkaarten verkopen")
    if end == k:
        return named  # ("an amount of $2 million this year": nothing says of what)
    return name_phrase(tuple(words[k:end])) or MetricPhrase(" ".join(words[k:end]), None)


# "measured in revenues", "gemeten in omzet": what follows says what a change or a vague goal is measured by.
MEASURED: Final = frozenset({"measured", "gemeten"})
_MEASURED_BY: Final = frozenset({"in", "by", "as", "aan", "via", "naar", "through"})


def measured_by(words: list[str], flags: list[bool]) -> MetricPhrase | None:
    """Issue 12, class "what a goal is measured in": the phrase after "measured in/by" or "gemeten
    in/aan" ("10 percent annual growth, measured in revenues" → "revenues"), or None when the goal
    says none or names only a unit ("measured in minutes", "gemeten in euro"): a unit says how much,
    not what. Called only for a goal with one of :data:`MEASURED` and no known metric of its own."""
    i = next(k for k, word in enumerate(words) if word in MEASURED) + 1
    if i >= len(words) or words[i] not in _MEASURED_BY or (i > 1 and words[i - 2] in ("as", "zoals")):
        return None  # ("as measured by the Institute of Customer Service": who measures, not what)
    k = i + 1
    while k < len(words) and words[k] in DETERMINERS:
        k += 1
    end = k
    while end < len(words) and end < k + 3 and flags[end] and words[end] not in PHRASE_BREAKS and (
            words[end] not in MEASURE_UNITS and words[end] not in TIME_WORDS):
        end += 1
    if end == k:
        return None
    return name_phrase(tuple(words[k:end])) or MetricPhrase(" ".join(words[k:end]), None)


def what_is_counted(tokens, words: list[str], flags: list[bool], chosen: tuple[int, int, MetricPhrase] | None,
                    found: MetricPhrase | None) -> MetricPhrase | None:
    """``found`` (the metric read from the phrase ``chosen``), or what it counts where it names no measure
    of its own: the phrase after "measured in" (:func:`measured_by`), what an amount is of (:func:`amount_of`).
    Both behind a set test: most goals have neither."""
    if (found is None or found.known is None) and not MEASURED.isdisjoint(words):
        found = measured_by(words, flags) or found
    if found is not None and chosen is not None and found.words.rpartition(" ")[2] in AMOUNT_HEADS and (
            found.words == chosen[2].words):
        return amount_of(tokens, words, flags, chosen[1], found)
    return found
