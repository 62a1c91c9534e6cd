"""A subject never spans a comma (issue 12, class "a subject across a comma"; DOMAIN.md A).

The tokens have no punctuation, so the phrase before a verb could run back over the comma that
ends a fronted phrase: "Two years after its launch, Acme is looking to …" read the owner as "its
launch, Acme", "After its merger, Acme wants …" as "its merger, Acme". A comma ends the phrase
before it; the subject is what follows the last comma inside the phrase, if that owns anything
(unless a comma also closes the phrase: an apposition, "Joost ter Horst, oprichter van …, verwacht",
which the readers of appositions take apart).
``actors.py`` asks this only of a phrase of several words in a text with a comma.
"""

from __future__ import annotations

import re

from .subjects import as_owner


def within_the_clause(owner: str, text: str, metric: frozenset[str]) -> str | None:
    """``owner`` (lower case words) cut after the last comma it spans in ``text``, or as it is."""
    found = re.search(r"(?<![\w'’])" + r"[\s,]+".join(map(re.escape, owner.split())) + r"(?![\w'’])", text,
                      re.IGNORECASE)
    if found is None or "," not in found.group(0) or text[found.end():found.end() + 1] == ",":
        return owner  # ("Joost ter Horst, oprichter van …, verwacht": an apposition its commas enclose)
    return as_owner(found.group(0).rpartition(",")[2].lower().split(), metric)
