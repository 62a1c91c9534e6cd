"""The CI faces of `xlsmart validate`: the GitHub Action (action.yml, action/entrypoint.sh) and the pre-commit hook.

The Action's entry point runs here as GitHub runs it (bash, inputs as environment variables, files
for GITHUB_OUTPUT and GITHUB_STEP_SUMMARY) against the xlsmart of this interpreter. The hook runs
under pre-commit itself, which installs it from a commit of this working tree into a throwaway
environment (marked e2e: it pip-installs xlsmart and its dependencies).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from test_cli import write_workbook

REPO = Path(__file__).resolve().parents[2]
ACTION = REPO / "action.yml"
ENTRYPOINT = REPO / "action" / "entrypoint.sh"
BASH = shutil.which("bash")

FAILING, AT_RISK, CLEAN = "plans/q1.xlsx", "plans/q2.xlsx", "plans/q3.xlsx"


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A checked-out repository: a failing plan (q1), one with a warning only (q2), a clean one (q3), a note."""
    folder = tmp_path / "repository"
    write_workbook(folder / FAILING, faulty=True, as_of="2027-07-01")
    write_workbook(folder / AT_RISK, faulty=False, as_of="2027-06-15")
    write_workbook(folder / CLEAN, faulty=False, as_of="2027-05-01")
    (folder / "plans" / "notes.txt").write_text("Q1 plans: see the workbooks.\n")
    return folder


# --- The Action's entry point -----------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRun:
    exit_code: int
    log: str  # the step's standard output: what GitHub shows and reads annotations from
    errors: str
    outputs: dict[str, str]
    summary: str


def run_action(repository: Path, *, paths: str = ".", report_format: str = "github", fail_on: str = "error",
               args: str = "", report: str = "", install: str = "false") -> ActionRun:
    """Run the entry point as the Action's step does, with xlsmart from this interpreter's environment."""
    github = repository.parent / "github"
    github.mkdir(exist_ok=True)
    output, summary = github / "output", github / "summary"
    output.write_text("")
    summary.write_text("")
    env = {name: value for name, value in os.environ.items() if not name.startswith(("XLSMART_", "GITHUB_"))}
    env.update(
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        XLSMART_PATHS=paths, XLSMART_FORMAT=report_format, XLSMART_FAIL_ON=fail_on, XLSMART_ARGS=args,
        XLSMART_REPORT=report, XLSMART_INSTALL=install,
        GITHUB_OUTPUT=str(output), GITHUB_STEP_SUMMARY=str(summary),
    )
    done = subprocess.run([BASH, str(ENTRYPOINT)], cwd=repository, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    return ActionRun(done.returncode, done.stdout, done.stderr, outputs, summary.read_text())


needs_bash = pytest.mark.skipif(BASH is None, reason="bash is not installed")


@needs_bash
def test_a_failing_workbook_fails_the_step_with_annotations_an_output_and_a_summary(repository):
    run = run_action(repository, paths=FAILING)
    assert run.exit_code == 1
    assert "::error file=plans/q1.xlsx,line=4,col=5,title=xlsmart G04::Goals!E4" in run.log
    assert {"G01", "G04", "K07", "K08"} <= set(re.findall(r"^::error .*title=xlsmart (\w+)::", run.log, re.MULTILINE))
    assert run.outputs == {"exit-code": "1"}
    assert "Exit 1: findings at the fail-on level (error)" in run.summary


@needs_bash
def test_a_clean_workbook_passes(repository):
    run = run_action(repository, paths=CLEAN)
    assert (run.exit_code, run.outputs) == (0, {"exit-code": "0"})
    assert "::" not in run.log
    assert "Exit 0" in run.summary


@needs_bash
@pytest.mark.parametrize(("fail_on", "exit_code", "level"), [("error", 0, "warning"), ("warning", 1, "error")])
def test_a_warning_fails_the_step_only_with_fail_on_warning(repository, fail_on, exit_code, level):
    run = run_action(repository, paths=AT_RISK, fail_on=fail_on)
    assert run.exit_code == exit_code
    # What fails the step is annotated as an error (README: --fail-on).
    assert f"::{level} file=plans/q2.xlsx,line=2,col=8,title=xlsmart K06::" in run.log
    assert run.outputs == {"exit-code": str(exit_code)}


@needs_bash
def test_extra_args_reach_xlsmart(repository):
    run = run_action(repository, paths=AT_RISK, fail_on="warning", args="--ignore K06 --max-findings 10")
    assert run.exit_code == 0
    assert "K06" not in run.log


@needs_bash
def test_a_sarif_report_goes_to_its_file_and_the_log_names_it(repository):
    run = run_action(repository, paths="plans", report_format="sarif", report="reports/xlsmart.sarif")
    assert run.exit_code == 1
    sarif = json.loads((repository / "reports" / "xlsmart.sarif").read_text())
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    files = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for result in results}
    assert files == {FAILING, AT_RISK}
    assert "reports/xlsmart.sarif" in run.log and '"version"' not in run.log
    assert "reports/xlsmart.sarif" in run.summary


