"""Subjects: the noun phrases around a verb that can be an actor, and whether they name one.

The phrase before a verb ("the marketing dept will"), the one after a Dutch verb ("Tegen 2030 wil
De Lijn"), the name a relative clause describes ("Acme, which plans to"), a bare name at the start
("Target will"), who a pronoun points back to ("It also plans to"), and what is no actor at all:
the metric, a count, a time, a thing, a kind of company. Two readers work on the text as written:
the name after the verb of a Dutch sentence that opens with a time or means ("Met de investering
kan De Halve Maan …"), and the words without a relative clause in brackets. ``actors.py`` decides
which verb to ask.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.metrics import GENERIC_HEADS, metric_for_word
from ..lexicon.owners import (
    ACTOR_WORDS,
    ADVERB_TAILS,
    AUXILIARIES,
    DAYS,
    DOCUMENT_TAILS,
    GENERIC,
    GOAL_AFTER_HAVE,
    GOVERNING,
    GROUP_TAILS,
    INTENT_VERBS,
    LOOKALIKE_TAILS,
    MASS_NOUNS,
    MEMBERS,
    NAMED_BY_OF,
    NATIONAL_ENDINGS,
    NATIONAL_WORDS,
    NO_NAMES,
    NOT_OWNERS,
    NOUN_SHAPES,
    ORGANISATION_TAILS,
    PRONOUNS,
    READER_WORDS,
    RELATIVE,
    SAID,
    SECTORS,
    THING_TAILS,
    THIRD_PERSON,
    TIME_TAILS,
)
from ..lexicon.word_classes import (
    COUNTING_WORDS,
    DETERMINERS,
    MONTH_NAMES,
    PERIOD_UNIT_NAMES,
    PHRASE_BREAKS,
    QUANTITY_WORDS,
)
from ..numbers import word_number
from .owner_subjects import (
    CHANNEL_WORDS,
    COMMENTATORS,
    FLOATING,
    MEANS,
    PLACE_PREPOSITIONS,
    UNIT_TAILS,
    WORKERS,
    in_a_place,
    people_at_work,
)


def names_an_actor(owner: str, text: str) -> bool:
    """An organisation noun ("de gemeente") or a name; at the start of the text a capital proves
    nothing, so a word shaped like a common noun there is none ("Klantvriendelijkheid werkt …")."""
    names = owner.split()
    head = names[-1]
    if len(names) > 1 and names[0] in DETERMINERS:
        names = names[1:]  # ("The new store opened …": the article's capital only opens the sentence)
    return head.endswith(ORGANISATION_TAILS) or (capitalised(" ".join(names), text) and not head.endswith(NOUN_SHAPES))


def relative_antecedent(words: list[str], kinds: list[str], i: int, metric: frozenset[str],
                         text: str) -> str | None:
    """The named organisation a relative clause describes, when the verb at ``i`` is the clause's:
    "Dat meldt het Oranje Fonds, dat een landelijke campagne start om …", "Acme, which plans to …"."""
    for r in range(i - 1, max(0, i - 13), -1):
        if words[r] in ("dat", "die", "which", "who"):
            if not re.search(r",\s*" + words[r] + r"\b", text, re.IGNORECASE):
                return None  # "GroenLinks vindt dat …": a clause of what is said, no relative
            if r + 2 == i and name_word(words[r + 1], kinds[r + 1]):
                return None  # "…, dat aantal moet …": a demonstrative before a noun, no relative clause
            owner = phrase_before(words, kinds, r, metric)
            return owner if owner is not None and (names_an_actor(owner, text) or words[i] in WANTING) else None
            # ("De dmo's, die samenwerken, willen …": before a verb of wanting only someone stands, as without the clause)
        if words[r] in INTENT_VERBS:
            return None
    return None


def antecedent(words: list[str], i: int) -> str | None:
    """The organisation named before ``i`` that a pronoun ("it", "het") refers back to: "The
    airline carried 10 million passengers. It also plans to …", "… telt het bedrijf 70 banen en
    wil het groeien …"; with none named, the pronoun names nobody."""
    for j in range(i - 1, 0, -1):
        word = words[j]
        if word.endswith(ORGANISATION_TAILS) and words[j - 1] in ("the", "de", "het") and not governed(words, j - 1):
            return f"{words[j - 1]} {word}"
    return None


