#!/usr/bin/env bash
# The step the xlsmart GitHub Action (action.yml) runs: one `xlsmart validate` over the given paths.
#
# It reads its inputs from environment variables, as a composite action passes no INPUT_* itself:
#   XLSMART_PATHS    workbooks, folders or globs, separated by blanks; one a line when a path
#                    holds a space (then each line is one path). Globs reach xlsmart unexpanded.
#   XLSMART_FORMAT   text, json, junit, sarif or github (annotations on the pull request)
#   XLSMART_FAIL_ON  error or warning
#   XLSMART_ARGS     more `xlsmart validate` options, separated by blanks (no quoting)
#   XLSMART_REPORT   a file for the report instead of the log (e.g. xlsmart.sarif); empty: the log
#   XLSMART_INSTALL  true: pip install xlsmart from the action's folder first; false: use the one on PATH
# and writes `exit-code=N` to $GITHUB_OUTPUT and a line to $GITHUB_STEP_SUMMARY when these are set.
# It exits with xlsmart's code: 0 nothing fails, 1 findings at the fail-on level, 2 a file could
# not be read.
set -u  # not -e: xlsmart's exit code is the result to report, then to exit with

paths_input=${XLSMART_PATHS:-.}
format=${XLSMART_FORMAT:-github}
fail_on=${XLSMART_FAIL_ON:-error}
extra_input=${XLSMART_ARGS:-}
report=${XLSMART_REPORT:-}
install=${XLSMART_INSTALL:-true}
action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}

# `read` splits without pathname expansion, so a glob such as plans/*.xlsx stays for xlsmart.
paths=()
if [[ $paths_input == *$'\n'* ]]; then
  while read -r line; do
    if [[ -n $line ]]; then paths+=("$line"); fi
  done <<<"$paths_input"
else
  read -r -a paths <<<"$paths_input"
fi
if [[ ${#paths[@]} -eq 0 ]]; then paths=(.); fi
extra=()
read -r -a extra <<<"$extra_input"

case $install in
  true)
    # [fast]: calamine and ISA-L read big workbooks ~10x faster; the findings are the same.
    python -m pip install --quiet "$action_path[fast]" || {
      echo "::error title=xlsmart::could not install xlsmart from $action_path"
      exit 2
    }
    ;;
  false) ;;
  *)
    echo "::error title=xlsmart::the input install must be true or false, not '$install'"
    exit 2
    ;;
esac
if ! command -v xlsmart >/dev/null 2>&1; then
  echo "::error title=xlsmart::xlsmart is not on PATH: set install to true or install it in an earlier step"
  exit 2
fi

# Options before `--`, so that no path is taken for an option. The empty-array guard is for bash 3.2
# (macOS), where "${extra[@]}" on an empty array is an unbound variable under set -u.
command=(xlsmart validate --format "$format" --fail-on "$fail_on" ${extra[@]+"${extra[@]}"} -- "${paths[@]}")
if [[ -n $report ]]; then
  mkdir -p "$(dirname "$report")"
  "${command[@]}" >"$report"
  status=$?
  echo "xlsmart: report written to $report"
else
  "${command[@]}"
  status=$?
fi

case $status in
  0) verdict="nothing fails at the fail-on level ($fail_on)" ;;
  1) verdict="findings at the fail-on level ($fail_on)" ;;
  2) verdict="a file could not be read: see the step's log" ;;
  *) verdict="xlsmart stopped unexpectedly: see the step's log" ;;
esac
if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then
  {
    echo "### xlsmart"
    echo
    echo "Exit $status: $verdict."
    if [[ -n $report ]]; then echo "Report: \`$report\`."; fi
  } >>"$GITHUB_STEP_SUMMARY"
fi
if [[ -n ${GITHUB_OUTPUT:-} ]]; then
  echo "exit-code=$status" >>"$GITHUB_OUTPUT"
fi
exit "$status"
