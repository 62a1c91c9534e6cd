"""Owners read from one clue in the clause: whether a word that could name an owner is the one
who acts, and who holds or speaks a goal that names nobody else.

A team can be what grows rather than who grows it ("Hire 12 new team members", "Verdubbel het
supportteam"); "ons land", "our country" is everyone and so nobody in particular; an adverb or a
common noun that opens a sentence is no subject ("Toch moet …", "Production can …"); a goal quoted
and then attributed ("'De omzet moet met 10 % stijgen', zegt directeur Jan Peeters") is the
speaker's own; an organisation named after a place ("Het gemeentebestuur van Lebbeke engageert
zich …") is the subject as a whole; a goal noun may name its holder ("its ambitious target", "het
kabinetsdoel", "the spa goal"). And the tests ``actors.py`` applies to a subject it found: a
passive after the verb, a direction verb without an object, a role the reader plays, "it" that
states a plan, the reader as the subject. The words are tables in ``lexicon/owners.py``.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import WORD_DIRECTIONS
from ..lexicon.owners import (
    ACTING,
    ACTOR_SUFFIXES,
    ADVICE_VERBS,
    CHANGING_VERBS,
    CONDITIONS,
    COPULAS,
    FRONTING,
    GOAL_TAILS,
    GOAL_WORDS,
    GOVERNING,
    HAVE,
    INTENT_VERBS,
    IT_ADVERBS,
    IT_INTENDS,
    MEMBERS,
    NOUN_SHAPES,
    ORGANISATION_TAILS,
    OWNER_NOUNS,
    QUOTE_SPEECH,
    READER_PRONOUNS,
    READER_WORDS,
    ROLE_LABEL_WORDS,
    SHARED_PLACES,
    SPEECH,
    TEAM_MEASURES,
    TEAM_VERBS,
    UNCOUNTED_MODIFIERS,
    WE_SHARE,
)
from ..lexicon.word_classes import DETERMINERS
from .owner_speakers import SAYING, leader_after_the_goal
from .owner_subjects import reader_states_intent
from .subjects import as_owner, name_word, names_an_actor, phrase_before


def named_elsewhere(words: list[str], text: str) -> str | None:
    """The owner when no subject of a verb names one: the speaker of a quoted goal, a possessive
    before a goal noun, a person with a title, or who the goal is up to. Each is tried only when
    the text has what it reads (a quotation mark first, a possessive, a title, "als het"/"up to")."""
    quoted = (quoted_speaker(text) if text and text[0] in _QUOTES else None) or (
        leader_after_the_goal(text) if not SAYING.isdisjoint(words) else None)  # ("…, zegt de topman")
    if _ELSEWHERE_HINTS.isdisjoint(words):
        return quoted or None  # (the quick test: most goals have no possessive, title, "als het" or "up to")
    return (quoted
            or (helped_actor(words) if not _HELPING.isdisjoint(words) else None)
            or (possessive_of_a_goal(words) if not _POSSESSIVES.isdisjoint(words) else None)
            or (titled_person(text) if not _TITLES.isdisjoint(words) else None)
            or (up_to_whom(text) if not _UP_TO_WORDS.isdisjoint(words) else None))


# The words each reading needs among the goal's words (one set test each: most goals have none).
_TITLES: Final = frozenset({"mevrouw", "meneer", "mevr", "dhr", "mr", "mrs", "ms", "dr"})
_UP_TO_WORDS: Final = frozenset({"up", "als"})



def passive_after(words: list[str], i: int) -> bool:
    """Whether the verb at ``i`` opens a passive: "moet worden gerecycled", "must be reduced", "has
    been proven"."""
    after = words[i + 1:i + 4]
    return len(after) > 1 and after[0] in ("worden", "be", "been") and (
        after[1].startswith("ge") or (after[1].endswith(("ed", "en")) and after[1] not in ("between", "often", "even")))


