"""The hostile-input pack (tests/hostile/make_pack.py): each fixture through ``newsfacts extract`` as a
subprocess, beside a good file in the same run, under a time limit.

For every fixture:
- the run ends within the fixture's time limit (a hang is killed and fails the test);
- the exit status is the documented one: 0, since the good file always gives an article;
- stderr holds no traceback, and every line on it is one of newsfacts' own one-line messages, with no
  raw control characters (a file name is never echoed raw);
- stdout is strict JSON (no NaN or Infinity) and holds the good file's article;
- every fact's text is ``article.text[start:end]``;
- a fixture that gives no article gives a one-line error naming it; ``expect="error"`` fixtures must be
  refused with one, ``expect="article"`` ones must give an article;
- no secret (the content of a local file an XXE or XInclude points at) appears anywhere.

The runs go in parallel (one per CPU, at most 4) from the first of these tests on, longest time limits first; each
test waits for its own. ``python tests/hostile/make_pack.py OUT_DIR`` writes the pack to look at.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

try:
    import resource
except ImportError:  # not on Windows: the wall-clock limit alone
    resource = None

import pytest
from hostile.checks import check_spans, strict_json
from hostile.findings import OPEN_FINDINGS
from hostile.make_pack import GOOD, SECRET, Fixture, by_name

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = by_name()

# newsfacts' own lines, and log records in the format the CLI sets (``LEVEL logger: message``)
MESSAGE = re.compile(r"^(newsfacts: |(DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: )")
# A fixture whose finding is open and that takes minutes before the fix is cut short: it fails anyway.
OPEN_SLOW_SECONDS = 12.0
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Run:
    target: str
    returncode: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float


# The pack runs up to this many fixtures at once, and pytest-xdist as many workers as it was told: on a machine
# with fewer cores each run gets a share of one. A fixture's time limit is a budget of CPU seconds (against
# quadratic blow-ups that take minutes), enforced where the system allows (RLIMIT_CPU on Linux) with a margin for a
# loaded machine's dearer caches; the wall-clock limit, against hangs that burn no CPU, is that budget stretched by
# how many processes share each core, and three times more where the CPU limit already guards (so other work on the
# machine, another test run or a benchmark, does not make a slow-but-sound run look like a hang).
PACK_THREADS = max(1, min(4, os.cpu_count() or 1))
SHARING = max(1.0, PACK_THREADS * int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1) / (os.cpu_count() or 1))
CPU_MARGIN = 1.5
CPU_LIMITED = hasattr(resource, "prlimit") if resource else False
HANG_FACTOR = 3.0 if CPU_LIMITED else 1.0


def cpu_limit(fixture: Fixture) -> float:
    if fixture.finding in OPEN_FINDINGS and fixture.finding in (2, 3):
        return min(fixture.timeout, OPEN_SLOW_SECONDS)
    return fixture.timeout * CPU_MARGIN


def time_limit(fixture: Fixture) -> float:
    if fixture.finding in OPEN_FINDINGS and fixture.finding in (2, 3):
        return min(fixture.timeout, OPEN_SLOW_SECONDS)
    return fixture.timeout * SHARING * HANG_FACTOR


def _limit_cpu(pid: int, seconds: float) -> None:
    """The process (and what it starts) is stopped by the kernel past ``seconds`` of CPU time."""
    if CPU_LIMITED:
        soft = max(1, math.ceil(seconds))
        with contextlib.suppress(OSError, ValueError):
            resource.prlimit(pid, resource.RLIMIT_CPU, (soft, soft + 5))


def _run(fixture: Fixture, target: Path, cwd: Path) -> Run:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PYTHONFAULTHANDLER": "", "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "newsfacts", "extract", str(GOOD), os.fspath(target), "--format", "json",
           *fixture.args]
    began = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    _limit_cpu(proc.pid, cpu_limit(fixture))
    try:
        out, err = proc.communicate(timeout=time_limit(fixture))
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return Run(os.fspath(target), None, _text(out), _text(err), time.monotonic() - began)
    returncode: int | None = proc.returncode
    if CPU_LIMITED and returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        returncode = None  # stopped at its CPU budget
    return Run(os.fspath(target), returncode, _text(out), _text(err), time.monotonic() - began)


def _text(data: bytes | None) -> str:
    return (data or b"").decode("utf-8", errors="replace")


class Pack:
    """Builds each fixture and runs it in the background; ``result(name)`` waits for one."""

    def __init__(self, root: Path, names: list[str]) -> None:
        self.root = root
        self.pool = ThreadPoolExecutor(max_workers=PACK_THREADS, thread_name_prefix="hostile")
        self.futures: dict[str, Future] = {}
        for name in sorted(names, key=lambda n: -time_limit(FIXTURES[n])):
            self.futures[name] = self.pool.submit(self._one, FIXTURES[name])

    def _one(self, fixture: Fixture) -> Run:
        target = fixture.build(self.root)
        return _run(fixture, target, self.root)

    def result(self, name: str) -> Run:
        return self.futures[name].result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def pack(request, tmp_path_factory):
    selected = [item.callspec.params["name"] for item in request.session.items
                if item.originalname == "test_hostile_fixture" and hasattr(item, "callspec")]
    runner = Pack(tmp_path_factory.mktemp("hostile"), selected)
    yield runner
    runner.close()


def _param(fixture: Fixture):
    marks = []
    if fixture.slow:
        marks.append(pytest.mark.slow)
    if fixture.finding in OPEN_FINDINGS:
        marks.append(pytest.mark.xfail(reason=f"finding {fixture.finding}", strict=False))
    if fixture.root_skips and hasattr(os, "geteuid") and os.geteuid() == 0:
        marks.append(pytest.mark.skip(reason="permissions mean nothing to root"))
    return pytest.param(fixture.name, marks=marks, id=fixture.name)


def test_pack_has_enough_fixtures():
    assert len(FIXTURES) >= 60


def _names_it(line: str, target: str) -> bool:
    """The line names the fixture: its path as given, or (for a name with control characters, which must
    be escaped) the file name's printable start."""
    base = os.path.basename(target)
    printable = CONTROL.split(base)[0]
    return target in line or base in line or (len(printable) >= 3 and printable in line) or \
        os.path.dirname(target) + os.sep in line


