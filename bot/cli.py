"""Command line: `python -m bot --help`.

Subcommands: run (the whole stack), web (the web app alone), nlp build (the
spaCy pipeline), clinic check (clinic.yml), db upgrade (migrations),
escalations list. Listing subcommands take --json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import List, Optional

from bot.settings import PROJECT_DIR, Settings, SettingsError

DEFAULT_SPACY_DIR = PROJECT_DIR / "var" / "spacy" / "clinic_en"
SYNONYMS_FILE = PROJECT_DIR / "data" / "nlu" / "synonyms.yml"


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.supervisor import run_stack

    return run_stack(settings)


def cmd_web(args: argparse.Namespace, settings: Settings) -> int:
    from aiohttp import web

    from bot.logging_setup import configure_logging
    from bot.web import create_app

    from bot.settings import resolve_secret_key

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
    from bot.clinic import ClinicFileError, load_clinic

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
    from bot.db import make_engine
    from bot.migrate import upgrade

    engine = make_engine(settings)
    upgrade(engine)
    engine.dispose()
    print("database schema is up to date")
    return 0


def cmd_escalations_list(args: argparse.Namespace, settings: Settings) -> int:
    from bot.db import make_engine, make_session_factory
    from bot.escalations import list_escalations

    engine = make_engine(settings)
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
    esc_list.add_argument("--status", choices=["open", "acknowledged", "resolved"])
    esc_list.set_defaults(func=cmd_escalations_list)

    clinic = sub.add_parser("clinic", help="the clinic settings file (clinic.yml)")
    clinic_sub = clinic.add_subparsers(dest="clinic_command", required=True, metavar="ACTION")
    check = clinic_sub.add_parser("check", help="validate it and list missing settings")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(func=cmd_clinic_check)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    return args.func(args, settings)
