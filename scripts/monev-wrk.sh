#!/usr/bin/env bash
# Benchmark of the monitoring dashboards on the demo data, with wrk (apt-get install wrk).
#
#   scripts/monev-wrk.sh            # starts the packaged jar with the demo profile on port 8091, measures, stops it
#   BASE=http://127.0.0.1:8080 scripts/monev-wrk.sh   # measures an app that is already running (demo profile)
#
# Signs in as the leadership demo account (PIMPINAN sees the whole regency, the heaviest view), warms every page up
# for WARMUP seconds, then loads each for DURATION seconds on 2 connections and prints a table of latency
# percentiles. The target (issue #6) is a p90 under 300 ms. Only ever talks to localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
TARGET_MS=${TARGET_MS:-300}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

started=""
if [ -z "${BASE:-}" ]; then
  BASE=http://127.0.0.1:8091
  jarfile=$(ls target/pesona-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [ -n "$jarfile" ] || ./mvnw -q -DskipTests package
  jarfile=$(ls target/pesona-*.jar | grep -v original | head -1)
  work=$(mktemp -d)
  (cd "$work" && exec java -jar "$OLDPWD/$jarfile" --spring.profiles.active=demo --server.port=8091 >app.log 2>&1) &
  started=$!
  echo "== starting $jarfile with demo data (log: $work/app.log)"
  # ready only after start-up work (the demo billing and payments) is done
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$BASE/actuator/health/readiness" && break
    kill -0 "$started" 2>/dev/null || { echo "the app stopped; see $work/app.log" >&2; exit 1; }
    sleep 1
  done
fi
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "BASE must be localhost" >&2; exit 1;; esac
jar=$(mktemp)
cleanup() { rm -f "$jar"; if [ -n "$started" ]; then kill "$started" 2>/dev/null || true; fi; }
trap cleanup EXIT

csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=pimpinan&password=demo-pesona&_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
[ -n "$session" ] || { echo "could not sign in as pimpinan" >&2; exit 1; }

paths=("/monev" "/monev?wilayah=72.09.05" "/monev?wilayah=72.09.05.2001" "/monev/tunggakan" "/monev/kartu-klaim"
       "/monev/kualitas" "/monev/anggaran" "/monev/laporan" "/publik" "/api/v1/monitoring/coverage")
for path in "${paths[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  wrk -t1 -c2 -d"${WARMUP}s" -H "Cookie: JSESSIONID=$session" "$BASE$path" >/dev/null
done

ms() { awk '{ v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
              else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.0f", v }'; }
echo
echo "| page | p50 ms | p90 ms | p99 ms | req/s | errors | p90 < ${TARGET_MS} ms |"
echo "|---|---:|---:|---:|---:|---:|---|"
fail=0
for path in "${paths[@]}"; do
  out=$(wrk -t1 -c2 -d"${DURATION}s" --latency --timeout 5s -H "Cookie: JSESSIONID=$session" "$BASE$path")
  p50=$(grep -E '^ +50%' <<<"$out" | ms); p90=$(grep -E '^ +90%' <<<"$out" | ms); p99=$(grep -E '^ +99%' <<<"$out" | ms)
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ { n += $NF } END { print n + 0 }' <<<"$out")
  ok=yes; if [ "$p90" -ge "$TARGET_MS" ] || [ "$errors" -gt 0 ]; then ok=NO; fail=1; fi
  echo "| \`$path\` | $p50 | $p90 | $p99 | $rps | $errors | $ok |"
done
exit $fail
