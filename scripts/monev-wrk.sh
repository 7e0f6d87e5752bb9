#!/usr/bin/env bash
# Measures the monitoring dashboards on the demo data (`./mvnw spring-boot:run` in another terminal first).
# Needs `wrk` (apt-get install wrk). Signs in as the leadership demo account and loads each page for 20 s on 2
# connections; read the latency percentiles (the target is under 300 ms). Only ever talks to localhost.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "BASE must be localhost" >&2; exit 1;; esac
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=pimpinan&password=demo-pesona&_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
for path in "/monev" "/monev?wilayah=72.09.05" "/monev/anggaran" "/monev/kualitas" "/monev/kartu-klaim" "/publik" \
            "/api/v1/monitoring/coverage"; do
  echo "== $path"
  wrk -t1 -c2 -d20s --latency -H "Cookie: JSESSIONID=$session" "$BASE$path" | grep -E "Latency|50%|90%|99%|Requests/sec"
done
