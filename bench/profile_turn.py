"""Where a Rasa turn's time goes: py-spy on Rasa and on the action server.

py-spy (a sampling profiler; it reads the processes from outside, nothing in
them changes) must be in the project's environment; it is not in the lock files::

    .venv/bin/uv pip install --python .venv/bin/python py-spy
    # or: .venv/bin/pip install py-spy

Run it (a trained model is needed; `make profile` does the same)::

    nice -n 19 .venv/bin/python bench/profile_turn.py [--messages 200] [--rate 100]
        [--out var/bench/profile]
    .venv/bin/python bench/profile_turn.py --aggregate var/bench/profile  # re-read

What it does:

1. starts ``python -m bot run`` (action server, Rasa, web app) on free loopback
   ports with a throw-away BOT_VAR_DIR (a fresh SQLite tracker store and database),
   the test clinic file (tests/conftest.py) and the liveness check off (the
   profiler pauses the processes it samples; a slow health answer on a loaded
   machine must not get the profiled process killed), and waits until every
   service answers;
2. sends one round of the conversations below unprofiled (warm-up), then
   attaches ``py-spy record --format raw --idle --threads`` to the Rasa process
   and, separately, to the action server, and sends ``--messages`` REST
   messages at concurrency 1 through Rasa's REST channel, a new sender for each
   conversation, cycling through: greeting and FAQ questions, the triage form
   (with a question in the middle), a crisis-like message, a Spanish question;
3. stops py-spy (SIGINT: it writes the collapsed stacks) and the stack (SIGINT,
   as Ctrl-C), and aggregates each process's stacks (its main thread, where
   Sanic's event loop runs every turn, and any other thread's work, such as a
   thread pool running a synchronous action) into phases: NLU (spaCy, featurizers,
   DIET, the CrisisGuard, the risk model, language detection), policy
   prediction (TED, RulePolicy, Memoization), the tracker store (SQL read,
   write), the lock store, the action server call (request body, HTTP client,
   JSON, response validation), the channel (Sanic, REST channel, JSON) and other.

Samples are taken with ``--idle`` so that time the main thread spends blocked
(in TensorFlow's thread pool, on SQLite's disk writes) is counted where it
happens; samples of the event loop waiting for I/O (between turns, or while the
action server works) are reported apart and are not part of the percentages.
Each sample of the main thread is one sampling interval of wall time (the
recording's length over the main thread's samples), so
``ms/turn`` = samples x interval / messages; it is the time the main thread
was busy (or blocked) in that phase, averaged over every message sent. The
client's own wall latency is printed beside it: the difference is waiting on
the action server, the network and the scheduler.

On a loaded machine, and niced, a process waits for a CPU inside whatever it
is doing, so absolute milliseconds are inflated; the shares are what to read.
The collapsed stacks (rasa.txt, actions.txt), the stack's log and summary.json
stay in the output directory; everything is on 127.0.0.1. Exit status: 0 on
success, 1 if a message failed, 2 if the profile could not be taken.
"""

from __future__ import annotations

import argparse
import ast
import collections
import contextlib
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import requests

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

from bench.startup_and_latency import (  # noqa: E402
    child_env, free_ports, log_tail, percentile, positive_int, process_tree,
    raise_keyboard_interrupt, sigint_ignored, stop_process_tree,
)
from tests.conftest import TEST_CLINIC  # noqa: E402

VENV_BIN = PROJECT_DIR / ".venv" / "bin"
PYTHON = VENV_BIN / "python"
MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
DEFAULT_OUT = PROJECT_DIR / "var" / "bench" / "profile"
SITE_PACKAGES = Path(requests.__file__).resolve().parent.parent
HOST = "127.0.0.1"
READY_TIMEOUT = 600.0
REQUEST_TIMEOUT = 60.0
PYSPY_ATTACH_TIMEOUT = 60.0
PYSPY_STOP_TIMEOUT = 120.0
INSTALL_HINT = ("py-spy is not installed in .venv; install it with\n"
                "  .venv/bin/uv pip install --python .venv/bin/python py-spy\n"
                "or\n  .venv/bin/pip install py-spy")

# (kind, text): one conversation per tuple, a new sender each time they are used.
CONVERSATIONS: Tuple[Tuple[Tuple[str, str], ...], ...] = (
    (("greeting", "hi"), ("faq", "what is spravato"), ("faq", "do you take insurance"),
     ("faq", "how fast does ketamine work"), ("faq", "where are you located"),
     ("faq", "what are your hours on saturday"), ("small talk", "thanks")),
    (("triage", "is ketamine treatment right for me?"), ("triage", "PTSD"),
     ("triage", "about 3 years"), ("faq", "can i drive home after a treatment?"),
     ("triage", "no")),
    (("greeting", "hello"), ("crisis", "i want to kill myself tonight")),
    (("greeting", "hola"), ("faq", "cuanto cuesta el tratamiento")),
)


