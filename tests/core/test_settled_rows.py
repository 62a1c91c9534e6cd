"""A row that fills every column is judged without parsing its text, when the text states no
percentage or factor: the outcome must be exactly the full parse's (see ``smart_check``)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlsmart.core import goals, smart
from xlsmart.core.goals import clean_text, may_state_a_change, tokenize

TODAY = date(2026, 11, 24)
WORDS = ["we", "increase", "verhogen", "leads", "omzet", "from", "van", "to", "naar", "by", "met", "within", "binnen",
         "six", "zes", "months", "maanden", "the", "team", "marketingteam", "q3", "eind", "2027", "1 mei",
         "31-12-2026", "100", "150", "1.200", "€ 45", "$40", "10%", "20 %", "tien procent", "25 percent", "x", "3x",
         "2 keer", "three times", "maal", "verdubbelen", "double", "triples", "halveren", "by half", "met de helft",
         "behalf", "percentage", "maximum", "next", "ł x", "x-ray", "t.o.v.", "at most", "ten minste", "(#7)",
         "de helft van", "the majority of", "driekwart van", "more than double", "twice as", "12 per cent",
         "by one-third", "met een kwart", "85-90%", "CO2-reductie", "currently", "nu", "steeg tot"]
ROWS = st.fixed_dictionaries({
    "owner": st.sampled_from(["Ann", "het salesteam", " Jan ", 42]),
    "metric": st.sampled_from(["leads", "Conversieratio", "NPS", "Followers", "unknown thing", "cost per lead"]),
    "direction": st.sampled_from(["increase", "verlagen", "at most", "Minimaal", "improve", "keep", "bogus", ""]),
    "baseline": st.sampled_from([100, 0, 2.5, "10%", "1.000", "lots", None, -5]),
    "target": st.sampled_from([150, 100, 0, "12%", "3 mln", "lots", None, 1e12]),
    "start": st.sampled_from([date(2027, 1, 1), "2027-01-01", "someday", None, date(2026, 1, 1)]),
    "deadline": st.sampled_from([date(2027, 6, 30), "juni 2027", "31-31-2026", None, date(2026, 12, 31)]),
    "lang": st.sampled_from(["en", "nl", None]),
})


def _outcome(result: smart.SmartResult) -> tuple:
    verdicts = [(letter, v.passed, v.reason) for letter, v in result.verdicts.items()]
    return result.score, result.failed, result.gaps(), result.lang, verdicts, result.parsed


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), ROWS)
def test_a_settled_row_is_judged_as_the_full_parse_judges_it(words, row):
    text = " ".join(words)
    shortcut = smart.smart_check(text, today=TODAY, **row)
    smart.SETTLED_SHORTCUT = False
    try:
        full = smart.smart_check(text, today=TODAY, **row)
    finally:
        smart.SETTLED_SHORTCUT = True
    assert _outcome(shortcut) == _outcome(full)


def test_the_shortcut_is_taken_for_a_filled_row_and_not_otherwise():
    row = {"owner": "Ann", "metric": "leads", "direction": "increase", "baseline": 100, "target": 150,
           "start": date(2027, 1, 1), "deadline": date(2027, 6, 30), "lang": "en"}
    assert callable(smart.smart_check("Ann raises leads from 100 to 150", today=TODAY, **row)._parsed)
    stated = smart.smart_check("Ann raises leads by 20% this year", today=TODAY, **row)
    assert not callable(stated._parsed) and stated.parsed.relative_change == pytest.approx(0.2)
    assert "R" in stated.failed  # +20 % stated, +50 % implied by the columns: a contradiction
    assert not callable(smart.smart_check("Ann raises leads", today=TODAY, **(row | {"lang": None}))._parsed)
    assert not callable(smart.smart_check("Ann raises leads", today=TODAY, **(row | {"target": "lots"}))._parsed)


@given(st.lists(st.sampled_from([*WORDS, "%", "cent", "helft", "keer", "xx", "xeer"]), max_size=10),
       st.sampled_from(["", " ", "-", "'", "9", "a"]))
def test_a_text_said_to_state_no_change_has_no_percentage_factor_or_times_token(words, glue):
    clean = clean_text(glue.join(words))
    if may_state_a_change(clean):
        return
    tokens = tokenize(clean)
    assert not any(kind == "num" and value[1] for kind, _, value in tokens)
    assert goals.FACTOR_WORDS.isdisjoint(word for _, word, _ in tokens)
    assert goals.TIMES_WORDS.isdisjoint(word for _, word, _ in tokens)


def test_a_settled_result_pickles_and_copies_with_what_was_understood():
    import copy
    import pickle

    row = {"owner": "Ann", "metric": "leads", "direction": "increase", "baseline": 100, "target": 150,
           "start": date(2027, 1, 1), "deadline": date(2027, 6, 30), "lang": "en"}
    for clone in (pickle.loads(pickle.dumps(smart.smart_check("Ann raises leads", today=TODAY, **row))),
                  copy.deepcopy(smart.smart_check("Ann raises leads", today=TODAY, **row))):
        assert (clone.score, clone.failed, clone.parsed.metric, clone.parsed.actor) == (5, "", "leads", None)
        assert clone.parsed.owner == "Ann" and clone.verdicts["A"].reason
