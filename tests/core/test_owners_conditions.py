"""A Dutch clause of condition or time before the verb (DOMAIN.md, "Reading real sentences", A):
issue 12, class "the words that end a subordinate clause are no subject".

In Dutch the verb of a clause opened by "als", "wanneer", "indien", "zodra" … comes last, and the
main clause that follows puts its verb first: "Als de subsidie doorgaat, wil de club …". The
words right before the main verb ("de subsidie doorgaat") are the end of the condition, never the
owner; the owner is the subject after the verb, or nobody ("zullen er … worden verkocht", a
metric as the subject). Our own lines.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

OWNERS = [
    # (text, the owner read, or None)
    ("Als de vergunning rondkomt, wil de schaatsclub in 2028 400 leden hebben", "de schaatsclub"),
    ("Zodra de verbouwing klaar is wil het theater 15% meer bezoekers trekken", "het theater"),
    ("Indien de raad akkoord gaat zal de gemeente 300 laadpalen plaatsen in 2027", "de gemeente"),
    ("Als het voorjaar meezit, zullen er in 2027 ruim 8.000 fietsen worden verkocht", None),
    ("Wanneer de rente daalt zal de verkoop van woningen met 12% stijgen", None),
    ("De conclusie van het onderzoek: als de begroting het toelaat kunnen er 50 vrijwilligers worden geworven", None),
    ("Als het lukt willen we in 2027 2.000 abonnees", "we"),
]


@pytest.mark.parametrize(("text", "owner"), OWNERS)
def test_the_end_of_a_condition_is_no_owner(text, owner):
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason


def test_an_as_inside_the_sentence_opens_no_condition():
    # "als" as "as" after a noun: the subject before the verb stays the owner
    result = smart_check("Het bureau ziet TikTok als kans en wil in 2027 500 leads halen")
    assert result.verdicts["A"].passed
