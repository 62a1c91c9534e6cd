"""Shapes of a goal's text that say what it measures in a way of their own (issue 12).

``metrics.py`` finds the metric as the noun phrase the cues around it point at; some shapes of
real sentences need a reading of their own, kept here so that the main reader stays one idea:

- an aside in brackets ("Nieuwe omzet (nieuwe klanten, upsell) …"), read as if it were not there
  (:func:`outside_brackets`);
- weight lost ("lose 10 pounds", "5 kilo afvallen"): the unit of the weight is the metric, and
  less of what a verb does ("49 procent minder uit te stoten"): the verb is (:func:`lost_or_lessened`);
- a key result written as its metric, then its change ("Average handling time down 20%")
  (:func:`change_follows`);
- what is handled within a short time ("telefoontjes binnen twee minuten afhandelen"): the time
  bound is a ceiling and what is handled the metric (:func:`handled_within`, :func:`short_time_bound`);
- a comparative said of the clause's subject ("dat de groep vaste gevers groter wordt")
  (:func:`becomes_more_or_less`);
- where a phrase stands that can never be the metric: an English possessive, and the verb right
  before a count that names its own noun ("divert 80% of waste") (:func:`never_the_metric`);
- the goal's own clause beside a purpose, a means or a condition kept "while" (:func:`main_clause`);
- money raised with no noun of its own, named by its amount ("raise $1 million") (:func:`money_named`).

All are set look-ups over the tokens (the brackets one regular expression over the text, and only
for a text that has a bracket).
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.metric_cues import (
    AND,
    COMPARED_VERB_BREAKS,
    COUNTED_AFTER,
    CURRENCY_COUNTRIES,
    CURRENCY_WORDS,
    DOING_COMPARATIVES,
    DOING_MORE_EN,
    DOING_MORE_NL,
    HANDLING_VERBS,
    IDIOMATIC_NOUNS,
    LESS_WORDS,
    LESSENED_LINKS,
    LESSENED_VERBS,
    LOSING_WEIGHT,
    MONEY_BOUNDS,
    MONEY_VERBS,
    NOT_A_HEADING,
    NUMBER_LINKS,
    SERVICE_DAY_UNITS,
    SERVICE_DAY_WORDS,
    SHORT_UNITS,
    STATE_VERBS,
    WEIGHT_UNITS,
    WITHIN,
)
from ..lexicon.word_classes import COUNTING_WORDS, DETERMINERS
from ..numbers import SCALE_WORDS
from .metric_adjectives import an_adjective_alone
from .metric_change_places import where_a_change_happens
from .metric_imperatives import opens_with_its_count
from .metric_recipients import receives_the_work
from .metric_urged import urged_to_act
from .phrases import MetricPhrase, is_number, name_phrase
from .split_infinitives import verb_after_to
from .tokens import clean_text, tokenize


def lost_or_lessened(tokens, words: list[str], used: list[bool], best: tuple[int, int, MetricPhrase] | None
                     ) -> tuple[int, int, MetricPhrase] | None:
    """The weight lost where the goal loses one ("shed 4 kg", "6 kg kwijtraken": the verb is no name,
    the weight is measured), else what a verb does less of where nothing else is named, else ``best``."""
    if best is not None and best[2].known is not None:
        return best
    found = None if LOSING_WEIGHT.isdisjoint(words) else weight_lost(tokens, words, used)
    if found is None and best is None and not LESS_WORDS.isdisjoint(words):
        found = lessened(tokens, words, used)
    if found is None and best is None and not DOING_COMPARATIVES.isdisjoint(words):
        found = done_more(words)
    return best if found is None else (0, 0, found)


def done_more(words: list[str]) -> MetricPhrase | None:
    """What a verb does, where a comparative adverb says it should be done more, faster or longer
    and nothing else is named (issue 12, class "a verb done more"): "rank higher in Google" ("rank"),
    "de brandweer moet sneller ter plekke zijn" ("ter plekke zijn"), "dat mensen langer in de
    centra blijven" ("in de centra blijven")."""
    for k, word in enumerate(words):
        if word not in DOING_COMPARATIVES:
            continue
        if word in DOING_MORE_EN and k > 0 and words[k - 1].isalpha() and words[k - 1] not in DETERMINERS and (
                words[k - 1] not in COMPARED_VERB_BREAKS and words[k - 1] not in WORD_DIRECTIONS):
            return MetricPhrase(words[k - 1], None)  # English: the verb before ("rank higher", not "grow faster")
        end = next((m for m in range(k + 1, min(len(words), k + 6)) if words[m] in STATE_VERBS), None)
        if word in DOING_MORE_NL and end is not None and end > k + 1:
            return MetricPhrase(" ".join(words[k + 1:end + 1]), None)  # Dutch: up to the verb last
    return None


