""""Jullie", the readers addressed together, own nothing, as "je" and "you" do not (DOMAIN.md,
"Reading real sentences", A: a generic "you/je" speaks to the reader and is not an owner): issue 12,
class "the reader in the plural".

Dutch addresses a group of readers with "jullie": "Jullie willen het klantenbestand met 15 % laten
groeien", "Jullie team moet 20 % meer leads binnenhalen", "Als jullie 15 % willen groeien, …". The
writer's own "we"/"ons" keeps its owner. Our own lines (Dutch: English "you" covers both and was
read already).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Jullie willen het klantenbestand in 2027 met 15% laten groeien.", None),
    ("Jullie team moet in 2027 20% meer leads binnenhalen.", None),
    ("Als jullie in 2027 15% willen groeien, verhoog dan de conversie.", None),
    ("Ons team moet in 2027 20% meer leads binnenhalen.", "Ons"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_readers_in_the_plural_own_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
