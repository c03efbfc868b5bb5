#!/usr/bin/env bash
# The whole test suite: installs the real SPICE peers (root, Debian), builds, runs every test project,
# and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-peers.sh || exit 1
dotnet build Spice.slnx -c Release -nologo -clp:ErrorsOnly || exit 1
out=$(mktemp -d)
rc=0
for p in Spice.Protocol.Tests Spice.Codecs.Tests Spice.Fuzz Spice.Client.Tests Spice.Server.Tests Spice.Interop.Tests Spice.Web.Tests; do
  echo "== $p"
  dotnet test "tests/$p" -c Release --no-build -nologo --logger "trx;LogFileName=$p.trx" \
    --results-directory "$out" 2>&1 | tee "$out/$p.log" | grep -vE '^\s*$' | tail -n 40
  [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
done
passed=0; failed=0
for f in "$out"/*.trx; do
  [ -f "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); failed=$((failed + ${x:-0}))
done
[ "$failed" -gt 0 ] && rc=1
echo "$passed passed, $failed failed"
exit $rc