def intransitive_change(words: list[str], i: int) -> bool:
    """Whether a direction verb after the verb at ``i`` takes no object: "… is expected to increase
    .1 %", "… gaat stijgen met 5 %": its subject is what changes."""
    j = i + 1
    if j < len(words) and words[j] in ("to", "te"):
        j += 1
    return j + 1 < len(words) and words[j] in CHANGING_VERBS and (
        words[j + 1] in _QUANTITY_AFTER or words[j + 1].endswith("%"))


# What follows a direction verb that has no object: a number, or "by"/"to"/"met"/"naar" before one.
_QUANTITY_AFTER: Final = frozenset({"by", "to", "from", "met", "naar", "van", "tot", "with"})


def in_a_role(words: list[str], i: int) -> bool:
    """Whether the noun at ``i`` names a role after "als"/"as" ("Als marketeer …", "as a manager"):
    what someone acts as, not who acts."""
    for word in words[max(0, i - 3):i][::-1]:
        if word in ("als", "as"):
            return True
        if word in INTENT_VERBS or not word.isalpha():
            return False  # ("as we will grow the team": "as" belongs to another clause)
    return False


def team_as_object(words: list[str], kinds: list[str], i: int, metric: frozenset[str]) -> bool:
    """Whether the team at ``i`` is what the goal grows, not who grows it: the word before a noun it
    describes ("team members", "team engagement"), or the object of a verb that grows or hires
    ("Double the support team", "Hire 12 new team members", "Breid het salesteam uit"); or the
    reader's team ("your sales team", "je team"), which the goal speaks to."""
    if words[i] in metric or (i + 1 < len(words) and words[i + 1] in TEAM_MEASURES):
        return True  # ("double the engineering team": the team is the measure)
    if i + 2 < len(words) and words[i + 1] in ("of", "van") and kinds[i + 2] in ("num", "range") and (
            i + 3 >= len(words) or (words[i + 3] in _HEADCOUNT and i + 4 >= len(words))):
        return True  # "Team van 5–8 mensen.", "a team of 12 people": the size the goal names, nobody acting
    if _TEAM_OBJECT_HINTS.isdisjoint(words[max(0, i - 4):i]):
        return False  # (the quick test: no reader, no verb that grows or hires in the four words before)
    described = 0
    for j in range(i - 1, max(-1, i - 5), -1):
        word = words[j]
        if word in READER_WORDS:
            return True
        if word in DETERMINERS or word in UNCOUNTED_MODIFIERS or kinds[j] == "num":
            continue
        if word in TEAM_VERBS or (word in WORD_DIRECTIONS and not word.endswith(_NOT_A_VERB)):
            return True
        if described or not name_word(word, kinds[j]) or word in metric:
            return False  # ("Increase revenue, the sales team …": the metric is the object, not the team)
        described += 1  # one word that says which team: "Double the support team"
    return False


# What a team's size counts ("a team of 12 people", "een team van 5 fte").
_HEADCOUNT: Final = frozenset({"people", "persons", "members", "staff", "fte", "fte's", "mensen", "personen", "leden",
                        "medewerkers", "collega's"})

# Every word before a team that can make it the reader's or an object (the quick test of :func:`team_as_object`).
_TEAM_OBJECT_HINTS: Final = READER_WORDS | TEAM_VERBS | frozenset(WORD_DIRECTIONS)

# Direction words shaped as adjectives, not verbs: "the growing team", "a higher", "de verdubbelde".
_NOT_A_VERB: Final = ("ing", "ed", "er", "ere", "de", "te")


def shared_place(words: list[str], i: int) -> bool:
    """Whether "ons"/"our" at ``i`` belongs to a country or the world everyone shares ("ons land",
    "our country"): everyone, so nobody in particular owns the goal."""
    return i + 1 < len(words) and words[i + 1] in SHARED_PLACES and words[i] in WE_SHARE


def is_shared_place(owner: str) -> bool:
    """Whether a subject found before a verb is such a place: "Our country should cut …"."""
    words = owner.lower().split()
    return len(words) == 2 and shared_place(words, 0)