def lessened(tokens, words: list[str], used: list[bool]) -> MetricPhrase | None:
    """What a verb does, where the goal does less of it and names nothing else (issue 12, class
    "less of what a verb does"): "49 procent minder uit te stoten" ("uit te stoten"), "30.000 ton
    minder worden uitgestoten", "emit 40% less" ("emit"); named by the verb as written."""
    for k, word in enumerate(words):
        if word not in LESS_WORDS:
            continue
        end = k + 1
        while end < len(words) and words[end] in LESSENED_LINKS:
            end += 1
        if end < len(words) and words[end] in LESSENED_VERBS:
            first = k + 1 + (words[k + 1] in ("worden", "wordt", "to", "be") if k + 1 < len(words) else 0)
            return MetricPhrase(" ".join(words[first:end + 1]), None)
        if k > 1 and is_number(tokens, used, k - 1) and words[k - 2] in LESSENED_VERBS:
            return MetricPhrase(words[k - 2], None)  # "emit 40% less"
    return None


def weight_lost(tokens, words: list[str], used: list[bool]) -> MetricPhrase | None:
    """The weight a verb of losing governs, named by its unit: "lose 10 pounds", "5 kilo afvallen"
    (issue 12, class "weight lost"; its direction is down, ``direction.py``)."""
    for i in range(1, len(words)):
        if words[i] in WEIGHT_UNITS and is_number(tokens, used, i - 1) and not LOSING_WEIGHT.isdisjoint(
                words[max(0, i - 4):i + 3]):
            return MetricPhrase(words[i], None)
    return None


_FIGURES: Final = frozenset({"num", "range"})  # the token kinds that carry a goal's figures
WORDED_BRACKET: Final = re.compile(r"\(([^()]*[^\W\d_][^()]*)\)")  # (a bracket with a letter in it: not "(#12)", "(2)")


def outside_brackets(tokens, words: list[str], text: str) -> list[int] | None:
    """Where the words stand that are in no bracket of ``text`` with a word in it, or None when no
    such bracket stands there or the goal's only figures stand in brackets (a goal whose only figures
    are in brackets says in them what it measures: "Add the bot to the marketplace (goal: 250 app
    installs)"). The tokens keep no brackets, so the words of each are found again in order."""
    brackets = WORDED_BRACKET.findall(text)
    if not brackets:  # ("(#12)", "(2)": no word in a bracket, as in most goals that have one)
        return None
    inside = [False] * len(words)
    at = 0
    for bracket in brackets:
        inner = [token[1] for token in tokenize(clean_text(bracket))]
        size = len(inner)
        k = next((k for k in range(at, len(words) - size + 1) if size and words[k:k + size] == inner), None)
        if k is not None:
            inside[k:k + size] = [True] * size
            at = k + size
    outside = [k for k in range(len(words)) if not inside[k]]
    if len(outside) == len(words) or not any(tokens[k][0] in _FIGURES for k in outside):
        return None
    return outside


