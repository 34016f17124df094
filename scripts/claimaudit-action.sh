#!/usr/bin/env bash
# The GitHub Action's step (action.yml): install claimaudit, write SARIF, print annotations, keep the exit code.
# Exit 0 nothing blocking, 1 blocking findings, 2 usage or input error (as `claimaudit check`).
set -uo pipefail

if [ -n "${CLAIMAUDIT_PACKAGE:-}" ]; then
  python -m pip install --quiet "$CLAIMAUDIT_PACKAGE" || exit 2
fi

args=(check --no-report --no-claims-csv)
[ -n "${CLAIMAUDIT_FAIL_ON:-}" ] && args+=(--fail-on "$CLAIMAUDIT_FAIL_ON")
[ -n "${CLAIMAUDIT_CHANGED_SINCE:-}" ] && args+=(--changed-since "$CLAIMAUDIT_CHANGED_SINCE")
read -r -a paths <<< "${CLAIMAUDIT_PATHS:-}"
sarif="${CLAIMAUDIT_SARIF:-claimaudit.sarif}"

claimaudit "${args[@]}" --format sarif --output "$sarif" "${paths[@]}"
status=$?
if [ "$status" -ge 2 ]; then
  exit "$status"  # a usage or input error: the message is already on stderr
fi
# Second pass from the cache: workflow-command annotations on the pull request (capped per level).
claimaudit "${args[@]}" --format github "${paths[@]}" || true
exit "$status"
