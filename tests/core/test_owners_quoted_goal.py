"""A goal quoted as an example inside a sentence to the reader (letter A, issue 12).

Advice texts quote a goal: "… when you say, “We want to raise engagement from 70 % to 80 %”",
"Je kunt niet zeggen: "Laten we meer verkopen"". The quoted "we"/"I" is the speaker of the goal and
owns it, though the sentence around it speaks to the reader. Without quotation marks the reader's
own intent still names nobody. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

QUOTED_SPEAKERS = [
    ("To make it measurable, you could say: “We want to lift repeat orders from 20% to 25% by June 2027.”", "we"),
    ("You might write \"I will sign 12 new clients by March 2027\" as your first goal.", "i"),
    ("Je kunt niet zomaar zeggen: \"Laten we dit jaar meer abonnementen verkopen\".", "we"),
    ("Stel dat je zegt: “Wij willen in 2027 15% meer donateurs.”", "wij"),
    ("Als je zegt ‘Ik wil in 2027 twintig nieuwe klanten’, is dat meetbaar.", "ik"),
]


@pytest.mark.parametrize("text, owner", QUOTED_SPEAKERS, ids=case_ids(QUOTED_SPEAKERS))
def test_the_quoted_speaker_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner


READER_ONLY = [
    "Je wilt dat wij in 2027 20% meer omzet halen.",
    "Ik snap dat je in 2027 500 verkopen wilt doen.",
    "Say you want 20% more leads by June 2027.",
]


@pytest.mark.parametrize("text", READER_ONLY, ids=case_ids(READER_ONLY))
def test_the_readers_intent_without_a_quote_names_nobody(text: str) -> None:
    assert owner_of(text) is None
