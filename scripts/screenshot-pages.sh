#!/usr/bin/env bash
# Documented check of the verifier's pages in headless Chromium (Debian's `chromium` package):
# with the system running (./run.sh), issues a demo credential and screenshots its result page and
# the learner page at phone width (360 px) in English and Arabic (right to left), the verifier's
# home page in Chinese, and the certificate PDF (with pdftoppm).
# Usage: scripts/screenshot-pages.sh [output-dir]   (default docs/screenshots)
set -euo pipefail
out="${1:-docs/screenshots}"
mkdir -p "$out"
command -v chromium >/dev/null || { echo "Install Chromium first: apt-get install chromium" >&2; exit 1; }

issued=$(curl -sf -X POST http://localhost:8080/api/v1/credentials \
  -H 'Authorization: Bearer demo-partner-key' -H 'Content-Type: application/json' \
  -d '{"achievementId":"public-sector-ai-governance","recipient":{"name":"Nadia Haddad نادية حداد"},"language":"ar"}')
link=$(echo "$issued" | sed -n 's/.*"verify":"\([^"]*\)".*/\1/p')
learner=$(echo "$issued" | sed -n 's/.*"learner":"\([^"]*\)".*/\1/p')
echo "Verification link: $link"
echo "Learner link: $learner"

shot() { # url file
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size=360,900 \
    --screenshot="$2" "$1" 2>/dev/null
  echo "wrote $2"
}
shot "$link?lang=en" "$out/result-en-360.png"
shot "$link?lang=ar" "$out/result-ar-360.png"
shot "http://localhost:8081/?lang=zh" "$out/home-zh-360.png"
shot "$learner" "$out/learner-ar-360.png"
shot "$learner?lang=en" "$out/learner-en-360.png"
command -v pdftoppm >/dev/null && curl -sf "$learner/certificate.pdf" -o /tmp/skillcred-certificate.pdf \
  && pdftoppm -r 50 -png -singlefile /tmp/skillcred-certificate.pdf "$out/certificate-ar" && echo "wrote $out/certificate-ar.png"
