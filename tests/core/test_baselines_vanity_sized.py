"""Vanity metrics sized by another head or counted with an adjective (DOMAIN.md R: followers,
likes, views, impressions fail): issue 12, class "the vanity noun is still the metric".

"Follower growth rate" and "view count" measure followers and views; "500 engaged followers" and
"800 nieuwe volgers" count followers. A vanity noun in another role ("leads from followers") or a
growth rate of a real metric stays realistic. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, vanity)
    ("Follower growth rate: 15% per quarter", True),
    ("Video view count: target 30,000", True),
    ("Reach 400+ loyal followers on LinkedIn by June", True),
    ("Groei naar 900 trouwe volgers op Instagram in 2027", True),
    ("Win 300 qualified leads from our followers by June", False),
    ("Revenue growth rate: 12% per quarter", False),
    ("Omzetgroei: 10% in 2027", False),
]


@pytest.mark.parametrize(("text", "vanity"), CASES)
def test_a_sized_or_qualified_vanity_noun_fails_r(text, vanity):
    result = smart_check(text)
    assert result.parsed.vanity is vanity
    if vanity:
        assert result.verdicts["R"].passed is False, result.verdicts["R"].reason
