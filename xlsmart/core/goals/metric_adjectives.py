"""An English adjective in -ent/-ant said of the goal is no metric: "be more present on TikTok".

Issue 12, class "an adjective taken for a noun" (DOMAIN.md S: the metric is what the goal measures, a
noun). Adjectives in -ent and -ant look like nouns ("content", "talent", "client", "participant"), so one
said of the goal ("we want to be more present on TikTok", "be more transparent about our prices", "stay
relevant for young people") was read as the metric. Standing after "more"/"less" or a verb of being with
a preposition (or nothing) after it, such a word is an adjective. Nouns in -ment and the nouns in
-ent/-ant that goals count ("more content on the blog", "participants") are left alone.
"""

from __future__ import annotations

from typing import Final

_TAILS: Final = ("ent", "ant")
_NOUNS: Final = frozenset({"content", "talent", "percent", "intent", "consent", "extent", "rent", "cent", "accent",
                           "patent", "plant", "grant", "restaurant", "event", "client", "student", "patient", "agent",
                           "parent", "resident", "president", "participant", "applicant", "consultant", "merchant",
                           "tenant", "assistant", "giant", "incident", "component", "segment", "sentiment", "current",
                           "attendant", "descendant", "entrant", "occupant", "respondent", "recipient", "ingredient"})
_BEFORE: Final = frozenset({"more", "less", "be", "become", "becomes", "stay", "stays", "remain", "remains", "being",
                            "is", "are", "was", "were", "feel", "look", "seem", "appear", "most", "very", "truly"})
_AFTER: Final = frozenset({"", "on", "in", "for", "about", "to", "with", "at", "among", "across", "online", "and",
                           "or", "than", "by", "within", "towards", "toward"})


def an_adjective_alone(words: list[str], start: int, end: int) -> bool:
    """Whether the one word at ``start`` is an adjective in -ent/-ant said of the goal.

    >>> an_adjective_alone("we want to be more present on tiktok".split(), 5, 6)
    True
    >>> an_adjective_alone("post more content on our blog".split(), 2, 3)
    False
    """
    word = words[start]
    if not word.endswith(_TAILS) or word.endswith("ment") or word in _NOUNS or len(word) < 6:
        return False
    after = words[end] if end < len(words) else ""
    return start > 0 and words[start - 1] in _BEFORE and after in _AFTER
