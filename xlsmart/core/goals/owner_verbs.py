"""Owners as the subject of any verb: an actor that opens a main clause owns the goal, whatever it does.

The other readers ask a verb of intent, setting or acting for its subject ("Coolblue wil …", "the
charity plans to …"). Real goals often state an organisation's plan with any other verb in the
main clause: "The foundation raised $2 million last year and now targets $3 million", "De vakbond
onderhandelt over 5 % meer loon", "Hilton reached 1,000 hotels, planning 150 more", "The
association is recruiting 300 members". A clause's subject comes first in English and in a Dutch
main clause that does not open with a time or means (that order is read in ``owner_text.py``), so
the subject is read from where a clause starts: the text's start, after a full stop or semicolon,
or after a fronted phrase and its comma ("Following the merger, the group targets …"). It owns the
goal when it names an actor, by its head ("the foundation", "de netbeheerder") or as a name written
with capitals where no sentence starts; the verb is known by its shape (English -s, -ed,
"is …ing", "has …ed"; Dutch -t, -de/-te, a plural -en after a plural). A verb of being or having
states where things are, not who acts ("Het bedrijf telt 270 vestigingen"), and a thing, a
document, a kind or the metric stays no owner (``subjects.as_owner`` decides).
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.metrics import GENERIC_HEADS, metric_for_word
from ..lexicon.owners import (
    ACTOR_SUFFIXES,
    ACTOR_WORDS,
    DUTCH_STRONG_PAST,
    FRONTING,
    INTENT_VERBS,
    MASS_NOUNS,
    NOT_OWNERS,
    NOUN_SHAPES,
    ORGANISATION_TAILS,
    PRONOUNS,
    READER_WORDS,
    SPEECH,
    STATIVE_VERBS,
    SURNAME_PARTICLES,
    THIRD_PERSON,
)
from ..lexicon.word_classes import DETERMINERS, PERIOD_UNIT_NAMES
from .owner_pronouns import reports_a_thing
from .owner_subjects import ABSTRACT_TAILS
from .subjects import as_owner, name_word


def subject_of_any_verb(text: str, words: list[str], metric: frozenset[str]) -> str | None:
    """The actor that opens a main clause of ``text`` (whose lower-case words are ``words``) before
    a verb of any kind, or None.

    >>> subject_of_any_verb("De vakbond onderhandelt over loon.", "de vakbond onderhandelt over loon".split(),
    ...                     frozenset({"loon"}))
    'de vakbond'
    """
    if not words:
        return None
    dutch = not _DUTCH.isdisjoint(words)
    for start in _clause_starts(text, words[0]):
        owner = _subject_at(_WORD.findall(text, start, start + 120), metric, dutch)
        if owner is not None:
            return owner
    return None


def _clause_starts(text: str, first: str) -> list[int]:
    """Where a main clause may open: the start (unless its first word, ``first``, can open no noun
    phrase: "Increase …", "Verhoog …"), after a fronted phrase and its comma, and after the first
    full stops or semicolons."""
    starts = [0] if first in _ARTICLES or (name_word(first, "word") and first not in _FRONTED_OPENERS) else []
    if first in _FRONTED_OPENERS:  # ("Since Amazon entered the market, margins must …": the clause is fronted)
        comma = text.find(",", 0, 90)
        if comma > 0:
            starts.append(comma + 1)
    if ". " in text or ";" in text or "! " in text or "? " in text:
        starts.extend(found.end() for found in _NEW_SENTENCE.finditer(text, 0, 600))
    return starts[:4]


def opens_a_clause(words: list[str], i: int, text: str) -> bool:
    """Issue 12, class "a verb after a clause break": whether the verb at ``i`` opens a clause after a
    semicolon, colon or full stop ("… when delivery is free; aim for that by Q3", "Marketing
    bereikt 1.000 leads. Verhoog dat …"), so the words before it are no subject of it."""
    if i == 0 or not (";" in text or ": " in text or ". " in text):
        return False
    # (a full stop ends a sentence only before a capital: "Gizmo Widget Co. will …" goes on)
    return re.search(r"(?<![\w'’])(?i:" + re.escape(words[i - 1]) + r")(?:[;:]\s+|[.!?]\s+(?=[A-Z]))(?i:"
                     + re.escape(words[i]) + r")\b", text) is not None


def _subject_at(written: list[str], metric: frozenset[str], dutch: bool) -> str | None:
    """The subject when ``written`` (the clause's first words as written) opens with an actor and a verb."""
    if len(written) < 2:
        return None
    words = [word.lower() for word in written]
    first = words[0]
    if first in ACTOR_WORDS or first in READER_WORDS or first in THIRD_PERSON or (
            first in PRONOUNS and first not in _ARTICLES) or (first in FRONTING and dutch):
        return None  # (the pronouns have their own readers; a fronted Dutch phrase puts the subject after its verb)
    k = 1 if first in _ARTICLES else 0
    for j in range(k + 1, min(k + 5, len(words))):
        if not (name_word(words[j - 1], "word") or (written[j - 1][0].isupper() and (
                words[j - 1] in SURNAME_PARTICLES or j - 1 > k))) or (  # ("Van Loon", "The New York Times")
                not _NAME_SHAPE.fullmatch(written[j - 1])) or (
                words[j] in PERIOD_UNIT_NAMES):
            return None
        verb = j + 1 if words[j] in _ADVERBS and j + 1 < len(words) else j
        if written[verb][0].islower() and _finite(words, verb, dutch) and not _opinion(words, verb) and _names_an_actor(written[k:j], words[k:j], k) and (
                j > k + 1 or k > 0 or _spelled_as_a_name(written[0]) or _object_follows(words, verb)):
            named = words[k:j]  # (the metric reader may have taken the subject: "The foundation raised …")
            return as_owner(words[:j], metric.difference(named))
    return None


def _opinion(words: list[str], i: int) -> bool:
    """Whether the verb at ``i`` says what its subject thinks or reports ("GroenLinks vindt dat …",
    "Acme believes that …"): the clause after "dat"/"that" is the goal, its speaker a source; a verb
    of intent before it ("Conebi verwacht dat …") states the subject's own plan."""
    k = i + 2 if i + 2 < len(words) and words[i + 1] in _PARTICLES else i + 1  # ("Onderzoek toont aan dat …")
    if words[i] in SPEECH and reports_a_thing(words, i):
        return True  # ("De directeur zegt dat het aantal klachten moet dalen": a report of a measure)
    return k < len(words) and words[k] in ("dat", "that") and words[i] not in INTENT_VERBS


def _spelled_as_a_name(word: str) -> bool:
    """An acronym ("UNICEF", "KLM") or a word with a capital inside ("Noord-Brabant", "easyJet")."""
    return (word.isupper() and word.isalpha() and 1 < len(word) < 7) or any(char.isupper() for char in word[1:])


def _object_follows(words: list[str], i: int) -> bool:
    """Whether an object or adverbial opens right after the verb at ``i`` (an article, a number, a
    preposition): a lone word that opens the text is a name before a verb ("Hilton reached 1,000
    hotels", "KLM bereikte een …"), not the first noun of a compound ("Discovery calls booked")."""
    if i + 1 >= len(words):
        return False
    after = words[i + 1]
    return after in DETERMINERS or after in _AFTER_A_VERB or after[0].isdigit() or after[0] in "$€£"


def _finite(words: list[str], i: int, dutch: bool) -> bool:
    """Whether ``words[i]`` is shaped as a finite verb of doing (not being or having)."""
    word = words[i]
    if word in _AUXILIARY and not dutch:  # "is recruiting", "has launched"; "is the leader", "has 40 stores" are states
        return i + 1 < len(words) and ((len(words[i + 1]) > 4 and words[i + 1].endswith(("ing", "ed", "en"))) or (
            words[i + 1] in _READY and i + 2 < len(words) and words[i + 2] in ("to", "track", "course", "a")))
        # ("is on track to", "is on course to", "is on a mission to", "is out to")
    if (dutch and word in DUTCH_STRONG_PAST) or (not dutch and word in _PAST):
        return True  # ("Het bedrijf nam …", "De club won …", "The Times set …": short, and shaped as no other verb)
    if word in STATIVE_VERBS or word in _NOT_VERBS or word in _REACHES or len(word) < (3 if dutch else 4) or (
            metric_for_word(word) is not None):
        return False  # ("De CO2 uitstoot moet …", "Nieuwe omzet wordt …": a noun shaped as a verb)
    if dutch:  # (a plural verb after a plural: "De corporaties bouwen …", "De supers openden …")
        return (word.endswith("t") or (word.endswith(("de", "te")) and not word.endswith(_NOUNS_IN_DE))) or (
            word.endswith("en") and words[i - 1].endswith(("en", "s")))
    if word in _PAST:
        return True
    if word.endswith("ed"):
        return len(word) > 4
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word not in GENERIC_HEADS)


