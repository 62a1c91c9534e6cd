"""An appeal to help or join "us" states the writers' own goal (DOMAIN.md, "Reading real
sentences", A: "I" and "we" own a goal). Issue 12, class "help us, let us".

Fundraisers and clubs write "Help us raise $10,000 by June", "Join us in reaching 500 members",
"Steun ons: 1.000 nieuwe donateurs", "Let us grow …": "let's" was read, the object "us" (and
Dutch "ons" before an article or a number, read as the object "us" so as not to take "Klanten
geven ons een 8,5" for ours) was not. After a verb of appeal (help, join, support, let, steun)
"us" is the writers' organisation; after another verb ("Tell us how …", "Email us …") or in
"Let us say you want …" it is not the goal's owner. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Help us raise $10,000 for the shelter by June 2027.", "us"),
    ("Join us in reaching 500 members by the end of 2027.", "us"),
    ("Support us: 1,000 new donors by the end of 2027.", "us"),
    ("Let us grow membership to 500 by 2027.", "us"),
    ("Help ons om voor juni 2027 10.000 euro op te halen.", "ons"),
    ("Steun ons: 1.000 nieuwe donateurs voor eind 2027.", "ons"),
    # "us" after another verb, or in a supposition, owns nothing
    ("Let us say you want 500 members by 2027.", None),
    ("Tell us how to grow membership to 500 by 2027.", None),
    ("Klanten geven ons in 2027 een 8,5.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_an_appeal_to_join_us_is_our_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
