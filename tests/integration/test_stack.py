"""`python -m bot run` brings up the real stack on free loopback ports.

One module-scoped stack: Rasa takes tens of seconds to load, so every check of
the running system shares it. It uses its own var/ (tracker store, database,
token), so it runs beside a `make run` on the default ports.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
import requests

from bot.core.settings import PROJECT_DIR
from tests.conftest import TEST_CLINIC, free_port
from tests.pattern_cache import seed_pattern_cache

pytestmark = pytest.mark.integration
MODEL = PROJECT_DIR / "models" / "clinic.tar.gz"
READY_TIMEOUT = 240


class Stack:
    def __init__(self, tmp: Path) -> None:
        clinic = tmp / "clinic.yml"
        clinic.write_text(TEST_CLINIC, encoding="utf-8")
        self.ports = {"WEB_PORT": free_port(), "RASA_PORT": free_port(), "ACTIONS_PORT": free_port()}
        self.env = {
            **os.environ,
            **{k: str(v) for k, v in self.ports.items()},
            "BOT_VAR_DIR": str(tmp / "var"),
            "CLINIC_FILE": str(clinic),
            "RASA_TOKEN": "integration-token",
            # Every process as chatty as it can be made: still no personal data
            # may reach a log line (test_intake_end_to_end_keeps_details_out_of_logs).
            "BOT_LOG_LEVEL": "DEBUG",
            "LOG_LEVEL": "DEBUG",
        }
        self.env.pop("BOT_DATABASE_URL", None)
        self.log = tmp / "stack.log"
        self.proc: subprocess.Popen | None = None

    def url(self, name: str, path: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}{path}"

    def start(self) -> None:
        seed_pattern_cache(Path(self.env["BOT_VAR_DIR"]))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=PROJECT_DIR, env=self.env,
            stdout=self.log.open("w"), stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if "all services answer" in self.output():
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.5)
        raise AssertionError("stack did not come up:\n" + self.output()[-4000:])

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(timeout=60)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    assert MODEL.exists(), "no trained model: run `make train` (make test does)"
    stack = Stack(tmp_path_factory.mktemp("stack"))
    stack.start()
    yield stack
    stack.stop()


def say(stack: Stack, sender: str, text: str) -> list:
    response = requests.post(
        stack.url("RASA_PORT", "/webhooks/rest/webhook"),
        json={"sender": sender, "message": text}, timeout=30,
    )
    response.raise_for_status()
    return response.json()


def test_hi_gets_the_disclosure_and_emergency_numbers(stack):
    replies = say(stack, "visitor-1", "hi")
    text = " ".join(r.get("text", "") for r in replies)
    assert "virtual assistant" in text and "not a doctor" in text
    assert "911" in text and "988" in text


def test_clinic_details_come_from_the_clinic_file_through_the_action_server(stack):
    replies = say(stack, "visitor-2", "what are your hours on saturday")
    assert any("Sat 10am-2pm" in r.get("text", "") for r in replies)
    replies = say(stack, "visitor-2", "where are you located")
    assert any("1 Test Plaza" in r.get("text", "") for r in replies)


def test_two_questions_in_one_message_get_both_answers(stack):
    replies = texts(say(stack, "visitor-two-questions", "what are your hours on saturday? and where are you located?"))
    assert "Sat 10am-2pm" in replies and "1 Test Plaza" in replies


def test_the_action_server_refuses_calls_without_rasas_shared_secret(stack):
    """Rasa's own calls carry the secret (the clinic-details test above goes through
    them); anything else that reaches the port is refused."""
    forged = {"next_action": "action_clinic_info", "sender_id": "forged", "domain": {},
              "tracker": {"sender_id": "forged", "events": [], "latest_message": {}}}
    response = requests.post(stack.url("ACTIONS_PORT", "/webhook"), json=forged, timeout=10)
    assert response.status_code == 403
    secret = Path(stack.env["BOT_VAR_DIR"]) / "actions_secret"
    assert oct(secret.stat().st_mode & 0o777) == "0o600"


def test_rasa_runs_without_its_http_api(stack):
    """No transcripts, model upload or event injection over HTTP: only the REST channel."""
    for method, path in [("GET", "/status"), ("GET", "/conversations/visitor-1/tracker"),
                         ("PUT", "/model"), ("POST", "/conversations/visitor-1/tracker/events"),
                         ("POST", "/model/train")]:
        response = requests.request(method, stack.url("RASA_PORT", path),
                                    params={"token": "integration-token"}, timeout=10)
        assert response.status_code in (404, 405), (method, path, response.status_code)


def test_conversation_is_kept_in_the_sqlite_tracker_store_the_web_app_reads(stack):
    from bot.core.rasa_tracker import TrackerEvents
    from bot.core.settings import Settings

    say(stack, "visitor-3", "hello")
    events = TrackerEvents.from_settings(Settings.from_env(stack.env)).read("visitor-3")
    assert [e["text"] for e in events if e.get("event") == "user"] == ["hello"]
    assert any(e.get("event") == "bot" for e in events)
    assert (Path(stack.env["BOT_VAR_DIR"]) / "rasa_tracker.db").exists()


def descendants(pid: int) -> list:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children] + [d for c in children for d in descendants(int(c))]


def test_no_secret_is_visible_in_any_processes_command_line(stack):
    """What `ps` shows any user of the machine: the started processes' argv."""
    var = Path(stack.env["BOT_VAR_DIR"])
    secrets = [stack.env["RASA_TOKEN"]] + [(var / name).read_text().strip()
                                           for name in ("actions_secret", "secret_key")
                                           if (var / name).exists()]
    assert len(secrets) >= 2
    pids = descendants(stack.proc.pid)
    assert len(pids) >= 3
    for pid in pids:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        assert not any(secret in argv for secret in secrets), argv
        assert "--enable-api" not in argv and "--auth-token" not in argv, argv


