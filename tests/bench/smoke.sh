#!/usr/bin/env bash
# The benchmark's smoke run (ctest): scripts/bench on a fresh 2,000-enterprise city, each
# operation once, in SQLite and (when its server is installed) PostgreSQL. Fails when the script
# fails or when an operation printed no row.
#   smoke.sh SOURCE_DIR DXDESK WORK_DIR
set -euo pipefail
source_dir=$1 dxdesk=$2 work=$3
rm -rf "$work"
out=$("$source_dir/scripts/bench" --sizes 2000 --runs 1 --no-build --dxdesk "$dxdesk" --data "$work")
echo "$out"
sqlite=$(sed '/^PostgreSQL /,$d' <<<"$out")
rows=$(grep -c ' ms |' <<<"$sqlite" || true)
# generate, 2 exports, the import reference, dry run, import, the GROUP BY reference, 2 dashboards,
# the first page, 2 searches with their references, a dossier and a cluster report.
[ "$rows" -ge 16 ] || { echo "only $rows rows" >&2; exit 1; }
# The PostgreSQL table (its own throw-away cluster in WORK_DIR/pg) when the server is installed:
# generate, 2 exports, the GROUP BY reference, 2 dashboards, the first page, 2 whole-command
# searches and 5 first pages with their references, a dossier and a cluster report.
if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  pg=$(sed -n '/^PostgreSQL /,$p' <<<"$out")
  rows=$(grep -c ' ms |' <<<"$pg" || true)
  [ "$rows" -ge 23 ] || { echo "only $rows PostgreSQL rows" >&2; exit 1; }
fi
