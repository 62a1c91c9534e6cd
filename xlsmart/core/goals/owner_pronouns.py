"""Who a pronoun or a report stands for, when that decides whether its subject owns the goal.

"They", "ze", "zij" act for an organisation named before them ("Gemeenten zeggen dat ze …", "De
organisatie gaf aan dat ze … hoopte"), but in "customers who say they will return" and "klanten
die zeggen dat ze terugkomen" the pronoun stands for the people the goal counts: what changes,
never who changes it. And a speaker who reports what a measure will do ("Scindia said the total
number of airports will go up …") owns nothing: the reported clause's subject is the measure.
``actors.py`` asks before it takes a pronoun or a speaker as the owner, and whether a pronoun acts at
all (:func:`pronoun_acts`).
"""

from __future__ import annotations

from typing import Final

from ..lexicon.directions import DUTCH_DIRECTION_VERBS, WORD_DIRECTIONS
from ..lexicon.owners import FRONTING, INTENT_VERBS, INVERTING_VERBS, NO_NAMES, OWNER_NOUNS, SETTING
from ..lexicon.time_words import COUNTED_PEOPLE
from .owner_subjects import WISH_NOUNS, ZIJN_HOLDS, clause_about_a_measure

# The plural subject pronouns that may stand for the people counted (not "he", "she", "it").
_PLURAL_PRONOUNS: Final = frozenset({"they", "ze", "zij"})
# What may stand between the people and the pronoun: a relative pronoun and a verb of saying or thinking.
_BETWEEN: Final = frozenset({"who", "that", "die", "dat", "say", "says", "said", "think", "thinks", "zeggen", "zegt",
                      "denken", "vinden", "aangeven", "indicate", "claim", "of", "van", "de", "het", "the"})


def stands_for_the_counted(words: list[str], i: int) -> bool:
    """Issue 12, class "a pronoun for the people the goal counts": whether the pronoun at ``i``
    refers back to customers, users, visitors or members named just before it ("customers who say
    they will return", "klanten die zeggen dat ze terugkomen"), so it owns nothing."""
    if words[i] not in _PLURAL_PRONOUNS:
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in COUNTED_PEOPLE:
            return True
        if words[j] not in _BETWEEN:
            return False
    return False


def reports_a_thing(words: list[str], i: int) -> bool:
    """Issue 12, class "reported speech about a thing": whether the verb of saying at ``i`` reports a
    clause whose subject is a thing or a measure ("Scindia said the total number of airports will go
    up …", "De minister zegt dat de uitstoot moet dalen"): the speaker reports, the clause owns
    nothing. A clause whose subject acts ("… said the company plans to", "zegt dat het bedrijf …
    wil") or a pronoun for the speaker ("said it plans", "zegt dat ze") is read by the other readers."""
    j = i + 1
    if j < len(words) and words[j] in ("that", "dat"):
        j += 1
    if j + 1 >= len(words) or not _OBLIGATION.isdisjoint(words[j:j + 14]):
        return False  # ("De CEO zegt dat de omzet met 15 % moet groeien": what must happen, the speaker's goal)
    return clause_about_a_measure(words, j)  # (with or without an article: "said online sales would grow")


_ARTICLES: Final = frozenset({"the", "de", "het", "this", "dit", "deze"})
_OBLIGATION: Final = frozenset({"must", "should", "moet", "moeten", "dient", "dienen"})


def opinion_of_anyone(words: list[str]) -> bool:
    """Issue 12, class "what some people think": whether the goal is the opinion of people in general
    ("Sommigen denken dat we in 2030 10 procent online bestellen", "Many expect that we will …"): the
    "we" in it is everyone, and nobody owns the forecast."""
    return (len(words) > 3 and words[0] in _ANYONE and words[1] in _THINK
            and ("dat" in words[2:4] or "that" in words[2:4]))


_ANYONE: Final = frozenset({"sommigen", "velen", "men", "mensen", "some", "many", "people", "most", "meesten", "experts",
                     "analysts", "analisten", "economen", "economists", "critics", "critici", "observers", "kenners"})
_THINK: Final = frozenset({"denken", "zeggen", "verwachten", "vinden", "geloven", "menen", "voorspellen", "think", "say",
                    "expect", "believe", "predict", "reckon", "claim", "argue"})


def pronoun_acts(words: list[str], i: int) -> bool:
    """Whether the third-person pronoun at ``i`` is a subject or owner: a possessive before a goal
    noun, a subject after a Dutch verb, or one before a verb of intent."""
    word = words[i]
    if word == "zijn":
        return i + 1 < len(words) and words[i + 1] in ZIJN_HOLDS  # ("Zijn doel is …"; "Er zijn doelen …" is a verb)
    if word in ("his", "her", "their", "its", "haar", "hun"):
        return i + 1 < len(words) and (words[i + 1] in OWNER_NOUNS or words[i + 1] in WISH_NOUNS)  # ("his desire")
    if i > 0 and words[i - 1] in INVERTING_VERBS:
        return True  # "Bij het museum denken ze …"
    if word in ("ze", "zij", "hij") and i > 0 and (words[i - 1] in _DUTCH_MODALS or (
            len(words[i - 1]) > 3 and words[i - 1].endswith("t"))) and all(
            w in FRONTING or w in NO_NAMES or w in ("maar", "en") for w in words[:i - 1]):
        return True  # "Maar ook brengt ze het hospice …", "Daardoor zouden ze het aandeel … kunnen vergroten"
    return i + 1 < len(words) and (words[i + 1] in INTENT_VERBS or words[i + 1] in SETTING
                                   or finite_direction(words[i + 1], i + 1))  # ("she expresses a desire to …")


_DUTCH_MODALS: Final = frozenset({"zou", "zouden", "kan", "kunnen", "moet", "moeten", "zal", "zullen", "mag", "mogen"})


def finite_direction(word: str, i: int) -> bool:
    """A direction verb in the third person ("verhoogt", "increases", "cuts"): its subject acts."""
    if i == 0 or word not in WORD_DIRECTIONS or word not in DUTCH_DIRECTION_VERBS:
        return False  # ("Rabobank verdubbelt …", "halveert": a Dutch factor verb counts too)
    return word.endswith("t") and not word.endswith(("st", "rt"))  # "verhoogt", "verlaagt", "handhaaft"
