"""The staff second factor: codes (+-1 step, each once), enrolment, recovery codes,
the code throttle, re-authentication, and the secret kept encrypted."""

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bot.core.db import make_session_factory
from bot.core.models import AuditEvent, LoginAttempt, RecoveryCode, StaffUser
from bot.staff import mfa, secretbox, totp
from bot.staff.accounts import authenticate, create_user
from bot.staff.reauth import is_recent, reauthenticate
from bot.staff.sessions import start_session
from tests.db_fixtures import migrated_engine

PASSWORD = "orchid-Lantern-velvet-42"
KEY = "unit-secret-key"
IP = "203.0.113.7"
T0 = datetime(2026, 11, 30, 9, 0, 10, tzinfo=timezone.utc)  # 10 s into a step


@pytest.fixture
def sessions(tmp_path):
    engine = migrated_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    yield make_session_factory(engine)
    engine.dispose()


def _enrolled(sessions, username="alice", role="staff"):
    with sessions() as session:
        user = create_user(session=session, username=username, role=role, password=PASSWORD)
        secret = mfa.enrol_with_secret(session=session, user=user, secret_key=KEY)
        return user.id, secret


def _code(secret, at, steps=0):
    return totp.code_at(secret, totp.time_step(at) + steps)


def _check(sessions, user_id, code, at):
    with sessions() as session:
        return mfa.check_code(session=session, user_id=user_id, secret_key=KEY, code=code,
                              ip=IP, now=at)


def _details(sessions, action):
    with sessions() as session:
        return [e.detail for e in session.execute(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).scalars()]


# --- pure ------------------------------------------------------------------------


def test_a_code_one_step_either_side_is_accepted_two_steps_is_not():
    secret = totp.new_secret()
    for steps in (-1, 0, 1):
        assert totp.matching_step(secret, _code(secret, T0, steps), T0, None) is not None
    for steps in (-2, 2):
        assert totp.matching_step(secret, _code(secret, T0, steps), T0, None) is None


def test_spaces_are_forgiven_and_anything_else_is_refused():
    secret = totp.new_secret()
    code = _code(secret, T0)
    assert totp.matching_step(secret, f"{code[:3]} {code[3:]}", T0, None) is not None
    for typed in ("", "12345", "1234567", "abcdef", None, 123456, "١٢٣٤٥٦", "9" * 10_000):
        assert totp.matching_step(secret, typed, T0, None) is None


def test_the_qr_code_is_plain_inline_svg_the_strict_csp_allows():
    uri = totp.provisioning_uri(totp.new_secret(), "ada", totp.issuer_for("https://x.example"))
    assert uri.startswith("otpauth://totp/") and "issuer=Clinic%20dashboard" in uri
    svg = totp.qr_svg(uri)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    # No style attribute or element, no script, no link, no event handler: nothing the
    # CSP (style-src 'self'; script-src 'self') would block, nothing that could run.
    markup = re.sub(r"<title>[^<]*</title>", "", svg).lower()
    for banned in ("style", "<script", "href", "url("):
        assert banned not in markup
    assert not re.search(r"\son[a-z]+=", markup)


def test_the_secret_is_stored_encrypted_and_unreadable_with_another_key(sessions):
    user_id, secret = _enrolled(sessions)
    with sessions() as session:
        stored = session.get(StaffUser, user_id).totp_secret
    assert secret not in stored
    assert secretbox.unseal(KEY, stored) == secret
    assert secretbox.unseal("another key", stored) is None


# --- codes -----------------------------------------------------------------------


def test_a_code_works_once_and_an_older_one_never_after(sessions):
    user_id, secret = _enrolled(sessions)
    assert _check(sessions, user_id, _code(secret, T0), T0).ok
    assert not _check(sessions, user_id, _code(secret, T0), T0 + timedelta(seconds=5)).ok
    assert not _check(sessions, user_id, _code(secret, T0, -1), T0 + timedelta(seconds=6)).ok
    later = T0 + timedelta(seconds=30)
    assert _check(sessions, user_id, _code(secret, later), later).ok
    assert _details(sessions, "login") == ["authenticator code"] * 2
    assert _details(sessions, "login_failed") == ["reused code", "reused code"]


def test_wrong_codes_are_throttled_like_passwords(sessions):
    user_id, secret = _enrolled(sessions)
    at = T0
    for _ in range(6):
        assert not _check(sessions, user_id, "000000", at).ok
        at += timedelta(seconds=1)
    throttled = _check(sessions, user_id, _code(secret, at), at)
    assert not throttled.ok and throttled.retry_after > 0  # the right code is not even checked
    assert _details(sessions, "login_failed")[-1] == "throttled code"
    with sessions() as session:
        kinds = {a.factor for a in session.execute(select(LoginAttempt)).scalars()}
        assert kinds == {"code"}
        # A right password does not clear the run of wrong codes.
        assert authenticate(session=session, username="alice", password=PASSWORD,
                            ip=IP, now=at).user is not None
    assert not _check(sessions, user_id, _code(secret, at), at + timedelta(seconds=1)).ok
    waited = at + timedelta(minutes=5)  # each refused attempt lengthened the wait
    assert _check(sessions, user_id, _code(secret, waited), waited).ok


