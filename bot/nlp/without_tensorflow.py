"""spaCy without TensorFlow, for the processes that never run a Keras model.

spaCy's machine-learning library, thinc, imports TensorFlow whenever it is
installed (thinc.compat), only to offer it as an optional backend. Rasa needs
TensorFlow, so it is installed; the web app's crisis detector (a blank spaCy
pipeline with a Matcher) does not use it, yet importing spaCy would cost it
about 20 s of start-up and half a gigabyte. Calling `keep_tensorflow_out()`
before spaCy is first imported makes `import tensorflow` fail in this process
only, which thinc treats as "not installed". Never call it in Rasa's process.
"""

from __future__ import annotations

import sys

UNUSED_BACKENDS = ("tensorflow",)


def keep_tensorflow_out() -> None:
    """Make later imports of TensorFlow fail in this process (no-op once imported)."""
    for name in UNUSED_BACKENDS:
        # None in sys.modules makes `import name` raise ModuleNotFoundError.
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def tensorflow_imported() -> bool:
    """True if TensorFlow itself (not the blocking placeholder) is loaded."""
    return any(sys.modules.get(name) is not None for name in UNUSED_BACKENDS)
