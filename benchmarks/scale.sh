#!/usr/bin/env bash
# Population scale: generates N synthetic elderly-care records (ages 60–105, varied hukou, economic statuses,
# assessments, living arrangements, deaths, institutional care; one record in a thousand malformed), then runs
# `govrules batch` and `govrules diff` (the 90–99 allowance what-if of tests/cases) over them and prints, for each,
# the records, the wall time, the records per second, the CPU seconds (user + system, all cores) in all and per million
# records — less sensitive than wall time to other work on a shared machine — and the peak resident memory (from
# /usr/bin/time -v).
#
#   bash benchmarks/scale.sh [N=2000000] [WORKDIR=/tmp/govrules-scale]
#
# The records are written once per N and reused; the tool is built in Release first.
set -euo pipefail
N=${1:-2000000}
WORK=${2:-/tmp/govrules-scale}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
AS_OF=2026-11-26
mkdir -p "$WORK"
INPUT="$WORK/elderly-$N.jsonl"

if [[ ! -s "$INPUT" ]]; then
  echo "generating $N records → $INPUT"
  awk -v n="$N" 'BEGIN {
    srand(20261126);
    split("gusu huqiu wuzhong xiangcheng wujiang sip changshu zhangjiagang kunshan taicang", d, " ");
    split("dibao low-income extreme-poverty", st, " ");
    split("capable mild moderate severe", lv, " ");
    split("self-care semi-disabled disabled", lg, " ");
    split("with-others empty-nest alone", la, " ");
    for (i = 1; i <= n; i++) {
      if (i % 1000 == 0) { print "{\"person\":{\"birthDate\":\"1940-01-01\",\"hukouDistrict\":"; continue }
      age = 60 + int(rand() * 46);
      y = 2026 - age; m = 1 + int(rand() * 12); day = 1 + int(rand() * 28);
      p = sprintf("\"birthDate\":\"%04d-%02d-%02d\"", y, m, day);
      r = rand();
      if (r < 0.93) p = p sprintf(",\"hukouDistrict\":\"%s\"", d[1 + int(rand() * 10)]);
      else if (r < 0.97) p = p ",\"residesInJurisdiction\":true";
      else p = p ",\"residesInJurisdiction\":false";
      if (rand() < 0.25) p = p sprintf(",\"economicStatuses\":[{\"status\":\"%s\",\"from\":\"20%02d-01-01\"}]", st[1 + int(rand() * 3)], 10 + int(rand() * 16));
      r = rand();
      if (r < 0.35) p = p sprintf(",\"assessments\":[{\"level\":\"%s\",\"assessedOn\":\"2026-%02d-15\"}]", lv[1 + int(rand() * 4)], 1 + int(rand() * 10));
      else if (r < 0.40) p = p sprintf(",\"assessments\":[{\"legacyLevel\":\"%s\",\"assessedOn\":\"2025-%02d-15\"}]", lg[1 + int(rand() * 3)], 1 + int(rand() * 12));
      p = p sprintf(",\"livingArrangement\":\"%s\"", la[1 + int(rand() * 3)]);
      if (rand() < 0.02) p = p sprintf(",\"deathDate\":\"2026-%02d-%02d\"", 1 + int(rand() * 10), 1 + int(rand() * 28));
      if (rand() < 0.03) p = p ",\"institutionalCareFrom\":\"2024-03-01\"";
      if (rand() < 0.20) p = p sprintf(",\"applicationDate\":\"2026-%02d-01\",\"mealsPerMonth\":%d", 1 + int(rand() * 10), int(rand() * 40));
      print "{\"person\":{" p "}}";
    }
  }' > "$INPUT"
fi

dotnet build "$ROOT/src/Governance.Rules.Tool" -c Release -v quiet -nologo > /dev/null
GOVRULES=("dotnet" "$ROOT/src/Governance.Rules.Tool/bin/Release/net10.0/govrules.dll")
RECORDS=$(grep -c . "$INPUT")

measure() { # name, then the govrules arguments
  local name=$1; shift
  local log="$WORK/$name.time"
  /usr/bin/time -v "${GOVRULES[@]}" "$@" > "$WORK/$name.out" 2> "$log" || true
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
  printf '%-6s %12s records  %8.1f s wall  %12.0f records/s  %7.1f s CPU (user+sys) = %6.2f CPU s per million  peak RSS %5s MB  (%s)\n' \
    "$name" "$RECORDS" "$wall" "$(awk -v r="$RECORDS" -v w="$wall" 'BEGIN { print r / w }')" "$cpu" "$(awk -v r="$RECORDS" -v c="$cpu" 'BEGIN { print c * 1000000 / r }')" \
    "$rss" "$(grep -m1 -E 'records|Records' "$log" "$WORK/$name.out" | head -1 | cut -d: -f2- | sed 's/^ *//')"
}

echo "$(nproc) cores; $RECORDS records; as of $AS_OF"
measure batch batch elderly-care --input "$INPUT" --output "$WORK/batch-$N.jsonl" --as-of "$AS_OF" --quiet --lang en
measure diff diff elderly-care --baseline cn.js.suzhou --reform "$ROOT/tests/cases/elderly-care/reform-90-99-1500.json" \
  --input "$INPUT" --output "$WORK/diff-$N.json" --as-of "$AS_OF" --quiet --lang en