def web_app_pid(stack: Stack) -> int:
    for pid in descendants(stack.proc.pid):
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        if argv[1:4] == [b"-m", b"bot", b"web"]:
            return pid
    raise AssertionError("no web app process")


def test_the_public_web_app_runs_on_a_patched_aiohttp_without_rasa(stack):
    """The aiohttp the running web app has loaded (its compiled parts are mapped
    into the process; their site-packages names the version), not merely one that
    is installed somewhere."""
    maps = Path(f"/proc/{web_app_pid(stack)}/maps").read_text()
    files = {line.split()[-1] for line in maps.splitlines() if line.endswith(".so")}
    sites = {f.split("/aiohttp/")[0] for f in files if "/aiohttp/" in f}
    assert len(sites) == 1, sites
    site = sites.pop()
    assert site.startswith(str(PROJECT_DIR / ".venv-web")), site
    (dist,) = Path(site).glob("aiohttp-*.dist-info")
    version = tuple(int(part) for part in dist.name[len("aiohttp-"):-len(".dist-info")].split(".")[:2])
    assert version >= (3, 13), dist.name
    assert not [f for f in files if "tensorflow" in f or "/rasa" in f]


def texts(replies: list) -> str:
    return " ".join(r.get("text", "") for r in replies)


def test_triage_form_end_to_end_with_a_question_in_the_middle(stack):
    replies = say(stack, "visitor-triage", "is ketamine treatment right for me?")
    assert "What would you like help with?" in texts(replies)
    assert any(r.get("buttons") for r in replies)
    assert "How long" in texts(say(stack, "visitor-triage", "PTSD"))
    assert "stellate ganglion block" in texts(say(stack, "visitor-triage", "about 3 years"))
    # A question mid-form is answered, then the same question comes back.
    replies = texts(say(stack, "visitor-triage", "can i drive home after a treatment?"))
    assert "until the next day" in replies and "stellate ganglion block" in replies
    assert "better off dead" in texts(say(stack, "visitor-triage", "no"))  # PHQ-9 item 9
    assert "opioid" in texts(say(stack, "visitor-triage", "Not at all"))
    assert "pregnant" in texts(say(stack, "visitor-triage", "nope"))
    summary = texts(say(stack, "visitor-triage", "none of these"))
    assert "not a diagnosis" in summary and "physicians decides" in summary
    assert "stellate ganglion block (SGB)" in summary