def change_follows(tokens, words: list[str], used: list[bool], directions: dict[str, str], end: int) -> int:
    """The points for a key result written as its metric, then its change (issue 12, class "the
    change after the metric"): "Average handling time down 20%", "Time to first reply: reduce from
    45 to 20 min", "Wachttijd omlaag naar 5 dagen" (a direction word, then its number), or a comparison
    ("Onderwijsachterstand lager dan het landelijk gemiddelde")."""
    if end + 1 >= len(words) or directions.get(words[end]) not in _CHANGES:
        return 0
    k = end + 1
    if words[k] in _THAN:
        return 3  # "Onderwijsachterstand lager dan het landelijk gemiddelde", "Churn lower than last year"
    if words[k] in NUMBER_LINKS:
        k += 1
    return 3 if k < len(words) and is_number(tokens, used, k) else 0


_THAN: Final = frozenset({"dan", "than"})


_CHANGES: Final = frozenset({"increase", "decrease", "improve"})  # (a bound after a phrase is no change: "Miss <5% of …")


# Issue 12, class "a comparative said of the subject": the verbs that make a comparative after a
# phrase its change ("de wachtlijst wordt korter", "dat het publiek groter wordt", "the queue gets shorter").
_BECOMING: Final = frozenset({"wordt", "worden", "werd", "gets", "get", "getting", "becomes", "become", "grows"})
_UP_OR_DOWN: Final = frozenset({"increase", "decrease"})


def becomes_more_or_less(words: list[str], directions: dict[str, str], end: int) -> bool:
    """Whether a comparative with a verb of becoming closes the clause after the phrase, its
    complement aside: "de wachtrij (aan de kassa) korter wordt", "the queue (of emails) to get shorter"."""
    for k in range(end, min(len(words) - 1, end + 5)):
        word, nxt = words[k], words[k + 1]
        if (word in _BECOMING and _comparative(nxt, directions)) or (
                nxt in _BECOMING and _comparative(word, directions)):
            return True
        if word in _CLAUSE_ENDS or word in directions:
            return False
    return False


def _comparative(word: str, directions: dict[str, str]) -> bool:
    """A comparative that says up or down: "groter", "korter", "smaller" (not "uitgebreid", a participle)."""
    return word.endswith("er") and len(word) <= 7 and directions.get(word) in _UP_OR_DOWN


_CLAUSE_ENDS: Final = frozenset({",", ".", ";", ":", "!", "?", "en", "and", "maar", "but", "dat", "that", "om"})


def short_time_bound(words: list[str]) -> int | None:
    """Where a verb of handling is bounded by a short time ("binnen twee minuten afhandelen", "answer
    within 2 hours"): the index of "within"/"binnen", or None. A ceiling on how long each item takes,
    so the goal's direction is "at most" (issue 12, class "handled within a short time"); with a
    share in the goal ("80% of calls within 20 seconds") the share is what is measured."""
    if WITHIN.isdisjoint(words) or HANDLING_VERBS.isdisjoint(words):
        return None  # (most goals: two set tests)
    if any(word.endswith("%") or word in ("procent", "percent") for word in words):
        return None  # "75% van de telefoontjes binnen 2 minuten": the share is the figure, the time its condition
    for k in range(len(words) - 2):
        if words[k] in WITHIN and (words[k + 2] in SHORT_UNITS or (
                words[k + 2] in SERVICE_DAY_WORDS and k + 3 < len(words) and words[k + 3] in SERVICE_DAY_UNITS)) and (
                words[k + 1][:1].isdigit() or words[k + 1] in COUNTING_WORDS):
            return k  # ("within 15 working days": the days of a service norm, no period)
    return None


def shapes_of(words: list[str]) -> tuple[bool, int | None]:
    """Once a goal, what :func:`shape_points` needs: whether a verb of becoming stands in it, and
    where a short time bounds a verb of handling (:func:`short_time_bound`)."""
    if SHAPE_HINTS.isdisjoint(words):
        return False, None  # (most goals: one set test, no verb of becoming nor of handling)
    return not _BECOMING.isdisjoint(words), short_time_bound(words)


# The words without which no shape of :func:`shapes_of` stands in a goal (the quick test).
SHAPE_HINTS: Final = _BECOMING | HANDLING_VERBS


