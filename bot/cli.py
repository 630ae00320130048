"""Command line: `python -m bot --help`.

Subcommands: run (the whole stack), web (the web app alone), nlp build (the
spaCy pipeline), clinic check (clinic.yml), db upgrade (migrations),
escalations list, leads list, purge (retention: delete leads and conversations
older than an age), staff create/disable/list/reset-mfa (dashboard accounts). Listing
subcommands take --json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import List, Optional

from bot.core.models import ESCALATION_STATUSES, LEAD_STATUSES, ROLES
from bot.core.settings import PROJECT_DIR, Settings, SettingsError

DEFAULT_SPACY_DIR = PROJECT_DIR / "var" / "spacy" / "clinic_en"
SYNONYMS_FILE = PROJECT_DIR / "data" / "nlu" / "synonyms.yml"


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runtime.supervisor import run_stack

    return run_stack(settings)


def cmd_web(args: argparse.Namespace, settings: Settings) -> int:
    from bot.nlp.without_tensorflow import keep_tensorflow_out

    keep_tensorflow_out()  # else the crisis detector's spaCy imports it: ~20 s, 0.5 GB
    from aiohttp import web

    from bot.core.logging_setup import configure_logging
    from bot.web import create_app

    from bot.core.settings import resolve_secret_key

    configure_logging(settings.log_level)
    web.run_app(
        create_app(resolve_secret_key(settings)),
        host=settings.web_host,
        port=settings.web_port,
        print=None,
        access_log_format='%a "%r" %s %b %Tf',
    )
    return 0


def cmd_nlp_build(args: argparse.Namespace, settings: Settings) -> int:
    from bot.nlp import pipeline

    built = pipeline.build(args.out, force=args.force)
    print(f"spaCy pipeline {'built' if built else 'up to date'}: {args.out}")
    text = pipeline.render_synonyms_yaml()
    if not SYNONYMS_FILE.exists() or SYNONYMS_FILE.read_text(encoding="utf-8") != text:
        SYNONYMS_FILE.write_text(text, encoding="utf-8")
        print(f"synonyms written: {SYNONYMS_FILE.relative_to(PROJECT_DIR)}")
    return 0


def cmd_clinic_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.clinic.profile import ClinicFileError, load_clinic

    try:
        clinic = load_clinic(settings.clinic_file)
    except ClinicFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = clinic.missing_settings()
    if args.json:
        print(json.dumps({"name": clinic.name, "missing_settings": missing}))
    elif missing:
        print(f"{clinic.name}: not yet configured: {', '.join(missing)}")
    else:
        print(f"{clinic.name}: all settings configured")
    return 0


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from bot.core.db import make_engine
    from bot.core.migrate import upgrade

    engine = make_engine(settings.database_url)
    upgrade(engine)
    engine.dispose()
    print("database schema is up to date")
    return 0


def cmd_escalations_list(args: argparse.Namespace, settings: Settings) -> int:
    from bot.core.db import make_engine, make_session_factory
    from bot.crisis.escalations import list_escalations

    engine = make_engine(settings.database_url)
    with make_session_factory(engine)() as session:
        rows = [e.as_dict() for e in list_escalations(session=session, status=args.status)]
    engine.dispose()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no escalations")
    for row in rows:
        print(f"#{row['id']:<5} {row['created_at']}  {row['category']:<18} {row['status']:<12} "
              f"conversation {row['conversation_id']}")
    return 0


def cmd_leads_list(args: argparse.Namespace, settings: Settings) -> int:
    from bot.core.db import make_engine, make_session_factory
    from bot.intake.store import SchemaNotReady, ensure_leads_table, list_leads

    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            ensure_leads_table(session=session)
            rows = [lead.as_dict() for lead in list_leads(session=session, status=args.status)]
    except SchemaNotReady as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("no leads")
    for row in rows:  # never the description: this is a list to scan, not to read
        fields = [row["created_at"], row["status"], row["urgency"], row["condition"],
                  row["full_name"], row["phone"]]
        print(f"#{row['id']:<5} " + "  ".join(_printable(value) for value in fields))
    return 0


def _printable(value: Optional[str]) -> str:
    # Visitors typed these: no control characters (or escape sequences) to the terminal.
    if value in (None, ""):
        return "-"
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in value)


def _age(text: str) -> timedelta:
    from bot.core.purge import parse_age

    try:
        return parse_age(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    from bot.intake.store import SchemaNotReady
    from bot.core.models import utcnow
    from bot.core.purge import cutoff, purge

    now = utcnow()
    before = cutoff(args.older_than, now).isoformat(timespec="seconds").replace("+00:00", "Z")
    try:
        report = purge(settings, args.older_than, now=now)
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except SchemaNotReady as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"leads": report.leads, "conversations": report.conversations,
                          "events": report.events, "login_attempts": report.login_attempts,
                          "escalation_texts": report.escalation_texts,
                          "delivery_addresses": report.delivery_addresses,
                          "session_addresses": report.session_addresses,
                          "before": before,
                          "tracker_store_found": report.tracker_store_found}))
        return 0
    print(f"purged {_count(report.leads, 'lead')}, "
          f"{_count(report.conversations, 'conversation')} ({_count(report.events, 'event')}) "
          f"and {_count(report.login_attempts, 'staff sign-in attempt')} "
          f"last active before {before}")
    if report.escalation_texts or report.delivery_addresses or report.session_addresses:
        print(f"cleared the words of {_count(report.escalation_texts, 'escalation')} (the "
              f"records stay), {_count(report.delivery_addresses, 'notification address')} "
              f"and {_count(report.session_addresses, 'staff session address')}")
    if not report.tracker_store_found:
        print("(Rasa's tracker store does not exist yet: no conversations to purge)")
    return 0


def _read_password() -> str:
    """One line from standard input, without its line ending; typed at a terminal, unechoed."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Password: ")
    line = sys.stdin.readline()
    for ending in ("\r\n", "\n"):
        if line.endswith(ending):
            return line[:-len(ending)]
    return line