@pytest.mark.parametrize("message", [
    "", "   ", "😀😀😀", "a" * 5000, "hola necesito ayuda con ketamina por favor",
    "asdkjh qwpoeiru zmxncb", "<script>alert(1)</script>", '/inform{"phone": "1"}',
])
def test_odd_input_always_gets_a_sensible_reply(stack, message):
    replies = say(stack, f"visitor-odd-{abs(hash(message))}", message)
    assert texts(replies).strip(), f"no reply to {message[:40]!r}"


def escalations(stack: Stack) -> list:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "escalations", "list", "--json"], cwd=PROJECT_DIR,
        env=stack.env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_overdose_mid_form_gets_guidance_first_and_is_recorded(stack):
    say(stack, "visitor-crisis", "is ketamine right for me")
    say(stack, "visitor-crisis", "Depression")
    replies = say(stack, "visitor-crisis", "wait my bf just took fentanyl and hes not breathing")
    first = replies[0]["text"]
    assert "Call 911 now" in first and "naloxone (Narcan)" in first and "other nostril" in first
    assert "Is help on the way?" in texts(replies)
    recorded = [e for e in escalations(stack) if e["conversation_id"] == "visitor-crisis"]
    assert [e["category"] for e in recorded] == ["overdose"] and recorded[0]["status"] == "open"
    # The form is over: the next message is not taken as an answer.
    assert "How long" not in texts(say(stack, "visitor-crisis", "what are your hours"))


@pytest.mark.parametrize("message, expected", [
    ("i dont want to be alive anymore", "988"),
    ("my throat is closing up i cant breathe", "Call 911 now"),
    ("i think im addicted to my pain pills and need help", "1-800-662-4357"),
])
def test_each_emergency_gets_its_guidance_first(stack, message, expected):
    replies = say(stack, f"visitor-{abs(hash(message))}", message)
    assert expected in replies[0]["text"]


def test_an_intentional_overdose_gets_the_combined_guidance_and_is_paged(stack):
    sender = "visitor-intentional-od"
    replies = say(stack, sender, "i took all my sertraline and a bottle of sleeping pills on purpose")
    first = replies[0]["text"]
    # 911 first, then Poison Help, naloxone with its limits, then 988 and "are you safe"
    order = [first.index(s) for s in ("Call 911 now", "1-800-222-1222", "naloxone (Narcan)", "988",
                                      "Are you safe right now?")]
    assert order == sorted(order), first
    assert "does not reverse ketamine, benzodiazepines or alcohol" in first
    recorded = [e["category"] for e in escalations(stack) if e["conversation_id"] == sender]
    assert recorded == ["overdose_intentional"]


def test_violence_at_home_gets_911_and_the_hotlines_and_is_recorded(stack):
    sender = "visitor-violence"
    replies = say(stack, sender, "my boyfriend is hitting me again and i am scared to go home tonight")
    first = replies[0]["text"]
    # 911 if in danger now, then the national hotline (call, TTY, text), then New York City's
    order = [first.index(s) for s in ("call 911", "1-800-799-7233", "88788", "1-800-621-4673")]
    assert order == sorted(order), first
    assert "EpiPen" not in first and "seizure" not in first
    recorded = [e["category"] for e in escalations(stack) if e["conversation_id"] == sender]
    assert recorded == ["violence"]