def shape_points(tokens, words: list[str], used: list[bool], directions: dict[str, str], start: int, end: int,
                 opens: bool, shapes: tuple[bool, int | None]) -> int:
    """The points the shapes here give the phrase at ``words[start:end]``; ``opens`` when it opens its
    clause, ``shapes`` from :func:`shapes_of`."""
    becoming, bound = shapes
    score = change_follows(tokens, words, used, directions, end) if opens else 0
    if becoming and becomes_more_or_less(words, directions, end):
        score += 3  # "dat de groep vaste gevers groter wordt", "the queue gets shorter": the subject changes
    return score + (0 if bound is None else handled_within(words, start, end, bound))


def handled_within(words: list[str], start: int, end: int, at: int) -> int:
    """The points for the phrase a verb of handling governs when a short time bounds it at ``at``: the object
    right after the verb ("answer every support chat within 2 minutes"), or the phrase the bound
    follows ("telefoontjes binnen twee minuten af te handelen")."""
    if not end <= at <= end + 3:
        return 0
    i = start - 1
    while i >= 0 and words[i] in DETERMINERS:
        i -= 1
    # ("meldingen over straatverlichting binnen drie werkdagen": past the phrase's complement)
    return 3 if at == end or words[end] in _ABOUT or (i >= 0 and words[i] in HANDLING_VERBS) else 0


_ABOUT: Final = frozenset({"over", "about", "on", "van", "of", "voor", "for"})


def never_the_metric(tokens, words: list[str], used: list[bool], flags: list[bool], directions: dict[str, str],
                     start: int, end: int, english: bool, unknown: bool) -> bool:
    """Whether the phrase at ``words[start:end]`` can never be what the goal measures, by where it stands:
    an English possessive owns what follows it ("the company's plan to increase production"), "time" in
    "over time" and "on time" says how, and a lone word the lexicon does not know right before
    a count is the verb of that count (:func:`governs_a_count`)."""
    if english and words[end - 1][-2:] == "'s":
        return True
    if words[end - 1] in _NEVER_HERE and _never_here(tokens, words, start, end):
        return True  # ("Voorbeeld: …", "raise AU$50,000", "in order to": the kind of line, a currency, an idiom)
    if end - start == 1 and words[start] == "time" and start > 0 and words[start - 1] in ("over", "on"):
        return True  # "over time, increase earnings per share", "arrive on time": a manner, no metric
    if end - start == 1 and unknown and english and verb_after_to(words, start):
        return True  # "as it seeks to better compete with …": the verb of a split infinitive
    if start == 0 and unknown and opens_with_its_count(tokens, words, used, flags, start, end):
        return True  # "Enter two new markets", "Voer 10 A/B-testen uit": the verb that opens the goal
    if english and end < len(words) and words[end] == "to" and urged_to_act(words, start, end):
        return True  # "encourage consumers to invest": who is urged to act, not what is measured
    if english and end - start == 1 and unknown and an_adjective_alone(words, start, end):
        return True  # "we want to be more present on TikTok": an adjective said of the goal
    if start > 1 and receives_the_work(words, start):
        return True  # "Make 60 calls per day to qualified leads": who receives the work, not what is measured
    if end - start == 1 and start > 2 and where_a_change_happens(words, start):
        return True  # "de toename bij de schouwburgen en theaters": where the change happens, not what changes
    return end - start == 1 and unknown and governs_a_count(tokens, words, used, flags, directions, start, end,
                                                            english)


_NEVER_HERE: Final = NOT_A_HEADING | CURRENCY_COUNTRIES | frozenset(IDIOMATIC_NOUNS)  # (one set test a phrase)


def _never_here(tokens, words: list[str], start: int, end: int) -> bool:
    """The word that ends the phrase names no measure where it stands: a label of the kind of line ("Voorbeeld:
    …", "Meetbaar: …"), whose dollars a currency sign means ("raise AU$50,000"), the noun of a fixed phrase ("in
    order to", "in real terms", "on average", "op eigen kracht")."""
    word = words[end - 1]
    if end - start == 1 and (word in NOT_A_HEADING or (word in CURRENCY_COUNTRIES and _money_at(tokens, end))):
        return True
    return end - start <= 2 and end > 1 and words[end - 2] in IDIOMATIC_NOUNS.get(word, ())


