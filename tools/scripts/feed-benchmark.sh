#!/usr/bin/env bash
# The feed-load benchmark of docs/benchmarks.md: a fresh PostgreSQL database and Payara domain, the generated feeds
# loaded through the real feed path (NHS-PDS first, then 1 % of the children shielded by "the team", then the other
# three sources), then matching quality against the generator's ground truth.
# Run from the repository root after `./mvnw -q install -DskipTests` and `./mvnw -q package -Prun -DskipTests`.
#   CHILDREN=20000   children generated (seed 21), kept in /tmp/bench/gen-$CHILDREN for the next run
#   SHIELD_PCT=1     per cent of the children the team shields before the other sources arrive
#   WEIGHTS=FILE     match weights written by `match-weights` (default: the built-in ones)
#   SOURCES="NHS-PDS" load only these (NHS-PDS first if named); match-quality needs all four, so runs only then
#   EAR=FILE         the application deployed (default: ear/target/contactpoint.ear), to compare two builds
#   DB=h2            the embedded database of ./run instead (rates only: no team shielding, no match-quality)
#   JFR=FILE         a Java Flight Recording of the server over the whole run, written to FILE when the domain stops
# It drops the database contactpoint_bench and stops any domain called cp-bench.
set -uo pipefail
T=tools/target/contactpoint-tools.jar
CHILDREN=${CHILDREN:-20000}
GEN=/tmp/bench/gen-$CHILDREN
PSQL="psql -h 127.0.0.1 -U postgres"
pkill -f 'domains/cp-bench' && sleep 3
rm -rf /tmp/bench/domains /tmp/bench/data
DB=${DB:-postgres}
[ "$DB" == postgres ] && $PSQL -qc "DROP DATABASE IF EXISTS contactpoint_bench"
java -jar $T domain start --payara=target/payara6 --domain-dir=/tmp/bench/domains --name=cp-bench --portbase=31000 \
  --db=$DB --pg-database=contactpoint_bench --data=/tmp/bench/data --deploy=${EAR:-ear/target/contactpoint.ear} \
  --demo-children=10 || exit 1
[ -n "${WEIGHTS:-}" ] && target/payara6/bin/asadmin --port 31048 create-jvm-options "-Dcontactpoint.match-weights=$WEIGHTS"
[ -n "${JFR:-}" ] && target/payara6/bin/asadmin --port 31048 create-jvm-options \
  "-XX\:StartFlightRecording=settings=profile,dumponexit=true,filename=$JFR"
if [ -n "${WEIGHTS:-}${JFR:-}" ]; then
  target/payara6/bin/asadmin --port 31048 restart-domain --domaindir /tmp/bench/domains cp-bench
fi
[ -f $GEN/ground-truth.csv ] || java -jar $T generate --children $CHILDREN --seed 21 --out $GEN --quiet
rm -f $GEN/*.progress-*   # feed load resumes from these: a fresh database starts from the first line
load() {
  java -jar $T feed load --source "$1" --batch-lines 5000 --url http://localhost:31080 $GEN/$1.jsonl 2>&1 | tr '\r' '\n' \
    | grep -E '^Loaded|^  LINKED'
}
ALL="NHS-PDS DFE-SCHOOLS DWP-CB LA-CSC"
SOURCES=${SOURCES:-$ALL}
START=$(date +%s)
if [[ " $SOURCES " == *" NHS-PDS "* ]]; then
  load NHS-PDS
  [ "$DB" == postgres ] && $PSQL -d contactpoint_bench -qc "UPDATE child SET shielded = TRUE WHERE id IN (SELECT id FROM child
    WHERE status = 'ACTIVE' ORDER BY md5(cp_id) LIMIT (SELECT COUNT(*) * ${SHIELD_PCT:-1} / 100 FROM child))"
fi
for s in DFE-SCHOOLS DWP-CB LA-CSC; do [[ " $SOURCES " == *" $s "* ]] && load $s; done
echo "Sources $SOURCES: $(( $(date +%s) - START )) s"
[ "$DB" == postgres ] || { echo "Database size: $(du -sh /tmp/bench/data | cut -f1) (H2 files and demo data)"; exit 0; }
$PSQL -d contactpoint_bench -Atc "SELECT 'Database size: ' || pg_size_pretty(pg_database_size('contactpoint_bench'))"
[ "$SOURCES" == "$ALL" ] || exit 0
java -jar $T bench match-quality --jdbc-url jdbc:postgresql://127.0.0.1:5432/contactpoint_bench --user postgres \
  --ground-truth $GEN/ground-truth.csv --except /tmp/bench/data/demo/ground-truth.csv
