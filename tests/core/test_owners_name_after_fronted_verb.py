"""A name with its article after a Dutch verb that follows a fronted phrase owns the goal
(DOMAIN.md, "Reading real sentences", A: a named organisation as the subject, "Tegen 2030 wil De
Lijn …"). Issue 12, class "the article of a name in lower case".

"Met een nieuwe campagne probeert het Rode Kruis …", "Dit jaar moet het Rode Kruis …", "In de
visie staat het Muzeeum …": after the verb the article of a name is written in lower case, and
only "De"/"Het" with a capital was read with the name, so any verb but a known verb of intent
named nobody. One capitalised word after a lower-case article that is an adjective of place or
holds a digit ("de Goudse kaasmakerij", "de CO2-uitstoot") is no name. Our own sentences.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Met een nieuwe campagne probeert het Rode Kruis dit jaar 10.000 nieuwe donateurs te werven.", "het Rode Kruis"),
    ("Dit jaar moet het Rode Kruis 10.000 nieuwe donateurs werven.", "het Rode Kruis"),
    ("Met de nieuwe app tracht het Scheepvaartmuseum in 2027 20% meer kaarten online te verkopen.",
     "het Scheepvaartmuseum"),
    ("Volgend jaar moet de Efteling 5,5 miljoen bezoekers trekken.", "de Efteling"),
    ("Daardoor kan de Goudse kaasmakerij haar omzet in 2027 met 30% verhogen.", "de Goudse kaasmakerij"),
    # an adjective of place or a word with a digit after the article is no name
    ("In 2030 moet de CO2-uitstoot van de vloot 40% lager zijn dan in 2020.", None),
    ("Volgend jaar moet de Vlaamse export met 5% groeien.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_name_with_its_article_after_a_fronted_verb_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