def quoted_speaker(text: str) -> str | None:
    """The speaker of a goal that is quoted and then attributed: "'De omzet moet dit jaar met 10 %
    stijgen', zegt directeur Jan Peeters", "“Sales should double by 2028,” said Ana Ruiz": the
    named person or body states the goal as their own."""
    if not text or text[0] not in _QUOTES:
        return None
    found = _SPEAKER_AFTER.search(text) or _SPEAKER_BEFORE.search(text)
    if found is None:
        return None
    speaker = found.group(1).rstrip(" .,")
    words = speaker.lower().split()
    if not words or not (any(char.isupper() for char in speaker) or words[-1].endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES)
                         or words[-1] in _SPOKESPEOPLE):
        return None
    return " ".join(words)


_QUOTES = "'\"‘’“”„‚,"
_VERB = "|".join(sorted(QUOTE_SPEECH, key=len, reverse=True))
# The closing quote, a comma maybe, the verb of saying and who says it: "…', zegt CEO Ann Smet."
_SPEAKER_AFTER: Final = re.compile(r"[’'\"”‘]{1,2}\s*,?\s*(?:" + _VERB + r")\s+((?:een\s+|de\s+|het\s+|the\s+|a\s+)?"
                            r"[\w&.'’()-]+(?:\s+[\w&.'’()-]+){0,6}?)\s*(?:[.!]|\s+(?:in|op|tegen|to|aan|eerder|"
                            r"vrijdag|maandag|dinsdag|woensdag|donderdag|zaterdag|zondag|vast|earlier)\b|$)")
# The English order: "…,” Ana Ruiz said."
_SPEAKER_BEFORE: Final = re.compile(r"[’'\"”]{1,2}\s*,?\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:"
                             + _VERB + r")\s*[.!]?\s*$")
_SPOKESPEOPLE: Final = frozenset({"woordvoerder", "woordvoerster", "spokesperson", "spokesman", "spokeswoman"})


def opening_word_no_subject(owner: str, words: list[str]) -> bool:
    """Whether a one-word subject that opens the text is no actor: a Dutch adverb or phrase before
    the verb, whose subject comes after it ("Toch moet het aantal …", "Daarom wil …"), or a common
    noun whose capital is only the sentence's ("Productie kan naar …", "Omzetgroei moet …"); a
    department keeps its name ("Marketing will …")."""
    if " " in owner or not words or words[0] != owner:
        return False
    return owner in FRONTING or (owner.endswith(NOUN_SHAPES) and owner not in ROLE_LABEL_WORDS
                                 and not owner.endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES))


def ends_a_condition(words: list[str], i: int, text: str) -> bool:
    """Issue 12, class "a Dutch clause of condition or time before the verb": in "Als de subsidie
    doorgaat, wil de club …", "Wanneer de markt herstelt zal de omzet …" the words right before the
    verb at ``i`` end the clause "als" opens (its verb comes last), so they are no subject: the main
    clause's subject follows its verb, or there is none ("zullen er … worden verkocht"). The clause
    opens the sentence (the text's start, or after a colon, semicolon or full stop); "ziet het als
    kans en wil …" is another "als". So does a relative clause after the opening noun phrase
    (:func:`relative_dat`)."""
    if "dat" in words[2:9] and (d := words.index("dat", 2)) < i - 1 and relative_dat(words, d):
        return True  # ("Het aantal pakketten dat PostNL bezorgt stijgt …": the relative clause ends there)
    if CONDITIONS.isdisjoint(words):
        return False  # (the quick test: most goals have no such word)
    for j in range(i - 3, -1, -1):
        if words[j] in CONDITIONS:
            return INTENT_VERBS.isdisjoint(words[j + 1:i]) and (j == 0 or re.search(
                r"[:;.]\s+[\"'“‘„]?" + words[j] + r"\b", text, re.IGNORECASE) is not None)
    return False


