"""Staff password policy and argon2id hashing (pure: no database)."""

import pytest
from argon2 import PasswordHasher, Type

from bot.staff.passwords import (MAX_LENGTH, MIN_LENGTH, common_passwords, hash_password,
                                 needs_rehash, password_problem, verify_password)

STRONG = "orchid-Lantern-velvet-42"


def test_length_limits_are_12_and_256_characters():
    assert (MIN_LENGTH, MAX_LENGTH) == (12, 256)
    assert "at least 12" in password_problem("kq7#vLm2!zR")  # 11
    assert password_problem("kq7#vLm2!zRw") is None  # 12
    assert password_problem("kq7#vLm2!zRw" * 21 + "abcd") is None  # 256
    assert "at most 256" in password_problem("kq7#vLm2!zRw" * 21 + "abcde")  # 257


@pytest.mark.parametrize("password", [
    "passwordpassword", "qwertyuiopasdf", "123456789012", "iloveyou1234",
    "Password123!", "PASSWORD123!!", "Ketamine2026!", "spravato12345", "P@ssw0rd2024!",
    "Welcome1!!!!", "TRUSTNO1trustno1", "Correct Horse Battery Staple",
])
def test_common_passwords_are_refused_whatever_the_case_or_suffix(password):
    assert "too common" in password_problem(password)


def test_the_common_list_is_loaded_once_and_holds_the_classics():
    common = common_passwords()
    assert common is common_passwords()
    assert 500 <= len(common) <= 1500
    for classic in ("password", "123456", "qwerty", "letmein", "iloveyou", "welcome", "admin",
                    "monkey", "dragon", "football", "baseball", "sunshine", "princess",
                    "trustno1", "passw0rd", "p@ssw0rd", "clinic", "ketamine", "spravato",
                    "changeme", "passwordpassword", "qwertyuiopasdf", "123456789012"):
        assert classic in common, classic
    assert all(entry == entry.lower() and entry.strip() == entry for entry in common)


def test_the_username_may_not_be_inside_the_password():
    assert "username" in password_problem("my-Maria.Lopez-pass", username="maria.lopez")
    assert password_problem("my-Maria.Lopez-pass", username="nurse.joy") is None


@pytest.mark.parametrize("password", [
    "aaaaaaaaaaaa", "!!!!!!!!!!!!!!", "abcdefghijklm", "zyxwvutsrqponm", "234567890123",
    "9876543210987", "qwertyuiopasdfg", "abababababab", "abcdabcdabcdabcd",
])
def test_repeated_characters_and_simple_sequences_are_refused(password):
    assert password_problem(password) is not None


@pytest.mark.parametrize("password", [
    "Zoë-Ñúñez-łódź-2024", "猫が好きです、毎日ですね。", "пароль-для-клиники", "🔑🌙🌿🐢🔥🌊 ok now",
    "correct horse battery staple zebra", "    spaces are fine too    ",
])
def test_unicode_and_spaces_are_accepted(password):
    assert password_problem(password) is None
    assert verify_password(hash_password(password), password)


def test_the_reason_never_repeats_the_password():
    for password in ("Secret-Xy", "Password123!", "maria.lopez-rocks-2024", "aaaaaaaaaaaa"):
        reason = password_problem(password, username="maria.lopez")
        assert reason and password.lower() not in reason.lower()


def test_hash_round_trip_and_it_is_argon2id():
    hashed = hash_password(STRONG)
    assert hashed.startswith("$argon2id$")
    assert STRONG not in hashed
    assert verify_password(hashed, STRONG)
    assert not verify_password(hashed, STRONG + "x")
    assert not verify_password(hashed, STRONG.upper())
    assert hash_password(STRONG) != hashed  # salted
    assert not needs_rehash(hashed)


def test_composed_and_decomposed_accents_are_the_same_password():
    composed, decomposed = "Caf\u00e9-au-lait-2024", "Cafe\u0301-au-lait-2024"
    assert verify_password(hash_password(composed), decomposed)


@pytest.mark.parametrize("bad_hash, password", [
    ("", STRONG), ("not a hash", STRONG), ("$argon2id$v=19$m=65536,t=3,p=4$xx$yy", STRONG),
    (None, STRONG), (b"bytes", STRONG), ("$argon2id$", None), ("$argon2id$", "\ud800"),
])
def test_verify_returns_false_for_bad_input_and_never_raises(bad_hash, password):
    assert verify_password(bad_hash, password) is False
    hashed = hash_password(STRONG)
    assert verify_password(hashed, "\ud800") is False
    assert verify_password(hashed, "x" * 100_000) is False


@pytest.mark.production_hashing
def test_the_clinic_hashes_with_rfc_9106_parameters():
    # argon2id, RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes);
    # other tests hash at the smallest cost to stay fast (tests/conftest.py).
    hashed = hash_password(STRONG)
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert verify_password(hashed, STRONG) and not needs_rehash(hashed)


@pytest.mark.production_hashing
def test_hashes_with_old_parameters_need_rehash():
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID).hash(STRONG)
    assert verify_password(weak, STRONG)
    assert needs_rehash(weak)
    assert needs_rehash("garbage")
