"""Who receives the work is not its metric: "Make 60 calls per day to qualified leads", "stuur een nieuwsbrief naar alle klanten".

Issue 12, class "the recipients of work" (DOMAIN.md S: "An activity is not a metric"). Calls, emails,
offers and newsletters sent "to"/"naar"/"aan" someone are work; the people after the preposition are who
receives it, not what the goal measures, however well-known a metric their name is ("qualified leads",
"customers", "klanten"). A rhythm may stand between the work and its recipients ("60 calls per day to
…"). What is measured of the recipients is said otherwise ("increase replies from customers", "de
klanttevredenheid").
"""

from __future__ import annotations

from typing import Final

from ..lexicon.word_classes import ACTIVITY_NOUNS, COUNT_QUALIFIERS, DETERMINERS, PERIOD_UNIT_NAMES, RHYTHM_WORDS

_SENT: Final = ACTIVITY_NOUNS | frozenset({
    "offer", "offers", "email", "emails", "e-mail", "e-mails", "mail", "mails", "reminder", "reminders", "letter",
    "letters", "brief", "brieven", "note", "notes", "message", "messages", "bericht", "nieuwsbrief", "newsletter",
    "quote", "quotes", "offerte", "offertes", "invitation", "invitations", "uitnodiging", "uitnodigingen", "survey",
    "surveys", "enquête", "enquêtes", "follow-up", "follow-ups", "brochure", "brochures", "flyer", "flyers"})
_TO: Final = frozenset({"to", "naar", "aan"})
_BEFORE_THE_PEOPLE: Final = DETERMINERS | COUNT_QUALIFIERS | frozenset({"every", "each", "all", "alle", "elke", "iedere",
                                                                        "top"})
_RHYTHM_LEADS: Final = frozenset({"per", "a", "an", "each", "every", "elke", "iedere"})


def receives_the_work(words: list[str], start: int) -> bool:
    """Whether the phrase at ``start`` is who receives work sent "to"/"naar"/"aan" it.

    >>> receives_the_work("make 60 calls per day to qualified leads".split(), 6)
    True
    >>> receives_the_work("drive traffic to our landing page".split(), 4)
    False
    """
    k = start - 1
    while k >= 0 and (words[k] in _BEFORE_THE_PEOPLE or words[k][:1].isdigit()):
        k -= 1
    if k < 1 or words[k] not in _TO:
        return False
    k -= 1
    if words[k] in PERIOD_UNIT_NAMES and k > 0 and words[k - 1] in _RHYTHM_LEADS:
        k -= 2  # ("60 calls per day to …", "3 offers a week to …")
    elif words[k] in RHYTHM_WORDS:
        k -= 1  # ("a newsletter monthly to …")
    return k >= 0 and words[k] in _SENT
