"""Who owns a goal, read from its text: the subject that acts, in Dutch or English.

An owner is an actor as the subject: "we", "I", a named person, team, department, company,
brand or organisation ("Coolblue wil …", "the marketing dept will …", "Tegen 2030 wil De Lijn
…"). Imperatives, passives and infinitives name nobody; a generic "you" speaks to the reader;
a metric as the subject ("revenue must grow") is what changes, not who changes it.

The subject is the noun phrase before a verb of intent or a finite verb ("wil", "aims",
"will", "verhoogt"), or, in a Dutch sentence that opens with a time or place ("Tegen 2030 wil
De Lijn"), the one right after it. The words it reads by are tables in ``lexicon/owners.py``,
one per class of sentence; the noun phrases are read in ``subjects.py``, and what only the text
as written tells (capitals, brackets, Dutch word order) in ``owner_text.py``.
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.directions import DUTCH_DIRECTION_VERBS, WORD_DIRECTIONS
from ..lexicon.owners import (
    ACTING,
    ACTOR_SUFFIXES,
    ACTOR_WORDS,
    APPOSITION_VERBS,
    AUXILIARIES,
    BEFORE_AN_OBJECT,
    CLAUSE_PARTICIPLES,
    FRONTING,
    GENERIC,
    GOAL_AFTER_HAVE,
    GOAL_ENDS,
    GOAL_TAILS,
    HAVE,
    HYPOTHETICAL,
    IMPERATIVES,
    INTENT_VERBS,
    INVERTING_VERBS,
    JOINS,
    NAME_VERBS,
    NOT_OWNERS,
    ORGANISATION_TAILS,
    OWNER_NOUNS,
    PARTICIPLES,
    READER_WORDS,
    REASONS,
    SET_GOAL_TAILS,
    SET_GOALS,
    SETTING,
    SPEECH,
    SURNAME_PARTICLES,
    THIRD_PERSON,
    WE_SHARE,
)
from ..lexicon.word_classes import DETERMINERS, PHRASE_BREAKS
from .owner_clauses import (
    after_a_degree_word,
    ends_a_condition,
    holder_named_in_goal,
    in_a_role,
    is_shared_place,
    it_intends,
    named_elsewhere,
    names_before_others,
    noun_before_comma,
    opening_word_no_subject,
    organisation_of_place,
    quoted_actor,
    reader_wants,
    relative_dat,
    shared_place,
    subject_before_relative,
    team_as_object,
    without_bracketed_acronym,
)
from .owner_commas import within_the_clause
from .owner_labels import attributed_with_zo, labelled_owner
from .owner_modals import acts_here
from .owner_pronouns import finite_direction, opinion_of_anyone, pronoun_acts, reports_a_thing, stands_for_the_counted
from .owner_subjects import (
    APPEALS,
    FRONTED_TIMES,
    REFLEXIVES,
    SELF_CHANGING,
    outside_the_main_clause,
    plural_finite,
)
from .owner_text import (
    antecedent_of_dat,
    holder_around,
    names_in,
    opening_acronym,
    opening_subject,
    subject_after_fronted_phrase,
    subject_opening_a_sentence,
    surname_before,
    title_cased_in,
    verb_form,
    without_bracketed_clause,
)
from .owner_time_adverbs import a_time_before_the_verb
from .owner_titled import titled_name_before
from .owner_verbs import opens_a_clause, subject_of_any_verb
from .subjects import (
    antecedent,
    as_owner,
    bare_name,
    capitalised,
    counts_the_noun,
    first_subject,
    governed,
    name_word,
    names_an_actor,
    phrase_after,
    phrase_before,
    relative_antecedent,
    reporter,
)


def find_owner(words: list[str], kinds: list[str], metric_words: str | None, text: str = "") -> str | None:
    """The actor that owns the goal, as the words name it, or None.

    ``text`` is the goal as written: a name's capitals tell a subject after a Dutch verb
    ("Tegen 2030 wil De Lijn …") from the object that may follow it.

    >>> find_owner("tegen 2030 wil de lijn het aantal reizigers verhogen".split(), ["word", "num"] + ["word"] * 7,
    ...            "reizigers",
    ...            "Tegen 2030 wil De Lijn het aantal reizigers verhogen")
    'de lijn'
    """
    metric = frozenset(metric_words.split()) if metric_words else frozenset()
    if metric_words and text and title_cased_in(metric_words, text):
        metric = metric - names_in(text)  # ("Chunghwa Telecom", "ITC Hotels": a name, whatever the metric reader took)
    if not REASONS.isdisjoint(words):
        words = words[:next(i for i, word in enumerate(words) if word in REASONS) or len(words)]
        # ("… because people deserve a home they can love": the reason speaks of others)
    labelled = labelled_owner(text) or (opening_acronym(text, words) if text[:2].isupper() else None) if text else None
    if labelled is not None:
        return labelled  # ("Marketing OKR: …", "… (Sales)", "One of Starbucks' objectives …")
    if "(" in text:  # (a relative clause or an apposition in brackets between the subject and its verb)
        words, kinds = without_bracketed_clause(words, kinds, text)
    # Each reading below gives the owner, NOBODY when it proves there is none, or None to read on.
    owner = _actor_named(words, kinds, metric, text)
    if owner is None:
        owner = _subject_of_intent(words, kinds, metric, text)
    if owner is None and text and words and (words[0] in FRONTING or words[0] in FRONTED_TIMES):
        owner = subject_after_fronted_phrase(text, metric)
    if owner is None and not APPOSITION_VERBS.isdisjoint(words) and text.count(",") >= 2:
        named = _APPOSITION_BEFORE.search(text) or _APPOSITION_AFTER.search(text)
        if named and as_owner(named.group(1).lower().split(), metric) is not None:
            return named.group(1).lower()  # "New Balance, the footwear maker, has announced …"
        named = _APPOSITION_AFTER_NOUN.search(text)
        if named and named.group(2).lower().endswith(ORGANISATION_TAILS + ACTOR_SUFFIXES):
            return f"{named.group(1)} {named.group(2)}".lower()  # "Het bedrijf, opgericht in 2005, wil …"
    if owner is None:  # "'De omzet moet met 10 % stijgen', zegt directeur …", "its ambitious target", "haar klimaatdoel"
        owner = named_elsewhere(words, text) or (
            subject_of_any_verb(text, words, metric) or attributed_with_zo(text) if text else None)
    return without_bracketed_acronym(owner, text) if owner and owner.count(" ") > 1 and "(" in text else owner or None


# What a reading gives when it proves the goal has no owner (the reader's goal, "you want …").
NOBODY = ""


def _actor_named(words: list[str], kinds: list[str], metric: frozenset[str], text: str) -> str | None:
    """An actor named by a word of its own: "we", "let's", "they", "the sales team", "the company's
    goal", "het doel van de KNLTB"; NOBODY when "we" is said to the reader."""
    seen = _MAY_NAME
    for i, word in enumerate(words):
        may = seen.get(word)
        if may is None:
            if len(seen) > 16_384:
                seen.clear()
            may = seen[word] = _may_name_an_owner(word)
        if not may:
            continue  # the common case, settled by one look-up
        if word == "i" and i + 1 < len(words) and words[i + 1] == "e":
            continue  # "(i.e. > 10 % registered)": no "I"
        if word in ACTOR_WORDS:
            if word in WE_SHARE and shared_place(words, i):
                continue  # "ons land", "our country": everyone, nobody in particular
            if opinion_of_anyone(words):
                return NOBODY  # "Sommigen denken dat we in 2030 …": everyone's forecast, nobody's goal
            if word == "ons" and 0 < i < len(words) - 1 and words[i - 1] not in ("laat", "laten") and (
                    words[i - 1] not in APPEALS) and (
                    words[i + 1] in PHRASE_BREAKS or words[i + 1] in DETERMINERS or kinds[i + 1] == "num") and (
                    words[i + 1] not in OWNER_NOUNS):  # ("Het is ons doel om …": "our" before the goal)
                continue  # "Klanten geven ons in 2027 een 8,5": "us", an object, not "our" ("Laat ons …" is "let's")
            return NOBODY if reader_wants(words) and not quoted_actor(word, text) else word  # ("Ik snap dat je 500 verkopen wilt doen")
        owner = _pronoun_or_team(words, kinds, i, metric) or _goal_holder(words, kinds, i, metric, text)
        if owner is not None:
            return owner
    return None


