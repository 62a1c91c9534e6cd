"""A phrase of time before the verb is when, never who (issue 12, class "a time before the verb";
DOMAIN.md A: an actor as the subject).

Dutch puts the finite verb second, after whatever opens the sentence: "Drie maanden later gaat de
omzet omhoog …", "Twee jaar later wil de club …", "Kort daarna gaat …". The words before the verb
then end in an adverb of relative time (later, eerder, daarna, nadien), which ends no noun
phrase in either language ("Two years later the club will …", "Shortly afterwards, sales will …"):
they tell when, and the subject, if any, follows the verb. ``actors.py`` asks this of the phrase it
found before a verb of intent; a set look-up on its last word.
"""

from __future__ import annotations

from typing import Final

# Adverbs of a time counted from another (ago is a baseline's, not a subject's: read elsewhere).
_RELATIVE_TIMES: Final = frozenset({"later", "eerder", "daarna", "nadien", "daarvoor", "vervolgens", "afterwards",
                                    "afterward", "earlier", "thereafter", "subsequently", "erna", "ervoor"})


def a_time_before_the_verb(owner: str) -> bool:
    """Whether the phrase ``owner`` (lower case) ends in an adverb of relative time: a time, nobody."""
    return owner.rpartition(" ")[2] in _RELATIVE_TIMES
