"""Write data/faq_rules.yml from the table in bot/faq/rules.py."""

from pathlib import Path

from bot.faq.rules import render_rules_yaml

OUT = Path(__file__).resolve().parent.parent / "data" / "faq_rules.yml"

if __name__ == "__main__":
    OUT.write_text(render_rules_yaml(), encoding="utf-8")
    print(f"wrote {OUT}")
