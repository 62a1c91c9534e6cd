"""Advice to the reader names no owner (DOMAIN.md, "Reading real sentences", A: a generic
you/je speaks to the reader and is not an owner): issue 12, class "I suggest that you …".

Blog posts and playbooks advise: "I suggest that you shoot for …", "We recommend you push …",
"Ik adviseer je om …", "Ik raad u aan …". The writer advises and the reader would act, so
nobody in the sentence owns the goal. A writer stating their own goal still owns it, and an
advice verb about others ("we advise clients") does not hide a later "we want". Our own lines.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("I suggest that you go for 25% more trial sign-ups this quarter.", None),
    ("We recommend that you push webinar registrations to 300 by June.", None),
    ("Ik adviseer je om het aantal aanvragen met 20% te verhogen in 2027.", None),
    ("Ik raad u aan om 40 nieuwe klanten te werven voor 1 juli.", None),
    ("I plan to grow trial sign-ups by 25% this quarter.", "I"),
    ("We advise clients on growth; we want 30 new clients in 2027.", "We"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_advice_to_the_reader_has_no_owner(text, owner):
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