def _pronoun_or_team(words: list[str], kinds: list[str], i: int, metric: frozenset[str]) -> str | None:
    """"let's", a third-person pronoun that acts, "it" after a name that said so, or a team."""
    word = words[i]
    if word in ("let's", "lets") and not (i + 1 < len(words) and words[i + 1] in HYPOTHETICAL):
        return word  # "let's win an award" speaks for us; "let's say you want …" to the reader
    if word == "us":
        return word if i > 0 and words[i - 1] in APPEALS and not (
            i + 1 < len(words) and words[i + 1] in HYPOTHETICAL) else None  # ("Help us raise …", "Let us grow …")
    if (word in THIRD_PERSON or word == "zijn") and pronoun_acts(words, i) and (
            i > 0 or word in ("his", "her", "their", "its", "haar", "hun", "zijn")) and (
            not stands_for_the_counted(words, i)):
        return word  # (a pronoun that opens the goal, "They have now suggested …", refers to nobody named in it)
    if word == "it" and it_intends(words, i):
        speaker = reporter(words, kinds, i, metric) or antecedent(words, i)
        if speaker is not None:
            return speaker  # "Target Corporation on Thursday said it plans to …" (a bare "It plans" names nobody)
    if len(word) > 3 and word.endswith(ACTOR_SUFFIXES) and not governed(words, i) and not (
            i > 0 and counts_the_noun(words[i - 1], kinds[i - 1])
            and not (i > 1 and words[i - 2] in DETERMINERS)) and not in_a_role(words, i) and not (
            team_as_object(words, kinds, i, metric)) and not (
            i + 1 < len(words) and words[i + 1] in SPEECH and reports_a_thing(words, i + 1)):
        return word  # ("three teams will": a count; "Als marketeer wil je …": a role the reader plays;
        # "De directeur zegt dat het aantal klachten …": a report of a measure)
    return None


