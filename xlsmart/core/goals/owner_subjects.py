"""Whose verb it is, and what can stand before it: the structural tests that tell the subject of
the goal's own verb from a word that only stands near it (issue 12; DOMAIN.md A).

A verb has one subject, and in both languages it is the nearest one: the reader named in an
aside ("As you know, we aim to …", "Zoals je weet wil ik …") is not the subject of the verb that
follows. A subject outside the goal's own clause owns nothing: an activity that opens the goal
("Posting daily will grow …"), the subject of a clause of purpose or of a subordinate clause
("… so the club can …", "… als de app live gaat", "Nu de stad groeit, stijgt …"). What can never
act: a one-word channel ("E-commerce will …"), a means ("Gepersonaliseerde e-mails moeten …"), a
place after a preposition ("sales in the Netherlands"), a commentator ("Analyst Mary Chen said
…"), a bare measure before "must be" ("CO2 emissions must be 30 % lower"), a measure that changes
by itself ("Met betere routes daalt de levertijd"). Who can: units and trades (UNIT_TAILS),
people at work ("the volunteers", "de verkopers"), a plural with its Dutch plural verb ("De twee
winkels verhogen …"), the writers asking for help ("Help us raise …"). The readers in
``actors.py``, ``subjects.py`` and the other owner modules ask these tests on words they already
hold; each is a set look-up or a short scan, so a goal without their words pays nothing.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.metrics import GENERIC_HEADS, metric_for_word
from ..lexicon.owners import ACTOR_SUFFIXES, INTENT_VERBS, ORGANISATION_TAILS
from ..lexicon.word_classes import QUANTITY_WORDS

# The first person as a subject: a verb with one of these before it, or right after it in Dutch
# word order ("wil ik", "willen we"), is theirs, not the reader's.
FIRST_PERSON: Final = frozenset({"i", "we", "ik", "wij", "i'd", "we'd", "we're", "i'll", "we'll", "i'm", "we've",
                                 "i've"})
# Words that open an aside to the reader: "as you know", "as you can see", "zoals je weet".
_ASIDE_OPENERS: Final = frozenset({"as", "zoals"})


def reader_states_intent(words: list[str], i: int) -> bool:
    """Whether the reader pronoun at ``i`` is the subject of a verb of intent in the next words.

    Not in an aside ("As you know, we aim to …", "Zoals je weet wil ik …"), and not when another
    subject comes between the reader and the verb, or right after a Dutch verb that comes first.

    >>> reader_states_intent("as you know we aim to grow".split(), 1)
    False
    >>> reader_states_intent("if you want to grow".split(), 1)
    True
    """
    if i > 0 and words[i - 1] in _ASIDE_OPENERS:
        return False  # an aside: the reader knows or sees, someone else acts
    for j in range(i + 1, min(i + 8, len(words))):
        word = words[j]
        if word in FIRST_PERSON:
            return False  # ("I know you want more, but we aim to …": the verb after "we" is ours)
        if word in INTENT_VERBS:
            return not (j + 1 < len(words) and words[j + 1] in FIRST_PERSON)  # ("… weet, wil ik": Dutch inversion)
    return False


# Organisations and the units that act inside them ("the sales team", "de inkoopafdeling", "the
# CMO"): named after "the goal of", or after a Dutch verb, they hold the goal as a company does.
UNIT_TAILS: Final = ORGANISATION_TAILS + ACTOR_SUFFIXES + (
    # trades named by who practises them or where: "Met een klantenkaart wil de bakker …"
    "bakker", "slager", "kapper", "bloemist", "winkelier", "apotheek", "praktijk", "kantoor", "salon", "restaurant",
    "hotel", "café", "cafe", "garage", "camping", "makelaar", "boekhandel", "bakery", "butcher", "pharmacy",
    "clinic", "kliniek", "practice")

# People who do an organisation's work, some of whom a goal may also count ("recruit 300
# volunteers"): as the subject, with a word that picks out particular ones ("the volunteers",
# "onze verkopers", "the sales reps of Acme"), they act. Customers, visitors and members are
# whom a goal counts, not who works for it, and stay out.
WORKERS: Final = frozenset({
    "volunteers", "vrijwilligers", "verkopers", "sellers", "salespeople", "reps", "representatives",
    "agents", "fundraisers", "fondsenwervers", "collectanten", "collectors", "recruiters", "ambassadors",
    "ambassadeurs", "vertegenwoordigers", "accountmanagers", "adviseurs", "advisers", "advisors", "consultants",
    "coaches", "trainers", "teachers", "docenten", "leraren", "nurses", "verpleegkundigen", "organisers",
    "organizers", "organisatoren", "crew", "editors", "redacteuren", "designers", "developers", "engineers",
})
# Words before a plural that pick out particular ones ("the volunteers", "onze verkopers").
_PICKING_OUT: Final = frozenset({"the", "de", "these", "those", "deze", "die", "our", "onze", "ons", "its", "haar",
                                 "their", "hun", "all", "alle"})


def people_at_work(phrase: list[str]) -> bool:
    """Whether ``phrase`` names people who work for someone, whatever metric word it holds: a unit
    ("the sales team", "het verkoopteam") or particular workers ("the volunteers", "de verkopers",
    "the sales reps"); a metric word there names their work, not what the goal measures.

    >>> people_at_work("the sales reps".split()), people_at_work("volunteers".split())
    (True, False)
    """
    head = phrase[-1]
    return head.endswith(ACTOR_SUFFIXES) or (head in WORKERS and phrase[0] in _PICKING_OUT)


# Verbs of doing whose -ing form opens a goal as its subject: "Posting daily will grow …",
# "Improving page speed is expected to raise …". The work done, not who does it.
_DOING: Final = frozenset({
    "posting", "sending", "adding", "offering", "launching", "running", "using", "publishing", "sharing",
    "switching", "introducing", "optimising", "optimizing", "investing", "partnering", "hiring", "testing",
    "redesigning", "automating", "personalising", "personalizing", "hosting", "sponsoring", "emailing",
    "blogging", "creating", "building", "improving", "updating", "upgrading", "simplifying", "shortening",
    "rewriting", "adopting", "moving", "expanding", "focusing", "focussing", "targeting", "retargeting",
    "segmenting", "implementing", "developing", "lowering", "raising", "cutting", "reducing", "increasing",
    "boosting", "doubling", "halving", "showing", "answering", "calling", "replying", "responding",
    "fixing", "removing", "shipping", "delivering", "opening", "closing", "bundling", "pricing", "discounting",
    "reaching", "engaging", "nurturing", "onboarding", "collecting", "asking", "inviting", "rewarding",
})
# Words that open a clause of purpose or result after the goal ("… by 2027 so the club can …").
_SO: Final = frozenset({"so", "zodat"})
# Dutch words that open a clause whose verb stands last ("… als de nieuwe app in maart live gaat").
# Words that open a clause before the main one, up to its comma ("Nu de stad groeit, stijgt …").
_OPENING_SUBORDINATORS: Final = frozenset({"nu", "omdat", "doordat", "zodra", "wanneer", "nadat", "sinds", "hoewel",
                                           "terwijl", "indien", "since", "because", "once", "although", "while",
                                           "whereas", "as"})
# The end of a clause right after its verb: a Dutch subordinate clause ends in its verb, so "Zowel
# de federale als Vlaamse overheid streven ernaar …" and "… als thuishaven gebruikt - mikt zelfs …" do not.
_CLAUSE_END: Final = re.compile(r"\s*(?:[,.;:!?)\"”’']|$)")
_DUTCH_SUBORDINATORS: Final = frozenset({"als", "zodra", "wanneer", "omdat", "doordat", "zodat", "nadat", "voordat",
                                         "terwijl", "indien", "totdat", "tenzij"})


def outside_the_main_clause(owner: str, words: list[str], kinds: list[str], i: int, text: str) -> bool:
    """Whether ``owner``, found before the verb at ``words[i]``, is no subject of the goal's own
    clause: an activity that opens it ("Posting daily will grow …"), the subject of a clause of
    purpose after the goal's figures ("… to 480 by 2027 so (that) the club can …"), or a Dutch verb
    that ends a subordinate clause after the main one ("… moet stijgen als de app live gaat").

    >>> outside_the_main_clause("posting daily", "posting daily will grow followers".split(), ["word"] * 5, 2, "")
    True
    """
    names = owner.lower().split()
    start = _start_of(names, words, i)
    if start < 0:
        return False
    if start <= 1 and words[0] in _DOING and i > 1 and not (start == 0 and len(names) == 1):
        return True  # ("Improving page speed is expected to …": the gerund and its object; "Marketing will" is a unit)
    if start > 1 and "num" in kinds[:start] and (words[start - 1] in _SO or (
            words[start - 1] == "that" and words[start - 2] in ("so", "order"))):
        return True  # ("Membership must grow to 480 by 2027 so that the club can pay its coach")
    if words[0] in _OPENING_SUBORDINATORS and 0 < _position(text, words[i]) < text.find(",", 0, 160):
        return True  # ("Nu de stad groeit, stijgt de vraag …", "Since Acme grew, …": a clause before the main one)
    if _DUTCH_SUBORDINATORS.isdisjoint(words[max(0, start - 8):start + 1]):
        return False
    s = max(j for j in range(max(0, start - 8), start + 1) if words[j] in _DUTCH_SUBORDINATORS)
    verb_at = _position(text, words[i], True)
    return s > 0 and "," not in text[_position(text, words[s]):verb_at] and (
        _CLAUSE_END.match(text, verb_at + len(words[i])) is not None)  # (the clause's verb stands last)
    # (after a main clause; "Als de markt meezit, wil Acme …" opens with the condition and names its subject after it)


def _start_of(names: list[str], words: list[str], i: int) -> int:
    """Where the phrase ``names`` starts in ``words`` at or before ``i``, or -1."""
    n = len(names)
    for s in range(min(i, len(words) - n), -1, -1):
        if words[s:s + n] == names:
            return s
    return -1


def _position(text: str, word: str, last: bool = False) -> int:
    """Where ``word`` stands in ``text`` (its first or last occurrence, any case; 0 when absent)."""
    lowered = text.lower()
    found = lowered.rfind(word) if last else lowered.find(word)
    return max(found, 0)


# Channels and forms of selling named by one word: what the figures come through, never who acts
# ("E-commerce will make up 30 % of sales", "Online moet in 2027 de helft van de omzet leveren").
# Names of platforms that are also companies ("Google", "LinkedIn") stay out: they may plan.
CHANNEL_WORDS: Final = frozenset({"e-commerce", "ecommerce", "e-commerce's", "email", "e-mail", "seo", "sea", "sem", "ppc",
                                  "social", "organic", "paid", "referral", "referrals", "display", "retargeting",
                                  "online", "offline", "newsletter", "nieuwsbrief", "blog", "podcast", "webinar",
                                  "webinars", "affiliate", "affiliates", "sms", "telesales", "telemarketing"})
# Endings of abstract nouns: a lone word so shaped that opens a goal is a measure or a quality
# ("Attendance reached 20,000 …", "Occupancy rose …"), not a name ("Hilton reached 1,000 hotels").
ABSTRACT_TAILS: Final = ("ance", "ence", "ancy", "ency")


def plural_finite(words: list[str], kinds: list[str], i: int, text: str) -> bool:
    """Whether the Dutch direction verb at ``i``, shaped as an infinitive ("verhogen",
    "verdubbelen"), is the finite verb of a plural subject: it stands second, after the subject,
    with its object right after it ("De twee winkels verhogen hun omzet …", "Acme en Globex
    verdubbelen in 2027 het aantal …"), where an infinitive ends its clause after its object ("de
    omzet verhogen met 10 %"). The subject's last word must name someone: an organisation or unit
    ("winkels", "salesteam") or a name in capitals ("Globex"); "De campagnes verhogen …" is a means.

    >>> plural_finite("acme en globex verhogen de omzet".split(), ["word"] * 6, 3, "Acme en Globex verhogen de omzet")
    True
    >>> plural_finite("de omzet verhogen met 10 %".split(), ["word"] * 6, 2, "De omzet verhogen met 10 %")
    False
    """
    if i < 2 or i + 1 >= len(words) or not words[i].endswith("en"):
        return False
    before = words[i - 1]
    if not before.endswith(UNIT_TAILS):
        written = re.search(r"(?<![\w-])" + re.escape(before) + r"\s+" + re.escape(words[i]), text, re.IGNORECASE)
        if written is None or not written.group(0)[0].isupper():
            return False  # (no organisation, unit or name right before the verb)
    after = words[i + 1]
    if after in ("in", "tegen", "voor", "dit", "volgend", "komend") and i + 3 < len(words):
        after = words[i + 3] if kinds[i + 2] == "num" else words[i + 2]  # ("verdubbelen in 2027 het aantal …")
    return after in _OBJECT_OPENERS or kinds[i + 1] == "num"


# Words that open an object right after a verb: an article or a possessive ("verhogen hun omzet").
_OBJECT_OPENERS: Final = frozenset({"de", "het", "een", "hun", "haar", "zijn", "onze", "ons"})


# Prepositions of place: a name after one is where something happens ("sales in the Netherlands").
PLACE_PREPOSITIONS: Final = frozenset({"in", "across", "throughout", "outside", "within", "uit", "buiten", "binnen",
                                       "from", "on", "op", "via", "through"})  # ("reviews on Google", "verkeer uit Duitsland")


def in_a_place(words: list[str], k: int) -> bool:
    """Whether the name at ``k`` follows a preposition of place, with at most an article between:
    "online sales in the Netherlands will grow …" names where, not who.

    >>> in_a_place("online sales in the netherlands will grow".split(), 4)
    True
    """
    j = k - 1
    if j > 0 and words[j] in ("the", "de", "het"):
        j -= 1
    return j > 0 and words[j] in PLACE_PREPOSITIONS


# Nouns of wishing that a possessive holds as it holds a goal: "it was his desire to see …", "haar
# wens is …", "their dream: …" (the goal nouns themselves are OWNER_NOUNS).
WISH_NOUNS: Final = frozenset({"desire", "desires", "wish", "wishes", "dream", "dreams", "intention", "intentions",
                               "hope", "hopes", "wens", "wensen", "droom", "dromen", "bedoeling", "voornemen", "hoop"})
# Singular goal nouns after which Dutch "zijn" is "his", not "are": "Zijn doel is 5.000 leden" ("Er zijn
# doelen gesteld" has the verb before a plural).
ZIJN_HOLDS: Final = frozenset({"doel", "ambitie", "streven", "doelstelling", "plan", "missie", "visie", "wens", "droom",
                               "bedoeling", "voornemen", "streefcijfer", "target"})


# People who comment on a market or measure others' results: a title before a name ("Analyst Mary
# Chen said …", "econoom Jan Smit verwacht …") or the role alone speaks about others, never for an
# organisation (the plural kinds, "analysts expect", are read as nobody in particular already).
COMMENTATORS: Final = frozenset({"analyst", "analist", "analiste", "economist", "econoom", "expert", "researcher",
                                 "onderzoeker", "onderzoekster", "strategist", "strateeg", "commentator",
                                 "observer", "waarnemer", "forecaster", "marktkenner", "kenner", "deskundige",
                                 "deskundigen", "voorspellers"})
# What a goal is reached through, as the head of a subject: "Gepersonaliseerde e-mails moeten …",
# "Better reviews will boost …", "Weekly newsletters should lift …" (a means, never who acts).
MEANS: Final = frozenset({"emails", "e-mails", "mails", "mailings", "newsletters", "nieuwsbrieven", "posts", "ads",
                          "advertenties", "advertisements", "campaigns", "campagnes", "webinars", "blogs", "podcasts",
                          "videos", "video's", "reviews", "recensies", "promotions", "promoties", "discounts",
                          "kortingen", "offers", "aanbiedingen", "vouchers", "coupons"})
# Words that float between a subject and its verb: "Jumbo and Albert Heijn both aim …", "ze willen allebei …".
FLOATING: Final = frozenset({"both", "all", "each", "together", "beide", "allebei", "allemaal", "samen", "elk"})


def clause_about_a_measure(words: list[str], j: int) -> bool:
    """Whether the reported clause that opens at ``j`` (after "said", "zei dat") has a measure as its
    subject: a metric word, a generic head or a quantity among its first words, with an article or
    without ("said online sales would grow", "zei dat de online verkoop zou groeien"); a clause whose
    subject acts ("said the company would", "zei dat het bedrijf …") does not.

    >>> clause_about_a_measure("said online sales would grow 12 %".split(), 1)
    True
    >>> clause_about_a_measure("said the company would grow sales".split(), 1)
    False
    """
    if j < len(words) and words[j] in ("the", "de", "het", "this", "dit", "deze"):
        j += 1
    for word in words[j:j + 3]:
        if word.endswith(UNIT_TAILS) or word in INTENT_VERBS:
            return False  # (an organisation or a unit acts; a verb ends the subject)
        if metric_for_word(word) is not None or word in GENERIC_HEADS or word in QUANTITY_WORDS:
            return True
    return False


# Verbs that ask the reader to join the writers' own effort: "Help us raise $10,000 by June", "Let us
# grow …", "Steun ons: 1.000 nieuwe donateurs" (the goal is ours; the reader only helps).
APPEALS: Final = frozenset({"let", "help", "join", "support", "steun", "steunt", "helpt", "sponsor"})
# Reflexives after "set": "The Friends have set themselves the target of …" (as "set itself a target").
REFLEXIVES: Final = frozenset({"themselves", "ourselves", "itself", "himself", "herself", "myself", "zich", "zichzelf",
                               "onszelf"})
# Times that open a Dutch sentence before its verb and subject: "Maandag kondigde Heineken aan …".
FRONTED_TIMES: Final = frozenset({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
                                  "gisteren", "vandaag", "eerder", "afgelopen", "morgen", "later", "inmiddels",
                                  "destijds", "onlangs", "recent", "vorige", "vorig"})
# Verbs by which a measure changes by itself: their subject is what changes ("Met betere routes daalt
# de levertijd …"), so a subject before them must name an organisation or a name to act.
SELF_CHANGING: Final = frozenset({"stijgt", "daalt", "groeit", "krimpt", "zakt", "stijgen", "dalen", "groeien",
                                  "krimpen", "rises", "falls", "grows", "drops", "declines", "shrinks"})


def bare_measure_phrase(owner: str, text: str) -> bool:
    """Whether ``owner`` is a bare noun phrase (no article or possessive) whose head is written in
    lower case in ``text``: "CO2 emissions must be 30 % lower …", "waiting times should be …" name
    the thing measured, as a one-word "Coffee should be …" does; a name keeps its capitals
    ("Acme Corp must be …"), a unit acts ("Sales team must be …").

    >>> bare_measure_phrase("CO2 emissions", "By 2030, CO2 emissions must be 30% lower."), bare_measure_phrase("Acme Corp", "Acme Corp must be")
    (True, False)
    """
    names = owner.split()
    head = names[-1]
    if len(names) < 2 or names[0].lower() in _PICKING_OUT or names[0].lower() in ("a", "an", "een", "het") or (
            head.lower().endswith(UNIT_TAILS)):
        return False
    found = as_written(head, text)
    return found is not None and found[0].islower()


def as_written(word: str, text: str) -> str | None:
    """``word`` as written in ``text`` (matched whole and in any case), or None."""
    found = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, re.IGNORECASE)
    return found.group(0) if found is not None else None
