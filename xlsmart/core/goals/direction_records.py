"""A record to set: "our best customer rating to date", "de hoogste omzet ooit", "our highest NPS ever".

Issue 12, class "a record to set" (DOMAIN.md S: the direction may be given by the words as well as by
numbers). A superlative of size or quality said of the goal's level with "ever", "to date", "yet",
"ooit" or "tot nu toe" after it asks for more than there has ever been: an increase, as "a new high",
"an all-time high" and "a record 6 trillion" (the phrase table in ``lexicon/directions.py``). A
superlative alone ("our best customers", "de grootste stad") is no record: it names which ones.
"""

from __future__ import annotations

# The superlatives of size or quality, and the words that make one a record.
SUPERLATIVES = frozenset({"best", "highest", "biggest", "largest", "greatest", "strongest", "beste", "hoogste",
                          "grootste", "sterkste", "meeste"})
_EVER = frozenset({"ever", "yet", "ooit"})


def a_record(words: list[str]) -> bool:
    """Whether a superlative in ``words`` is a record: "ever", "yet", "ooit", "to date" or "tot nu toe"
    within the four words after it."""
    for i, word in enumerate(words):
        if word in SUPERLATIVES:
            after = words[i + 1:i + 6]
            for k, other in enumerate(after):
                if other in _EVER or (other == "date" and k and after[k - 1] == "to") or (
                        other == "toe" and k > 1 and after[k - 2:k] == ["tot", "nu"]):
                    return True
    return False
