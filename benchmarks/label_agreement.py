"""How often two labellers agree on a batch of real goals, and how often xlsmart agrees with each.

    python benchmarks/label_agreement.py                      # batch 11 and its second labelling
    python benchmarks/label_agreement.py tests/core/corpus/second_labels/heldout11_second.jsonl

A second labeller, who saw neither the first labels, nor the code, nor its output, labelled the
goals of a held-out batch again from DOMAIN.md and the corpus README alone
(``tests/core/corpus/second_labels/``; fields id, pass, metric, unsure, note). Letters the two
labellers agree on are the ones no reading of the rules disputes: xlsmart's share right on those
says how far the code is from the conventions, apart from doubt in the labels.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from real_goals import CORPUS, LETTERS, TODAY, metric_named_right

from xlsmart import smart_check


def main(argv: list[str]) -> int:
    second_path = Path(argv[0]) if argv else CORPUS / "second_labels" / "heldout11_second.jsonl"
    batch = second_path.stem.removesuffix("_second")  # "heldout11": the first labels are in *_heldout11.jsonl
    first = {}
    for path in sorted(CORPUS.glob(f"*_{batch}.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                goal = json.loads(line)
                first[goal["id"]] = goal
    second = [json.loads(line) for line in second_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    agree, total, right_first, right_second, right_both, both = (Counter() for _ in range(6))
    metric_agree = metric_total = 0
    for other in second:
        goal = first[other["id"]]
        result = smart_check(goal["text"], today=TODAY)
        for letter in LETTERS:
            one, two, got = letter in goal["pass"], letter in other["pass"], result.verdicts[letter].passed
            for key in (letter, goal["lang"], "all"):
                total[key] += 1
                agree[key] += one == two
                right_first[key] += got == one
                right_second[key] += got == two
                if one == two:
                    both[key] += 1
                    right_both[key] += got == one
        if goal.get("metric") and other.get("metric"):
            metric_total += 1
            metric_agree += bool(metric_named_right(goal["metric"], other["metric"]))
    print(f"{len(second)} goals of {second_path.name} labelled twice")
    print("        labellers agree   xlsmart vs the first   vs the second   on letters both agree on")
    for key in ("all", "en", "nl", *LETTERS):
        if total[key]:
            print(f"  {key:4}  {agree[key] / total[key]:14.1%}   {right_first[key] / total[key]:20.1%}   "
                  f"{right_second[key] / total[key]:13.1%}   {right_both[key] / both[key]:7.1%} ({both[key]} letters)")
    print(f"  metric: the second labeller's words name the first's metric in {metric_agree} of {metric_total} goals")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
