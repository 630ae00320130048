"""A trained Rasa model's NLU as a plain function, quiet and private: the
evaluation tools (crisis_eval.py, question_eval.py) parse thousands of messages
through it without Rasa logging any of their text.

`parse_all` spreads a long list over worker processes, one model each: a parse
is one Python thread's work (spaCy, the crisis detector's regular expressions,
small TensorFlow products), so on the two-core CI machine two workers take
little more than half the time of one. Results come back in the input's order
and are the same as one process's (each worker loads the same trained model).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

Parsed = Dict[str, Any]
# Below this many messages a second model's load (tens of seconds) costs more
# than it saves.
PARALLEL_FROM = 1000


def load_parser(model: Path) -> Callable[[str], Parsed]:
    """text -> Rasa's parse result (intent, entities, ranking)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    import structlog
    from rasa.core.agent import Agent

    # Rasa logs each parse, with the message text, through structlog at DEBUG.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    loop = asyncio.new_event_loop()
    agent = Agent.load(str(model))

    def parse(text: str) -> Parsed:
        return loop.run_until_complete(agent.parse_message(text))
    return parse


def default_workers() -> int:
    """EVAL_WORKERS, else one per core, at most two (each holds a model)."""
    configured = os.environ.get("EVAL_WORKERS", "").strip()
    if configured:
        return max(1, int(configured))
    return max(1, min(2, os.cpu_count() or 1))


_worker_parse: Optional[Callable[[str], Parsed]] = None


def _start_worker(model: str) -> None:
    global _worker_parse
    _worker_parse = load_parser(Path(model))


def _parse_in_worker(text: str) -> Parsed:
    assert _worker_parse is not None
    return _worker_parse(text)


class ModelParser:
    """The model's NLU for one text (`parse`) and for many (`parse_all`, whose
    results `parse` then answers from). The in-process model is loaded on first
    use only: a run whose texts were all parsed by the workers never loads it."""

    def __init__(self, model: Path, workers: Optional[int] = None) -> None:
        self.model = model
        self.workers = default_workers() if workers is None else workers
        self._parse: Optional[Callable[[str], Parsed]] = None
        self._parsed: Dict[str, Parsed] = {}

    def parse(self, text: str) -> Parsed:
        if text in self._parsed:
            return self._parsed[text]
        if self._parse is None:
            self._parse = load_parser(self.model)
        return self._parse(text)

    def parse_all(self, texts: Sequence[str]) -> List[Parsed]:
        unique = [t for t in dict.fromkeys(texts) if t not in self._parsed]
        if self.workers <= 1 or len(unique) < PARALLEL_FROM:
            self._parsed.update((t, self.parse(t)) for t in unique)
        else:
            # spawn, not fork: TensorFlow's threads do not survive a fork.
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                     initargs=(str(self.model),)) as pool:
                self._parsed.update(zip(unique, pool.map(_parse_in_worker, unique, chunksize=32)))
        return [self._parsed[t] for t in texts]