def _goal_holder(words: list[str], kinds: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """Who has the goal: a possessive before it ("the company's goal", "Tech Agency's users") or the
    name after "the goal of" ("the main goal of the business", "het doel van de KNLTB")."""
    word = words[i]
    holder = holder_named_in_goal(words, i)
    if holder is not None:
        return holder  # "the spa goal", "het kabinetsdoel"
    if (word.endswith(("'s", "’s")) and len(word) > 3 and word not in ("let's", "it's", "that's", "what's", "here's")
            and not ((word in metric or word.replace("’", "'") in metric) and i + 1 < len(words)
                     and words[i + 1] in metric and (word[:-2].upper() + "'s" in text or word[:-2].upper() + "’s" in text))
            # ("SLA’s actief: …": an acronym's plural in the metric's own phrase; "Northwind's revenue" is whose)
            and i + 1 < len(words) and kinds[i + 1] == "word" and words[i + 1] not in DETERMINERS
            and words[i + 1] not in WORD_DIRECTIONS
            and (words[i + 1] not in INTENT_VERBS or words[i + 1] in OWNER_NOUNS)  # ("Acroud’s target is …")
            and not governed(words, i)):  # ("the awareness of Penhaligon's": not the owner)
        owner = word[:-2]  # (an English possessive before a noun; not a Dutch plural "MQL's")
        if owner not in READER_WORDS and owner not in NOT_OWNERS and (
                (i + 1 < len(words) and words[i + 1] in OWNER_NOUNS) or owner.endswith(ORGANISATION_TAILS)
                or capitalised(owner, text)):
            return owner
    if word in _GOAL_CLAUSE_NOUNS and i + 3 < len(words) and words[i + 1] in ("is", "was") and (
            words[i + 2] in ("that", "for", "dat")):
        holder = phrase_after(words, kinds, i + 2, metric, text)  # "The aim is for the council to …",
        if holder is not None:  # "Het streven is dat de gemeente …": the subject of the goal's clause
            return holder
    if (word in OWNER_NOUNS or (word.startswith("streef") and len(word) > 8)) and i + 2 < len(words):
        # ("het streefcijfer van de gemeente", "Het streeftermijn van het CBR": a goal noun of its own)
        holder = holder_around(words, kinds, i, metric, text)
        if holder is not None:
            return holder
        at = i + 1
        if words[at] in ("voor", "for") and at + 2 < len(words) and words[at + 1].isdigit():
            at += 2  # "de doelstelling voor 2020 van minister …"
        if words[at] in ("of", "van") or (words[at] in ("for", "voor") and at + 1 < len(words)
                                              and words[at + 1] in ("the", "de", "het")):
            return phrase_after(words, kinds, at, metric, text)  # ("the target for the sales team is …")
    return None


def _subject_of_intent(words: list[str], kinds: list[str], metric: frozenset[str], text: str) -> str | None:
    """The subject of a verb of intent or a finite verb: "Coolblue wil …", "the marketing dept will
    …", "Tegen 2030 wil De Lijn …"; NOBODY when the reader is the subject ("you want to grow …")."""
    if _MAY_STATE_INTENT.isdisjoint(words):
        return None  # (no word below could state an intent: one set test)
    imperative_object = _imperative_object_end(words) if words and words[0] in IMPERATIVES else 0
    has_dat = "dat" in words
    for i, word in enumerate(words):
        if word not in _MAY_STATE_INTENT or i < imperative_object or not _states_intent(words, kinds, i, text):
            continue  # ("Implement strategic action plans to …", "Cut monthly forecast time": nouns here)
        if word == "plan" and i > 1 and words[i - 1] == "van":
            i -= 1  # "Heineken is van plan …": the verb is "is van plan"
        if (i > 0 and words[i - 1] in READER_WORDS) or (
                word in INVERTING_VERBS and i + 1 < len(words) and words[i + 1] in READER_WORDS):
            return NOBODY  # "je wilt meer afspraken …", "you want to grow …", "Als ondernemer wil je …": the reader's
        owner = _subject_of_dat_clause(words, kinds, i, metric, text) if has_dat and (
            "dat" in words[max(0, i - 14):i]) else None
        if owner is None:
            owner = _subject_before_verb(words, kinds, i, word, metric, text)
        if owner is not None and (not acts_here(owner, words, i, text) or outside_the_main_clause(
                owner, words, kinds, i, text) or (word in SELF_CHANGING and not names_an_actor(owner, text))):
            # ("Posting daily will grow …", "… so the club can …", "Met betere routes daalt de levertijd …")
            owner = None
        if owner is None and i > 1 and words[i - 1] == "te" and word in ("willen", "gaan", "zullen"):
            owner = opening_subject(words, kinds, metric, text)  # "De discounter liet weten … te willen openen"
        if owner is None and i > 0 and (word in INVERTING_VERBS or word in HAVE or word in ACTING) and (
                word not in SPEECH or i < len(words) - 4):
            owner = _subject_after_verb(words, kinds, i, metric, text)
        if owner is not None:
            return owner
    return None


# The words :func:`_states_intent` may say yes to (a quick test first: most words are none of these).
_MAY_STATE_INTENT: Final = INTENT_VERBS | DUTCH_DIRECTION_VERBS | HAVE | SETTING | ACTING


def _states_intent(words: list[str], kinds: list[str], i: int, text: str) -> bool:
    """Whether the word at ``i`` is a verb whose subject owns the goal: intent, a finite direction
    verb, "heeft … als doel", "announced a goal", or a Dutch verb of acting."""
    word = words[i]
    if word not in INTENT_VERBS and not (word in DUTCH_DIRECTION_VERBS and (
            finite_direction(word, i) or plural_finite(words, kinds, i, text))) and (
            word not in HAVE or (GOAL_AFTER_HAVE.isdisjoint(words[i + 1:i + 9]) and (i == 0 or words[i - 1] != "doel"))) and not (
            word in SETTING and _goal_noun_follows(words, i)) and word not in ACTING:
        return False  # ("Radio 6 heeft 0,4 procent marktaandeel als doel": "heeft … als doel" is intent)
    if word in SPEECH and reports_a_thing(words, i):
        return False  # ("Scindia said the total number of airports will go up …": a report, the number is the subject)
    if word == "going" and not (words[i - 1] in AUXILIARIES and i + 1 < len(words) and words[i + 1] == "to"):
        return False  # "is going to deliver" states intent; "would mean going from …" does not
    if word in ("target", "targets", "plan", "plans", "set", "sets") and not (
            i + 1 < len(words) and (kinds[i + 1] == "num" or words[i + 1] in BEFORE_AN_OBJECT
                                    or words[i + 1] in REFLEXIVES)):  # ("have set themselves the target of")
        return False  # "Modern target: under 4 hours": a noun here
    if word in ("targets", "plans", "target", "plan") and noun_before_comma(word, text):
        return False  # "To help achieve the general targets, the budget will …": a noun before a comma
    # "running targeted ad campaigns", "the planned opening": an adjective, no verb
    return not (word in PARTICIPLES and i + 1 < len(words) and name_word(words[i + 1], kinds[i + 1]))


def _subject_before_verb(words: list[str], kinds: list[str], i: int, word: str, metric: frozenset[str],
                         text: str) -> str | None:
    """The subject before the verb at ``i``: the phrase right before it, the name a relative clause
    describes, a bare name, or the subject of the sentence's first clause."""
    if i > 3 and words[i - 1] == "doel" and words[i - 2] in ("tot", "ten", "als") and words[i - 3] == "zich":
        i -= 3  # "… dat de gemeente zich tot doel heeft gesteld …": the subject stands before "zich"
    owner = phrase_before(words, kinds, i, metric) if (word not in CLAUSE_PARTICIPLES or (
        words[i - 1] in AUXILIARIES)) and not opens_a_clause(words, i, text) else None
    # (", aiming to …": what precedes ends the main clause; "… is free; aim for …": another clause)
    if owner is not None and " " in owner and "," in text:
        owner = within_the_clause(owner, text, metric)  # ("After its merger, Acme wants …": not "its merger, acme")
    if owner is not None and (verb_form(owner, text) or is_shared_place(owner)
                              or opening_word_no_subject(owner, words) or after_a_degree_word(owner, words, i)
                              or a_time_before_the_verb(owner)
                              or ends_a_condition(words, i, text)):
        owner = None  # "The plan when implemented will …": a verb form; "Our country should …": everyone
    if owner is None or owner.startswith(("other ", "andere ")):  # "Het gemeentebestuur van Lebbeke engageert
        # zich", "Ford, GE and other companies pledged", "Ahold en andere supermarkten willen"
        owner = organisation_of_place(words, kinds, i, metric) or names_before_others(words, kinds, i, metric) or (
            subject_before_relative(words, kinds, i, metric, text))
        # ("Other companies pledged …" alone: a kind, nobody in particular)
    if i > 1 and (words[i - 2] in SURNAME_PARTICLES or (i > 2 and words[i - 3] in SURNAME_PARTICLES)):
        named = surname_before(words, i, word, text)
        if named is not None:
            return named  # "Van Engen wil er tien bij", "Van der Berg gaat …": a surname
    if owner is None:
        owner = relative_antecedent(words, kinds, i, metric, text)
    if ". " in text:  # "… in your deck. Leadership wants it …": not across the full stop
        opening = subject_opening_a_sentence(text, word, metric)
        owner = opening if opening is not None and (owner is None or owner.endswith(opening)) else owner
    if owner is None and word in INTENT_VERBS and text:
        owner = titled_name_before(words, i, metric, text)  # "Fresh Market is aiming to …": a name of common words
    if owner is None and word in NAME_VERBS:
        owner = bare_name(words, i, metric, text)
    if owner is None and (_joins_the_first_clause(words, i) or word in CLAUSE_PARTICIPLES):
        # ("IHG is betting on India, aiming to grow …": the participle shares the subject)
        owner = first_subject(words, kinds, metric, text) or (
            opening_subject(words, kinds, metric, text) if words[0] in DETERMINERS else
            subject_after_fronted_phrase(text, metric) if words[0] in FRONTING else None)
        # "Greggs sells … and has set an objective", "Het museum telt 70 banen en wil …", "In 2014
        # tekende het stadsbestuur … en beloofde …"
    return owner


def _subject_of_dat_clause(words: list[str], kinds: list[str], i: int, metric: frozenset[str],
                           text: str) -> str | None:
    """The subject of a Dutch clause of what is said or hoped, whose verb comes last: "Hij herhaalde
    dat Orange 10 procent van de markt wil veroveren"; NOBODY for anyone at all ("Het streven is
    dat iedere Nederlander minder water gaat gebruiken")."""
    d = max(j for j in range(max(0, i - 14), i) if words[j] == "dat")
    if d + 2 > i or d == 0 or re.search(r",\s*dat\b", text) or any(w in INTENT_VERBS for w in words[d + 1:i]) or (
            relative_dat(words, d)):
        return None  # ("Dat moet …": a demonstrative; "…, dat ook … levert, wil": a relative clause)
    if words[d + 1] in GENERIC:
        return NOBODY
    return phrase_after(words, kinds, d, metric, text) or antecedent_of_dat(words, kinds, d, metric, text)


def _subject_after_verb(words: list[str], kinds: list[str], i: int, metric: frozenset[str], text: str) -> str | None:
    """The subject after a Dutch verb ("Tegen 2030 wil De Lijn …"), or the one "het" points back to."""
    owner = phrase_after(words, kinds, i, metric, text)
    if owner is None and i + 1 < len(words) and words[i + 1] == "het" and (
            i + 2 == len(words) or not name_word(words[i + 2], kinds[i + 2])):
        owner = antecedent(words, i)  # "… telt het bedrijf 70 banen en wil het groeien naar …"
    return owner


# After the apposition an adverb may come, and a verb in the past tense ("TechCorp, a mid-sized
# software company, initially recorded …"); after the name its ticker or acronym in brackets
# ("Indian Hotels Company Limited (IHCL), backed by Tata Group, has announced …").
_VERB_AFTER_COMMA = (r",\s*(?:also\s+|ook\s+|now\s+|nu\s+|[a-z]+ly\s+)?(?:"
                     + "|".join(sorted(APPOSITION_VERBS, key=len, reverse=True)) + r"|[a-z]{3,}ed)\b")
_APPOSITION_BEFORE: Final = re.compile(r"^(?:The |De |Het )?([A-Z][\w&.'’-]*(?:(?: (?:van|de|den|der|ter|ten|von))* [A-Z][\w&.'’-]*){0,3})"
                                r"(?: \([A-Z][\w:.&-]{1,15}\))?,[^,]{3,120}" + _VERB_AFTER_COMMA)
_APPOSITION_AFTER_NOUN: Final = re.compile(r"^(The|De|Het|Our|Onze|Ons) ((?:[\w-]+ ){0,2}[\w-]+)"
                                    r"(?: van (?:het|de) [\w-]+)?,[^,]{3,120}" + _VERB_AFTER_COMMA)
_APPOSITION_AFTER: Final = re.compile(r",\s*([A-Z][\w&.'’-]*(?:[ -][A-Z][\w&.'’-]*){0,3})" + _VERB_AFTER_COMMA)


# Each word's answer, kept as goals repeat their words (a plain dict: a look-up costs less than a call);
# emptied when it grows past 16,384 words, so odd input cannot make it grow without bound.
_MAY_NAME: dict[str, bool] = {}


def _may_name_an_owner(word: str) -> bool:
    """Whether the first pass of :func:`find_owner` has anything to check for ``word``."""
    return (word in ACTOR_WORDS or word in ("let's", "lets") or word in THIRD_PERSON
            or word in OWNER_NOUNS or word == "it" or word == "zijn" or word == "us" or (len(word) > 3 and word.endswith(ACTOR_SUFFIXES))
            or word.endswith(("'s", "’s")) or word.endswith(GOAL_TAILS) or word.startswith("streef")
            or word in _GOAL_CLAUSE_NOUNS)


# Nouns of a goal or a plan whose clause may name its subject: "The aim is for the council to …".
_GOAL_CLAUSE_NOUNS: Final = OWNER_NOUNS | {"idea", "intention", "hope", "wish", "bedoeling", "idee", "opzet", "hoop",
                                    "wens", "afspraak"}




def _goal_noun_follows(words: list[str], i: int) -> bool:
    """Whether a goal noun is the object of the verb at ``i`` ("announced an ambitious goal")."""
    for word in words[i + 1:i + 7]:
        if word in SET_GOALS or word.endswith(SET_GOAL_TAILS):  # ("een startnotitie", "het klimaatplan")
            return True
        if word in INTENT_VERBS or word in GOAL_ENDS:
            return False  # ("announced that it will …": another verb, or the goal's own clause)
    return False




def _imperative_object_end(words: list[str]) -> int:
    """Where the object of a goal that opens with an imperative ends ("Implement strategic action
    plans to …" ends before "to"): a verb of intent inside it is a noun ("plans", "forecast")."""
    return next((j for j in range(1, len(words)) if words[j] in PHRASE_BREAKS and words[j] not in INTENT_VERBS),
                len(words))


def _joins_the_first_clause(words: list[str], i: int) -> bool:
    """Whether the verb at ``i`` shares the subject of the sentence's first clause: "… and has
    set", "… as it sets out to", "en wil"."""
    j = i
    while j > 0 and words[j - 1] in AUXILIARIES:
        j -= 1
    if j > 1 and words[j - 1] == "it" and words[j - 2] in JOINS:
        return True
    return j > 0 and words[j - 1] in JOINS