@needs_bash
@pytest.mark.parametrize("content", [b"", b"\x8f\x02 not a zip at all \x00\xff" * 20], ids=["empty", "random-bytes"])
def test_an_unreadable_workbook_gives_exit_2_and_still_a_sarif_report(repository, content):
    (repository / "plans" / "broken.xlsx").write_bytes(content)
    run = run_action(repository, paths=f"plans/broken.xlsx {FAILING}", report_format="sarif", report="xlsmart.sarif")
    assert run.exit_code == 2
    assert len(run.errors.splitlines()) == 1 and "plans/broken.xlsx" in run.errors
    sarif = json.loads((repository / "xlsmart.sarif").read_text())
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False
    # The readable file is still checked.
    assert any(result["ruleId"] == "G04" for result in sarif["runs"][0]["results"])
    assert run.outputs == {"exit-code": "2"}
    assert "could not be read" in run.summary


@needs_bash
def test_globs_reach_xlsmart_unexpanded(repository):
    write_workbook(repository / "archive" / "2026" / "old.xlsx", faulty=True, as_of="2027-07-01")
    write_workbook(repository / "archive" / "2026" / "q4" / "older.xlsx", faulty=False, as_of="2027-06-15")
    run = run_action(repository, paths="plans/*.xlsx archive/**/*.xlsx")
    assert run.exit_code == 1
    annotated = set(re.findall(r"^::\w+ file=([^,]+),", run.log, re.MULTILINE))
    # bash without globstar would have made the second glob archive/*/*.xlsx and passed on old.xlsx alone.
    assert annotated == {"plans/q1.xlsx", "plans/q2.xlsx", "archive/2026/old.xlsx", "archive/2026/q4/older.xlsx"}


@needs_bash
def test_paths_one_a_line_may_hold_spaces(repository):
    write_workbook(repository / "plans" / "q3 copy.xlsx", faulty=False, as_of="2027-05-01")
    run = run_action(repository, paths=f"plans/q3 copy.xlsx\n  {AT_RISK}  \n\n", report_format="text")
    assert run.exit_code == 0
    assert "plans/q3 copy.xlsx: 2 rows" in run.log and "plans/q2.xlsx: 2 rows" in run.log


@needs_bash
def test_an_install_input_other_than_true_or_false_is_refused_before_xlsmart_runs(repository):
    run = run_action(repository, paths=FAILING, install="yes")
    assert run.exit_code == 2
    assert "install must be true or false" in run.log
    assert "xlsmart G04" not in run.log and run.outputs == {}


# --- action.yml -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load(ACTION.read_text())


def entry_step(action: dict) -> dict:
    (step,) = [step for step in action["runs"]["steps"] if "action/entrypoint.sh" in step.get("run", "")]
    return step


def test_action_is_composite_and_its_output_comes_from_the_entry_point(action):
    assert action["runs"]["using"] == "composite"
    step = entry_step(action)
    assert step["shell"] == "bash"
    assert step["run"] == 'bash "$GITHUB_ACTION_PATH/action/entrypoint.sh"'
    assert action["outputs"]["exit-code"]["value"] == f"${{{{ steps.{step['id']}.outputs.exit-code }}}}"


