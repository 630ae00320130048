"""Load the domain stored in a trained model without validating it again.

At every start, Rasa's `DomainProvider.load` reads the domain that training
wrote into the model through `Domain.from_path`, which first runs
`Domain.from_file` on each file only to validate it ("does the validation here
only", Rasa's comment) and throws the result away: a round-trip YAML parse of
our ~3,000-line bilingual domain and a pykwalify schema check, about 1.4 s of
Rasa's 7-8 s model load on this machine. That file is Rasa's own output,
written by `Domain.persist` after training had validated the domain files it
came from (`rasa data validate` and `rasa train` both do), and it travels
inside the model archive; checking it again cannot find anything training did
not. This loader reads and merges the same files the same way and builds the
same `Domain` (a test compares them), minus the repeated check.

`install()` is called by `bot.rasa_ext.serve` before Rasa starts (so `make
run` and every replica use it) and is idempotent. Training and
`rasa data validate` are untouched: they validate as always.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Text, Union

_INSTALLED_FLAG = "_clinicbot_stored_domain"


def read_stored_domain(directory: Union[Text, Path]) -> Any:
    """`Domain.from_directory(directory)` without its validation pass."""
    import rasa.shared.utils.io as io
    from rasa.shared.core.domain import Domain

    combined: Dict[Text, Any] = {}
    for root, _, files in os.walk(directory, followlinks=True):
        for file in files:
            full_path = os.path.join(root, file)
            if Domain.is_domain_file(full_path):
                combined = Domain.merge_domain_dicts(io.read_yaml(io.read_file(full_path)), combined)
    return Domain.from_dict(combined)


def install() -> None:
    """Make Rasa's DomainProvider load the model's domain with `read_stored_domain`."""
    from rasa.graph_components.providers.domain_provider import DomainProvider

    if getattr(DomainProvider, _INSTALLED_FLAG, False):
        return

    def load(cls: Any, config: Dict[Text, Any], model_storage: Any, resource: Any,
             execution_context: Any, **kwargs: Any) -> DomainProvider:
        with model_storage.read_from(resource) as resource_directory:
            domain = read_stored_domain(resource_directory)
        return cls(model_storage, resource, domain)

    DomainProvider.load = classmethod(load)  # type: ignore[method-assign, assignment]
    setattr(DomainProvider, _INSTALLED_FLAG, True)