def reporter(words: list[str], kinds: list[str], i: int, metric: frozenset[str]) -> str | None:
    """The subject of "X (on Thursday) said it …", if any."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if words[j] in SAID:
            k = j
            while k > 0 and (words[k - 1] in DAYS or words[k - 1] in ("on", "op", "also", "ook")):
                k -= 1  # "Target Corporation (TGT) on Thursday said"
            return phrase_before(words, kinds, k, metric)
    return None


def bare_name(words: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """The one capitalised word before the verb at ``i`` when it is a name, or None."""
    word = words[i - 1]
    if (word in DETERMINERS or word in READER_WORDS or word in THIRD_PERSON or word in metric
            or word in ACTOR_WORDS or word in AUXILIARIES or not word.isalpha()
            or (word in INTENT_VERBS and word not in NOT_OWNERS)
            or (i + 1 < len(words) and words[i + 1] in ("be", "worden", "zijn"))
            or metric_for_word(word) is not None or word in GENERIC_HEADS or (i > 1 and words[i - 2] in _WORKS)
            or in_a_place(words, i - 1)):
        return None  # ("Target will be reached …": the goal noun, not a name; "Campaign Bluewater aims …": work;
        # "online sales in the Netherlands will grow": a place)
    found = re.search(r"(?<![\w'’])(" + re.escape(word) + r")\s+" + re.escape(words[i]) + r"\b", text, re.IGNORECASE)
    if found is not None and word in PHRASE_BREAKS and found.group(1)[0].isupper():
        run = _CAPITALISED_RUN.search(text, 0, found.start())
        if run is not None and run.end() == found.start():
            return (run.group(0) + word).lower()  # "The New York Times announced …": a name ends in "Times"
    if found is None or not found.group(1)[0].isupper():
        return None
    if found.start() == 0 or re.search(r"[.!?:;]\s*$", text[:found.start()]):
        # At the start of a sentence every word has its capital: only a word that could not
        # stand there bare ("Target will …", not "Growth will …" or "Founders will …") is a name.
        if word not in NOT_OWNERS or word.endswith("s") or word in MASS_NOUNS or word in PRONOUNS:
            return None
    elif word in NOT_OWNERS and re.search(r"[A-Z][\w-]*\s+$", text[:found.start()]):
        return None  # a goal noun in a title: "Mid-Year Campaign aims to double …"
    return word


_CAPITALISED_RUN: Final = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,3}$")


def first_subject(words: list[str], kinds: list[str], metric: frozenset[str], text: str = "") -> str | None:
    """The name that opens the sentence before its first verb ("Greggs sells …"), or None. A run of
    words in capitals ends before the verb, whatever its form ("Chunghwa Telecom surpassed …")."""
    run = _NAME_AT_START.match(text) if text else None
    if run is not None and len(run.group(0).split()) < len(words) and words[:len(run.group(0).split())] == (
            run.group(0).lower().split()):
        k = len(run.group(0).split())
        if (words[k].endswith(("ed", "t", "s", "de", "te")) and metric_for_word(words[k]) is None) or (
                words[k] in INTENT_VERBS):  # ("Black Friday sales reached …": a name that says whose sales)
            return as_owner(words[:k], metric)
    k = 0
    while k < len(words) and k < 4 and name_word(words[k], kinds[k]):
        k += 1
    if k == 0 or k == len(words) or not (words[k] in WORD_DIRECTIONS or words[k] in INTENT_VERBS
                                         or words[k] in AUXILIARIES or words[k].endswith("s")):
        return None
    return as_owner(words[:k], metric)


# Two or more words in capitals, or an acronym with one more, opening the text: a name ("Chunghwa
# Telecom", "ITC Hotels", "Albert Heijn"); a sentence opens with one capital only.
_NAME_AT_START: Final = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){1,3}(?= [a-z])")


def capitalised(words: str, text: str) -> bool:
    """Whether ``words`` are written with a capital in ``text``: a name ("De Lijn", "Alfen")."""
    if not text:
        return False
    found = re.search(r"(?<![\w])" + r"[\W_]+".join(map(re.escape, words.split())), text, re.IGNORECASE)
    return found is not None and any(char.isupper() for char in found.group(0))


def governed(words: list[str], i: int) -> bool:
    """Whether a preposition governs the noun at ``i`` ("handed to the sales team")."""
    j = i - 1
    while j >= 0 and j >= i - 4 and words[j] not in GOVERNING and words[j] not in INTENT_VERBS:
        j -= 1
    return j >= 0 and j >= i - 4 and words[j] in GOVERNING


def phrase_before(words: list[str], kinds: list[str], i: int, metric: frozenset[str]) -> str | None:
    """The noun phrase ending just before ``words[i]`` that can own a goal, or None."""
    i = _end_of_subject(words, kinds, i)
    j = i
    if i > 1 and kinds[i - 1] == "num" and words[i - 1].isdigit() and len(words[i - 1]) in (1, 2, 3, 4) and (
            name_word(words[i - 2], kinds[i - 2])):
        j -= 1  # "Radio 6 heeft …", "Studio 100 wil …", "De Floriade Expo 2022 verwacht …": a name with its number
    while j > 0 and name_word(words[j - 1], kinds[j - 1]):
        j = _with_its_people(words, j - 1)
    if 3 < j < i and not _OF.isdisjoint(words[j - 5 if j > 5 else 0:j]):
        j = members_of(words, kinds, j)  # "the bosses of five of the UK's biggest supermarkets have promised …"
    if 1 < j < i and counts_the_noun(words[j - 1], kinds[j - 1]) and words[j - 2] in _PARTICULAR:
        j -= 2  # "De drie ziekenhuizen willen …", "the two hospitals want …": particular ones, counted
    elif j > 0 and j < i and (words[j - 1] in DETERMINERS or words[j - 1] in ("both", "beide")) and (
            words[j - 1] not in ("this", "that", "dit", "dat", "die")):
        j -= 1
    if j > 1 and words[j - 1] in ("in", "uit", "from") and j < i:
        # "Het museum in Nuenen wilde …", "De Tamboer in Hoogeveen … willen": the body, not its place
        k = j - 1
        while k > 0 and name_word(words[k - 1], kinds[k - 1]):
            k -= 1
        if k < j - 1 and words[j - 2].endswith(ORGANISATION_TAILS):
            if k > 0 and words[k - 1] in DETERMINERS:
                k -= 1
            return as_owner(words[k:j - 1], metric)
    if j > 0 and j < i and counts_the_noun(words[j - 1], kinds[j - 1]) and not (
            j > 1 and (words[j - 2] in DETERMINERS or name_word(words[j - 2], kinds[j - 2]))):
        return None  # "10 medewerkers hebben een cursus gevolgd", "three teams will": a count, nobody
        # ("de zeven supermarkten hebben …" are particular ones; "Radio 5 Nostalgia moet …" a name)
    if j > 0 and (words[j - 1] in GOVERNING or words[j - 1] in PLACE_PREPOSITIONS or words[j - 1] in RELATIVE
                  or words[j - 1] in ("one", "één")
                  or words[j - 1] in READER_WORDS  # ("Jullie team moet …": the readers' team)
                  or (words[j - 1] in _SUBORDINATORS and "num" in kinds[:j - 1])):
        # ("Grow sales 10 % … before Globex launches …": a clause after the goal's figures; "if Audrey
        # wishes her subscriptions to grow 10 %" states the goal in the clause itself)
        return None  # "conversions from organic search should rise", "… die interesse kunnen hebben"
    return _owner_of_span(words, kinds, j, i, metric)


def _end_of_subject(words: list[str], kinds: list[str], i: int) -> int:
    """Where the subject before the verb at ``i`` ends: before a day after "on" ("Acme on Monday
    announced …"), auxiliaries, a floating "both" and a manner adverb."""
    if i > 2 and words[i - 1] in DAYS and words[i - 2] in ("on", "op"):
        i -= 2  # "Acme on Monday announced …": the day is when, the subject stands before it
    while i > 0 and (words[i - 1] in AUXILIARIES or (words[i - 1] in FLOATING and i > 1) or (
            i > 1 and len(words[i - 1]) > 5 and words[i - 1].endswith("ly") and name_word(words[i - 2], kinds[i - 2]))):
        i -= 1  # "a company is expected to", "the mission originally aimed", "RI directors wisely approved"
    return i


def _with_its_people(words: list[str], j: int) -> int:
    """Where the subject starts when the name at ``j`` is the body of the people before it: "the
    president of the new company", "de leden van de vereniging", "the staff at the clinic", "the
    Friends of Kew Gardens", or an organisation named by "of" ("the University of Dayton")."""
    if j > 2 and words[j - 1] in DETERMINERS and words[j - 2] in ("of", "van", "at", "bij") and (
            words[j - 3] in MEMBERS or words[j - 3] in FRIENDS_OF or words[j - 3] in WORKERS):
        return j - 3  # "the president of the new company set …", "de leden van de vereniging hebben …"
    if j > 1 and words[j - 1] in ("of", "van", "at", "bij") and (
            words[j - 2] in MEMBERS or words[j - 2] in WORKERS or words[j - 2] in FRIENDS_OF or (
                words[j - 1] in ("of", "van") and words[j - 2].endswith(NAMED_BY_OF))):
        return j - 2  # (and an organisation named by "of": "the University of Dayton set …", "Bank of Montreal")
    return j


def _owner_of_span(words: list[str], kinds: list[str], j: int, i: int, metric: frozenset[str]) -> str | None:
    """The owner the words from ``j`` to the verb at ``i`` name: an organisation with "a"/"een" that
    opens the goal ("A company is expected to …"), the phrase itself, or, when it names nobody and
    "and"/"en" stands before it, the two parts together ("The board and volunteers will …")."""
    if j == 0 and i > 1 and words[0] in ("a", "an", "een") and words[i - 1].endswith(UNIT_TAILS) and (
            as_owner(words[1:i], metric) is not None):
        return " ".join(words[:i])  # ("A company is expected to generate …": the example opens the goal as its subject)
    owner = as_owner(words[j:i], metric)
    if owner is None and 1 < j < i and words[j - 1] in ("and", "en", "&"):
        first = phrase_before(words, kinds, j - 1, metric)  # ("The board and volunteers will …": one part acts for both)
        return f"{first} {words[j - 1]} {' '.join(words[j:i])}" if first is not None else None
    return owner


def members_of(words: list[str], kinds: list[str], j: int) -> int:
    """Issue 12, class "the people who lead the organisations": where the subject starts when the
    organisations at ``j`` follow "the bosses of", "de bestuurders van" with only counts, articles,
    "of" and a possessive between ("the bosses of five of the UK's biggest supermarkets"): at the
    people, who act for them; else ``j``."""
    for m in range(j - 1, max(-1, j - 8), -1):
        word = words[m]
        if word in MEMBERS and words[m + 1] in ("of", "van"):
            return m
        if not (word in ("of", "van") or word in DETERMINERS or counts_the_noun(word, kinds[m])):
            return j
    return j


_OF: Final = frozenset({"of", "van"})


def counts_the_noun(word: str, kind: str) -> bool:
    """Whether ``word`` counts the noun after it ("10", "three", "tien"); a year does not."""
    if kind == "num":
        return word.isdigit() and not (len(word) == 4 and word[:2] in ("19", "20"))
    return word in COUNTING_WORDS


def phrase_after(words: list[str], kinds: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """The subject after a Dutch verb ("Tegen 2030 wil De Lijn …"), or after "the goal of": a
    name written with capitals, or an organisation ("de stad", "het museum")."""
    j = i + 1
    if j < len(words) and words[j] in DETERMINERS:
        if words[j] in READER_WORDS:
            return None
        j += 1
    k = j
    while k < len(words) and k < j + 4 and name_word(words[k], kinds[k]):
        k += 1
    if k == j:
        return None
    names = words[j:k]
    if names[-1] in MEMBERS and k + 1 < len(words) and words[k] in ("van", "of"):
        of = phrase_after(words, kinds, k, metric, text)  # "In 2027 willen de leden van de club …": the club's people
        return f"{' '.join(words[i + 1:k])} {words[k]} {of}" if of is not None else None
    if not (names[-1].endswith(ORGANISATION_TAILS) or capitalised(" ".join(names), text)):
        while k > j + 1 and not names[-1].endswith(ORGANISATION_TAILS) and (
                names[-1].startswith("ge") or names[-1] in GOAL_AFTER_HAVE):
            k -= 1  # "Eerder had het bedrijf gezegd …": the participle after it is no part of the subject
            names = words[j:k]
        if not names[-1].endswith(UNIT_TAILS):  # ("the goal of the sales team", "het doel van de afdeling")
            return None
    return as_owner(words[i + 1:k], metric)


def name_word(word: str, kind: str) -> bool:
    """A word that can be part of an actor's name ("Rode Kruis-Vlaanderen", "Gizmo Widget Co")."""
    return (kind == "word" and word not in PHRASE_BREAKS and word not in DETERMINERS
            and word not in WORD_DIRECTIONS and word not in MONTH_NAMES
            and word not in PERIOD_UNIT_NAMES and word not in COUNTING_WORDS
            and word not in INTENT_VERBS and word not in READER_WORDS and word_number(word) is None
            and word not in ("in", "tegen", "by", "end", "eind", "next", "volgend", "volgende", "komende",
                             "halverwege", "medio", "begin", "mid", "midden", "uiterlijk")  # (before a year)
            and word not in DAYS  # "On Wednesday, Subaru (OTC:FUJHY) made …": a day is no name
            and word not in NO_NAMES)


def as_owner(phrase: list[str], metric: frozenset[str]) -> str | None:
    """The phrase as an owner, unless it is the metric, the goal itself, or speaks to the reader."""
    names = [w for w in phrase if w not in DETERMINERS]
    at = next((x for x in range(1, len(phrase) - 1) if phrase[x] in _OF and (
        phrase[x - 1] in MEMBERS or phrase[x - 1] in WORKERS)), 0)
    if at and all(word in _PARTICULAR for word in phrase[:at - 1]):  # "the members of the club", "het bestuur van":
        return " ".join(phrase) if as_owner(phrase[at + 1:], metric) is not None else None  # the body decides
    if phrase and (phrase[0] in ("a", "an", "one", "een") or (len(phrase) > 1 and phrase[0] in ("some", "sommige"))):
        return None  # "if a company wants …", "one small company had planned": an example, nobody in particular
    if not names or (phrase[0] in GENERIC and not names[-1].endswith(ORGANISATION_TAILS)) or (
            names[0] in QUANTITY_WORDS):
        return None  # "all first-time entrepreneurs", "de hoeveelheid fietsers": nobody in particular
    head = names[-1]
    if not SPOKESPEOPLE.isdisjoint(names) or names[0] in COMMENTATORS or head in COMMENTATORS or head in MEANS:
        return None  # "… zegt woordvoerster Anne de Boer", "Analyst Mary Chen said …": they speak for or about others
    if (len(names) > 1 and head in _CHANNEL_HEADS and names[-2] in _CHANNEL_KINDS) or (
            len(names) == 1 and head in CHANNEL_WORDS):
        return None  # "Content marketing should bring …", "Paid social will deliver …", "E-commerce will make up …"
    if len(names) > 1 and names[0] in _WORKS:
        return None  # "Project Zonnedak wil …", "Campagne Fiets mee moet …": a named piece of work, no actor
    if len(names) == 1 and len(head) > 6 and head.endswith(ADVERB_TAILS):
        return None  # "Crucially, growth should …", "Uiteindelijk moet …": a sentence adverb, nobody
    if head.endswith(LOOKALIKE_TAILS):
        return None  # "De bezettingsgraad moet …", "de voorraad": a measure that ends like "raad"
    if not people_at_work(phrase) and any(metric_for_word(word) is not None for word in names):
        return None  # "het marktaandeel van het goederenvervoer moet …": the metric, not who owns it
    if head.endswith(TIME_TAILS) or head in _MARKETS:
        return None  # "deze kabinetsperiode moeten …": a time; "the coffee market is set to …": where things sell
    if head.endswith(THING_TAILS) and not head.endswith(ORGANISATION_TAILS) and not _national_sector(names):
        return None  # "Het nieuwe systeem moet …", "the tourism industry will …": no actor
    if head.endswith(DOCUMENT_TAILS) and len(head) > 6 and not head.endswith(ORGANISATION_TAILS):
        return None  # "Het Klimaatakkoord streeft …", "the Paris Agreement aims …": a text, no actor
    if phrase[0] not in DETERMINERS and phrase[0] not in _PARTICULAR and head.endswith(GROUP_TAILS):
        return None  # "Corporaties hebben afgesproken …", "B2B SaaS companies aim for …": a kind, nobody
    if (head in NOT_OWNERS or (head in metric and not head.endswith(ORGANISATION_TAILS))
            or (metric_for_word(head) is not None and not people_at_work(phrase))
            or head in GENERIC_HEADS or head.endswith(("doel", "doelstelling", "goal"))
            or any(w in READER_WORDS for w in phrase)):
        return None
    return " ".join(phrase)


# Bodies named by what they support: "de Vrienden van het Museum", "Friends of the Library".
FRIENDS_OF: Final = frozenset({"vrienden", "friends", "supporters", "steunpunt"})

# Verbs of wanting and aiming: only someone can stand before them.
WANTING: Final = frozenset({"wil", "willen", "wilt", "want", "wants", "streeft", "streven", "plans", "plan", "aims", "aim",
                     "hoopt", "hopen", "hopes", "intends", "intend", "beoogt", "beogen", "mikt", "mikken"})


# A market is where things sell, never who acts ("the market", "de markt"; a supermarket is a shop).
_MARKETS: Final = frozenset({"market", "markets", "markt", "markten"})


# Words that open a subordinate clause: after the goal's figures its subject is not the goal's ("Grow
# sales 10 % before Globex launches …", "Verhoog de omzet met 10 %, ook als Jumbo 20 winkels opent").
_SUBORDINATORS: Final = frozenset({"before", "after", "while", "because", "if", "when", "once", "until", "unless", "whereas",
                            "although", "though", "omdat", "als", "nadat", "voordat", "zodra", "terwijl", "tenzij",
                            "hoewel", "wanneer", "indien", "zodat", "doordat", "totdat"})
# People who speak for an organisation, never its owner: "zegt woordvoerster …", "a spokesman said".
SPOKESPEOPLE: Final = frozenset({"woordvoerder", "woordvoerster", "spokesperson", "spokesman", "spokeswoman",
                          "persvoorlichter", "perswoordvoerder"})
# Channels named by kind and medium: "content marketing", "e-mail marketing", "paid social", "organic search".
_CHANNEL_HEADS: Final = frozenset({"marketing", "social", "search", "ads", "advertising", "media", "campaigns", "campagnes"})
_CHANNEL_KINDS: Final = frozenset({"content", "email", "e-mail", "influencer", "affiliate", "performance", "video", "search",
                            "social", "mobile", "sms", "outbound", "inbound", "event", "partner", "referral", "paid",
                            "organic", "display", "online", "offline", "digital", "seo", "sea", "direct", "print"})
# Pieces of work that give a name its first word: "Project Zonnedak", "Programma Groen", "Campaign Blue".
_WORKS: Final = frozenset({"project", "programme", "program", "programma", "campaign", "campagne", "initiative",
                    "initiatief", "operation", "operatie", "actie", "plan"})
# Words before a plural that pick out particular ones: "de drie ziekenhuizen", "both retailers", "beide supers".
_PARTICULAR: Final = frozenset({"the", "de", "these", "those", "deze", "die", "both", "beide", "our", "onze", "its", "haar",
                         "their", "hun"})


def _national_sector(names: list[str]) -> bool:
    """A country's or region's sector, which speaks through its trade bodies: "de Nederlandse
    luchtvaartsector", "the Australian wine industry" (a bare "de zorgsector" is a kind)."""
    return len(names) > 1 and names[-1].endswith(SECTORS) and any(
        word.endswith(NATIONAL_ENDINGS) or word in NATIONAL_WORDS for word in names[:-1])