def governs_a_count(tokens, words: list[str], used: list[bool], flags: list[bool], directions: dict[str, str],
                    start: int, end: int, english: bool) -> bool:
    """Whether the one word at ``start`` stands right before a count that names what it counts (issue 12,
    class "the verb of a count"): "divert at least 80% of waste", "contain 50% recycled content", "save
    $7.5M in cost", "Meet minimaal 300 bezoekers". A number attaches to the noun after it, so the word
    before it is the verb that governs the count, not what is measured ("the waste", after a determiner,
    is a noun whatever follows it, and so is the object of a verb: "reduce shrinkage to 0.8% of turnover").
    Only where what is counted can be named, so that a goal keeps a metric."""
    if end >= len(words) or (tokens[end][0] != "num" and words[end] not in _BOUNDS and words[end] != "at"):
        return False  # (most phrases: no count nor bound right after them)
    if start > 0 and (words[start - 1] in DETERMINERS or words[start - 1] in directions):
        return False
    k = end
    while k < len(words) and k < end + 3 and (words[k] in _BOUNDS or (
            words[k] == "at" and k + 1 < len(words) and words[k + 1] in ("least", "most"))):
        k += 1  # ("at least", "minimaal", "daarom minimaal", "nearly"; but "usage at 2.3 billion gallons")
    if k >= len(words) or tokens[k][0] != "num" or used[k]:
        return False
    _value, percent, currency = tokens[k][2]
    k += 1
    scaled = k < len(words) and words[k] in SCALE_WORDS
    while k < len(words) and words[k] in SCALE_WORDS:
        k += 1  # ("7 million pounds of food")
    if k == end + 1 and not (percent or currency or scaled) and (start == 0 or not english):
        return False  # "Goal 2: …", "Radio 5 Nostalgia moet …": a heading's number or a name, no count
    if k + 1 < len(words) and words[k] in COUNTED_AFTER:
        k += 1  # ("80% of waste", "$7.5M in cost", "30% van het afval")
        while k < len(words) and words[k] in DETERMINERS:
            k += 1
    m = k
    while m < len(words) and m < k + 4 and flags[m]:
        m += 1
    return m > k and name_phrase(tuple(words[k:m])) is not None


# The words between a verb and its count (between a count and what it counts: COUNTED_AFTER).
_BOUNDS: Final = frozenset({"least", "most", "minimaal", "minstens", "maximaal", "ten", "minste", "tenminste", "ruim",
                     "bijna", "nearly", "almost", "about", "around", "some", "another", "an", "additional",
                     "extra", "daarom", "dus", "ongeveer", "circa", "zo'n", "over"})


# Issue 12, class "the metric of a side clause": words that open a clause beside the goal's own, a
# purpose before it ("Om de doelstelling van X te halen, wil Y dat …") or a condition kept while it is
# reached ("add $100k in new MRR while keeping churn below 5%", "terwijl de kosten gelijk blijven").
_WHILE: Final = frozenset({"while", "whilst", "whereas", "terwijl"})
_OPENING_SIDES: Final = frozenset({"om", "door"})  # a purpose or a means that opens the goal ("Door X te verhogen, …")
SIDE_CLAUSES: Final = _WHILE | _OPENING_SIDES
_ONE_SENTENCE: Final = re.compile(r"[^.!?;]*[.!?]?")  # (a full stop inside ends a first sentence)


