"""The clinic's own details (clinic.yml) and the plain answers built from them.

Loading is the only I/O here; the answer functions are pure so they can be
unit-tested with any ``Clinic``. A detail the clinic has not configured is never
made up: the answer says so and points to a callback instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Tuple
from zoneinfo import available_timezones

import yaml

from bot.clinic.language import EN, ES, supported
from bot.staff.clock import DEFAULT_TIMEZONE, UnknownTimeZone, zone

SETTING_FIELDS = ("phone", "address", "hours", "website")


class ClinicFileError(ValueError):
    """clinic.yml is missing something required or has a value of the wrong type."""


@dataclass(frozen=True)
class Clinic:
    name: str
    city: str
    phone: str = ""
    address: str = ""
    hours: Tuple[str, ...] = ()
    # The same hours in Spanish, for Spanish-speaking visitors (empty: the English ones).
    hours_es: Tuple[str, ...] = ()
    website: str = ""
    # Parking, transit and access, as the clinic words them (empty: not known).
    getting_here: str = ""
    getting_here_es: str = ""
    privacy_notice: str = ""
    privacy_notice_es: str = ""
    # IANA name of the clinic's time zone: every time staff read is in it.
    timezone: str = DEFAULT_TIMEZONE

    @property
    def zone(self):
        """The clinic's time zone (a ZoneInfo; checked when the file was read)."""
        return zone(self.timezone)

    def missing_settings(self) -> List[str]:
        return [name for name in SETTING_FIELDS if not getattr(self, name)]

    def notice_for(self, language: str = EN) -> str:
        """The privacy notice in the conversation's language; the English one
        when the clinic has not given a Spanish one."""
        if supported(language) == ES and self.privacy_notice_es:
            return self.privacy_notice_es
        return self.privacy_notice

    def hours_for(self, language: str = EN) -> Tuple[str, ...]:
        """The opening hours in the conversation's language; the English lines
        when the clinic has given no Spanish ones (a fact in English beats none)."""
        if supported(language) == ES and self.hours_es:
            return self.hours_es
        return self.hours


def _text(data: dict, key: str, where: str, required: bool = False) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str):
        raise ClinicFileError(f"{where}: {key} must be text")
    value = " ".join(value.split())
    if required and not value:
        raise ClinicFileError(f"{where}: {key} is required")
    return value


def parse_clinic(data: object, where: str = "clinic.yml") -> Clinic:
    if not isinstance(data, dict):
        raise ClinicFileError(f"{where}: expected a mapping at the top level")
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        raise ClinicFileError(f"{where}: settings must be a mapping")
    hours, hours_es = (_lines(settings, key, where) for key in ("hours", "hours_es"))
    return Clinic(
        name=_text(data, "name", where, required=True),
        city=_text(data, "city", where, required=True),
        phone=_text(settings, "phone", where),
        address=_text(settings, "address", where),
        hours=hours,
        hours_es=hours_es,
        website=_text(settings, "website", where),
        getting_here=_text(settings, "getting_here", where),
        getting_here_es=_text(settings, "getting_here_es", where),
        privacy_notice=_text(settings, "privacy_notice", where),
        privacy_notice_es=_text(settings, "privacy_notice_es", where),
        timezone=_timezone(settings, where),
    )


def _lines(settings: dict, key: str, where: str) -> Tuple[str, ...]:
    lines = settings.get(key) or []
    if isinstance(lines, str):
        lines = [lines]
    if not isinstance(lines, list) or not all(isinstance(h, str) for h in lines):
        raise ClinicFileError(f"{where}: settings.{key} must be a list of text lines")
    return tuple(h.strip() for h in lines if h.strip())


@lru_cache(maxsize=1)
def _have_zone_database() -> bool:
    return bool(available_timezones())


def _timezone(settings: dict, where: str) -> str:
    name = _text(settings, "timezone", where) or DEFAULT_TIMEZONE
    if not _have_zone_database():
        # No time zone database in this environment (Rasa's has none of its own on
        # a machine without one): only the web app, whose lock has tzdata, shows times.
        return name
    try:
        zone(name)
    except UnknownTimeZone as exc:
        raise ClinicFileError(f"{where}: settings.timezone: {exc}") from None
    return name


def load_clinic(path: Path) -> Clinic:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ClinicFileError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ClinicFileError(f"{path} is not valid YAML: {exc}") from None
    return parse_clinic(data, str(path))


def _reach_us(clinic: Clinic, language: str = EN) -> str:
    spanish = supported(language) == ES
    if clinic.phone:
        return (f"Puede llamarnos al {clinic.phone}." if spanish
                else f"You can call us at {clinic.phone}.")
    if clinic.website:
        return (f"Puede comunicarse con la recepción en {clinic.website}." if spanish
                else f"You can reach the front desk through {clinic.website}.")
    return ("Si quiere, le pido al personal de la clínica que le llame." if spanish
            else "I can ask our staff to call you back if you'd like.")


def answer_location(clinic: Clinic, language: str = EN) -> str:
    """Where the clinic is, then how to get there (parking, transit, access):
    the clinic's own words, or that those details are not on file yet."""
    if supported(language) == ES:
        if clinic.address:
            where = f"{clinic.name} está en {clinic.address}."
        else:
            where = (f"{clinic.name} está en {clinic.city}. Todavía no tengo la dirección "
                     f"exacta. {_reach_us(clinic, ES)}")
        # The English text when the clinic has given no Spanish one (as for the
        # privacy notice): a fact in English beats none.
        how = clinic.getting_here_es or clinic.getting_here or (
            "Todavía no tengo información sobre estacionamiento, transporte o acceso "
            "para silla de ruedas.")
        return f"{where} {how}"
    if clinic.address:
        where = f"{clinic.name} is at {clinic.address}."
    else:
        where = (f"{clinic.name} is in {clinic.city}. I don't have the street address on "
                 f"file yet. {_reach_us(clinic)}")
    how = clinic.getting_here or (
        "I don't have details on parking, transit or wheelchair access yet.")
    return f"{where} {how}"


def answer_hours(clinic: Clinic, language: str = EN) -> str:
    spanish = supported(language) == ES
    if clinic.hours:
        lines = "\n".join(f"- {line}" for line in clinic.hours_for(language))
        return f"{'Horario de la oficina' if spanish else 'Our office hours'}:\n{lines}"
    if spanish:
        return f"Todavía no tengo el horario de la oficina. {_reach_us(clinic, ES)}"
    return f"I don't have our office hours on file yet. {_reach_us(clinic)}"


def answer_contact(clinic: Clinic, language: str = EN) -> str:
    spanish = supported(language) == ES
    parts = []
    if clinic.phone:
        parts.append(f"{'Teléfono' if spanish else 'Phone'}: {clinic.phone}")
    if clinic.website:
        parts.append(f"{'Sitio web' if spanish else 'Website'}: {clinic.website}")
    if parts:
        lead = (f"Puede comunicarse con {clinic.name} aquí:" if spanish
                else f"You can reach {clinic.name} here:")
        return lead + "\n" + "\n".join(parts)
    if spanish:
        return (f"Todavía no tengo el número de teléfono de {clinic.name}. "
                "Si quiere, le pido al personal de la clínica que le llame.")
    return (
        f"I don't have {clinic.name}'s phone number on file yet. "
        "I can ask our staff to call you back if you'd like."
    )
