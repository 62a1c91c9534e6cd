"""A name of several capitalised words right before its verb owns the goal (issue 12, class "a
name of common words"; DOMAIN.md A: a named company, brand or organisation as the subject).

Brands are often made of common words: "Fresh Market", "Corner Bakery", "Whole Foods Market",
"Market Basket". Each word alone reads as a noun or an adjective, so the phrase before the verb
("Fresh Market is aiming to …", "…, Corner Bakery is looking to …") was no owner. Written with a
capital on every word, two to four of them right before the verb (past its auxiliaries), they are
a name. Not when the run's last word is a measure or a goal noun ("Online Sales will grow",
"Annual Target is …": a heading), nor when a word of the run is a determiner or a pronoun ("The
Team", "Our Shop": read elsewhere), nor what no phrase owns (a commentator, a named piece of work:
"Econoom Piet Smit verwacht dat …", "Campaign Bluewater aims …"), nor when it opens with a preposition ("In Rotterdam verwacht
men …": a place before an inverted verb), nor a compound with a lower-case part ("Nieuwe
AI-oplossingen moeten …": a means). ``actors.py`` asks this only once the other readings found no
subject before a verb of intent; one compiled search over the text.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.metrics import GENERIC_HEADS, metric_for_word
from ..lexicon.owners import AUXILIARIES, FRONTING, GOVERNING, NOT_OWNERS, PRONOUNS
from ..lexicon.word_classes import DETERMINERS
from .subjects import WANTING, as_owner

# A capitalised word whose hyphened parts are capitalised too ("Coca-Cola"; "AI-oplossingen",
# "SaaS-bedrijven" name a kind of thing, no one).
_WORD: Final = r"[A-Z][\w&'’]*(?:-[A-Z][\w&'’]*)*"
# Two to four capitalised words, then auxiliaries (lower case), at the start or after a comma.
_RUN: Final = rf"(?:^|[,;:]\s*)((?:{_WORD}\s+){{1,3}}{_WORD})\s+((?:[a-z]+\s+){{0,2}})"


_TWO_CAPITALISED: Final = re.compile(rf"{_WORD}\s+{_WORD}")
# A market is where things sell ("the coffee market is set to grow"), unless a name ends so.
_MARKETS: Final = frozenset({"market", "markt"})


def titled_name_before(words: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """The name of capitalised words whose verb is ``words[i]``, or None."""
    if i == 0 or _TWO_CAPITALISED.search(text) is None:
        return None  # (most goals have no two capitalised words in a row: one compiled search)
    verb = words[i]
    for found in re.finditer(_RUN + re.escape(verb) + r"\b", text):
        if not all(w in AUXILIARIES for w in found.group(2).split()):
            continue
        name = found.group(1).lower().split()
        last = name[-1]
        if (last in metric or last in GENERIC_HEADS or last in NOT_OWNERS or metric_for_word(last) is not None
                or any(w in DETERMINERS or w in PRONOUNS for w in name) or name[0] in GOVERNING or name[0] in FRONTING):
            return None
        owner = as_owner(name, metric)  # ("Econoom Piet Smit verwacht …", "Project Zonnedak wil …": no owner)
        if owner is None and last in _MARKETS and (verb in WANTING or verb.endswith("ing")):
            return " ".join(name)  # "Fresh Market is aiming to …": a market cannot want, a shop named so can
        return owner
    return None
