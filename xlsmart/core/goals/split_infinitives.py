"""A split infinitive: "to better compete", "to further expand", "to fully serve" (an English verb, no metric).

Issue 12, class "the verb of a split infinitive" (DOMAIN.md S: the metric is what the goal measures, a
noun; "An activity is not a metric"). English puts an adverb between "to" and its verb: "as it seeks to
better compete with Amazon", "we want to better serve our customers", "train the staff to better
understand our clients". The word after the adverb is the verb, never what is measured, and "better"
there says how the verb is done, not which way a measure goes. "Better" is a verb itself where its
object follows ("to better our service", "to better customer retention"): then it still improves.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.metrics import metric_for_word
from ..lexicon.word_classes import DETERMINERS, PHRASE_BREAKS

# Adverbs that split an infinitive in goals: "to better compete", "to further broaden", "to fully recover".
SPLITTING: Final = frozenset({"better", "further", "fully", "truly", "really", "actively", "effectively",
                              "continuously", "consistently", "quickly", "directly", "properly", "successfully",
                              "significantly", "substantially", "greatly", "easily", "best"})


def verb_after_to(words: list[str], start: int) -> bool:
    """Whether the one word at ``start`` is the verb of a split infinitive: "to better compete".

    >>> verb_after_to("we want to better serve our customers".split(), 4)
    True
    """
    return start > 1 and words[start - 1] in SPLITTING and words[start - 2] == "to"


def manner_of_a_verb(words: list[str], i: int) -> bool:
    """Whether "better" at ``i`` says how the verb after it is done ("to better compete with", "to better
    serve our customers"): a word no metric follows it, and then an article, a possessive or a preposition;
    in "to better our service" or "to better customer retention" it is the verb of improving.

    >>> manner_of_a_verb("to better compete with online shops".split(), 1)
    True
    >>> manner_of_a_verb("to better customer retention".split(), 1)
    False
    """
    if i == 0 or words[i - 1] != "to" or i + 2 >= len(words):
        return False
    verb, after = words[i + 1], words[i + 2]
    return verb not in DETERMINERS and verb not in PHRASE_BREAKS and metric_for_word(verb) is None and (
        after in DETERMINERS or after in PHRASE_BREAKS)