def relative_dat(words: list[str], d: int) -> bool:
    """Issue 12, class "a relative clause after the subject is no clause of what is said": in "Het
    aantal tripjes dat Nederlanders maken, stijgt …" and "Het aantal pakketten dat PostNL bezorgt
    stijgt …" the "dat" at ``d`` follows the sentence's opening noun phrase with no verb before it,
    so it opens a relative clause that describes the metric, and its subject does not own the goal.
    A "dat" after a verb ("Het bedrijf verwacht dat …", "Hij herhaalde dat …") opens what is said,
    whose subject may. A word that may be a finite verb (one ending in "t", "de" or "te", or a verb of
    the tables) before "dat" keeps the reading as it was."""
    if d < 2 or d > 8 or words[0] not in _NEUTER_OPENERS:
        return False
    return not any(word in _VERBS_BEFORE_DAT or word.endswith(("t", "de", "te")) for word in words[1:d])


def subject_before_relative(words: list[str], kinds: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """The organisation a relative "dat" clause describes, as the subject of the verb at ``i`` after
    that clause: "Het bedrijf dat Jan in 2005 oprichtte wil …" (see :func:`relative_dat`)."""
    if "dat" not in words[2:9] or (d := words.index("dat", 2)) >= i - 1 or not relative_dat(words, d):
        return None
    owner = phrase_before(words, kinds, d, metric)
    return owner if owner is not None and names_an_actor(owner, text) else None


_NEUTER_OPENERS: Final = frozenset({"het", "dit", "een"})  # ("dat" as a relative pronoun refers to a "het" noun)
_VERBS_BEFORE_DAT: Final = INTENT_VERBS | HAVE | SPEECH | ACTING | COPULAS | frozenset({"is", "was", "wordt", "werd"})


def possessive_of_a_goal(words: list[str]) -> str | None:
    """A possessive before a goal noun, one word describing it maybe ("its ambitious target", "their
    priorities", "haar klimaatdoel"), when nothing names the holder better. When the text opens with
    a bare pronoun ("They have now said their new target …") it refers to nobody named, as that
    pronoun does."""
    if not words or words[0] in _OPENING_PRONOUNS or _POSSESSIVES.isdisjoint(words):
        return None
    for i, word in enumerate(words):
        if word in _POSSESSIVES and any(
                j < len(words) and (words[j] in OWNER_NOUNS or words[j] in GOAL_WORDS or words[j].endswith(GOAL_TAILS))
                for j in (i + 1, i + 2)):
            return word
    return None


def helped_actor(words: list[str]) -> str | None:
    """Issue 12, class "a thing helps an actor to act": in "The digital investment will help the
    sportswear group to generate …", "De subsidie helpt de vereniging om 200 leden te werven" the
    subject is a means (no owner), and the one it helps, named before "to"/"om"/"te", acts: an
    organisation or a team."""
    for i, word in enumerate(words):
        if word not in _HELPING:
            continue
        for k in range(i + 2, min(i + 8, len(words))):
            if words[k] in ("to", "om", "te"):
                phrase = words[i + 1:k]
                head = phrase[-1]
                if head.endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES + _ENGLISH_BODIES):
                    return " ".join(phrase)
                break
    return None


_HELPING: Final = frozenset({"help", "helps", "helped", "helping", "enable", "enables", "enabled", "allow", "allows",
                      "helpen", "helpt", "hielp"})
_ENGLISH_BODIES: Final = ("group", "company", "council", "club", "firm", "brand", "retailer", "charity", "foundation",
                   "association", "society", "trust", "airline", "airport", "hospital", "university", "school",
                   "library", "museum", "agency", "business", "chain", "operator", "maker", "board")
_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "haar", "hun"})
# Every word a reading of :func:`named_elsewhere` after a quotation needs (the quick test).
_ELSEWHERE_HINTS: Final = _POSSESSIVES | _TITLES | _UP_TO_WORDS | _HELPING


