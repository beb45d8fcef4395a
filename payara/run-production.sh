#!/usr/bin/env bash
# Starts one production instance of Gevinst on Payara Micro against PostgreSQL.
# Usage: GEVINST_DB_URL=... GEVINST_DB_USER=... GEVINST_DB_PASSWORD=... payara/run-production.sh PAYARA_MICRO_JAR GEVINST_WAR [PORT]
# Alone unless GEVINST_CLUSTER_MEMBERS names the data-grid members (host:port,host:port) of a cluster; then
# GEVINST_CLUSTER_PORT is this instance's data-grid port, GEVINST_INSTANCE_NAME its name, and
# GEVINST_CLUSTER_INTERFACE the address the data grid listens on (see docs/operations.md, "Two nodes").
# Runs on the JDK of JAVA_HOME when it is set, else on the java of PATH; Payara Micro 7 needs Java 21 or newer.
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
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
java_major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if (( ${java_major:-0} < 21 )); then
    echo "Gevinst runs on Java 21 or newer; $java is Java ${java_major:-unknown}: set JAVA_HOME to a newer JDK" >&2
    exit 1
fi
cluster=(--nocluster)
if [[ -n "${GEVINST_CLUSTER_MEMBERS:-}" ]]; then
    cluster=(--clustername "${GEVINST_CLUSTER_NAME:-gevinst}" --clustermode "tcpip:$GEVINST_CLUSTER_MEMBERS"
             --startport "${GEVINST_CLUSTER_PORT:?set GEVINST_CLUSTER_PORT to the data-grid port of this instance}"
             --interfaces "${GEVINST_CLUSTER_INTERFACE:-127.0.0.1}"
             --name "${GEVINST_INSTANCE_NAME:-$(hostname)-$port}")
    # Backups of session data go to another host unless all members share one (a one-machine setup).
    [[ "${GEVINST_CLUSTER_HOSTAWARE:-true}" == false ]] && cluster+=(--nohostaware)
fi
exec "$java" ${GEVINST_JAVA_OPTS:-} -jar "$micro" "${cluster[@]}" --port "$port" --contextroot / \
    --postbootcommandfile "$here/post-boot-commands.asadmin" --deploy "$war"