class ProfileError(RuntimeError):
    """The profile could not be taken; the message says why."""


# --- collapsed stacks ----------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    func: str
    path: str  # relative: "rasa/core/processor.py", "bot/crisis/detector.py", "stdlib/json/..."
    line: int


FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")
THREAD = re.compile(r"^thread \((?P<id>[^)]*)\)(?::\s*(?P<name>.*))?$")
STDLIB = re.compile(r"/lib/python3\.\d+/")


def relative_path(filename: str) -> str:
    """A file name as a module path, whatever the machine's layout."""
    if "/site-packages/" in filename:
        return filename.rsplit("/site-packages/", 1)[1]
    project = str(PROJECT_DIR) + "/"
    if filename.startswith(project):
        return filename[len(project):]
    match = STDLIB.search(filename)
    if match:
        return "stdlib/" + filename[match.end():]
    return filename


def parse_frame(raw: str) -> Frame:
    match = FRAME.match(raw)
    if not match:
        return Frame(raw, "", 0)
    return Frame(match["func"], relative_path(match["file"]), int(match["line"] or 0))


@dataclass
class Stack:
    thread: str  # the thread's name, or its id when it has none
    frames: Tuple[Frame, ...]  # root first
    count: int


def read_collapsed(path: Path) -> List[Stack]:
    """py-spy's raw output with --threads: 'thread (id): name;frame;frame count'."""
    stacks = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.rstrip()
        if not line or " " not in line:
            continue
        body, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        parts = body.split(";")
        thread = ""
        match = THREAD.match(parts[0])
        if match:
            thread = (match["name"] or match["id"]).strip()
            parts = parts[1:]
        stacks.append(Stack(thread, tuple(parse_frame(p) for p in parts), int(count)))
    return stacks


def main_thread(stacks: Sequence[Stack]) -> str:
    """The thread Sanic's event loop runs on: 'MainThread', else the busiest."""
    names = collections.Counter()
    for stack in stacks:
        names[stack.thread] += stack.count
    if "MainThread" in names:
        return "MainThread"
    return names.most_common(1)[0][0] if names else ""


# --- classification ------------------------------------------------------------------

IDLE = "event loop waiting (idle)"
NLU, POLICY, TRACKER, LOCK, ACTION, CHANNEL, OTHER = (
    "NLU", "policy prediction", "tracker store (SQL)", "lock store",
    "action server call", "channel (Sanic, REST, JSON)", "other")
RASA_PHASES = (NLU, POLICY, TRACKER, LOCK, ACTION, CHANNEL, OTHER)

# Frames at which a thread sits in the event loop's C code waiting for I/O (uvloop's
# run_forever under Sanic's serve, or asyncio's selector), or a thread-pool worker
# waits for work: nothing of a turn is running. Any function when None.
WAIT_LEAVES = (
    ("sanic/server/runners.py", None), ("stdlib/selectors.py", None),
    ("stdlib/asyncio/base_events.py", "run_forever"),
    ("stdlib/asyncio/base_events.py", "run_until_complete"),
    ("stdlib/asyncio/base_events.py", "_run_once"),
    ("stdlib/concurrent/futures/thread.py", "_worker"),
    ("stdlib/threading.py", "wait"), ("stdlib/threading.py", "_wait_for_tstate_lock"),
    ("stdlib/queue.py", "get"),
)


def below_server(frames: Sequence[Frame]) -> Sequence[Frame]:
    """The frames under Sanic's server loop (the request's own), else all of them:
    the process's start-up frames (rasa/cli, rasa_sdk/endpoint.py) say nothing."""
    index = max((i for i, f in enumerate(frames) if f.path == "sanic/server/runners.py"),
                default=-1)
    return frames[index + 1:]


def is_waiting(frames: Sequence[Frame]) -> bool:
    if not frames:
        return True
    leaf = frames[-1]
    return any(leaf.path == path and (func is None or leaf.func == func)
               for path, func in WAIT_LEAVES)


