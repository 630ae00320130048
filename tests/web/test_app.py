from bot.web import create_app
from bot.web.middlewares import SECURITY_HEADERS


async def test_page_shows_emergency_numbers_with_security_headers(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/")
    assert response.status == 200
    body = await response.text()
    assert "Test Clinic" in body
    assert 'href="tel:911"' in body and 'href="tel:988"' in body
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value


async def test_privacy_notice_page_shows_the_clinics_notice_escaped(aiohttp_client, settings,
                                                                   clinic_file):
    text = clinic_file.read_text().replace(
        "We keep what you type to follow up.", "We keep <b>what</b> you type.")
    clinic_file.write_text(text)
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/privacy")
    assert response.status == 200
    body = await response.text()
    assert "We keep &lt;b&gt;what&lt;/b&gt; you type." in body
    assert 'href="tel:911"' in body


async def test_health_reports_the_database_and_each_rasa_replica(aiohttp_client, settings):
    """No Rasa runs here: its replica is reported down, and the web app (which
    answers emergencies without Rasa) is still healthy."""
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/health")
    assert response.status == 200
    assert await response.json() == {"status": "ok", "database": "ok",
                                     "rasa": {str(settings.rasa_port): "down"}}


async def test_health_is_503_when_the_database_is_unreachable(aiohttp_client, settings):
    from dataclasses import replace

    from tests.conftest import free_port

    closed = f"postgresql://nobody@127.0.0.1:{free_port()}/none?connect_timeout=2"
    client = await aiohttp_client(create_app(replace(settings, database_url=closed)))
    response = await client.get("/health")
    assert response.status == 503


async def test_liveness_answers_without_the_database_or_rasa(aiohttp_client, settings):
    """The supervisor restarts a web app that stops answering /health/live; a slow
    or unreachable database (or Rasa) must not look like that."""
    from dataclasses import replace

    from tests.conftest import free_port

    closed = f"postgresql://nobody@127.0.0.1:{free_port()}/none?connect_timeout=2"
    client = await aiohttp_client(create_app(replace(settings, database_url=closed)))
    response = await client.get("/health/live")
    assert response.status == 200
    assert await response.json() == {"status": "alive"}


async def test_unknown_path_is_404(aiohttp_client, settings):
    client = await aiohttp_client(create_app(settings))
    response = await client.get("/nope")
    assert response.status == 404