def main_clause(words: list[str], text: str) -> tuple[int, int]:
    """Where the goal's own clause stands, (first, end), when a side clause stands beside it: after an
    opening purpose or means ("Om … te halen", "Door … te verhogen"; it ends at "te" and its verb, "om X te
    verminderen en Y te verhogen" at the last), before a clause of "while" in a goal of one sentence (the
    tokens keep no full stop).
    All the words when there is no side clause, or the goal is nothing but one."""
    first, end = 0, len(words)
    if words[0] in _OPENING_SIDES and "te" in words:
        k = words.index("te")
        while k + 3 < len(words) and words[k + 2] in ("en", "of") and "te" in words[k + 3:k + 9]:
            k = words.index("te", k + 3)  # ("Om de uitval te verminderen en het rendement te verhogen hebben …")
        first = k + 2  # ("Om de Europese doelstelling … te halen, wil Peeters dat …", "Door X te verhogen, willen we …")
    if _ONE_SENTENCE.fullmatch(text.strip()):
        for k in range(max(first, 1), len(words)):
            if words[k] in _WHILE:
                end = k  # ("… while maintaining churn below 25%"; a purpose after the goal's clause often is the
                # goal, its clause the means: "We gaan effectiever werken om 30% meer omzet te halen")
                break
    return (first, end) if end - first >= 2 else (0, len(words))


# Money raised with no noun of its own is measured by its amount (issue 12): read only when nothing else is.


def money_named(tokens, words: list[str]) -> MetricPhrase | None:
    """"Raise $10,000": money with no noun is what the goal measures, named by its amount."""
    at = money_at(tokens, words)
    if at is not None:
        return amount_named(tokens, words, at)
    for i in range(1, len(words)):
        if words[i] in CURRENCY_WORDS and words[i - 1] in SCALE_WORDS and i > 1 and words[i - 2] in (
                "a", "an", "een", "one") and i > 2 and words[i - 3] in MONEY_VERBS:
            return MetricPhrase(" ".join(words[i - 2:i + 1]), None)  # "make a million dollars"
    return None


def amount_named(tokens, words: list[str], at: int) -> MetricPhrase:
    """Money raised as written, with the scale after its number: "$1 million", "€ 5.000", not "$1"."""
    end = at + 1
    while end < len(words) and end < at + 3 and (words[end] in SCALE_WORDS or words[end] in CURRENCY_WORDS):
        end += 1
    amount = " ".join(token[1] for token in tokens[at:end])
    if at > 0 and words[at - 1] in CURRENCY_COUNTRIES and _money_at(tokens, at):
        amount = words[at - 1] + amount  # "US$400,000", as written
    return MetricPhrase(amount, None)


def _money_at(tokens, at: int) -> bool:
    """Whether the token at ``at`` is a number with a currency sign ("$400,000", "€5")."""
    return at < len(tokens) and tokens[at][0] == "num" and tokens[at][2][2] is not None


def money_at(tokens, words: list[str]) -> int | None:
    """Where an amount of money stands that a money verb governs ("raise $10,000", "€ 5.000 ophalen")."""
    for i, (kind, _raw, value) in enumerate(tokens):
        if kind != "num" or not (value[2] or (i + 1 < len(words) and words[i + 1] in CURRENCY_WORDS)):
            continue
        j = i - 1 - (i > 0 and words[i - 1] in CURRENCY_COUNTRIES)  # ("collect US$400,000")
        while j >= 0 and (words[j] in ("a", "an", "een", "one", "half", "halve") or words[j] in MONEY_BOUNDS):
            j -= 1  # "make a million dollars", "raise at least $250,000", "minstens € 5.000 ophalen"
        k = i + 1
        while k < len(words) and k < i + 3 and (words[k] in SCALE_WORDS or words[k] in CURRENCY_WORDS):
            k += 1  # ("€ 3 miljoen ophalen")
        if (j >= 0 and words[j] in MONEY_VERBS) or (k < len(words) and words[k] in MONEY_VERBS):
            return i
    return None


def stands_alone(tokens, words: list[str], at: int) -> bool:
    """Whether the money raised at ``at`` names no noun of its own ("raise $100,000 to provide 500
    families"; but "raise $10,000 in unrestricted gifts" counts the gifts)."""
    k = at + 1
    while k < len(words) and (words[k] in SCALE_WORDS or words[k] in CURRENCY_WORDS):
        k += 1
    if k + 1 < len(words) and words[k] in AND and tokens[k + 1][0] == "num" and not tokens[k + 1][2][2]:
        return False  # "raise $625,000 and 400,000 pounds of food": the goods counted beside it are measured
    return k >= len(words) or words[k] not in ("in", "of", "aan", "van", "worth")