@pytest.mark.parametrize("name", [_param(f) for f in FIXTURES.values()])
def test_hostile_fixture(pack, name):
    fixture = FIXTURES[name]
    run = pack.result(name)
    where = f"{name} ({run.seconds:.1f}s)\n--- stderr ---\n{run.stderr[-3000:]}"
    assert run.returncode is not None, (f"{name}: no result within {cpu_limit(fixture):.0f} s of CPU or "
                                        f"{time_limit(fixture):.0f} s of wall time (a hang or a blow-up)\n{where}")
    assert "Traceback" not in run.stderr, f"a traceback: {where}"
    assert run.returncode == 0, f"exit status {run.returncode}, expected 0 (the good file gives an article): {where}"

    lines = [line for line in run.stderr.split("\n") if line.strip()]
    stray = [line for line in lines if not MESSAGE.match(line)]
    assert not stray, f"stderr lines that are not one-line messages: {stray[:5]}\n{where}"
    raw = [line for line in lines if CONTROL.search(line)]
    assert not raw, f"raw control characters on stderr: {raw[:3]!r}"

    result = strict_json(run.stdout)
    articles = result["articles"]
    good = os.fspath(GOOD)
    assert any(a["source"].get("path") == good for a in articles), f"the good file's article is missing: {where}"
    bad_spans = [problem for a in articles for problem in check_spans(a)]
    assert not bad_spans, f"facts whose text is not text[start:end]: {bad_spans[:5]}"

    for secret in (SECRET, *fixture.forbid):
        assert secret not in run.stdout and secret not in run.stderr, f"{name}: read a local file it points at"

    mine = [a for a in articles if a["source"].get("path") != good]
    errors = [line for line in lines if line.startswith("newsfacts: error:")]
    named = [line for line in errors if _names_it(line, run.target)]
    if fixture.expect == "error":
        assert named, f"{name}: expected a one-line error naming it: {where}"
    elif fixture.expect == "article":
        assert mine, f"{name}: expected an article from it: {where}"
    else:
        assert mine or named, f"{name}: neither an article nor an error naming it (silent): {where}"