def _names_an_actor(written: list[str], words: list[str], k: int) -> bool:
    """Whether the noun phrase names who acts: an organisation or role by its head, or a name
    written with capitals (a capital that only opens the sentence proves nothing, so a lone word
    there must look like no common noun)."""
    head = words[-1]
    if not CHANNELS.isdisjoint(words):
        return False  # ("LinkedIn generated 300 leads", "SEO drives …": a channel the figures come through)
    if head.endswith(ORGANISATION_TAILS) or head.endswith(ACTOR_SUFFIXES) or head in _BODIES:
        return True
    if any(word[0].isupper() for word in written[1:]) or (k > 0 and written[0][0].isupper()):
        return True  # ("Northwind Traders", "the Red Cross", "de KNVB")
    if len(written) > 1:
        return False
    word = written[0]
    return word[0].isupper() and (_spelled_as_a_name(word) or (
        not word.endswith(("s", "en")) and not head.endswith(NOUN_SHAPES) and head not in MASS_NOUNS
        and not head.endswith(ABSTRACT_TAILS)  # ("Attendance reached 20,000 …": a measure, no name)
        and metric_for_word(head) is None and head not in GENERIC_HEADS and head not in NOT_OWNERS))


_DUTCH: Final = frozenset({"de", "het", "een", "van", "en", "op", "met", "naar", "voor", "dit", "jaar"})
_WORD: Final = re.compile(r"[\w&'’.-]+|:")  # (a colon ends a heading: "Payback periode: …")
# A word of a name: letters ("bol.com"; a word with a full stop ends the clause, one with a digit is
# a measure: "De CO2 uitstoot moet …").
_NAME_SHAPE: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|[&'’-])*(?:\.[a-z]{2,4})?")
_NEW_SENTENCE: Final = re.compile(r"[.;!?]\s+(?=[\"'“‘„]?[A-Z])")
_ARTICLES: Final = frozenset({"the", "de", "het", "its", "this", "deze", "dit"}) & DETERMINERS
# Words that open a phrase fronted before an English main clause and its comma ("Following the
# merger, the group targets …", "To grow revenue, the company …"); a subordinate clause ends at the
# comma too ("If demand holds, the brewery …").
_FRONTED_OPENERS: Final = frozenset({"following", "after", "despite", "with", "to", "in", "over", "by", "since", "for",
                              "under", "thanks", "through", "as", "during", "from", "at", "on", "within", "across",
                              "amid", "given", "having", "next", "last", "earlier", "later", "meanwhile", "today",
                              "this", "if", "when", "once", "while", "although", "because", "before", "until",
                              "besides", "beyond", "according"})
_ADVERBS: Final = frozenset({"also", "now", "already", "still", "recently", "currently", "then", "again", "ook", "nu", "al",
                      "inmiddels", "opnieuw", "reeds", "nog"})
# What opens an object or adverbial right after a verb (with the determiners and numbers).
_AFTER_A_VERB: Final = frozenset({"in", "on", "at", "to", "for", "with", "by", "over", "about", "up", "out", "op", "aan", "met",
                           "voor", "naar", "bij", "uit", "om", "dat", "that", "ook", "al", "nu", "also", "now",
                           "more", "meer", "new", "nieuwe", "record", "its", "their", "haar", "zijn", "hun"})
# Dutch nouns and adjectives shaped as a past tense: "periode", "hoogte", "grootte", "eerste".
_NOUNS_IN_DE: Final = ("ode", "gte", "dte", "tte", "ste")
# What states a plan after "is": "is on track to", "is set to", "is poised to", "is keen to".
_READY: Final = frozenset({"on", "set", "poised", "due", "ready", "keen", "eager", "about", "likely", "going", "bound",
                           "out"})
_PARTICLES: Final = frozenset({"aan", "op", "uit", "out"})
_AUXILIARY: Final = frozenset({"is", "are", "was", "were", "has", "have", "had"})
_PAST: Final = frozenset({"grew", "won", "sold", "made", "laid", "took", "got", "kept", "built", "began", "brought", "held",
                   "led", "spent", "drew", "paid", "set", "sets", "gave", "ran", "bought", "wrote", "chose"})
# Verbs of reaching in the present tense: a key result's subject that "achieves 10,000 users" is what
# the level is of, a product or a site ("VWX achieves …", "De app haalt …"); "Hilton reached …" reports a deed.
_REACHES: Final = frozenset({"achieves", "reaches", "hits", "attains", "surpasses", "exceeds", "bereikt", "haalt", "behaalt",
                      "overschrijdt", "overtreft"})
# Words shaped as a verb that are none after a subject: prepositions, conjunctions, adverbs.
_NOT_VERBS: Final = frozenset({"this", "that", "these", "those", "plus", "minus", "versus", "thus", "always", "towards",
                        "tegen", "sinds", "niet", "echt", "eerst", "meest", "laatst", "zelfs", "slechts", "gaat",
                        "moet", "wordt", "werd", "zijn", "hebben", "worden", "kunnen", "zullen", "willen",
                        "means", "news", "series", "species", "perhaps", "across", "whereas", "unless",
                        "het", "dat", "wat", "met", "tot", "uit", "net", "wet", "dit", "markt"})
# Organisations whose English name the organisation tails do not end: "The foundation raised …".
_BODIES: Final = frozenset({"foundation", "association", "society", "institute", "authority", "federation", "alliance",
                     "hospital", "union", "league", "network", "cooperative", "co-op", "church",
                     "ministry", "startup", "start-up", "studio", "retailer", "group", "chain", "maker",
                     "operator", "owner", "museum", "library", "school", "agency", "charity"})

# Marketing channels and platforms: what a goal's figures come through, never who acts, however they
# are capitalised ("LinkedIn generated 300 leads", "SEO drives 60 % of traffic"); a marketplace that
# sells ("Bol verkocht …") is a company and acts.
CHANNELS: Final = frozenset({"seo", "sea", "sem", "ppc", "crm", "cro", "email", "e-mail", "linkedin", "instagram", "facebook",
                      "tiktok", "youtube", "twitter", "pinterest", "snapchat", "threads", "whatsapp", "google", "bing",
                      "adwords", "ads", "newsletter", "nieuwsbrief", "blog", "podcast", "webinar", "webinars",
                      "affiliate", "affiliates", "display", "retargeting", "social", "organic", "paid", "referral",
                      "referrals", "influencer", "influencers", "app", "website", "site", "webshop"})