def test_password_success_of_an_enrolled_user_is_not_yet_a_sign_in(sessions):
    _enrolled(sessions)
    with sessions() as session:
        authenticate(session=session, username="alice", password=PASSWORD, ip=IP, now=T0)
    assert _details(sessions, "login") == [] and len(_details(sessions, "login_password")) == 1


# --- enrolment and recovery ---------------------------------------------------------


def test_enrolment_keeps_its_secret_until_the_first_code_confirms_it(sessions):
    with sessions() as session:
        user = create_user(session=session, username="otto", role="oncall", password=PASSWORD)
    with sessions() as session:
        secret = mfa.start_enrolment(session=session, user_id=user.id, secret_key=KEY)
        assert mfa.start_enrolment(session=session, user_id=user.id, secret_key=KEY) == secret
        assert not session.get(StaffUser, user.id).mfa_enabled
        wrong = mfa.confirm_enrolment(session=session, user_id=user.id, secret_key=KEY,
                                      code="000000", ip=IP, now=T0)
        assert not wrong.ok
        right = mfa.confirm_enrolment(session=session, user_id=user.id, secret_key=KEY,
                                      code=_code(secret, T0), ip=IP, now=T0)
        assert right.ok and session.get(StaffUser, user.id).mfa_enabled
        with pytest.raises(ValueError):
            mfa.start_enrolment(session=session, user_id=user.id, secret_key=KEY)
    # The enrolment code cannot be used again to sign in.
    assert not _check(sessions, user.id, _code(secret, T0), T0 + timedelta(seconds=3)).ok
    assert _details(sessions, "mfa_enrol_failed") == ["wrong code"]


def test_ten_recovery_codes_stored_hashed_each_usable_once(sessions):
    user_id, _ = _enrolled(sessions)
    with sessions() as session:
        codes = mfa.new_recovery_codes(session=session, user_id=user_id)
        assert len(codes) == 10 == len(set(codes))
        stored = [r.code_hash for r in session.execute(select(RecoveryCode)).scalars()]
        assert all(h.startswith("$argon2id$") for h in stored)
        assert not any(c.replace("-", "") in h for c in codes for h in stored)
        first = mfa.check_recovery_code(session=session, user_id=user_id,
                                        code=codes[3].upper(), ip=IP, now=T0)
        assert first.ok and first.recovery_left == 9
        again = mfa.check_recovery_code(session=session, user_id=user_id, code=codes[3],
                                        ip=IP, now=T0 + timedelta(seconds=1))
        assert not again.ok
        assert not mfa.check_recovery_code(session=session, user_id=user_id,
                                           code="aaaa-bbbb-cccc", ip=IP, now=T0).ok
    assert _details(sessions, "login")[-1] == "recovery code (9 left)"


def test_reset_removes_the_authenticator_and_its_recovery_codes(sessions):
    user_id, _ = _enrolled(sessions)
    with sessions() as session:
        mfa.new_recovery_codes(session=session, user_id=user_id)
        user = mfa.reset_mfa(session=session, user_id=user_id)
        assert not user.mfa_enabled and user.totp_secret is None
        assert mfa.count_recovery_codes(session=session, user_id=user_id) == 0


@pytest.mark.parametrize("role, oncall_required, required", [
    ("admin", False, True), ("staff", False, True), ("oncall", False, False),
    ("oncall", True, True),
])
def test_admins_and_staff_always_need_it_on_call_when_the_clinic_says(role, oncall_required,
                                                                       required):
    assert mfa.mfa_required(role, oncall_required) is required


# --- re-authentication --------------------------------------------------------------


def test_reauthentication_needs_password_and_code_and_lasts_ten_minutes(sessions):
    user_id, secret = _enrolled(sessions)
    with sessions() as session:
        _, record = start_session(session=session, user=session.get(StaffUser, user_id),
                                  ip=IP, now=T0)
        sid = record.id

    def attempt(password, code, at):
        with sessions() as session:
            return reauthenticate(session=session, session_id=sid, password=password,
                                  code=code, secret_key=KEY, ip=IP, now=at).ok

    assert not attempt("wrong password here", _code(secret, T0), T0)
    assert not attempt(PASSWORD, "000000", T0)
    assert attempt(PASSWORD, _code(secret, T0), T0)
    with sessions() as session:
        from bot.core.models import StaffSession
        record = session.get(StaffSession, sid)
        assert is_recent(record, T0 + timedelta(minutes=9))
        assert not is_recent(record, T0 + timedelta(minutes=11))
    assert _details(sessions, "reauth_failed")[0] == "wrong password"
