"""Where a Dutch clause puts its metric: the structures around a noun phrase that make it, or keep it from
being, what the goal measures (issue 12).

``metric_heads_nl.py`` reads the Dutch noun phrase itself; these readers look at the clause around it and say
which phrase the main verb's level or change is said of, and which phrases stand where no metric does:

- **a condition kept beside the goal** (:func:`condition_kept`): "… met behoud van het aantal betaalde
  bezoekers", "… zonder dat het aantal klachten stijgt", "… zonder verlies van klanttevredenheid" say what
  must not change while the goal is reached, as "while keeping" does in English; what they name is not the
  goal's metric.
- **a phrase of respect** (:func:`in_respect_of`): "qua aantal speelsters", "op het vlak van hernieuwbare
  energie", "op het gebied van klanttevredenheid", "inzake werkzaamheidsgraad", "wat betreft X", "in termen
  van X" say in what the goal is measured; the phrase after them is a metric as "het aantal X" is (and
  "betreft" is the verb of "wat betreft", no part of the phrase).
- **what is raised to or kept at a level** (:func:`raised_to_a_level`): "de waardering van onze gasten naar
  een nóg hoger niveau tillen", "de kwaliteit naar een hoger plan brengen", "de melkproductie op peil
  houden". The level ("niveau", "plan", "peil") is where the object goes, not what is measured; the object
  before it is, past its complement and a time.
- **a relative clause or a denominator after the subject** (:func:`restricted_subject`): "Het percentage
  inwoners dat tevreden is over het aanbod is minimaal 74%", "Het aandeel klanten dat ons aanbeveelt moet
  stijgen", "Het percentage werklozen ten opzichte van de beroepsbevolking is maximaal 4%". The subject that
  opens the goal is what the level or change is said of; the phrases of the clause or complement that
  restricts it ("aanbod", "beroepsbevolking") stand next to the main verb and took its cues.

- **the subject of a subordinate clause whose verb of level ends the goal** (:func:`subordinate_subject`): "De
  verwachting is dat in de eerste divisie de begroting tussen de acht en negen miljoen euro zal bedragen",
  "Het doel is dat op termijn het ledental 500 zal bedragen". Past a time or a place after "dat", the first
  noun phrase that no preposition governs is the subject the level is said of, and the infinitive that ends
  the clause ("bedragen") is its verb, not a noun.

Each is asked by ``metric_heads_nl.dutch_phrases`` behind its set test.
"""

from __future__ import annotations

from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.metric_cues import AVERAGES, PREPOSITIONS
from ..lexicon.word_classes import COUNT_QUALIFIERS, DETERMINERS, QUANTITY_WORDS
from .phrases import MetricPhrase, is_number, name_phrase

# The shares whose complement may follow without "van": "het aandeel vrouwen", "het percentage werklozen".
SHARE_OPENERS: Final = frozenset({"aandeel", "percentage"})
# The last words of a phrase of respect: "qua X", "inzake X", "wat betreft X", "op het vlak/gebied van X",
# "in termen van X".
RESPECT_WORDS: Final = frozenset({"qua", "inzake", "betreft", "vlak", "gebied", "termen"})
# The nouns of a level that something is raised to or kept at ("naar een hoger niveau", "op peil").
LEVEL_NOUNS: Final = frozenset({"niveau", "plan", "peil"})


def level_stated(words: list[str], main: int) -> bool:
    """Whether the main verb at ``main`` says how the subject changes or where it stands: a verb or word of
    change or bound, or a figure, at it or within three words after it ("is minimaal 74%", "moet in 2027
    stijgen"; not "veilig is", a state)."""
    return any(word in WORD_DIRECTIONS or word[:1].isdigit() for word in words[main:main + 4])


