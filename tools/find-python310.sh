#!/usr/bin/env bash
# Print the path of a working Python 3.10 interpreter, or explain what to install.
# Order: python3.10 on PATH, then pyenv's newest 3.10.x.
set -u
is_310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }
candidates=()
if command -v python3.10 >/dev/null 2>&1; then candidates+=("$(command -v python3.10)"); fi
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for p in $(ls -d "$root"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V -r); do candidates+=("$p"); done
fi
for p in /root/.pyenv/versions/3.10.*/bin/python3.10 "$HOME"/.pyenv/versions/3.10.*/bin/python3.10; do
  [ -x "$p" ] && candidates+=("$p")
done
for p in "${candidates[@]}"; do
  if is_310 "$p"; then echo "$p"; exit 0; fi
done
cat >&2 <<'MSG'
error: Python 3.10 not found (Rasa 3.6 supports Python 3.8-3.10; this project uses 3.10).
Install it, then run make again:
  - with pyenv:            pyenv install 3.10
  - on Ubuntu (deadsnakes): sudo apt-get install python3.10 python3.10-venv
MSG
exit 1
