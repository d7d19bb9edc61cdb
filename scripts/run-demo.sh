#!/usr/bin/env bash
# The README's run command: installs what is missing (Debian 12), builds
# dpdesk and dpdesk-server in build/, starts the portal service with demo data
# on loopback and opens the desktop app against it. Without a display it runs
# the app under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh build
cmake -S . -B build -G Ninja
cmake --build build --parallel "$(nproc)" --target dpdesk dpdesk-server

port=${DPDESK_DEMO_PORT:-18080}
demo=build/demo
rm -rf "$demo" && mkdir -p "$demo"
build/bin/dpdesk-server --demo --listen "127.0.0.1:$port" --database "sqlite:$demo/portal.db" \
  --secret-key-file "$demo/server.key" >"$demo/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  grep -q "^dpdesk-server .* listening on" "$demo/server.log" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$demo/server.log"; exit 1; }
  sleep 0.1
done
cat "$demo/server.log"

# Log the desktop in as the demo advisor (DPDESK_DEMO_USER to pick another):
# the password and authenticator secret the demo printed go to the app through
# its environment only (demo mode; a real user types them in the login dialog).
demo_user=${DPDESK_DEMO_USER:-bram}
read -r demo_password demo_secret < <(awk -v u="$demo_user" '
  $1 == u && $2 ~ /^\(/ { found = 1; next }
  found && $1 == "password:" { pw = $2 }
  found && $1 == "TOTP" { print pw, $3; exit }' "$demo/server.log")
export DPDESK_DEMO_USER="$demo_user" DPDESK_DEMO_PASSWORD="$demo_password" DPDESK_DEMO_TOTP_SECRET="$demo_secret"

app=(build/bin/dpdesk --server "http://127.0.0.1:$port" ${DPDESK_DEMO_ARGS:-})
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  "${app[@]}"
else
  echo "run-demo: no display; running under Xvfb and saving a screenshot"
  xvfb-run -a -s "-screen 0 1400x900x24" "${app[@]}" --screenshot "$demo/dpdesk.png"
  echo "run-demo: screenshot saved to $demo/dpdesk.png"
fi
