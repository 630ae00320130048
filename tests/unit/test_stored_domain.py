"""The model's stored domain, read without the second validation, is the domain
Rasa's own loading builds."""

import pytest
from rasa.graph_components.providers.domain_provider import DomainProvider
from rasa.shared.core.domain import Domain

from bot.core.settings import PROJECT_DIR
from bot.rasa_ext import stored_domain


@pytest.fixture(scope="module")
def persisted(tmp_path_factory):
    """The project's domain as training stores it in the model."""
    directory = tmp_path_factory.mktemp("domain_resource")
    Domain.load(str(PROJECT_DIR / "domain.yml")).persist(directory / "domain.yml")
    return directory


def test_the_stored_domain_reads_as_rasas_loading_reads_it(persisted, monkeypatch):
    rasas = Domain.from_path(persisted)
    import rasa.shared.utils.validation as validation
    monkeypatch.setattr(validation, "validate_yaml_schema", lambda *a, **k: pytest.fail("validated again"))
    ours = stored_domain.read_stored_domain(persisted)
    assert ours.as_dict() == rasas.as_dict()
    assert ours.fingerprint() == rasas.fingerprint()
    assert len(ours.responses) > 100 and "action_answer_medical_advice" in ours.user_actions


def test_installed_the_provider_loads_the_stored_domain(persisted, monkeypatch):
    original = DomainProvider.__dict__["load"]
    try:
        stored_domain.install()
        stored_domain.install()  # idempotent

        class Storage:
            def read_from(self, resource):
                from contextlib import nullcontext
                return nullcontext(persisted)

        provider = DomainProvider.load({}, Storage(), None, None)
        assert provider.provide_inference().as_dict() == Domain.from_path(persisted).as_dict()
    finally:
        DomainProvider.load = original
        if hasattr(DomainProvider, stored_domain._INSTALLED_FLAG):
            delattr(DomainProvider, stored_domain._INSTALLED_FLAG)
