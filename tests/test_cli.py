import json
import subprocess
import sys

from bot.settings import PROJECT_DIR


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, env=env,
    )


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("run", "web", "nlp", "clinic"):
        assert command in result.stdout


def test_clinic_check_json_lists_missing_settings(clinic_file):
    import os

    result = run_cli("clinic", "check", "--json", env={**os.environ, "CLINIC_FILE": str(clinic_file)})
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"name": "Test Clinic", "missing_settings": []}


def test_bad_configuration_is_a_clear_error_not_a_traceback():
    import os

    result = run_cli("clinic", "check", env={**os.environ, "WEB_PORT": "abc"})
    assert result.returncode == 2
    assert "WEB_PORT must be a port number" in result.stderr
    assert "Traceback" not in result.stderr
