#!/usr/bin/env bash
# The portal search benchmark of docs/benchmarks.md at a chosen population: a fresh PostgreSQL database and Payara
# domain, the children of the generated health feed put in place with COPY (`bench load-children`, not the feed
# path), then `bench search`. Run from the repository root after `./mvnw -q install -DskipTests` and
# `./mvnw -q package -Prun -DskipTests`.
#   CHILDREN=1000000  children generated (seed 21), kept in /tmp/bench/gen-$CHILDREN (shared with feed-benchmark.sh)
#   SAMPLES=50        children sampled; each is searched for with every kind of query
#   SEARCH_ONLY=1     keep the database and domain of the last run; deploy the EAR just built into it and search again
#                     (to measure two builds on the same data)
# It drops the database contactpoint_bench and stops any domain called cp-bench (unless SEARCH_ONLY=1).
set -uo pipefail
T=tools/target/contactpoint-tools.jar
CHILDREN=${CHILDREN:-1000000}
GEN=/tmp/bench/gen-$CHILDREN
JDBC=jdbc:postgresql://127.0.0.1:5432/contactpoint_bench
if [ -n "${SEARCH_ONLY:-}" ]; then
  target/payara6/bin/asadmin --port 31048 deploy --force=true --name contactpoint ear/target/contactpoint.ear || exit 1
else
  pkill -f 'domains/cp-bench' && sleep 3
  rm -rf /tmp/bench/domains /tmp/bench/data
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS contactpoint_bench"
  java -jar $T domain start --payara=target/payara6 --domain-dir=/tmp/bench/domains --name=cp-bench --portbase=31000 \
    --db=postgres --pg-database=contactpoint_bench --data=/tmp/bench/data --deploy=ear/target/contactpoint.ear \
    --demo-children=10 || exit 1
  [ -f $GEN/NHS-PDS.jsonl ] || java -jar $T generate --children $CHILDREN --seed 21 --out $GEN --quiet
  java -jar $T bench load-children --jdbc-url $JDBC --user postgres --feed $GEN/NHS-PDS.jsonl || exit 1
  psql -h 127.0.0.1 -U postgres -d contactpoint_bench -Atc \
    "SELECT 'Database size: ' || pg_size_pretty(pg_database_size('contactpoint_bench'))"
fi
java -jar $T bench search --url http://localhost:31080 --jdbc-url $JDBC --user postgres --samples ${SAMPLES:-50}
