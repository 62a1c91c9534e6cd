"""Real Pyodide under Node for the Lite tests and ``benchmarks/bench_lite.py``.

``node_modules/pyodide`` (pinned in package.json, installed by ``make``) has no micropip and
Pyodide's CDN is unreachable here, so everything comes from PyPI through pip, the way xlwings Lite
gets its packages: micropip's wheel, then xlsmart's base dependencies as Pyodide would resolve
them (``sys_platform == "emscripten"``, Python 3.14) with a Pyodide wheel where PyPI has one and a
pure-Python one otherwise. They are kept in ``.cache/pyodide-wheels/`` (git-ignored) so a second
run downloads nothing. xlsmart itself is built fresh from this tree for every session.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RUNNER = HERE / "run_pyodide.mjs"
CACHE = REPO / ".cache" / "pyodide-wheels"
PYODIDE = REPO / "node_modules" / "pyodide"
# The platform of Pyodide 314 (package.json's pin): Python 3.14, ABI 2026_0.
PLATFORM = "pyemscripten_2026_0_wasm32"
PYTHON = "3.14"


OFFLINE = re.compile(r"NewConnectionError|Max retries exceeded|Temporary failure in name resolution|"
                     r"Network is unreachable|Connection refused|timed out", re.IGNORECASE)


class Offline(RuntimeError):
    """PyPI could not be reached (not: PyPI has no suitable wheel)."""


def missing() -> str | None:
    """Why Pyodide cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed (make test installs the npm test tools where npm exists)"
    if not (PYODIDE / "package.json").exists():
        return "node_modules/pyodide is missing: run `npm ci` (make does)"
    return None


def pyodide_version() -> str:
    return json.loads((PYODIDE / "package.json").read_text())["version"]


def micropip_version() -> str:
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    return lock["packages"]["micropip"]["version"]


def marker_environment() -> dict[str, str]:
    """Environment markers as Pyodide's Python sees them."""
    env = dict(default_environment())
    env.update(sys_platform="emscripten", platform_system="Emscripten", platform_machine="wasm32", os_name="posix",
               python_version=PYTHON, python_full_version=f"{PYTHON}.0", implementation_name="cpython",
               platform_python_implementation="CPython", extra="")
    return env


def _cached(name: str, requirement: Requirement) -> Path | None:
    for path in sorted(CACHE.glob("*.whl")):
        wheel_name, version, _, _ = parse_wheel_filename(path.name)
        if wheel_name == name and requirement.specifier.contains(version, prereleases=True):
            return path
    return None


def _download(requirement: str, *, platform: bool = True) -> None:
    command = [sys.executable, "-m", "pip", "download", requirement, "--no-deps", "--only-binary=:all:",
               "--python-version", PYTHON, "--implementation", "cp", "-d", str(CACHE), "-q"]
    if platform:
        command += ["--abi", "cp314", "--abi", "abi3", "--abi", "none", "--platform", PLATFORM, "--platform", "any"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        problem = f"pip could not download {requirement} for Pyodide: {done.stderr.strip()[-600:]}"
        if OFFLINE.search(done.stderr):
            raise Offline(problem)
        raise RuntimeError(problem)  # e.g. no pure or Pyodide wheel: the base install must not need it


def _requires(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        headers = Parser().parsestr(archive.read(meta).decode("utf-8"))
    return headers.get_all("Requires-Dist") or []


def base_wheels(xlsmart_wheel: Path, extras: tuple[str, ...] = ()) -> list[Path]:
    """The wheels xlsmart's base install (plus ``extras``) needs in Pyodide, dependencies first,
    fetched once into CACHE.

    Raises RuntimeError naming a requirement PyPI has no pure or Pyodide wheel of: the base
    install must never need one.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    env = marker_environment()
    order: list[Path] = []
    seen: set[str] = {"xlsmart"}

    def wanted(requirement: Requirement, top: bool) -> bool:
        if requirement.marker is None:
            return True
        return any(requirement.marker.evaluate({**env, "extra": extra}) for extra in ("", *(extras if top else ())))

    def visit(line: str, top: bool = False) -> None:
        requirement = Requirement(line)
        if not wanted(requirement, top):
            return
        name = canonicalize_name(requirement.name)
        if name in seen:
            return
        seen.add(name)
        wheel = _cached(name, requirement)
        if wheel is None:
            _download(str(requirement.name) + str(requirement.specifier))
            wheel = _cached(name, requirement)
        if wheel is None:
            raise RuntimeError(f"no wheel for {requirement} after download")
        for dependency in _requires(wheel):
            visit(dependency)
        order.append(wheel)

    for line in _requires(xlsmart_wheel):
        visit(line, top=True)
    return order


def micropip_wheel() -> Path:
    version = micropip_version()
    requirement = Requirement(f"micropip=={version}")
    wheel = _cached("micropip", requirement)
    if wheel is None:
        _download(f"micropip=={version}", platform=False)
        wheel = _cached("micropip", requirement)
    assert wheel is not None
    return wheel


def build_xlsmart_wheel(folder: Path) -> Path:
    """This tree as a wheel, built now (as tests/cli/test_wheel.py builds it)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation",
                           "-w", str(folder), "-q"], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"building the xlsmart wheel failed: {done.stderr.strip()[-600:]}")
    return next(folder.glob("xlsmart-*.whl"))


