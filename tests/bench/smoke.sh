#!/usr/bin/env bash
# The benchmark's smoke run (ctest): scripts/bench on a fresh 2,000-enterprise city, each
# operation once. Fails when the script fails or when an operation printed no row.
#   smoke.sh SOURCE_DIR DXDESK WORK_DIR
set -euo pipefail
source_dir=$1 dxdesk=$2 work=$3
rm -rf "$work"
out=$("$source_dir/scripts/bench" --sizes 2000 --runs 1 --no-build --dxdesk "$dxdesk" --data "$work")
echo "$out"
rows=$(grep -c ' ms |' <<<"$out")
# generate, 2 exports, the import reference, dry run, import, the GROUP BY reference, 2 dashboards,
# the first page, 2 searches with their references, a dossier and a cluster report.
[ "$rows" -ge 16 ] || { echo "only $rows rows" >&2; exit 1; }
