"""Odd input: nothing crashes, nothing hangs; misuse raises ValueError.

A generous deadline stops a hang or runaway backtracking with a failure; speed is measured in
``benchmarks/``, never asserted here.
"""

from __future__ import annotations

import json
import re
import signal
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlsmart import smart_check
from xlsmart.core.goals import parse_goal

TODAY = date(2026, 11, 24)
GUARD = 60  # seconds: only a hang takes this long


def timed_check(text: object, **kwargs: object):
    """``smart_check``, failed with TimeoutError if it is still running after GUARD seconds."""
    if not hasattr(signal, "SIGALRM"):  # Windows: no alarm; the test run's own timeout bounds a hang
        return smart_check(text, today=TODAY, **kwargs)

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"smart_check({text!r:.60}) still running after {GUARD} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(GUARD)
    try:
        return smart_check(text, today=TODAY, **kwargs)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("text", [None, "", "   ", "\n\t", "\u00a0"])
def test_empty_goal_fails_with_reasons(text: object) -> None:
    result = timed_check(text)
    assert result.failed == "SMART"
    assert result.score == 0
    assert all(v.reason for v in result.verdicts.values())


@pytest.mark.parametrize("text", ["1.200", "10,5%", "€ 45", "2027-06-30", "42"])
def test_numbers_as_text_fail_s_with_reasons(text: str) -> None:
    result = timed_check(text)
    assert "S" in result.failed and "A" in result.failed
    assert result.verdicts["S"].reason


@pytest.mark.parametrize("text", ["We verhogen de leads met 20% vóór 31-31-2026",
                                  "We increase leads by 20% by 30 February 2027"])
def test_impossible_dates_fail_t_naming_the_date(text: str) -> None:
    result = timed_check(text)
    assert result.failed == "T"
    reason = result.verdicts["T"].reason
    assert "31-31-2026" in reason or "30 february 2027" in reason.lower()


def test_very_long_text_returns_quickly() -> None:
    text = ("We verhogen het aantal leads van 100 naar 150 binnen zes maanden. " * 2_000)[:100_000]
    assert len(text) == 100_000
    result = timed_check(text)
    assert result.parsed.metric == "leads"


PATHOLOGICAL = [
    "1.1." * 10_000 + "1",
    "1," * 20_000,
    "€" * 50_000,
    "%" * 50_000,
    "van " * 20_000,
    "from to " * 10_000,
    "-" * 50_000,
    "9" * 100_000,
    "12-12-" * 10_000,
    "q1 " * 20_000,
    "binnen binnen een " * 5_000,
    "a" * 100_000,
    "€1." * 20_000,
    "1e" * 30_000,
    "\u0000\ufffd" * 20_000,
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:12]))
def test_pathological_text_returns_within_the_guard(text: str) -> None:
    result = timed_check(text)
    assert isinstance(result.failed, str)
    assert 0 <= result.score <= 5


@pytest.mark.parametrize(
    "text, kwargs",
    [
        ({"goal": "leads"}, {}),
        (["We increase leads"], {}),
        (42, {}),
        ("We increase leads", {"target": [150]}),
        ("We increase leads", {"baseline": {"value": 100}}),
        ("We increase leads", {"today": "not a day"}),
    ],
)
def test_wrong_kind_arguments_raise_value_error(text: object, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        smart_check(text, **({"today": TODAY} | kwargs))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_complete_result(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert set(result.verdicts) == set("SMART")
    assert result.score == 5 - len(result.failed)
    assert all(isinstance(v.reason, str) and v.reason for v in result.verdicts.values())


WORDS = ["van", "naar", "met", "by", "from", "to", "binnen", "within", "1.200", "10,5%", "€", "45",
         "leads", "omzet", "per", "maand", "Q4", "31-12-2027", "2027", "een", "half", "jaar", "we", "x",
         "keer", "verdubbelen", "onder", "at", "least", "t.o.v.", "1 mei", "anderhalf", "twee", "hundred"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_any_mix_of_goal_words_parses(words: list[str]) -> None:
    goal = parse_goal(" ".join(words), reference=TODAY)
    assert goal.deadline is None or isinstance(goal.deadline, date)
    smart_check(" ".join(words), today=TODAY)


# Nothing where a reader expects words: brackets holding no word after a name, a subject that is
# only function words once a reader has set them aside. Each once made an owner reader index an
# empty list (found by mixing the corpus's words at random, as the property test below does).
NO_WORDS_WHERE_WORDS_GO = [
    "Lisa (? !) will increase leads by 20% by June 2027",
    "Acme (…) wil de omzet met 10% verhogen in 2026",
    "Team (-) will double sign-ups to 400 by March 2027",
    "Het bureau (?) moet de kosten verlagen met 5% in 2026",
    "he dat each will grow leads",
    "Lisa (…) zal de omzet verhogen naar 200 in 2027",
]


@pytest.mark.parametrize("text", NO_WORDS_WHERE_WORDS_GO)
def test_no_words_where_words_go_give_a_complete_result(text: str) -> None:
    result = timed_check(text)
    assert set(result.verdicts) == set("SMART")
    assert result.score == 5 - len(result.failed)


@pytest.mark.parametrize("baseline, target", [(5, 1e308), (-5, 1e308), (1e-300, 1e300), (5.0, -1.7e308)])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_figures_whose_change_overflows_fail_r_with_a_reason(baseline: float, target: float, lang: str) -> None:
    result = timed_check("More leads by June 2027", baseline=baseline, target=target, lang=lang)
    assert "R" in result.failed
    assert result.verdicts["R"].reason


def _corpus_pieces() -> list[str]:
    """Every distinct word and sign of the real goals: whatever one of the readers looks for."""
    corpus = Path(__file__).parent / "corpus"
    texts = (json.loads(line)["text"] for path in sorted(corpus.glob("*.jsonl")) for line in path.open(encoding="utf-8"))
    return sorted({piece for text in texts for piece in re.findall(r"\w+|[^\w\s]", text)})


CORPUS_PIECES = _corpus_pieces()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CORPUS_PIECES), max_size=40))
def test_any_mix_of_the_corpus_words_and_signs_parses(pieces: list[str]) -> None:
    # The readers' gates open on words of real goals, in any order and with any signs between.
    result = smart_check(" ".join(pieces), today=TODAY)
    assert set(result.verdicts) == set("SMART")
    assert all(isinstance(v.reason, str) and v.reason for v in result.verdicts.values())


_PIECES = st.sampled_from(["leads", "q3", "3", "12", "2027", "1.200", "10,5", "31-12-2026", "2027-06-30", "3e", "21ste",
                           "5k", "2m", "€", "$", "%", "procent", "percent", "-", "+", "→", ">", "(#7)", "é", "ß", "x"])
_SPACES = st.sampled_from(["", " ", "  ", "\t", "\n", "\u2009", "\u3000"])


@given(st.lists(st.tuples(_PIECES, _SPACES), max_size=14))
def test_tokenizing_by_pieces_gives_the_tokens_of_the_whole_text(parts) -> None:
    # tokenize() takes a text piece by piece between whitespace, with each piece's tokens
    # cached; that must give the tokens one pass over the whole text gives.
    from xlsmart.core.goals.tokens import tokenize, tokens_of

    text = "".join(piece + space for piece, space in parts)
    assert tokenize(text) == tokens_of(text)