def holder_named_in_goal(words: list[str], i: int) -> str | None:
    """The organisation or team named inside the goal noun at ``i``: a Dutch compound
    ("kabinetsdoel", "teamdoelstelling": "kabinet", "team") or an English noun before it ("the spa
    goal", "our team target"); not a topic ("klimaatdoel", "the revenue goal")."""
    word = words[i]
    if word in OWNER_NOUNS and i > 1 and words[i - 2] in DETERMINERS and words[i - 1].endswith(
            ORGANISATION_TAILS + ACTOR_SUFFIXES) and words[i - 1].isalpha():
        return f"{words[i - 2]} {words[i - 1]}"
    tail = next((tail for tail in GOAL_TAILS if word.endswith(tail)), None)
    if tail is None or len(word) < len(tail) + 3:
        return None
    head = word[:-len(tail)].rstrip("-")
    head = head[:-1] if head.endswith("s") and not head.endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES) else head
    return head if len(head) > 2 and head.endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES) else None


_OPENING_PRONOUNS: Final = frozenset({"they", "he", "she", "it", "hij", "zij", "ze"})  # (not "het": an article too)


def titled_person(text: str) -> str | None:
    """A person named with a title as the subject of whatever verb follows: "Mevrouw Kremer toont
    …", "Dr. Patel wants …", "Meneer De Vries leest …"; not one governed by a preposition ("met
    mevrouw Jansen", "for Mr. Smith")."""
    found = _TITLED.search(text)
    if found is None or (found.start() > 0 and _GOVERNED_BEFORE.search(text, 0, found.start())):
        return None
    return found.group(1).lower()


_TITLED: Final = re.compile(r"(?<![\w'’])((?:Mevrouw|Meneer|Mevr\.|Dhr\.|Mr\.|Mrs\.|Ms\.|Dr\.|Mr|Mrs|Ms|Dr)"
                     r"(?: (?:de|van|der|den|De|Van|Der|Den))* [A-Z][\w'’-]+) [a-z]{3,}\b")
_GOVERNED_BEFORE: Final = re.compile(r"\b(?:" + "|".join(sorted(GOVERNING | {"over", "about", "than", "dan", "als", "as"},
                                                          key=len, reverse=True)) + r")\s+$", re.IGNORECASE)


def without_bracketed_acronym(owner: str, text: str) -> str:
    """The owner without the word the text adds in brackets, an acronym or a gloss: "the Institute of
    International Education (IIE) is leading …" is owned by "the Institute of International
    Education", "De gemeente Gent (stad) wil …" by "De gemeente Gent"."""
    words = owner.split()
    if len(words) > 2 and re.search(r"\(" + re.escape(words[-1]) + r"\)", text, re.IGNORECASE):
        return " ".join(words[:-1])
    return owner


def quoted_actor(word: str, text: str) -> bool:
    """Whether "we", "I" or "ik" stands inside a quoted goal: "… when you say, “We want to raise
    engagement from 75 % to 80 %”", "Je kunt niet zeggen: "Laten we meer verkopen"": the quote is the
    goal and its speaker owns it, whatever the sentence around it says to the reader."""
    if not _QUOTE_OPENERS.intersection(text):
        return False
    pattern = re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])", re.IGNORECASE)
    return any(pattern.search(quoted) for quoted in _QUOTED.findall(text))


_QUOTE_OPENERS: Final = frozenset("“\"‘„")
_QUOTED: Final = re.compile(r"[“\"‘„]([^”\"“’]{3,400})")


def up_to_whom(text: str) -> str | None:
    """Who the goal depends on, said as a wish: "Als het aan de KNVB ligt, komen er meer …", "Als
    het van Fietsberaad Vlaanderen afhangt, …", "If it were up to the board, …": their goal."""
    if "up to" not in text and "ls het " not in text:
        return None  # (the quick test: most goals say neither)
    found = _UP_TO.search(text)
    if found is None:
        return None
    named = found.group(1) or found.group(2)
    who = named.lower()
    if who.split()[-1] in READER_WORDS or not (who.endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES)
                                               or any(char.isupper() for char in named)):
        return None  # ("If it were up to you": the reader; "als het aan geld ligt": no one)
    return who


_UP_TO: Final = re.compile(r"\b(?:[Aa]ls het (?:aan|van) ((?:de |het )?[\w&'’.-]+(?: [A-Z][\w&'’.-]*){0,3}) "
                    r"(?:ligt|lag|afhangt|afhing)|[Ii]f it (?:were|was|is) up to ((?:the )?[\w&'’.-]+(?: [\w&'’.-]+){0,3}?)"
                    r"(?=,))")


