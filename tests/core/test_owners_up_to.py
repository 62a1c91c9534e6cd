"""A goal said as what someone would want: "if it were up to them" (letter A, issue 12).

"Als het aan de bond ligt, …", "Als het van Stad Gent afhangt, …", "If it were up to the board, …":
the body the goal depends on wants it and owns it. The reader ("Als het aan jou ligt") owns
nothing, and "up to 20 %" is a ceiling, not a person. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

UP_TO_THEM = [
    ("Als het aan de hockeybond ligt, spelen er in 2028 20% meer meisjes hockey.", "hockeybond"),
    ("Als het van Stad Gent afhangt, rijdt tegen 2030 de helft van de bussen elektrisch.", "stad gent"),
    ("Als het aan Natuurpunt lag, kwam er tegen 2030 10.000 hectare bos bij.", "natuurpunt"),
    ("If it were up to the board, membership would double by 2028.", "the board"),
    ("If it was up to Greenfield Trust, volunteer hours would rise 25% in 2027.", "greenfield trust"),
]


@pytest.mark.parametrize("text, owner", UP_TO_THEM, ids=case_ids(UP_TO_THEM))
def test_the_body_it_is_up_to_owns_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


NOT_UP_TO_ANYONE = [
    "Als het aan jou ligt, groeit de omzet in 2027 met 10%.",
    "If it were up to you, membership would double by 2028.",
    "Raise donations by up to 20%, if possible, by 2027.",
]


@pytest.mark.parametrize("text", NOT_UP_TO_ANYONE, ids=case_ids(NOT_UP_TO_ANYONE))
def test_the_reader_or_a_ceiling_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
