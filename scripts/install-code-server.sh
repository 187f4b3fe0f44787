#!/usr/bin/env bash
# Installs real VS Code (code-server 4.100.3 = VS Code 1.100.3, the last release for Node 20) from
# the npm registry into $CODE_SERVER_DIR, for the extension's end-to-end test. A plain
# `npm install code-server` fails here in four ways; these are the workarounds from
# ../shared/notes/real-editors.md. Idempotent: does nothing when already installed.
set -euo pipefail
DIR="${CODE_SERVER_DIR:-/opt/dhcplint-code-server}"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$ENTRY" ] && [ -f "$DIR/.complete" ]; then echo "code-server already in $DIR"; exit 0; fi
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{"name":"dhcplint-code-server","private":true}' > package.json
export npm_config_yes=true npm_config_unsafe_perm=true npm_config_nodedir=/usr npm_config_audit=false npm_config_fund=false
npm install --ignore-scripts code-server@4.100.3
npm rebuild argon2
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm rebuild --foreground-scripts
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --foreground-scripts)
touch "$DIR/.complete"
echo "code-server installed in $DIR"