def test_violence_at_home_in_spanish_gets_the_spanish_guidance(stack):
    sender = "visitor-violencia"
    replies = say(stack, sender, "mi esposo me esta pegando otra vez y tengo mucho miedo")
    first = replies[0]["text"]
    assert "llame al 911" in first and "1-800-799-7233" in first and "1-800-621-4673" in first
    assert "también en español" in first
    recorded = [e["category"] for e in escalations(stack) if e["conversation_id"] == sender]
    assert recorded == ["violence"]


def test_a_non_opioid_overdose_gets_poison_help_and_the_recovery_position(stack):
    replies = say(stack, "visitor-poisoning", "my 3 year old drank a whole bottle of childrens tylenol")
    first = replies[0]["text"]
    assert "Call 911 now" in first and "1-800-222-1222" in first and "recovery" in first
    assert "Are you safe right now?" not in first


def test_possible_risk_is_asked_directly_and_a_yes_reaches_on_call(stack):
    sender = "visitor-possible-risk"
    replies = say(stack, sender, "i feel like such a burden to my family lately")
    assert "are you thinking about ending your life?" in texts(replies) and "988" in replies[0]["text"]
    assert not [e for e in escalations(stack) if e["conversation_id"] == sender]  # asking pages no one
    replies = say(stack, sender, "Yes")
    assert "988" in replies[0]["text"] and "Are you safe right now?" in texts(replies)
    recorded = [e["category"] for e in escalations(stack) if e["conversation_id"] == sender]
    assert recorded == ["self_harm"]


def test_a_positive_phq9_item_9_in_triage_asks_directly_and_a_yes_reaches_on_call(stack):
    sender = "visitor-triage-screen"
    say(stack, sender, "is ketamine treatment right for me?")
    say(stack, sender, "Depression")
    say(stack, sender, "more than a year")
    assert "better off dead" in texts(say(stack, sender, "2"))
    replies = say(stack, sender, "Several days")
    assert "are you thinking about ending your life?" in texts(replies) and "988" in texts(replies)
    assert "blood pressure" not in texts(replies)  # the questions stopped
    assert not [e for e in escalations(stack) if e["conversation_id"] == sender]
    replies = say(stack, sender, "Yes")
    assert "Are you safe right now?" in texts(replies)
    recorded = [e["category"] for e in escalations(stack) if e["conversation_id"] == sender]
    assert recorded == ["self_harm"]


def test_a_no_after_the_phq9_screen_brings_the_flagged_summary(stack):
    sender = "visitor-triage-screen-no"
    say(stack, sender, "is ketamine treatment right for me?")
    say(stack, sender, "PTSD")
    say(stack, sender, "more than a year")
    say(stack, sender, "no")
    say(stack, sender, "nearly every day")
    summary = texts(say(stack, sender, "No"))
    assert "Thank you for answering" in summary and "not a diagnosis" in summary
    # Said back in plain words; the questionnaire's name stays on the staff side.
    assert "better off dead" in summary and "urgently" in summary and "PHQ" not in summary
    assert not [e for e in escalations(stack) if e["conversation_id"] == sender]


def test_a_no_to_the_direct_question_is_thanked_and_pages_no_one(stack):
    sender = "visitor-possible-risk-no"
    say(stack, sender, "honestly whats the point anymore, nothing ever gets better")
    assert "Thank you for answering" in texts(say(stack, sender, "No"))
    assert not [e for e in escalations(stack) if e["conversation_id"] == sender]


def test_web_app_answers_health(stack):
    response = requests.get(stack.url("WEB_PORT", "/health"), timeout=10)
    assert response.json()["status"] == "ok"


def test_internal_services_listen_on_loopback_only(stack):
    for name in ("RASA_PORT", "ACTIONS_PORT"):
        out = subprocess.run(["ss", "-ltnH", f"sport = :{stack.ports[name]}"],
                             capture_output=True, text=True).stdout
        assert out.strip(), f"nothing listens on {name}"
        for line in out.splitlines():
            local = line.split()[3]
            assert local.startswith("127.0.0.1:"), f"{name} listens on {local}"


