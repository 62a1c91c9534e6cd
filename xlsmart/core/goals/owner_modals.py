"""Who may own a goal as the subject of a modal verb: "will", "should", "must", "can", "moet",
"zal", "kan" say what is to happen, and any noun can stand before them ("heliports will go up",
"prices should fall", "gaps in performance must be cut in half"). Before a verb of wanting or
planning only someone can stand; before a modal, only an actor owns the goal: a name written with
capitals, an organisation or a role, a government by its place ("the province will …", "the
country will attract …"), the staff who do the work, or a pronoun for them. A thing, a measure or
the people a goal counts is what the sentence is about, not who acts. ``actors.py`` asks when the
verb of intent it read is a modal.
"""

from __future__ import annotations

from ..lexicon.owners import ACTOR_SUFFIXES, ACTOR_WORDS, MEMBERS, ORGANISATION_TAILS, ROLE_LABEL_WORDS, THIRD_PERSON
from .subjects import names_an_actor

# Verbs that say what is to happen, whoever or whatever the subject is.
MODALS = frozenset({"will", "would", "should", "must", "can", "could", "shall", "need", "needs", "moet", "moeten",
                    "zal", "zullen", "kan", "kunnen"})

# A place named with its article stands for its government: "the province will …", "het land moet …".
_GOVERNED_PLACES = frozenset({"province", "country", "city", "state", "region", "nation", "county", "municipality",
                              "land", "regio", "staat", "natie"})
# The people who do an organisation's work act for it: "our engineers will …", "de verkopers moeten …".
_STAFF = frozenset({"engineers", "reps", "agents", "volunteers", "vrijwilligers", "sellers", "verkopers", "designers",
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
    head = words[-1]
    if head.endswith("s") and (head[:-1].endswith(ORGANISATION_TAILS) or (
            head.endswith("ies") and (head[:-3] + "y").endswith(ORGANISATION_TAILS))):
        return True  # a plural the tails do not end: "De publieke radiozenders moeten …", "the agencies will …"
    return (names_an_actor(owner, text) or head.endswith(ACTOR_SUFFIXES) or head in MEMBERS or head in _STAFF
            or head in ROLE_LABEL_WORDS  # a department: "Marketing will double …", "Communicatie moet …"
            or head in _GOVERNED_PLACES or head in THIRD_PERSON or words[0] in ACTOR_WORDS)
