"""Where an English noun phrase has its head and where it ends, for the words that decide it.

``phrases.noun_phrases`` cuts a goal into runs of words that can name something; a few words decide
where a run ends or what heads it, and are read here (each behind a set test in ``phrases``):

- words that end every name elsewhere (``PHRASE_BREAKS``) but head one right after a noun that
  modifies them: "waiting times", "water use"; issue 12, class "a unit as the head": "volunteer
  hours", "sick days", "downtime minutes", "charging points" (counted by a figure, "15 working days",
  "3 percentage points", they are a unit again); the gerund of work that qualifies the noun after it,
  "reduce testing time", "event hosting costs" (:func:`content_though_skipped`);
- class "a gerund between nouns": "inventory holding costs", "deal closing time" (:func:`gerund_between_nouns`);
- class "a noun in -ing after its modifier": "research funding from X" is no participle (``NOT_PARTICIPLES``);
- class "coordinated modifiers": "local and international visitors" share a head (:func:`coordinated_end`);
- class "a time as a modifier": "healthy summer meals", "Black Friday sales" (:func:`content_though_skipped`);
- class "a relative clause": after "are" a participle is a verb ("calls that are abandoned",
  :func:`verb_after_be`), and a phrase inside the clause leaves the figure after it to the noun the
  clause describes ("the share of parcels that are delivered late to under 3%",
  :func:`relative_clause_points`, asked by ``metric_places.structure_points``).
"""

from __future__ import annotations

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.metric_cues import NAMING_QUALIFIERS, NEVER_CONTENT, PREPOSITIONS
from ..lexicon.word_classes import ACTIVITY_VERBS, COUNT_QUALIFIERS, COUNTING_WORDS, DETERMINERS
from ..numbers import word_number

# Issue 12, class "a noun in -ing after its modifier": English nouns in -ing, which after a noun head it
# rather than describe it as a participle does ("research funding from international sources", "ad spending
# on TV", "hotel pricing across the region"; but "users completing setup", "visitors coming from search").
NOUNS_IN_ING = frozenset({
    "funding", "spending", "advertising", "fundraising", "booking", "pricing", "billing", "housing", "staffing",
    "shipping", "recycling", "ranking", "rating", "giving", "ticketing", "lending", "sourcing", "packaging",
    "financing", "catering", "parking", "seating", "sponsoring", "earning", "lettering", "bidding", "trading",
    "engineering", "manufacturing", "clothing", "listening", "viewing", "watching", "streaming",
})
# What is no participle after a noun: those nouns, and the qualifiers of what is counted ("users paying").
NOT_PARTICIPLES = NAMING_QUALIFIERS | NOUNS_IN_ING
# Units that head a name after a noun: "volunteer hours", "sick days", "downtime minutes", "charging points".
UNIT_HEADS = frozenset({"hours", "days", "minutes", "points"})
# Participles after hours or days that say what the time went to: "hours spent on X", "days lost to Y".
SPENT_OR_LOST = frozenset({"spent", "lost", "saved", "worked", "logged", "volunteered", "billed", "missed", "wasted"})
_THE_OR_OURS = frozenset({"the", "our", "their", "its", "your", "my"})
# The other words that a noun before them makes nouns: "waiting times", "water use".
NOUN_AFTER_NOUN = frozenset({"times", "use"}) | UNIT_HEADS


