#!/usr/bin/env bash
# Adds every public symbol the analyzer reports as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Usage: bash .ci/update-public-api.sh [project-dir]   (default: src/Governance.Rules)
set -euo pipefail
proj=${1:-src/Governance.Rules}
log=$(mktemp)
dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u >"$log.new" || true
grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public)" "$log" | sort -u >"$log.gone" || true
if [ -s "$log.new" ] || [ -s "$log.gone" ]; then
  { cat "$proj/PublicAPI.Unshipped.txt"; cat "$log.new"; } | grep -v '^#nullable enable$' | grep -vxF -f "$log.gone" | sort -u >"$log.all"
  { echo '#nullable enable'; cat "$log.all"; } >"$proj/PublicAPI.Unshipped.txt"
  echo "added $(wc -l <"$log.new"), removed $(wc -l <"$log.gone") symbols in $proj/PublicAPI.Unshipped.txt"
else
  echo "no undeclared public symbols"
fi
grep -E "error|warning" "$log" | grep -vE "RS0016|RS0017" | sort -u | head -40 || true
rm -f "$log" "$log.new" "$log.all" "$log.gone"
