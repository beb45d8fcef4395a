#!/usr/bin/env bash
# Starts one production instance of Gevinst on Payara Micro against PostgreSQL.
# Usage: GEVINST_DB_URL=... GEVINST_DB_USER=... GEVINST_DB_PASSWORD=... payara/run-production.sh PAYARA_MICRO_JAR GEVINST_WAR [PORT]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
micro=${1:?path to payara-micro.jar}
war=${2:?path to gevinst.war}
port=${3:-8080}
: "${GEVINST_DB_URL:?set GEVINST_DB_URL, e.g. jdbc:postgresql://127.0.0.1:5432/gevinst}"
: "${GEVINST_DB_USER:?set GEVINST_DB_USER}"
export GEVINST_DB_PASSWORD=${GEVINST_DB_PASSWORD:-}
export GEVINST_DB_DRIVER=${GEVINST_DB_DRIVER:-org.postgresql.ds.PGSimpleDataSource}
export GEVINST_DEMO_ENABLED=${GEVINST_DEMO_ENABLED:-false}
export GEVINST_SESSION_COOKIE_SECURE=${GEVINST_SESSION_COOKIE_SECURE:-true}
exec java -jar "$micro" --nocluster --port "$port" --contextroot / \
    --postbootcommandfile "$here/post-boot-commands.asadmin" --deploy "$war"
