"""A trained Rasa model's NLU as a plain function, quiet and private: the
evaluation tools (crisis_eval.py, question_eval.py) parse thousands of messages
through it without Rasa logging any of their text."""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from pathlib import Path
from typing import Any, Callable, Dict


def load_parser(model: Path) -> Callable[[str], Dict[str, Any]]:
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

    def parse(text: str) -> Dict[str, Any]:
        return loop.run_until_complete(agent.parse_message(text))
    return parse