def noun_after_noun(tokens, words: list[str], directions: dict[str, str], i: int) -> bool:
    """Whether ``words[i]`` (one of ``NOUN_AFTER_NOUN``) is the head of a name: a plain word that can
    be part of a name stands before it, and for a unit of time no figure counts that word and it.

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("increase volunteer hours by 20%")
    >>> noun_after_noun(tokens, [t[1] for t in tokens], {}, 2)
    True
    """
    if i == 0 or tokens[i - 1][0] != "word":
        return False
    before = words[i - 1]
    if before in _THE_OR_OURS and words[i] in UNIT_HEADS:
        # "cut the hours spent on reporting", "our days lost to sickness": what the time went to says
        # which hours (but "in the days before launch", "all the hours" are time)
        return i + 1 < len(words) and words[i + 1] in SPENT_OR_LOST
    if before in NEVER_CONTENT or before in COUNTING_WORDS or word_number(before) is not None or before in directions:
        return False
    if words[i] not in UNIT_HEADS:
        return True
    if before.endswith("ly"):
        return False  # "nearly 3 days", "roughly two hours": an adverb of the figure
    return i < 2 or (tokens[i - 2][0] == "word" and words[i - 2] not in COUNTING_WORDS
                     and word_number(words[i - 2]) is None)  # ("within 15 working days": a span)


# Issue 12, class "coordinated modifiers": "local and international visitors", "new and returning customers",
# "organic and paid traffic": one adjective, "and"/"or", then a phrase of its own kind with the shared head.
AND_OR = frozenset({"and", "or"})
_MODIFIERS = COUNT_QUALIFIERS | {
    "local", "online", "offline", "mobile", "desktop", "domestic", "foreign", "direct", "indirect", "inbound",
    "outbound", "organic", "free", "small", "large", "young", "older", "first-time", "repeat", "returning",
    "existing", "regional", "national", "international", "private", "public", "full-time", "part-time"}
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "ary", "ese", "ish", "ern")


def coordinated_end(words: list[str], flags: list[bool], start: int, at: int) -> int:
    """Where a phrase that ends at "and"/"or" (``words[at]``) really ends: past the second conjunct when
    the first is a lone modifier of the second's head ("the numbers of local and international visitors");
    else ``at`` ("revenue and repeat customers": two things).

    >>> words = "grow local and international visitors".split()
    >>> coordinated_end(words, [False, True, False, True, True, False], 1, 2)
    5
    """
    first = words[start]
    if at - start != 1 or not (first in _MODIFIERS or (first.endswith(_ADJECTIVE_ENDS) and first.isalpha())):
        return at
    end = at + 1
    while end < len(words) and flags[end]:
        end += 1
    return end if end - at > 2 else at  # (the second conjunct names its head after a modifier of its own)


def gerund_between_nouns(tokens, words: list[str], directions: dict[str, str], i: int) -> bool:
    """Whether a verb of change in -ing at ``i``, with a name's word after it, is the middle of a compound
    (issue 12, class "a gerund between nouns"): "inventory holding costs", "deal closing time", "ticket
    closing rate" name a cost or a time; after a plural ("customers reducing spend") it is a participle.

    >>> words = "shrink inventory holding costs".split()
    >>> gerund_between_nouns([("word", w, None) for w in words], words, {"holding": "keep"}, 2)
    True
    """
    before = words[i - 1]
    return tokens[i - 1][0] == "word" and before[-1:] != "s" and before not in NEVER_CONTENT and (
        before not in directions and word_number(before) is None)


def content_though_skipped(tokens, words: list[str], flags: list[bool], directions: dict[str, str], i: int) -> bool:
    """Whether a word that is never part of a name elsewhere (one of ``SKIPPED_BUT``) is one here (``flags``
    known right of ``i``, as ``phrases.content_flags`` works them out)."""
    word = words[i]
    if word in NOUN_AFTER_NOUN:  # "waiting times", "volunteer hours": after a noun a noun (a unit, a verb elsewhere)
        return noun_after_noun(tokens, words, directions, i)
    if word in _TIME_MODIFIERS:  # ("healthy summer meals", "Black Friday sales": a time that qualifies a noun)
        return flags[i + 1] and i > 0 and tokens[i - 1][0] == "word" and words[i - 1] not in NEVER_CONTENT and (
            words[i - 1] not in directions and word_number(words[i - 1]) is None)
    if word in NAMING_COMPARATIVES:  # ("in Greater China": "greater" never names a thing elsewhere)
        return flags[i + 1] and i > 0 and (words[i - 1] in DETERMINERS or words[i - 1] in PREPOSITIONS)
    if word == "own":  # "a reduction in own brand packaging": the kind of goods (but "our own X")
        return flags[i + 1] and i > 0 and words[i - 1] in PREPOSITIONS
    # "reduce testing time", "one speaking engagement", "event hosting costs": the work's gerund qualifies the
    # noun after it (but in "users completing setup" it is the verb of the noun before it)
    return flags[i + 1] and (i == 0 or words[i - 1] in NEVER_CONTENT or words[i - 1] in directions or (
        gerund_between_nouns(tokens, words, directions, i)))