# What opens a clause or complement that restricts the subject before it: a relative pronoun, "ten opzichte
# van" (a denominator: "het percentage werklozen ten opzichte van de beroepsbevolking").
_RESTRICTING: Final = frozenset({"dat", "die", "ten", "tov"})
# The finite verbs of the main clause that state a level or a change of its subject: a copula, a modal, a
# verb of being at a level ("ligt", "bedraagt"); a verb of change is found in WORD_DIRECTIONS.
_MAIN_VERBS: Final = frozenset({"is", "zijn", "moet", "moeten", "zal", "zullen", "blijft", "blijven", "ligt",
                                "liggen", "bedraagt", "bedragen", "wordt", "worden", "mag", "mogen", "gaat", "gaan"})
# Words that may stand before the subject's head: an article, a count or share, a qualifier.
BEFORE_THE_SUBJECT: Final = DETERMINERS | QUANTITY_WORDS | SHARE_OPENERS | COUNT_QUALIFIERS | AVERAGES
# The words of which one opens a subject that is a noun phrase: an article, a possessive, a count or share.
OPENING_THE_SUBJECT: Final = frozenset({"de", "het", "een", "onze", "ons", "hun", "mijn", "uw"}) | QUANTITY_WORDS | (
    SHARE_OPENERS | AVERAGES)
# The prepositions that open a complement of the subject ("De energie uit zon en wind", "Het ledental van
# mensen die …"), and the Dutch verbs of intent after which the subject is who acts, not what is measured.
_COMPLEMENTS: Final = frozenset({"van", "uit", "voor", "bij", "in", "op", "onder", "aan", "met", "binnen", "als",
                                 "tussen"})
INTENT_VERBS_NL: Final = frozenset({"wil", "willen", "wilt", "streeft", "streven", "hoopt", "hopen", "mikt", "mikken",
                            "verwacht", "verwachten", "plant", "investeert"})
# Other finite verbs that end a complement: the subject has or does something ("De Vrienden van de Bieb hebben
# een voornemen"), which says no level of it.
_OTHER_VERBS: Final = frozenset({"heeft", "hebben", "krijgt", "krijgen", "telt", "tellen", "doet", "doen", "maakt",
                                 "maken", "biedt", "bieden", "kent", "kennen", "vormt", "vormen"})
# Words that open another clause.
_CLAUSES: Final = frozenset({"maar", "want", "omdat", "om", "zodat", "terwijl", "waardoor", "wanneer"})  # (not a relative "die")
_REACH: Final = 16  # (how far past the subject the main verb is looked for: one clause, not the next)


def restricted_subject(words: list[str], spans: list[tuple[int, int]], opening: int = 0,
                       used: list[bool] | None = None) -> tuple[int, int] | None:
    """Where the clause or complement that restricts the goal's opening subject lies (from its relative
    pronoun, "ten opzichte van" or preposition to the main verb that states the subject's level or change),
    or None. ``opening``: where the goal's clause opens (past a heading and its colon: "… een goed voornemen:
    het ledental van mensen die de bibliotheek steunen, moet hoger"); its subject is the first span there.
    With ``used`` (the tokens a date or period took), a time may stand before it: the object of an infinitive
    clause ("om tussen 2023 en 2030 het vertrouwen in het college … te laten stijgen", :func:`object_opening`).

    >>> words = "het percentage inwoners dat tevreden is over het aanbod is minimaal 74%".split()
    >>> restricted_subject(words, [(2, 3), (4, 5), (8, 9)])
    (3, 10)
    >>> restricted_subject("de energie uit zon en wind moet verdubbelen".split(), [(1, 2), (3, 4), (5, 6)])
    (2, 6)
    """
    first = next((span for span in spans if span[0] >= opening), None)
    if first is None:
        return None
    start, end = first
    if end >= len(words) or (words[end] not in _RESTRICTING and words[end] not in _COMPLEMENTS) or (
            OPENING_THE_SUBJECT.isdisjoint(words[opening:start])) or not all(
            words[k] in BEFORE_THE_SUBJECT or (used is not None and (used[k] or words[k] in _TIME_LINKS))
            for k in range(opening, start)):
        return None  # (the goal does not open with its subject: "We willen dat de omzet …", "Stel dat …", "Dit
        # betekent dat …": a verb or an adverb with no article before it)
    if words[end] == "ten" and words[end + 1:end + 3] != ["opzichte", "van"]:
        return None
    if (name_phrase(tuple(words[start:end])) is None and words[start] not in SHARE_OPENERS and (
            words[start] != "aantal")) or words[end - 1] in QUANTITY_WORDS:
        return None  # ("Het doel dat we stellen is …", "De gemeente Utrecht wil …": no measure; "het benodigde
        # aantal van 300.000 te bouwen woningen": the complement is what is counted)
    if words[end] in _COMPLEMENTS:
        # A complement ends at the first verb, the main clause's: one of being or change says the subject's
        # level ("De energie uit zon en wind moet verdubbelen"); one of intent makes it who acts ("De
        # directie van het bedrijf wil …")
        main = next((k for k in range(end + 1, min(len(words), end + _REACH)) if words[k] in _MAIN_VERBS or (
            words[k] in WORD_DIRECTIONS) or words[k] in INTENT_VERBS_NL or words[k] in _OTHER_VERBS or words[k] in _CLAUSES), None)
        # (a clause that opens first ends the scan: "Het begon met een groep van 200 mensen, maar …", "Het college
        # legde in 2018 de afspraak vast om …": the first phrase was a verb, the complement no complement)
        return None if main is None or words[main] in INTENT_VERBS_NL or words[main] in _CLAUSES else (end, main)
    main = next((k for k in range(min(len(words) - 1, end + _REACH), end + 1, -1)
                 if words[k] in _MAIN_VERBS or words[k] in WORD_DIRECTIONS), None)
    return None if main is None else (end, main)


