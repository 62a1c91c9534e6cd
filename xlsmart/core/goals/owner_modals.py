"""Who may own a goal as the subject of a modal verb: "will", "should", "must", "can", "moet",
"zal", "kan" say what is to happen, and any noun can stand before them ("heliports will go up",
"prices should fall", "gaps in performance must be cut in half"). Before a verb of wanting or
planning only someone can stand; before a modal, only an actor owns the goal: a name written with
capitals, an organisation or a role, a government by its place ("the province will …", "the
country will attract …"), the staff who do the work, or a pronoun for them. A thing, a measure or
the people a goal counts is what the sentence is about, not who acts. And the other tests of a
subject found before a verb of intent (:func:`acts_here`): a thing before a verb of acting, what
changes before an intransitive direction verb, a measure that opens the sentence, a passive.
``actors.py`` asks for every subject it finds before a verb.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import DUTCH_DIRECTION_VERBS
from ..lexicon.metrics import GENERIC_HEADS
from ..lexicon.owners import (
    ACTING,
    ACTOR_SUFFIXES,
    ACTOR_WORDS,
    COPULAS,
    HAVE,
    INTENT_VERBS,
    MEMBERS,
    MODALS_OF_STATE,
    ORGANISATION_TAILS,
    ROLE_LABEL_WORDS,
    SETTING,
    THIRD_PERSON,
)
from ..lexicon.word_classes import DETERMINERS, QUANTITY_WORDS
from .owner_clauses import intransitive_change, passive_after
from .owner_subjects import bare_measure_phrase
from .subjects import names_an_actor

# Verbs that say what is to happen, whoever or whatever the subject is.
MODALS: Final = frozenset({"will", "would", "should", "must", "can", "could", "shall", "need", "needs", "moet", "moeten",
                    "zal", "zullen", "kan", "kunnen"})

# A place named with its article stands for its government: "the province will …", "het land moet …".
_GOVERNED_PLACES: Final = frozenset({"province", "country", "city", "state", "region", "nation", "county", "municipality",
                              "land", "regio", "staat", "natie"})
# The people who do an organisation's work act for it: "our engineers will …", "de verkopers moeten …".
_STAFF: Final = frozenset({"engineers", "reps", "agents", "volunteers", "vrijwilligers", "sellers", "verkopers", "designers",
                    "writers", "developers", "ontwikkelaars", "consultants", "adviseurs", "coaches", "trainers",
                    "teachers", "docenten", "leraren", "nurses", "verpleegkundigen", "doctors", "artsen", "advisors",
                    "recruiters", "stylists", "stylisten", "editors", "redacteuren", "journalists", "journalisten",
                    "staff", "personeel", "workers", "werknemers", "collega's", "colleagues"})


def acts_as_owner(owner: str, text: str) -> bool:
    """Issue 12, class "a thing before a modal verb": whether ``owner``, the subject of a modal,
    names someone who acts.

    >>> acts_as_owner("heliports", "… and heliports will go up from 149 to 220"), acts_as_owner("the province", "")
    (False, True)
    """
    words = owner.lower().split()
    if not words:  # a subject of signs only names nobody
        return False
    head = words[-1]
    if head.endswith("s") and (head[:-1].endswith(ORGANISATION_TAILS) or (
            head.endswith("ies") and (head[:-3] + "y").endswith(ORGANISATION_TAILS))):
        return True  # a plural the tails do not end: "De publieke radiozenders moeten …", "the agencies will …"
    return (names_an_actor(owner, text) or head.endswith(ACTOR_SUFFIXES) or head in MEMBERS or head in _STAFF
            or head in ROLE_LABEL_WORDS  # a department: "Marketing will double …", "Communicatie moet …"
            or head in _GOVERNED_PLACES or head in THIRD_PERSON or words[0] in ACTOR_WORDS)


def acts_here(owner: str, words: list[str], i: int, text: str) -> bool:
    """Whether ``owner``, the subject found for the verb of intent at ``words[i]``, acts, rather than
    being what changes or what is done to (``actors.py`` asks for every subject it finds before a verb)."""
    word = words[i]
    if word in _LABELS and ":" in text and re.search(r"\b" + word + r"\s*:", text, re.IGNORECASE):
        return False  # "Applications Target: 180 applications": a KPI line's label after its metric, no verb
    if len(word) < 5 and word.upper() in text and re.search(r"\b" + word.upper() + r"\b", text) and not re.search(
            r"\b" + word + r"\b", text):
        return False  # "across FL, SC, GA, MI": a word written in capitals is an abbreviation, never a verb
    if not _EXAMPLES.isdisjoint(words[max(0, i - 6):i]) and _EXAMPLES.isdisjoint(owner.lower().split()[:1]):
        return False  # "outlets such as Costas and Starbucks have …", "ketens zoals Jumbo willen …": examples of a kind
    if word in ACTING and not names_an_actor(owner, text):
        return False  # "De nieuwbouw opent …" is no actor; "Delhaize opent …", "De gemeente werkt …" are
    if word in ("should", "must", "need", "moeten") and " " not in owner and (
            owner.endswith("s") or (word == "moeten" and owner.endswith("en"))):
        return False  # "Founders should aim for …", "Kostenbesparingen moeten …": anyone, or things
    if intransitive_change(words, i) and not names_an_actor(owner, text):
        return False  # "occupancy is expected to increase .1 %": what changes, not who changes it
    if word in MODALS_OF_STATE and (" " not in owner or bare_measure_phrase(owner, text)) and not (
            owner.lower().endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES)) and not COPULAS.isdisjoint(words[i + 1:i + 14]):
        return False  # "Coffee should be no more than 40 percent …": a bare noun, the thing measured, no actor
    if i > 2 and words[0] in DETERMINERS and words[1] in _MEASURES and _MAY_STATE_INTENT.isdisjoint(words[2:i]):
        return False  # "The percentage of students who … on 3rd grade Reading STAAR will increase …": the measure
    if word in MODALS and not acts_as_owner(owner, text):
        return False  # "… heliports will go up from 149 to 220": a thing before a modal, no actor
    return not passive_after(words, i)  # "… het afval moet worden gerecycled", "the brand has been proven"


# Heads that make a subject a measure ("The percentage of …", "Het aandeel klanten van …").
_MEASURES = QUANTITY_WORDS | GENERIC_HEADS | {"share", "aandeel"}


# Heads that make a subject a measure ("The percentage of …", "Het aandeel klanten van …").
_MEASURES = QUANTITY_WORDS | GENERIC_HEADS | {"share", "aandeel"}
# Goal nouns that read as verbs ("targets", "aims", "plans"); before a colon they label a KPI line.
_LABELS: Final = frozenset({"target", "targets", "aim", "aims", "plan", "plans", "goal", "goals", "objective", "doel"})
# Words that bring in examples of a kind: a name after them stands for the kind, nobody in particular.
_EXAMPLES: Final = frozenset({"such", "zoals", "including", "waaronder", "bijvoorbeeld", "e.g."})
# Words that may state an intent (as in ``actors.py``): one before the verb means another clause.
_MAY_STATE_INTENT: Final = INTENT_VERBS | DUTCH_DIRECTION_VERBS | HAVE | SETTING | ACTING