# What xlwings Lite sets before it imports main.py: xlwings' @func/@script become the Office.js
# ones (xlwings/server.py). They live in xlwings' PRO folder, which checks for a licence key;
# "noncommercial" is the key it accepts for non-commercial use, such as this test.
LITE_ENV = {"XLWINGS_ON_SERVER": "true", "XLWINGS_LICENSE_KEY": "noncommercial"}


class Pyodide:
    """One prepared set of wheels; :meth:`run` starts a fresh Pyodide for each program."""

    def __init__(self, work: Path, extras: tuple[str, ...] = ()) -> None:
        self.work = work
        self.wheels = work / "wheels"
        self.wheels.mkdir(parents=True, exist_ok=True)
        xlsmart = build_xlsmart_wheel(work / "built")
        deps = base_wheels(xlsmart, extras)
        for wheel in [*deps, xlsmart]:
            shutil.copy2(wheel, self.wheels / wheel.name)
        self.install = [f"emfs:/wheels/{w.name}" for w in [*deps, xlsmart]]
        self.dependencies = [w.name for w in deps]
        self.micropip = micropip_wheel()

    def run(self, program: Path, payload: Any, *, env: dict[str, str] | None = None,
            mounts: dict[str, Path] | None = None, timeout: float = 600) -> Any:
        """Run ``program`` (its last expression a JSON string) with ``payload`` at /job/payload.json."""
        job_dir = self.work / "job"
        job_dir.mkdir(exist_ok=True)
        (job_dir / "payload.json").write_text(json.dumps(payload))
        out = job_dir / "result.json"
        out.unlink(missing_ok=True)
        job = {"micropip": str(self.micropip), "wheels": str(self.wheels), "install": self.install,
               "mounts": {"/job": str(job_dir), "/lite": str(HERE),
                          **{k: str(v) for k, v in (mounts or {}).items()}},
               "env": {**LITE_ENV, **(env or {})}, "program": str(program), "out": str(out)}
        job_file = job_dir / "job.json"
        job_file.write_text(json.dumps(job))
        done = subprocess.run(["node", str(RUNNER), str(job_file)], capture_output=True, text=True, timeout=timeout,
                              cwd=REPO, env={**os.environ, "NODE_NO_WARNINGS": "1"})
        if done.returncode != 0 or not out.exists():
            # Node quotes the minified line of Pyodide's JS it failed in: keep the readable lines.
            readable = "\n".join(line for line in done.stderr.splitlines() if len(line) < 400)
            raise RuntimeError(f"Pyodide run failed ({done.returncode}):\n{readable[-6000:]}")
        self.log = done.stderr
        return json.loads(out.read_text())