@lru_cache(maxsize=None)
def class_lines(relpath: str, class_name: str) -> Tuple[int, int]:
    """First and last line of a class in an installed module (0, 0 if absent)."""
    try:
        tree = ast.parse((SITE_PACKAGES / relpath).read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return 0, 0
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
    return 0, 0


def in_class(frame: Frame, relpath: str, class_name: str) -> bool:
    first, last = class_lines(relpath, class_name)
    return frame.path == relpath and first <= frame.line <= last


def starts(frame: Frame, *prefixes: str) -> bool:
    return frame.path.startswith(prefixes)


def any_frame(frames: Sequence[Frame], test: Callable[[Frame], bool]) -> bool:
    return any(test(f) for f in frames)


def first_index(frames: Sequence[Frame], test: Callable[[Frame], bool]) -> int:
    return next((i for i, f in enumerate(frames) if test(f)), -1)


PROCESSOR = "rasa/core/processor.py"
TF_PATHS = ("tensorflow/", "keras/", "rasa/utils/tensorflow/", "bot/rasa_ext/deferred_restore.py",
            "bot/rasa_ext/fast_load.py")
JSON_PATHS = ("stdlib/json/", "ujson", "orjson", "simplejson/")


# A phase's parts, in the order they are tried: the first whose path prefixes
# any frame of the stack names its part.
Parts = Sequence[Tuple[Tuple[str, ...], str]]
NLU_PARTS: Parts = (
    (("bot/crisis/risk_model.py", "bot/crisis/sentence_encoder.py"),
     "crisis risk model (MiniLM embeddings, NumPy)"),
    (("bot/crisis/",), "CrisisGuard / crisis detector"),
    (("bot/language/", "lingua/"), "language detection (LanguageGuard, lingua)"),
    (("rasa/nlu/classifiers/diet_classifier.py", *TF_PATHS), "DIETClassifier (TensorFlow)"),
    (("rasa/nlu/featurizers/", "sklearn/", "scipy/"), "featurizers (CountVectors)"),
    (("spacy/", "thinc/", "rasa/nlu/utils/spacy_utils.py", "rasa/nlu/tokenizers/",
      "rasa/nlu/extractors/spacy"), "spaCy (SpacyNLP, tokenizer, EntityRuler)"),
    (("rasa/nlu/classifiers/fallback_classifier.py", "rasa/nlu/extractors/"),
     "FallbackClassifier, synonyms"),
)


def first_part(frames: Sequence[Frame], parts: Parts, default: str) -> str:
    for prefixes, label in parts:
        if any_frame(frames, lambda f: starts(f, *prefixes)):
            return label
    return default


def nlu_part(frames: Sequence[Frame]) -> str:
    return first_part(frames, NLU_PARTS, "graph runner, Message, parse data")


POLICY_FILES = (
    ("rasa/core/policies/ted_policy.py", "TEDPolicy (TensorFlow)"),
    ("bot/rasa_ext/fast_load.py", "TEDPolicy (TensorFlow)"),
    ("rasa/core/policies/rule_policy.py", "RulePolicy"),
    ("rasa/core/policies/memoization.py", "MemoizationPolicy"),
)


def policy_part(frames: Sequence[Frame]) -> str:
    for frame in frames:  # the outermost policy: RulePolicy reuses Memoization's code
        for path, label in POLICY_FILES:
            if frame.path == path:
                return label
    if any_frame(frames, lambda f: starts(f, *TF_PATHS)):
        return "TEDPolicy (TensorFlow)"
    if any_frame(frames, lambda f: starts(f, "rasa/core/policies/ensemble.py")):
        return "ensemble (choosing the winner)"
    return "graph runner, tracker states"


def action_call_part(frames: Sequence[Frame]) -> str:
    funcs = {f.func for f in frames}
    if "_action_call_format" in funcs:
        if "as_dict" in funcs:
            return "request body: domain.as_dict()"
        return "request body: tracker.current_state()"
    if "_validate_action_result" in funcs:
        if "check_schema" in funcs:
            return "validation: jsonschema re-checks its own schema"
        return "validation: the response against the schema"
    if "_utter_responses" in funcs or "deserialise_events" in funcs:
        return "response: events and responses"
    if any_frame(frames, lambda f: starts(f, *JSON_PATHS)):
        return "JSON encode / decode"
    if any_frame(frames, lambda f: starts(f, "aiohttp/", "rasa/utils/endpoints.py", "yarl/",
                                          "multidict/", "stdlib/asyncio/")):
        return "HTTP client (aiohttp, a new session per call)"
    return "RemoteAction, other"


def tracker_part(frames: Sequence[Frame]) -> str:
    store = first_index(frames, lambda f: starts(f, "rasa/core/tracker_store.py",
                                                 "bot/rasa_ext/tracker_store.py"))
    if store < 0:  # SQLAlchemy or sqlite3 reached some other way
        return "SQL (outside the tracker store's own code)"
    funcs = [f.func for f in frames[store:]
             if starts(f, "rasa/core/tracker_store.py", "bot/rasa_ext/tracker_store.py")]
    if any(name in ("save", "_additional_events", "stream_events") or name.startswith("save")
           for name in funcs):
        return "write (save: reread stored events, insert new ones)"
    return "read (retrieve: query, deserialise events, replay)"


OTHER_PARTS: Parts = (
    (("rasa/core/nlg/",), "responses (NLG templates)"),
    (("rasa/core/actions/forms.py", "rasa/core/actions/loops.py"), "forms (FormAction, in Rasa)"),
    (("rasa/core/actions/",), "other in-process actions"),
    (("stdlib/logging/", "structlog/"), "logging"),
    (("rasa/shared/core/trackers.py", "rasa/shared/core/events.py"),
     "tracker and events bookkeeping"),
    (("stdlib/asyncio/", "uvloop"), "asyncio / event loop"),
)


def other_part(frames: Sequence[Frame]) -> str:
    if "run_action_extract_slots" in {f.func for f in frames}:
        return "slot extraction (action_extract_slots, in Rasa)"
    label = first_part(frames, OTHER_PARTS, "")
    if label:
        return label
    if any_frame(frames, lambda f: f.path == PROCESSOR):
        return "MessageProcessor, other"
    return "elsewhere"


def classify_rasa(frames: Sequence[Frame]) -> Tuple[str, str]:
    """(phase, part) of one stack of the Rasa process."""
    if is_waiting(frames):
        return IDLE, ""
    frames = below_server(frames)
    if any_frame(frames, lambda f: f.path == PROCESSOR and f.func in (
            "parse_message", "_parse_message_with_graph")) or any_frame(
            frames, lambda f: starts(f, "rasa/nlu/", "bot/crisis/", "bot/language/", "spacy/",
                                     "lingua/")):
        return NLU, nlu_part(frames)
    if any_frame(frames, lambda f: f.path == PROCESSOR and f.func in (
            "_predict_next_with_tracker", "predict_next_with_tracker_if_should")) or any_frame(
            frames, lambda f: starts(f, "rasa/core/policies/", "rasa/core/featurizers/")):
        return POLICY, policy_part(frames)
    # aiohttp's client serves only the action endpoint here; some of its work runs
    # in event-loop callbacks, outside RemoteAction's frames.
    if any_frame(frames, lambda f: in_class(f, "rasa/core/actions/action.py", "RemoteAction")
                 or starts(f, "rasa/utils/endpoints.py", "aiohttp/")):
        return ACTION, action_call_part(frames)
    if any_frame(frames, lambda f: starts(f, "rasa/core/tracker_store.py",
                                          "bot/rasa_ext/tracker_store.py", "sqlalchemy/",
                                          "stdlib/sqlite3/")):
        return TRACKER, tracker_part(frames)
    if any_frame(frames, lambda f: starts(f, "rasa/core/lock_store.py", "rasa/core/lock.py")):
        return LOCK, "in-memory lock"
    in_turn = any_frame(frames, lambda f: f.path == PROCESSOR or (
        f.path == "rasa/core/agent.py" and f.func == "handle_message"))
    if not in_turn:
        if any_frame(frames, lambda f: starts(f, *JSON_PATHS)
                     or (f.func == "json" and starts(f, "sanic/"))):
            return CHANNEL, "JSON (request body, reply)"
        if any_frame(frames, lambda f: starts(f, "rasa/core/channels/")):
            return CHANNEL, "REST channel (rasa/core/channels)"
        if any_frame(frames, lambda f: starts(f, "sanic/", "sanic_routing/", "httptools",
                                              "sanic_cors/", "multidict/")):
            return CHANNEL, "Sanic (HTTP, routing, middleware)"
        return OTHER, other_part(frames)
    leaf_rasa = next((f for f in reversed(frames) if starts(f, "rasa/")), None)
    if leaf_rasa is not None and starts(leaf_rasa, "rasa/core/channels/"):
        return CHANNEL, "output channel (collecting replies)"
    return OTHER, other_part(frames)


ACTIONS_PHASES = ("our actions' code", "rasa_sdk (Tracker, executor)",
                  "JSON decode / encode", "Sanic (HTTP, middleware)", OTHER)


def classify_actions(frames: Sequence[Frame]) -> Tuple[str, str]:
    """(phase, part) of one stack of the action server."""
    if is_waiting(frames):
        return IDLE, ""
    frames = below_server(frames)
    ours = first_index(frames, lambda f: starts(f, "actions/", "bot/")
                       and not starts(f, "bot/runtime/"))
    if ours >= 0:
        rest = frames[ours:]
        if any_frame(rest, lambda f: starts(f, "sqlalchemy/", "stdlib/sqlite3/", "psycopg")):
            return "our actions' code", "database (SQLAlchemy)"
        return "our actions' code", rest[0].path
    if any_frame(frames, lambda f: starts(f, *JSON_PATHS)) or any_frame(
            frames, lambda f: f.func == "json" and starts(f, "sanic/")):
        return "JSON decode / encode", "request and response bodies"
    if any_frame(frames, lambda f: starts(f, "rasa_sdk/")):
        part = next(f for f in reversed(frames) if starts(f, "rasa_sdk/"))
        return "rasa_sdk (Tracker, executor)", part.path
    if any_frame(frames, lambda f: starts(f, "sanic/", "sanic_routing/", "httptools",
                                          "bot/runtime/", "sanic_cors/")):
        return "Sanic (HTTP, middleware)", ""
    return OTHER, other_part(frames)


# --- aggregation ---------------------------------------------------------------------


@dataclass
class Breakdown:
    process: str
    phases: Tuple[str, ...]
    counts: Dict[Tuple[str, str], int]  # busy samples of every thread, by (phase, part)
    main_ticks: int  # samples of the main thread, busy or waiting: one per tick
    idle: int  # of those, the event loop waiting
    thread_work: Dict[str, int]  # busy samples of threads other than the main one
    other_leaves: collections.Counter

    @property
    def busy(self) -> int:
        return sum(self.counts.values())

    def phase_total(self, phase: str) -> int:
        return sum(n for (p, _), n in self.counts.items() if p == phase)

    def parts(self, phase: str) -> List[Tuple[str, int]]:
        found = [(part, n) for (p, part), n in self.counts.items() if p == phase and part]
        return sorted(found, key=lambda item: -item[1])


def aggregate(process: str, stacks: Sequence[Stack],
              classify: Callable[[Sequence[Frame]], Tuple[str, str]],
              phases: Tuple[str, ...]) -> Breakdown:
    """Busy samples by phase: the main thread's, and other threads' work (a thread
    pool running a synchronous action, say) when they are not waiting."""
    main = main_thread(stacks)
    counts: Dict[Tuple[str, str], int] = collections.Counter()
    ticks = idle = 0
    thread_work: Dict[str, int] = collections.Counter()
    other_leaves: collections.Counter = collections.Counter()
    for stack in stacks:
        if stack.thread == main:
            ticks += stack.count
        phase, part = classify(stack.frames)
        if phase == IDLE:
            idle += stack.count if stack.thread == main else 0
            continue
        if stack.thread != main:
            thread_work[stack.thread] += stack.count
        counts[(phase, part)] += stack.count
        if phase == OTHER:
            leaf = next((f for f in reversed(stack.frames) if not starts(f, "stdlib/")),
                        stack.frames[-1] if stack.frames else Frame("?", "", 0))
            other_leaves[f"{leaf.func} ({leaf.path})"] += stack.count
    return Breakdown(process, phases, dict(counts), ticks, idle, dict(thread_work),
                     other_leaves)


def table_rows(breakdown: Breakdown, interval_ms: float, turns: int) -> List[Dict[str, object]]:
    busy = breakdown.busy or 1
    rows = []
    for phase in breakdown.phases:
        total = breakdown.phase_total(phase)
        rows.append({"phase": phase, "part": "", "samples": total,
                     "percent": 100 * total / busy, "ms_per_turn": total * interval_ms / turns})
        for part, n in breakdown.parts(phase):
            rows.append({"phase": phase, "part": part, "samples": n,
                         "percent": 100 * n / busy, "ms_per_turn": n * interval_ms / turns})
    return rows


def print_table(title: str, breakdown: Breakdown, interval_ms: float, turns: int) -> None:
    rows = table_rows(breakdown, interval_ms, turns)
    print(f"\n{title}: {breakdown.busy} busy samples; the main thread's {breakdown.main_ticks} "
          f"samples include {breakdown.idle} of its event loop waiting (not counted)")
    print(f"{'phase':<58} | {'% busy':>7} | {'ms/turn':>8}")
    print(f"{'-' * 58}-+-{'-' * 7}-+-{'-' * 8}")
    for row in rows:
        label = row["phase"] if not row["part"] else f"    {row['part']}"
        print(f"{label:<58} | {row['percent']:7.1f} | {row['ms_per_turn']:8.1f}")
    total_ms = breakdown.busy * interval_ms / turns
    print(f"{'busy, all phases':<58} | {100.0 if breakdown.busy else 0.0:7.1f} | "
          f"{total_ms:8.1f}")
    if breakdown.thread_work:
        rest = ", ".join(f"{name or '?'} {n}" for name, n in
                         sorted(breakdown.thread_work.items(), key=lambda kv: -kv[1])[:5])
        print(f"(included: busy samples of threads other than the main one: {rest})")
    if breakdown.other_leaves:
        top = "; ".join(f"{leaf} {n}" for leaf, n in breakdown.other_leaves.most_common(6))
        print(f"(most frequent frames in 'other': {top})")


# --- running the stack -----------------------------------------------------------------


def pyspy_path() -> Path:
    path = VENV_BIN / "py-spy"
    if path.is_file():
        return path
    found = shutil.which("py-spy")
    if found:
        return Path(found)
    raise ProfileError(INSTALL_HINT)


def cmdline(pid: int) -> List[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def find_child(root: int, test: Callable[[List[str]], bool]) -> int:
    for pid in process_tree(root)[1:]:
        if test(cmdline(pid)):
            return pid
    raise ProfileError(f"no such process under pid {root}")


def is_rasa(argv: List[str]) -> bool:
    return "bot.rasa_ext.serve" in argv and "run" in argv


def is_action_server(argv: List[str]) -> bool:
    return "bot.runtime.action_server" in argv


@contextlib.contextmanager
def running_stack(out: Path) -> Iterator[Tuple[subprocess.Popen, str]]:
    """`python -m bot run` on free ports with a private var dir; always stopped."""
    if not MODEL.is_file():
        raise ProfileError(f"{MODEL} not found: run `make train` first")
    tmp = Path(tempfile.mkdtemp(prefix="profile-turn-"))
    clinic = tmp / "clinic.yml"
    clinic.write_text(TEST_CLINIC, encoding="utf-8")
    web, rasa, actions = free_ports(3)
    env = child_env({
        "WEB_PORT": str(web), "RASA_PORT": str(rasa), "ACTIONS_PORT": str(actions),
        "BOT_VAR_DIR": str(tmp / "var"), "CLINIC_FILE": str(clinic),
        "RASA_TOKEN": secrets.token_urlsafe(24), "SUPERVISOR_LIVENESS_SECONDS": "0",
    })
    log_path = out / "stack.log"
    proc = None
    try:
        with open(log_path, "wb") as log:
            proc = subprocess.Popen([str(PYTHON), "-m", "bot", "run"], cwd=PROJECT_DIR,
                                    env=env, stdout=log, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + READY_TIMEOUT
        while "all services answer" not in log_path.read_text(errors="replace"):
            if proc.poll() is not None:
                raise ProfileError(f"the stack exited with code {proc.returncode}:\n"
                                   + log_tail(log_path))
            if time.monotonic() > deadline:
                raise ProfileError(f"the stack was not ready after {READY_TIMEOUT:.0f} s:\n"
                                   + log_tail(log_path))
            time.sleep(0.5)
        yield proc, f"http://{HOST}:{rasa}/webhooks/rest/webhook"
    finally:
        with sigint_ignored():
            if proc is not None:
                print("stopping the stack (SIGINT)", flush=True)
                stop_process_tree(proc, signal.SIGINT)
                print(f"  stack exited with code {proc.returncode}", flush=True)
            shutil.rmtree(tmp, ignore_errors=True)


class PySpy:
    """One `py-spy record` attached to a running process until stopped."""

    def __init__(self, pyspy: Path, pid: int, output: Path, rate: int) -> None:
        self.output = output
        self.log = output.with_suffix(".pyspy.log")
        self.argv = [str(pyspy), "record", "--pid", str(pid), "--rate", str(rate),
                     "--format", "raw", "--full-filenames", "--idle", "--threads",
                     "--output", str(output)]
        self.proc: Optional[subprocess.Popen] = None
        self.started = self.stopped = 0.0

    def start(self) -> None:
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(self.argv, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + PYSPY_ATTACH_TIMEOUT
        while "Sampling process" not in self.text():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise ProfileError(
                    f"py-spy could not attach ({' '.join(self.argv)}):\n{self.text()}\n"
                    "It needs ptrace rights: run as root, or with "
                    "`sudo sysctl kernel.yama.ptrace_scope=0`.")
            time.sleep(0.1)
        self.started = time.monotonic()

    def text(self) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(errors="replace")
        return ""

    def stop(self) -> None:
        if self.proc is None:
            return
        self.stopped = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=PYSPY_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def report(self) -> Dict[str, object]:
        text = self.text()
        samples = re.search(r"Samples: (\d+) Errors: (\d+)", text)
        behind = re.findall(r"([\d.]+)s behind in sampling", text)
        return {"samples": int(samples[1]) if samples else None,
                "errors": int(samples[2]) if samples else None,
                "max_seconds_behind": max(map(float, behind)) if behind else 0.0,
                "seconds": round(self.stopped - self.started, 2)}


def messages(count: int) -> Iterator[Tuple[str, str, str]]:
    """(sender, kind, text) for `count` messages, cycling through CONVERSATIONS."""
    run = secrets.token_hex(3)
    sent = conversation = 0
    while sent < count:
        turns = CONVERSATIONS[conversation % len(CONVERSATIONS)]
        sender = f"profile-{run}-{conversation}"
        for kind, text in turns:
            if sent == count:
                return
            yield sender, kind, text
            sent += 1
        conversation += 1


def send(url: str, count: int) -> List[Dict[str, object]]:
    """Send `count` messages one at a time; each one's kind, latency and outcome."""
    results = []
    with requests.Session() as session:
        for sender, kind, text in messages(count):
            started = time.perf_counter()
            ok = True
            try:
                response = session.post(url, json={"sender": sender, "message": text},
                                        timeout=REQUEST_TIMEOUT)
                response.raise_for_status()
                body = response.json()
                ok = isinstance(body, list) and any(
                    isinstance(r, dict) and (r.get("text") or r.get("custom")) for r in body)
            except (requests.RequestException, ValueError):
                ok = False
            results.append({"kind": kind, "ms": (time.perf_counter() - started) * 1000,
                            "ok": ok})
    return results


def warm_up(url: str, proc: subprocess.Popen) -> None:
    count = sum(len(c) for c in CONVERSATIONS)
    results = send(url, count)
    if proc.poll() is not None:
        raise ProfileError(f"the stack exited during the warm-up (code {proc.returncode})")
    failed = sum(not r["ok"] for r in results)
    if failed:
        raise ProfileError(f"{failed} of {count} warm-up messages got no reply")


# --- report ----------------------------------------------------------------------------


def latency_summary(results: Sequence[Dict[str, object]]) -> Dict[str, object]:
    times = [float(r["ms"]) for r in results]
    by_kind: Dict[str, List[float]] = collections.defaultdict(list)
    for r in results:
        by_kind[str(r["kind"])].append(float(r["ms"]))
    return {
        "messages": len(results), "failed": sum(not r["ok"] for r in results),
        "mean_ms": statistics.fmean(times) if times else 0.0,
        "p50_ms": statistics.median(times) if times else 0.0,
        "p95_ms": percentile(times, 95) if times else 0.0,
        "by_kind": {kind: {"messages": len(v), "mean_ms": statistics.fmean(v)}
                    for kind, v in by_kind.items()},
    }


def interval_ms(breakdown: Breakdown, seconds: Optional[float], rate: int) -> float:
    """Wall time one main-thread sample stands for: the recording's length over
    its samples (py-spy falls behind its rate on a loaded machine), or 1/rate."""
    if seconds and breakdown.main_ticks:
        return 1000 * seconds / breakdown.main_ticks
    return 1000 / rate


def report(out: Path, meta: Dict[str, object]) -> Dict[str, object]:
    turns = int(meta["latency"]["messages"]) or 1
    rate = int(meta["rate"])
    result: Dict[str, object] = {}
    rasa = aggregate("rasa", read_collapsed(out / "rasa.txt"), classify_rasa, RASA_PHASES)
    actions = aggregate("actions", read_collapsed(out / "actions.txt"), classify_actions,
                        ACTIONS_PHASES)
    latency = meta["latency"]
    print(f"\n{turns} messages at concurrency 1 ({meta.get('mix', '')}); "
          f"failed: {latency['failed']}")
    print(f"client wall latency: mean {latency['mean_ms']:.1f} ms, p50 {latency['p50_ms']:.1f}, "
          f"p95 {latency['p95_ms']:.1f}; by kind: "
          + ", ".join(f"{k} {v['mean_ms']:.0f} ms (n={v['messages']})"
                      for k, v in latency["by_kind"].items()))
    for name, breakdown, title in (
            ("rasa", rasa, "Rasa process (python -m bot.rasa_ext.serve run)"),
            ("actions", actions, "Action server (python -m bot.runtime.action_server)")):
        spy = meta.get("pyspy", {}).get(name, {})
        step = interval_ms(breakdown, spy.get("seconds"), rate)
        print_table(title, breakdown, step, turns)
        print(f"(one sample = {step:.2f} ms of wall time; py-spy at {rate}/s, "
              f"{spy.get('errors', '?')} errors, at most {spy.get('max_seconds_behind', 0)} s "
              "behind)")
        result[name] = {"interval_ms": step, "busy_samples": breakdown.busy,
                        "idle_samples": breakdown.idle,
                        "busy_ms_per_turn": breakdown.busy * step / turns,
                        "rows": table_rows(breakdown, step, turns),
                        "main_thread_samples": breakdown.main_ticks,
                        "other_threads_busy_samples": breakdown.thread_work,
                        "other_top_frames": breakdown.other_leaves.most_common(10)}
    rasa_ms = result["rasa"]["busy_ms_per_turn"]
    actions_ms = result["actions"]["busy_ms_per_turn"]
    print(f"\nper turn: client wall {latency['mean_ms']:.1f} ms = Rasa busy {rasa_ms:.1f} "
          f"+ action server busy {actions_ms:.1f} + the rest "
          f"{latency['mean_ms'] - rasa_ms - actions_ms:.1f} (network, waiting, the scheduler, "
          "the client)")
    load = meta.get("load_average_1min", {})
    if load:
        print(f"run {meta.get('generated_at', '?')}: 1-min load average {load['start']:.2f} at "
              f"start, {load['end']:.2f} at end ({meta.get('cpus')} CPUs); niceness "
              f"{meta.get('niceness')}")
    return result


def write_summary(out: Path, meta: Dict[str, object], result: Dict[str, object]) -> None:
    (out / "summary.json").write_text(json.dumps({**meta, "breakdown": result}, indent=2)
                                      + "\n", encoding="utf-8")
    print(f"collapsed stacks and summary in {out}")


# --- command line ----------------------------------------------------------------------


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Profile Rasa turns with py-spy and print where the time goes "
                    "(see the module docstring).")
    parser.add_argument("--messages", type=positive_int, default=200,
                        help="REST messages sent while profiling (default 200)")
    parser.add_argument("--rate", type=positive_int, default=100,
                        help="py-spy samples per second (default 100)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="directory for the collapsed stacks, the stack's log and "
                             "summary.json (default var/bench/profile)")
    parser.add_argument("--aggregate", type=Path, metavar="DIR",
                        help="only re-read the stacks a previous run left in DIR")
    return parser.parse_args(argv)


def mix_text(count: int) -> str:
    kinds = collections.Counter(kind for _, kind, _ in messages(count))
    return ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())


def profile(args: argparse.Namespace) -> int:
    pyspy = pyspy_path()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for name in ("rasa.txt", "actions.txt"):
        (out / name).unlink(missing_ok=True)
    load_start = os.getloadavg()[0]
    started_at = datetime.datetime.now(datetime.timezone.utc)
    print(f"starting the stack (log: {out / 'stack.log'}); niceness {os.nice(0)}, "
          f"1-min load average {load_start:.2f} on {os.cpu_count()} CPUs", flush=True)
    with running_stack(out) as (proc, url):
        rasa_pid = find_child(proc.pid, is_rasa)
        actions_pid = find_child(proc.pid, is_action_server)
        print(f"ready; Rasa pid {rasa_pid}, action server pid {actions_pid}; warming up",
              flush=True)
        warm_up(url, proc)
        spies = {"rasa": PySpy(pyspy, rasa_pid, out / "rasa.txt", args.rate),
                 "actions": PySpy(pyspy, actions_pid, out / "actions.txt", args.rate)}
        try:
            for spy in spies.values():
                spy.start()
            print(f"py-spy attached; sending {args.messages} messages", flush=True)
            results = send(url, args.messages)
        finally:
            for spy in spies.values():
                spy.stop()
        if proc.poll() is not None:
            raise ProfileError(f"the stack exited while profiled (code {proc.returncode})")
    for name, spy in spies.items():
        if not spy.output.is_file():
            raise ProfileError(f"py-spy wrote no stacks for {name}:\n{spy.text()}")
    meta = {
        "generated_at": started_at.isoformat(timespec="seconds"),
        "rate": args.rate, "niceness": os.nice(0), "cpus": os.cpu_count(),
        "load_average_1min": {"start": load_start, "end": os.getloadavg()[0]},
        "mix": mix_text(args.messages), "latency": latency_summary(results),
        "pyspy": {name: spy.report() for name, spy in spies.items()},
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    write_summary(out, meta, report(out, meta))
    return 1 if meta["latency"]["failed"] else 0


def reaggregate(directory: Path) -> int:
    meta_path = directory / "meta.json"
    if not meta_path.is_file():
        raise ProfileError(f"{meta_path} not found: not the output of a run")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    write_summary(directory, meta, report(directory, meta))
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, raise_keyboard_interrupt)
    try:
        if args.aggregate:
            return reaggregate(args.aggregate.resolve())
        return profile(args)
    except ProfileError as exc:
        print(f"profile failed: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("profile interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
