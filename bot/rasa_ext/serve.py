"""Rasa's own command line, without the imports Rasa never uses.

    python -m bot.rasa_ext.serve run --port 5005 ...   (the same arguments as `rasa`)

TensorFlow imports JAX whenever it is installed (TensorFlow Lite's converter
offers it as an optional front end), and something in Rasa's dependency tree
installs it. Rasa never converts to TensorFlow Lite: JAX only adds start-up
time and about 80 MB to the Rasa process. Hiding it before TensorFlow loads
makes TensorFlow take its own "not installed" path. Replies from the action
server are checked with a validator built once (`bot.rasa_ext.action_replies`)
instead of one built on every call, and the domain stored in the model is read
without validating it a second time (`bot.rasa_ext.stored_domain`), and a call
to the action server gives up after the endpoint's `timeout` instead of Rasa's
five minutes (`bot.rasa_ext.action_timeout`). Everything else is
`rasa.__main__.main`, unchanged.
"""

from __future__ import annotations

import sys

# Optional backends TensorFlow imports if present and Rasa never calls.
UNUSED_BY_RASA = ("jax",)


def keep_unused_imports_out() -> None:
    """Make later imports of the unused backends fail in this process."""
    for name in UNUSED_BY_RASA:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def main() -> None:
    keep_unused_imports_out()
    from rasa.__main__ import main as rasa_main

    from bot.rasa_ext import action_replies, action_timeout, stored_domain

    action_replies.install()
    action_timeout.install()
    stored_domain.install()

    sys.argv[0] = "rasa"  # Rasa's help and error messages name the command
    rasa_main()


if __name__ == "__main__":
    main()
