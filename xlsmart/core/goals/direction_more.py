"""A count of more: "another 500 subscribers", "nog 300 leden werven", "nog vijftig andere steden".

Issue 12, class "another N" (DOMAIN.md S: a count added to what there is says the way: up). "Another"
or Dutch "nog" right before a figure that counts a thing adds that many to what there is, as "500 more
subscribers" and "20 extra leden" already did; a count of work ("nog honderd winkels openen") is no measure. Dutch "nog" is also "still": after a copula or a verb of
having ("er zijn nog 300 leden", "het aandeel is nog 20 procent") it states a level, and with "maar",
"slechts", "steeds" or a share it is what is left, so those say nothing of the way.
"""

from __future__ import annotations

from ..dates import PERIOD_UNITS
from ..lexicon.word_classes import ACTIVITY_VERBS, COUNTING_WORDS

# The words that add a count after them, and the hedges that may stand between them and the figure.
MORE_OF = frozenset({"another", "nog"})
_HEDGES = frozenset({"ongeveer", "ruim", "eens", "zo'n", "circa", "about", "some", "around", "roughly", "nearly"})
# A level stated, not a count added: "er zijn nog 300", "het is nog 20 procent", "there is another".
_STATING = frozenset({"is", "zijn", "was", "waren", "wordt", "worden", "heeft", "hebben", "had", "hadden", "staan",
                      "staat", "telt", "tellen", "wonen", "woont", "are", "were", "has", "have"})
_NOT_A_THING = frozenset({"%", "procent", "percent", "keer", "times", "maal", "op", "van", "of", "dan", "than"})


def more_of_a_count(words: list[str]) -> bool:
    """Whether "another"/"nog" adds a counted thing in ``words`` ("another 500 subscribers", "nog vijftig
    andere steden"): the figure (after one hedge at most) must count a thing, not a share or a period, and
    no verb of work may do it ("opent dit jaar nog honderd winkels": opening stores is work, no measure)."""
    if not ACTIVITY_VERBS.isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word not in MORE_OF or (i and words[i - 1] in _STATING):
            continue
        j = i + 1 + (i + 2 < len(words) and words[i + 1] in _HEDGES)
        if j + 1 < len(words) and (words[j][:1].isdigit() or words[j] in COUNTING_WORDS) and not (
                words[j].endswith("%") or words[j + 1] in _NOT_A_THING or words[j + 1] in PERIOD_UNITS):
            return True
    return False