def test_ctrl_c_stops_every_service(tmp_path_factory):
    """A second, short-lived stack: SIGINT ends it cleanly and frees every port."""
    stack = Stack(tmp_path_factory.mktemp("stack-stop"))
    stack.start()
    assert stack.stop() == 0
    for port in stack.ports.values():
        with socket.socket() as sock:
            assert sock.connect_ex(("127.0.0.1", port)) != 0


@contextmanager
def rasa_alone(tmp_path: Path, **settings_fields) -> Iterator[str]:
    """Rasa alone on a free port (no web app, no action server), with its action endpoint
    at `actions_port`; yields its REST webhook URL."""
    from bot.runtime.rasa_endpoints import write_endpoints
    from bot.core.settings import Settings

    settings = Settings(var_dir=tmp_path / "var", rasa_port=free_port(), **settings_fields)
    seed_pattern_cache(settings.var_dir)
    endpoints = write_endpoints(settings)
    log = tmp_path / "rasa.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.rasa_ext.serve", "run", "--interface", "127.0.0.1",
         "--port", str(settings.rasa_port), "--endpoints", str(endpoints),
         "--credentials", str(PROJECT_DIR / "credentials.yml"), "--model", str(MODEL)],
        cwd=PROJECT_DIR, stdout=log.open("w"), stderr=subprocess.STDOUT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    try:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            try:
                requests.get(f"http://127.0.0.1:{settings.rasa_port}/", timeout=2)
                break
            except requests.ConnectionError:
                assert proc.poll() is None, log.read_text()[-3000:]
                time.sleep(0.5)
        yield f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook"
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def test_guidance_reaches_the_visitor_with_the_action_server_down(tmp_path):
    """Rasa alone, its action endpoint pointing at a port where nothing listens."""
    with rasa_alone(tmp_path, actions_port=free_port()) as url:
        overdose = requests.post(url, json={"sender": "down-1", "message":
                                 "my friend is blue and not breathing after heroin"}, timeout=30).json()
        assert "Call 911 now" in overdose[0]["text"] and "naloxone" in overdose[0]["text"]
        suicidal = requests.post(url, json={"sender": "down-2", "message":
                                 "i want to kill myself tonight"}, timeout=30).json()
        assert "988" in suicidal[0]["text"]


def test_guidance_reaches_the_visitor_with_the_action_server_hung(tmp_path):
    """An action server that accepts connections and never answers (stopped, deadlocked):
    Rasa gives up on the custom action after ACTIONS_TIMEOUT seconds, not its own five
    minutes, so the turn ends with the guidance and the conversation goes on."""
    hung = socket.socket()
    hung.bind(("127.0.0.1", 0))
    hung.listen(64)  # connections complete in the backlog; nothing reads or answers
    try:
        with rasa_alone(tmp_path, actions_port=hung.getsockname()[1], actions_timeout=2) as url:
            began = time.monotonic()
            suicidal = requests.post(url, json={"sender": "hung-1", "message":
                                     "quiero quitarme la vida esta noche"}, timeout=60).json()
            took = time.monotonic() - began
            assert "988" in suicidal[0]["text"], suicidal
            # Well inside the web app's own patience for a turn's first message after a
            # hang (its fail-safe answers anyway), and far from Rasa's 300 s.
            assert took < 30, took
            again = requests.post(url, json={"sender": "hung-1", "message":
                                  "my friend is blue and not breathing after heroin"}, timeout=60).json()
            assert any("naloxone" in m.get("text", "") for m in again), again
    finally:
        hung.close()