def _staff_command(args: argparse.Namespace, settings: Settings, action) -> int:
    """Run `action(session)` against a migrated database; exit 1 if it is not, 2 on bad input."""
    from bot.core.db import make_engine, make_session_factory
    from bot.intake.store import SchemaNotReady
    from bot.staff.accounts import ensure_staff_tables

    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            ensure_staff_tables(session=session)
            return action(session)
    except SchemaNotReady as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def cmd_staff_create(args: argparse.Namespace, settings: Settings) -> int:
    """The account comes with its authenticator secret: the otpauth:// URI is printed
    once, for the administrator to hand over (or scan), and never stored in clear."""
    from bot.core.settings import resolve_secret_key
    from bot.staff import audit, totp
    from bot.staff.accounts import create_user
    from bot.staff.mfa import enrol_with_secret

    password = _read_password()
    if not password:
        print("error: no password on standard input", file=sys.stderr)
        return 2
    settings = resolve_secret_key(settings)

    def create(session) -> int:
        user = create_user(session=session, username=args.username, role=args.role,
                           password=password, display_name=args.display_name)
        secret = enrol_with_secret(session=session, user=user, secret_key=settings.secret_key)
        audit.record(session=session, action="account_create", actor_username="cli",
                     target_type="staff_user", target_id=user.id,
                     detail=f"role {user.role}, with an authenticator")
        uri = totp.provisioning_uri(secret, user.username, totp.issuer_for(settings.link_base))
        if args.json:
            print(json.dumps({**user.as_dict(), "totp_uri": uri}, indent=2))
            return 0
        print(f"created {user.role} account {user.username}")
        print("authenticator (add it to the user's app, then keep it nowhere else):")
        print(f"  {uri}")
        return 0

    return _staff_command(args, settings, create)


def cmd_staff_reset_mfa(args: argparse.Namespace, settings: Settings) -> int:
    from bot.staff import audit
    from bot.staff.accounts import get_user_by_username
    from bot.staff.mfa import reset_mfa

    def reset(session) -> int:
        user = get_user_by_username(session=session, username=args.username)
        if user is None:
            raise ValueError("username does not name an account")
        reset_mfa(session=session, user_id=user.id)
        audit.record(session=session, action="mfa_reset", actor_username="cli",
                     target_type="staff_user", target_id=user.id)
        print(f"authenticator of {user.username} removed; they set up a new one at their "
              "next sign-in")
        return 0

    return _staff_command(args, settings, reset)


def cmd_staff_disable(args: argparse.Namespace, settings: Settings) -> int:
    from bot.staff import audit
    from bot.staff.accounts import disable_user

    def disable(session) -> int:
        user = disable_user(session=session, username=args.username)
        audit.record(session=session, action="account_disable", actor_username="cli",
                     target_type="staff_user", target_id=user.id)
        print(f"disabled account {user.username}; its sessions are ended")
        return 0

    return _staff_command(args, settings, disable)