def test_every_variable_the_entry_point_reads_is_set_from_a_declared_input(action):
    read = set(re.findall(r"\bXLSMART_[A-Z_]+\b", ENTRYPOINT.read_text()))
    env = entry_step(action)["env"]
    assert set(env) == read
    from_inputs = {name: re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", value) for name, value in env.items()}
    assert all(from_inputs.values()), env
    assert {match[1] for match in from_inputs.values()} <= set(action["inputs"])


def test_every_declared_input_is_used(action):
    used = set(re.findall(r"\binputs\.([\w-]+)", yaml.safe_dump(action["runs"])))
    assert used == set(action["inputs"])


# --- The pre-commit hook ----------------------------------------------------------------------------

needs_pre_commit = pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None or shutil.which("git") is None,
                                      reason="needs pre-commit (pip install -e '.[test]') and git")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "xlsmart tests", "GIT_AUTHOR_EMAIL": "tests@example.com",
    "GIT_COMMITTER_NAME": "xlsmart tests", "GIT_COMMITTER_EMAIL": "tests@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",  # no signing or hooks of the machine's
}


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=folder, env={**os.environ, **GIT_ENV}, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


def commit_everything(folder: Path) -> str:
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "fixture")
    return git(folder, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def hook_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This working tree, new and changed files included, committed in a repository of its own.

    pre-commit installs a hook from a commit. `pre-commit try-repo` would commit the changes to
    tracked files only, so it would miss a .pre-commit-hooks.yaml that is not committed yet.
    """
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                            capture_output=True, timeout=60, check=False)
    if listed.returncode != 0:
        pytest.skip("the hook is installed from a git checkout of xlsmart; this is none")
    folder = tmp_path_factory.mktemp("hook-source")
    for name in filter(None, listed.stdout.decode().split("\0")):
        if (REPO / name).is_file():  # a tracked file deleted in the working tree is left out, as a commit would
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, folder / name)
    return folder, commit_everything(folder)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One home for both hook tests, so that the hook's environment is installed once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def run_hook(project: Path, hook_source: tuple[Path, str], home: Path) -> subprocess.CompletedProcess:
    """Commit `project` with a config that uses the hook, and run pre-commit on all its files."""
    source, rev = hook_source
    config = {"repos": [{"repo": str(source), "rev": rev, "hooks": [{"id": "xlsmart-validate"}]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    commit_everything(project)
    env = {
        **os.environ, **GIT_ENV,
        # Everything pre-commit, virtualenv and pip keep goes under the test's temporary folder.
        "PRE_COMMIT_HOME": str(home / "pre-commit"), "PIP_CACHE_DIR": str(home / "pip"),
        "VIRTUALENV_OVERRIDE_APP_DATA": str(home / "virtualenv"),
    }
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose", "--color", "never"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.e2e
@needs_pre_commit
def test_the_hook_fails_on_a_failing_workbook_and_shows_the_findings(tmp_path, hook_source, pre_commit_home):
    write_workbook(tmp_path / FAILING, faulty=True, as_of="2027-07-01")
    done = run_hook(tmp_path, hook_source, pre_commit_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "xlsmart: check goals, KPIs and budgets workbooks" in done.stdout
    assert {"G01", "G04", "K04", "K07", "K08"} <= set(re.findall(r"\b[GK]\d\d\b", done.stdout))
    assert "plans/q1.xlsx: 4 rows" in done.stdout


@pytest.mark.e2e
@needs_pre_commit
def test_the_hook_passes_clean_workbooks_and_is_given_no_other_file(tmp_path, hook_source, pre_commit_home):
    write_workbook(tmp_path / "plans" / "clean plan.xlsx", faulty=False, as_of="2027-05-01")
    write_workbook(tmp_path / "plans" / "OLD.XLSX", faulty=False, as_of="2027-05-01")
    (tmp_path / "plans" / "notes.txt").write_text("Q1 plans: see the workbooks.\n")
    (tmp_path / "plans" / "~$clean plan.xlsx").write_bytes(b"\x0bxlsmart tests" + b"\x00" * 40)  # Excel's lock file
    done = run_hook(tmp_path, hook_source, pre_commit_home)
    assert done.returncode == 0, done.stdout + done.stderr
    # Either left-out file would have made xlsmart exit 2: neither is a workbook.
    assert "plans/clean plan.xlsx: 2 rows" in done.stdout and "plans/OLD.XLSX: 2 rows" in done.stdout
    assert "notes.txt" not in done.stdout and "~$" not in done.stdout