def names_before_others(words: list[str], kinds: list[str], i: int, metric: frozenset[str]) -> str | None:
    """The names listed before "and other companies" as the subject of the verb at ``i``: "Ford, GE
    and other major companies pledged …", "Ahold en andere supermarkten willen …" (the kind alone,
    "other companies pledged", names nobody)."""
    j = i - 1
    while j > 0 and j > i - 4 and words[j] not in ("other", "andere"):
        j -= 1
    if j < 2 or words[j] not in ("other", "andere") or words[j - 1] not in ("and", "en"):
        return None
    return phrase_before(words, kinds, j - 1, metric)


def after_a_degree_word(owner: str, words: list[str], i: int) -> bool:
    """Whether a one-word subject before the verb at ``i`` is an adjective after "so", "zo", "too":
    "An airline so young expects …" describes the airline, it names nobody."""
    return " " not in owner and i > 1 and words[i - 1] == owner and words[i - 2] in _DEGREE_WORDS


_DEGREE_WORDS: Final = frozenset({"so", "too", "very", "zo", "zeer", "erg", "heel"})  # (not "te": also "om … te benen")


def noun_before_comma(word: str, text: str) -> bool:
    """Whether "targets", "plans" … stands right before a comma in the text: a noun ending a
    phrase ("To help achieve the general targets, the budget …"), no verb with a subject."""
    return word + "," in text.lower()


def organisation_of_place(words: list[str], kinds: list[str], i: int, metric: frozenset[str]) -> str | None:
    """An organisation named after its place, before the verb at ``i``: "Het gemeentebestuur van
    Lebbeke engageert zich …", "The city council of Leeds will …" (the subject is the whole)."""
    j = i
    while j > 0 and name_word(words[j - 1], kinds[j - 1]) and words[j - 1] not in ("van", "of"):
        j -= 1
    if j > 1 and words[j - 1] in DETERMINERS and j < i:
        j -= 1  # "… van De Vernieuwde Stad", "the council of the City of Leeds"
    if j == i or j < 2 or words[j - 1] not in ("van", "of"):
        return None
    head = words[j - 2]
    k = j - 2
    while k > 0 and name_word(words[k - 1], kinds[k - 1]) and k > j - 5:
        k -= 1
    if not (head.endswith(ORGANISATION_TAILS) or head in MEMBERS or words[k] in MEMBERS):
        return None  # ("Topman Piet Jansen van Bouwbedrijf Jansen wil …": a role before the name counts)
    if k > 1 and kinds[k - 1] == "num" and words[k - 2] in DETERMINERS:
        k -= 1  # "De 25 grootstedelijke woningcorporaties van …": particular ones, counted
    if k > 0 and words[k - 1] in DETERMINERS:
        k -= 1
    if k > 0 and words[k - 1] in GOVERNING:
        return None  # ("Volgens het bestuur van Lebbeke moet …": a source, not the subject)
    return as_owner(words[k:i], metric)


def it_intends(words: list[str], i: int) -> bool:
    """Whether "it" at ``i`` states a plan: "it also plans to", "it is aiming to"."""
    j = i + 1
    while j < len(words) and words[j] in IT_ADVERBS:
        j += 1
    if j + 1 < len(words) and words[j] in ("is", "was") and words[j + 1] in ("planning", "aiming", "targeting", "seeking",
                                                                              "looking", "hoping"):
        return True
    return j < len(words) and words[j] in IT_INTENDS


def reader_wants(words: list[str]) -> bool:
    """Whether the reader is the subject of a verb of intent: "… dat je dit jaar 500 verkopen wilt"."""
    if READER_PRONOUNS.isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word in READER_PRONOUNS and (reader_states_intent(words, i) or any(
                w in ADVICE_VERBS for w in words[max(0, i - 3):i])):
            return True  # ("I suggest that you shoot for 15 %", "Ik adviseer je om …": advice to the reader)
    return False
