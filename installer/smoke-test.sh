#!/usr/bin/env bash
# Builds the Linux app-image and runs it headless: builds the demo project (21 sample dialogues: txt, docx,
# pdf, vtt inside the bundled jar), reads it back with `info --json`, and checks the output. Proves that the
# trimmed runtime has every module the app needs (sql, xml, zipfs, desktop, logging …).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/build.sh app-image
APP=target/installer/DialogCoder/bin/DialogCoder
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
export DIALOGCODER_HOME="$HOME_DIR"
"$APP" --version
DEMO=$("$APP" demo)
"$APP" info "$DEMO" --json > "$HOME_DIR/info.json"
DOCS=$(grep -c '"name" :' "$HOME_DIR/info.json" || true)
COUNTIES=$(grep -o '"county" : "[0-9][0-9]"' "$HOME_DIR/info.json" | sort -u | wc -l)
SIZE=$(du -sh target/installer/DialogCoder | cut -f1)
echo "app-image $SIZE: demo project with $((DOCS - 1)) documents in $COUNTIES counties"
if [[ $((DOCS - 1)) -ne 21 || $COUNTIES -ne 21 ]]; then
  echo "smoke test FAILED: expected 21 documents in 21 counties" >&2
  exit 1
fi
"$APP" import "$DEMO" /nonexistent.txt 2>"$HOME_DIR/err.txt" && { echo "expected a failure" >&2; exit 1; }
grep -q "nonexistent.txt" "$HOME_DIR/err.txt"
echo "smoke test passed"