KEPT_GATE: Final = frozenset({"behoud", "zonder"})
# What follows "zonder" when it opens a condition, not a plain "without X" that names the goal ("zonder
# uitstoot bezorgen"): a clause, or a loss of something ("zonder verlies van", "zonder in te leveren op").
_WITHOUT: Final = frozenset({"dat", "verlies", "afbreuk", "in"})


def condition_kept(words: list[str], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a condition kept beside the goal lies ("met (het) behoud van X", "zonder dat X stijgt", "zonder
    verlies van X"), from its opening word to the end, when the goal names a phrase before it; else None.

    >>> condition_kept("de kosten verlagen met behoud van de kwaliteit".split(), [(1, 2), (7, 8)])
    (3, 8)
    """
    for k in range(1, len(words) - 1):
        if (words[k] == "behoud" and words[k + 1] == "van" and "met" in words[k - 2:k]) or (
                words[k] == "zonder" and words[k + 1] in _WITHOUT):
            at = k - (words[k] == "behoud") - (words[k - 1] == "het")
            return (at, len(words)) if spans and spans[0][0] < at else None
    return None


def in_respect_of(words: list[str], start: int) -> bool:
    """Whether a phrase of respect introduces the phrase at ``start`` as what the goal is measured in: "qua"
    and "wat betreft" wherever they stand ("groeien qua aantal speelsters"); "op het vlak/gebied van",
    "in termen van" and "inzake" where they open the goal or follow its verb of change or intent ("Op het vlak
    van hernieuwbare energie willen we …", "wil Vlaanderen op het vlak van X …"), not after a noun they
    complement ("een goede reputatie op het gebied van productie", "doelen gesteld op het gebied van klimaat").

    >>> in_respect_of("groeien qua aantal speelsters".split(), 3)
    True
    >>> in_respect_of("een goede reputatie op het gebied van productie".split(), 7)
    False
    """
    k = start - 1
    while k > 0 and (words[k] in DETERMINERS or words[k] in QUANTITY_WORDS):
        k -= 1
    if k < 0:
        return False
    word = words[k]
    if word == "qua":
        return True
    if word == "betreft":
        return k > 0 and words[k - 1] == "wat"
    if word == "inzake":
        opens = k - 1
    elif word == "van" and k > 1 and words[k - 1] in RESPECT_WORDS and words[k - 2] in ("het", "in"):
        opens = k - 3 if words[k - 2] == "het" else k - 2  # (the "op" of "op het vlak van", the "in" of "in termen van")
    else:
        return False
    before = opens - 1
    return before < 0 or words[before] in WORD_DIRECTIONS or words[before] in INTENT_VERBS_NL or (
        before > 0 and words[before - 1] in INTENT_VERBS_NL)


_TO_A_LEVEL: Final = frozenset({"naar", "op"})
_LEVEL_WORDS: Final = frozenset({"een", "het", "hetzelfde", "nog", "nóg", "veel", "hoger", "beter", "hogere", "betere",
                                 "ander", "zelfde", "gewenst", "gewenste", "peil"})
# The words after which the object of a clause follows: what opens the clause, its modal or verb of intent.
_OBJECT_AFTER: Final = INTENT_VERBS_NL | frozenset({"om", "dat", "zodat", "en", "maar", "zal", "zullen", "moet", "moeten",
                                            "kan", "kunnen", "gaat", "gaan"})


def raised_to_a_level(words: list[str], spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Which of ``spans`` is raised to or kept at a level ("naar een hoger niveau", "op peil"), as its index,
    and where the level ends; None when the goal names no such level or nothing before it.

    >>> words = "we willen de kwaliteit van de zorg naar een hoger niveau brengen".split()
    >>> raised_to_a_level(words, [(3, 4), (6, 7), (10, 12)])
    (0, 10)
    """
    level = next((k for k, word in enumerate(words) if word in LEVEL_NOUNS and k > 1), None)
    if level is None:
        return None
    k = level - 1
    while k > 0 and words[k] in _LEVEL_WORDS and words[k] not in _TO_A_LEVEL:
        k -= 1
    if words[k] not in _TO_A_LEVEL or (words[level] == "peil" and k != level - 1):
        return None  # ("het niveau van 2019", "een plan voor …": a level or a plan named, none reached)
    opening = max((i for i in range(k) if words[i] in _OBJECT_AFTER), default=-1)  # (past the subject: "De KNVB wil …")
    from_start = opening + 1
    found = next((i for i, (start, _end) in enumerate(spans) if from_start <= start < k and start > 0 and (
        words[start - 1] in DETERMINERS)), None)
    if found is None or not _a_property(name_phrase(tuple(words[spans[found][0]:spans[found][1]]))):
        return None  # ("De KNVB wil het vrouwenvoetbal naar een hoger plan tillen": a sport raised, no measure)
    return found, level


# The endings of Dutch nouns of a property or an amount, which can stand at a level: "waardering",
# "kwaliteit", "tevredenheid", "productie", "bezettingsgraad", "rapportcijfer".
_PROPERTY_TAILS: Final = ("heid", "teit", "ering", "tie", "graad", "score", "cijfer", "omvang")


def _a_property(named: MetricPhrase | None) -> bool:
    """Whether ``named`` is a measure that a level is said of: a known metric or a noun of a property
    (:data:`_PROPERTY_TAILS`); a thing or an activity ("het vrouwenvoetbal", "de jeugdopleiding") raised
    "naar een hoger plan" names none."""
    return named is not None and (named.known is not None or named.words.endswith(_PROPERTY_TAILS))


# The subordinators whose clause puts its verb last, and the verbs of a level that may end it.
SUBORDINATORS: Final = frozenset({"dat", "zodat", "waardoor"})
_LEVEL_VERBS: Final = frozenset({"bedragen", "bedraagt", "zijn", "is", "liggen", "ligt", "uitkomen", "uitkomt"})


def subordinate_subject(tokens, words: list[str], used: list[bool], spans: list[tuple[int, int]]
                        ) -> tuple[int, int] | None:
    """The subject of the subordinate clause that ends the goal with a verb of level after a figure ("dat
    op termijn het ledental 500 zal bedragen"), as (its index in ``spans``, the index of the last span when
    that is the clause's infinitive, else -1); None when the goal ends no such clause.

    >>> from xlsmart.core.goals import tokenize
    >>> tokens = tokenize("het doel is dat op termijn het ledental 500 zal bedragen")
    >>> words = [token[1] for token in tokens]
    >>> subordinate_subject(tokens, words, [False] * len(words), [(1, 2), (5, 6), (7, 8), (10, 11)])
    (2, 3)
    """
    if words[-1] not in _LEVEL_VERBS:
        return None
    opening = max((i for i, word in enumerate(words) if word in SUBORDINATORS), default=-1)
    if opening < 0:
        return None
    found = next((i for i, (start, _end) in enumerate(spans) if start > opening + 1 and words[start - 1] in (
        DETERMINERS) and words[start - 2] not in PREPOSITIONS), None)
    if found is None or not any(is_number(tokens, used, k) for k in range(spans[found][1], len(words))):
        return None  # ("… dat de sfeer goed is": no figure, no level)
    last = len(spans) - 1 if spans[-1] == (len(words) - 1, len(words)) and last_is_infinitive(words) else -1
    return found, last


def last_is_infinitive(words: list[str]) -> bool:
    """Whether the goal's last word is the infinitive of a verb cluster ("zal bedragen", "moet zijn")."""
    return len(words) > 1 and words[-1][-2:] == "en" and words[-2] in (
        "zal", "zullen", "moet", "moeten", "kan", "kunnen", "gaat", "gaan", "mag", "mogen", "te")


# Dutch subject pronouns: a topicalised object's verb stands before them ("Het verzuim dringen we terug").
SUBJECT_PRONOUNS_NL: Final = frozenset({"we", "wij", "ik", "hij", "zij", "ze", "men", "jullie"})
# The words that open an infinitive clause whose object comes next: "om", a modal or a verb of intent.
_INFINITIVE_OPENERS: Final = frozenset({"om", "wil", "willen", "wilt", "moet", "moeten", "zal", "zullen", "gaan", "gaat"})
# The words of a time around the tokens a date or period took ("tussen 2023 en 2030", "in 2027", "tegen 2030").
_TIME_LINKS: Final = frozenset({"tussen", "en", "in", "tegen", "voor", "vóór", "uiterlijk", "eind", "binnen", "vanaf",
                                "tot", "t/m"})


def object_opening(words: list[str]) -> int | None:
    """Where the object of the goal's infinitive clause may open: right after its "om" ("Het doel is om de X
    van Y te verhogen"), else after its first modal or verb of intent ("We willen in 2027 de X van Y
    verhogen"); None when there is neither."""
    if "om" in words:
        return words.index("om") + 1
    if _INFINITIVE_OPENERS.isdisjoint(words):
        return None  # (most goals: one set test)
    # after a modal the object follows only where the subject stood before it ("We willen de X …", "De directie
    # wil de X …"); after a time the subject follows ("De komende zes jaar wil de nieuwe coalitie … het aantal …")
    return next((k + 1 for k, word in enumerate(words) if word in _INFINITIVE_OPENERS and k > 0 and (
        words[k - 1] in SUBJECT_PRONOUNS_NL or (k > 1 and words[k - 2] in DETERMINERS))), None)


def conjoined_subject(words: list[str], spans: list[tuple[int, int]]) -> int | None:
    """The index in ``spans`` of the subject of the last of two clauses that a subordinator opens and "en" joins,
    where a verb of change ends the goal ("dat de achteruitgang wordt gestopt en de populatie weer kan
    groeien"): the first noun phrase after that "en" that no preposition governs; else None.

    >>> words = "zorgen dat de achteruitgang stopt en de populatie weer kan groeien".split()
    >>> conjoined_subject(words, [(3, 4), (7, 8)])
    1
    """
    if words[-1] not in WORD_DIRECTIONS or "en" not in words:
        return None
    opening = max((i for i, word in enumerate(words) if word in SUBORDINATORS), default=-1)
    joint = max((i for i in range(opening + 1, len(words)) if words[i] == "en"), default=-1)
    if opening < 0 or joint < 0:
        return None
    return next((i for i, (start, _end) in enumerate(spans) if start > joint + 1 and words[start - 1] in DETERMINERS
                 and words[start - 2] not in PREPOSITIONS), None)