_ACTIVITY_GERUNDS = frozenset(verb for verb in ACTIVITY_VERBS if verb[-3:] == "ing")  # ("testing", "speaking")
# Issue 12, class "a time as a modifier": a season or a day between two words of a name qualifies the noun
# after it ("healthy summer meals", "Black Friday sales", "our winter coat sales"; "this summer" is a time).
_TIME_MODIFIERS = frozenset({"summer", "winter", "spring", "autumn", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday"})
# The words content_flags asks about here: never a name's word elsewhere, but one in these places.
SKIPPED_BUT = _ACTIVITY_GERUNDS | NOUN_AFTER_NOUN | _TIME_MODIFIERS | {"own", "greater"}


_RELATIVES = frozenset({"that", "which", "who"})
# Verbs whose complement is said of their subject: "customers who remain customers" (the complement is measured).
_LINKING = frozenset({"remain", "remains", "stay", "stays", "become", "becomes"})


def verb_after_be(words: list[str], flags: list[bool], i: int) -> bool:
    """Whether the word at ``i``, after a form of "to be", is a verb rather than a name's word (``flags``
    known right of ``i``): a verb in the progressive ("we are opening"), or a participle in the passive
    (issue 12, class "a passive in a relative clause"): "calls that are abandoned", "parcels that are
    delivered late" (but "our targets are qualified leads": a participle before its noun names it).

    >>> verb_after_be("share of parcels that are delivered late".split(), [False] * 8, 5)
    True
    """
    word = words[i]
    if word.endswith("ing"):
        return True
    return word[-2:] == "ed" and (not flags[i + 1] or (i > 1 and words[i - 2] in _RELATIVES))


def relative_clause_points(tokens, words: list[str], flags: list[bool], start: int) -> int:
    """The points a phrase loses inside a relative clause after the noun it describes (issue 12, class
    "where the phrase ends: a relative clause"): in "the share of parcels that are delivered late to under
    3%", "the number of leads that our team accepts each week" the figure after the clause belongs to the
    phrase before "that", which the clause describes ("ensure that revenue grows": a verb, not a noun,
    stands before "that", and the clause is the goal's own).

    >>> words = "cut the share of parcels that are delivered late to 3%".split()
    >>> flags = [False, False, True, False, True, False, False, False, True, False, False, False]
    >>> relative_clause_points([("word", w, None) for w in words], words, flags, 8)
    3
    """
    for k in range(start, max(0, start - 6), -1):  # (from the phrase itself: "who remain customers")
        if words[k] in _RELATIVES:
            return 3 if flags[k - 1] else 0
        if tokens[k][0] != "word" or words[k] in WORD_DIRECTIONS or words[k] in _LINKING:
            return 0  # (a figure, a verb of change or of remaining: the phrase has its own clause, or is its subject's)
    return 0


# Issue 12, class "a comparative in a name": after a determiner or a preposition, before a noun, "higher" and
# "greater" describe it ("in its higher education institutions", "room occupancy rates in Greater China");
# elsewhere they say which way a goal goes ("achieve higher revenue").
NAMING_COMPARATIVES = frozenset({"higher", "greater"})