def cli_json(stack: Stack, *args: str) -> list:
    result = subprocess.run(
        [sys.executable, "-m", "bot", *args, "--json"], cwd=PROJECT_DIR,
        env=stack.env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# Values that appear nowhere else, so finding one in a log is a leak.
SENTINELS = {
    "name": "Qwertzu Privacyprobe",
    "dob": "7/19/1977",
    "phone": "(917) 555-0177",
    "email": "Privacy.Probe7731@Example.com",
    "description": "sentinel-story-4417 burning pain in both feet",
    "insurance": "Sentinelcare PPO 8812",
}
LEAK_MARKERS = ("Qwertzu", "Privacyprobe", "1977-07-19", "7/19/1977", "555-0177",
                "9175550177", "Probe7731", "probe7731", "sentinel-story-4417",
                "burning pain", "Sentinelcare", "fibromyalgia")


def test_intake_end_to_end_keeps_details_out_of_logs(stack):
    visitor = "visitor-intake"
    say(stack, visitor, "is ketamine treatment right for me?")
    assert "How long" in texts(say(stack, visitor, "fibromyalgia"))
    for answer in ("more than a year", "no", "no", "none of these"):
        replies = texts(say(stack, visitor, answer))
    assert "staff to call you" in replies
    consent = texts(say(stack, visitor, "yes please"))
    assert "privacy notice" in consent and "/privacy" in consent
    assert "That's what we're doing" not in consent  # starting is not an answer
    assert "full name" in texts(say(stack, visitor, "I agree"))
    assert "date of birth" in texts(say(stack, visitor, f"my name is {SENTINELS['name']}"))
    assert "phone" in texts(say(stack, visitor, SENTINELS["dob"]))
    assert "email" in texts(say(stack, visitor, SENTINELS["phone"]))
    assert "contact you" in texts(say(stack, visitor, SENTINELS["email"]))
    assert "good time" in texts(say(stack, visitor, "text me"))
    # The condition came from the triage form, so it is not asked again.
    assert "own words" in texts(say(stack, visitor, "evenings"))
    assert "insurance" in texts(say(stack, visitor, SENTINELS["description"]))
    summary = texts(say(stack, visitor, SENTINELS["insurance"]))
    assert "+1 917-555-0177" in summary and "July 19, 1977" in summary
    assert "Privacy.Probe7731@example.com" in summary
    # A correction, then the lead is sent.
    assert "phone" in texts(say(stack, visitor, "actually change my phone number"))
    assert "+1 646-555-0199" in texts(say(stack, visitor, "646 555 0199"))
    assert "sent your details" in texts(say(stack, visitor, "yes send it"))

    # Asking again in the same conversation updates the same lead.
    say(stack, visitor, "can someone call me")
    assert "Here is what I'll send" in texts(say(stack, visitor, "I agree"))
    assert "sent your details" in texts(say(stack, visitor, "looks good"))

    leads = [lead for lead in cli_json(stack, "leads", "list") if lead["conversation_id"] == visitor]
    assert len(leads) == 1
    lead = leads[0]
    assert lead["full_name"] == SENTINELS["name"] and lead["date_of_birth"] == "1977-07-19"
    assert lead["phone"] == "+16465550199" and lead["email"] == "Privacy.Probe7731@example.com"
    assert lead["contact_method"] == "text" and lead["best_time"] == "evening"
    assert lead["condition"] == "chronic_pain" and lead["description"] == SENTINELS["description"]
    assert lead["urgency"] in ("routine", "soon", "urgent callback")
    assert "chronic" in (lead["triage_summary"] or "").lower()
    assert lead["status"] == "new"

    time.sleep(1)  # let every process flush its output
    log = stack.output()
    leaked = [marker for marker in LEAK_MARKERS if marker in log]
    assert not leaked, f"personal data in the logs: {leaked}"


def test_declining_consent_stores_nothing(stack):
    visitor = "visitor-no-consent"
    assert "privacy notice" in texts(say(stack, visitor, "please have someone call me"))
    replies = texts(say(stack, visitor, "No, I do not agree"))
    assert "haven't stored" in replies and "+1 212 555 0100" in replies
    assert not [lead for lead in cli_json(stack, "leads", "list")
                if lead["conversation_id"] == visitor]