def cmd_staff_list(args: argparse.Namespace, settings: Settings) -> int:
    from bot.staff.accounts import list_users

    def show(session) -> int:
        rows = [{key: user.as_dict()[key] for key in ("username", "role", "active", "created_at")}
                for user in list_users(session=session)]
        if args.json:
            print(json.dumps(rows, indent=2))
            return 0
        if not rows:
            print("no staff accounts")
        for row in rows:
            state = "active" if row["active"] else "disabled"
            print(f"{row['username']:<24} {row['role']:<8} {state:<9} {row['created_at']}")
        return 0

    return _staff_command(args, settings, show)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Ketamine clinic assistant: run the stack and manage its data.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="start the action server, Rasa and the web app")
    run.set_defaults(func=cmd_run)

    web_ = sub.add_parser("web", help="start only the public web app")
    web_.set_defaults(func=cmd_web)

    nlp = sub.add_parser("nlp", help="the clinic's spaCy pipeline")
    nlp_sub = nlp.add_subparsers(dest="nlp_command", required=True, metavar="ACTION")
    build = nlp_sub.add_parser("build", help="build it (only when its source changed)")
    build.add_argument("--out", type=Path, default=DEFAULT_SPACY_DIR)
    build.add_argument("--force", action="store_true", help="rebuild even if current")
    build.set_defaults(func=cmd_nlp_build)

    db = sub.add_parser("db", help="our database")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply schema migrations").set_defaults(func=cmd_db_upgrade)

    esc = sub.add_parser("escalations", help="emergencies recorded for on-call staff")
    esc_sub = esc.add_subparsers(dest="esc_command", required=True, metavar="ACTION")
    esc_list = esc_sub.add_parser("list", help="newest first")
    esc_list.add_argument("--json", action="store_true", help="print JSON")
    esc_list.add_argument("--status", choices=ESCALATION_STATUSES)
    esc_list.set_defaults(func=cmd_escalations_list)

    leads = sub.add_parser("leads", help="visitors who asked to be contacted")
    leads_sub = leads.add_subparsers(dest="leads_command", required=True, metavar="ACTION")
    leads_list = leads_sub.add_parser("list", help="newest first")
    leads_list.add_argument("--json", action="store_true", help="print JSON (every field)")
    leads_list.add_argument("--status", choices=LEAD_STATUSES)
    leads_list.set_defaults(func=cmd_leads_list)

    purge = sub.add_parser("purge", help="delete leads and conversations older than an age")
    purge.add_argument("--older-than", type=_age, required=True, metavar="AGE",
                       help="e.g. 90d, 12h or 4w: leads by last update, "
                            "conversations by last activity")
    purge.add_argument("--json", action="store_true", help="print JSON")
    purge.set_defaults(func=cmd_purge)

    staff = sub.add_parser("staff", help="staff dashboard accounts")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    staff_create = staff_sub.add_parser("create", help="create an account")
    staff_create.add_argument("--username", required=True,
                              help="3-64 of a-z 0-9 . _ - (stored lowercased)")
    staff_create.add_argument("--role", required=True, choices=ROLES)
    staff_create.add_argument("--display-name", default=None,
                              help="optional, up to 80 characters: the name a visitor is "
                                   "told when this person joins their chat, e.g. "
                                   "'Dr. Ana Ruiz' (default: the username)")
    staff_create.add_argument("--password-stdin", action="store_true", required=True,
                              help="read the password from standard input (one line); "
                                   "never give it as an argument")
    staff_create.add_argument("--json", action="store_true",
                              help="print the account as JSON, with its totp_uri")
    staff_create.set_defaults(func=cmd_staff_create)
    staff_reset = staff_sub.add_parser(
        "reset-mfa", help="remove an account's authenticator (lost phone, new secret key)")
    staff_reset.add_argument("--username", required=True)
    staff_reset.set_defaults(func=cmd_staff_reset_mfa)
    staff_disable = staff_sub.add_parser("disable", help="disable an account, ending its sessions")
    staff_disable.add_argument("--username", required=True)
    staff_disable.set_defaults(func=cmd_staff_disable)
    staff_list = staff_sub.add_parser("list", help="every account (never password hashes)")
    staff_list.add_argument("--json", action="store_true", help="print JSON")
    staff_list.set_defaults(func=cmd_staff_list)

    clinic = sub.add_parser("clinic", help="the clinic settings file (clinic.yml)")
    clinic_sub = clinic.add_subparsers(dest="clinic_command", required=True, metavar="ACTION")
    check = clinic_sub.add_parser("check", help="validate it and list missing settings")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(func=cmd_clinic_check)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    # Everything this command creates, and every process it starts (Rasa, the
    # action server, the web app inherit it), is readable by this user only.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    return args.func(args, settings)
