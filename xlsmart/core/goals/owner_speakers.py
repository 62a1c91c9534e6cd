"""Who owns a goal that a leader states, named after it: "De omzet moet met 10 % groeien, zegt de
topman", "Sales must grow by 10 % next year, said the CEO" (issue 12, class "a leader named after
the goal"; DOMAIN.md A, a named person or role as the subject).

"…, the CEO said" and "…, zegt directeur Jan Smit" were read (the role before its verb, a role word
by its ending); the inverted "said the CEO" and "zegt de topman" named nobody. A leader of the
organisation (chief executive, director, chair, founder, owner, mayor …) who states the goal owns
it for the organisation. A spokesperson, an analyst or an economist speaks for others or about
them and owns nothing, as ``subjects.py`` already holds for spokespeople. ``owner_clauses.py`` asks
only when no subject named an owner and the goal has a verb of saying.
"""

from __future__ import annotations

import re

# Verbs of saying that may follow a goal, before its speaker.
SAYING = frozenset({"zegt", "zei", "said", "says", "aldus", "stelt", "verklaart", "explains", "added", "adds"})

# Those who lead what the goal is for; their stated goal is the organisation's.
_LEADERS = frozenset({"topman", "topvrouw", "directeur", "directrice", "ceo", "cfo", "coo", "voorzitter", "chairman",
                      "chairwoman", "chair", "president", "founder", "oprichter", "eigenaar", "owner", "bestuurder",
                      "manager", "director", "chief", "head", "hoofd", "coach", "trainer", "burgemeester", "wethouder",
                      "minister", "mayor", "bestuursvoorzitter", "algemeen", "managing", "executive"})

_SPEAKER_AFTER = re.compile(r"[,”\"’]\s*(?:zegt|zei|said|says|aldus|stelt|verklaart|explains|added|adds)\s+"
                            r"((?:de |het |the |its |haar |zijn |their )?([\w-]+)(?: [\w-]+){0,3})", re.IGNORECASE)


def leader_after_the_goal(text: str) -> str | None:
    """The leader named right after a verb of saying that follows the goal, as written in lower case
    ("…, zegt de topman aan de krant" → "de topman"; "…, said CEO Anil Chadha" → "ceo anil chadha"), or
    None when the speaker leads nothing (a spokesperson, an analyst) or none is named.

    >>> leader_after_the_goal("De omzet moet met 10% groeien, zegt de topman.")
    'de topman'
    """
    found = _SPEAKER_AFTER.search(text)
    if found is None or found.group(2).lower() not in _LEADERS:
        return None
    words = found.group(1).lower().split()
    end = 1 + (words[0] in ("de", "het", "the", "its", "haar", "zijn", "their"))
    while end < len(words) and (words[end] in _LEADERS or found.group(1).split()[end][:1].isupper()):
        end += 1  # ("said CEO Anil Chadha", "zegt algemeen directeur Jan Smit"; not "… aan de krant")
    return " ".join(words[:end])
