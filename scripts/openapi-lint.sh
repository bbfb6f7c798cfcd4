#!/usr/bin/env bash
# Lints an OpenAPI document with Redocly CLI's recommended rules (from the npm registry, pinned).
# Usage: scripts/openapi-lint.sh <openapi.json>. Prints Redocly's JSON report; exit 0 when no errors.
set -euo pipefail
spec="$1"
exec npx --yes @redocly/cli@2.77.0 lint "$spec" --format=json 2>/dev/null
