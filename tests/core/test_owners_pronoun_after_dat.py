"""A pronoun after "dat" points back to who says it (DOMAIN.md, "Reading real sentences", A): issue
12, class "the subject of what is said is the speaker, named by a pronoun".

"De organisatie gaf aan dat ze 3.500 bezoekers hoopte te trekken", "Vorig jaar zei de club dat ze
500 leden wil": the clause's subject is "ze"/"zij"/"hij", which refers to the organisation that
says it; so the organisation owns the goal. Only a pronoun is read back this way; a noun after
"dat" is its own subject, and a bare name of nobody ("Jan zegt dat ze …") stays unread. Our own
lines.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

BACK = [
    ("De stichting gaf aan dat ze in 2027 800 donateurs hoopt te werven", "stichting"),
    ("Het theater meldde dat zij volgend seizoen 20% meer abonnees wil", "theater"),
    ("Vorig jaar zei de club dat ze in 2028 600 leden wil hebben", "club"),
    ("Eerder liet Jumbo weten dat ze in 2027 100 winkels wil openen", "jumbo"),
]


@pytest.mark.parametrize(("text", "word"), BACK)
def test_a_pronoun_after_dat_is_the_organisation_that_says_it(text, word):
    result = smart_check(text)
    assert result.verdicts["A"].passed, result.verdicts["A"].reason
    assert result.parsed.actor.lower().split()[-1] == word


def test_a_noun_after_dat_keeps_its_own_reading():
    # the organisation after "dat" is the subject of its own clause, as before
    result = smart_check("Het bestuur verwacht dat de vereniging in 2027 500 leden telt")
    assert result.parsed.actor.lower().split()[-1] == "bestuur"
