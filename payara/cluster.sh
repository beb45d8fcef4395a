#!/usr/bin/env bash
# Two Gevinst nodes on this machine, clustered through Payara's data grid on loopback, behind HAProxy.
#
#   payara/cluster.sh start            both nodes and the load balancer; returns when all answer
#   payara/cluster.sh stop             all of them
#   payara/cluster.sh kill-node N      kills node N (1 or 2) at once, as a crash would (SIGKILL)
#   payara/cluster.sh start-node N     starts node N again and waits until it is ready
#   payara/cluster.sh status
#
# The database comes from GEVINST_DB_URL, GEVINST_DB_USER, GEVINST_DB_PASSWORD (see payara/run-production.sh).
# Ports: GEVINST_LB_PORT (8080) for users, GEVINST_NODE_PORTS ("8081 8082") for the nodes, data grid 6901/6902.
# GEVINST_MICRO_JAR and GEVINST_WAR default to the build's target/payara-micro.jar and target/gevinst.war;
# pids and logs go to GEVINST_CLUSTER_DIR (target/cluster).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
dir=${GEVINST_CLUSTER_DIR:-$project/target/cluster}
micro=${GEVINST_MICRO_JAR:-$project/target/payara-micro.jar}
war=${GEVINST_WAR:-$project/target/gevinst.war}
lb_port=${GEVINST_LB_PORT:-8080}
read -r -a node_ports <<< "${GEVINST_NODE_PORTS:-8081 8082}"
grid_ports=(6901 6902)
mkdir -p "$dir"

node_port() { echo "${node_ports[$(($1 - 1))]}"; }

wait_for() { # URL SECONDS [PIDFILE]: until it answers 200, or the process of PIDFILE is gone
    local url=$1 seconds=$2 pidfile=${3:-}
    for _ in $(seq 1 "$seconds"); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url")" == 200 ]] && return 0
        if [[ -n "$pidfile" ]] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            echo "stopped before it was ready: see ${pidfile%.pid}.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "no answer from $url in $seconds s" >&2
    return 1
}

start_node() {
    local n=$1 port
    port=$(node_port "$n")
    if [[ -f "$dir/node$n.pid" ]] && kill -0 "$(cat "$dir/node$n.pid")" 2>/dev/null; then
        echo "node $n runs already"; return 0
    fi
    GEVINST_CLUSTER_MEMBERS="127.0.0.1:${grid_ports[0]},127.0.0.1:${grid_ports[1]}" \
    GEVINST_CLUSTER_PORT="${grid_ports[$((n - 1))]}" GEVINST_INSTANCE_NAME="node$n" GEVINST_CLUSTER_HOSTAWARE=false \
    GEVINST_SESSION_COOKIE_SECURE=${GEVINST_SESSION_COOKIE_SECURE:-false} \
        setsid "$here/run-production.sh" "$micro" "$war" "$port" >> "$dir/node$n.log" 2>&1 < /dev/null &
    echo $! > "$dir/node$n.pid"
}

start_ready() { # N SECONDS: starts node N and waits until it is ready. A node that does not get ready in time (Payara
    # Micro has been seen, rarely, to come up without its HTTP listener) is killed and started again, twice at most.
    local n=$1 seconds=$2 attempt
    for attempt in 1 2 3; do
        start_node "$n"
        wait_for "http://127.0.0.1:$(node_port "$n")/health/ready" "$seconds" "$dir/node$n.pid" && return 0
        echo "node $n was not ready (attempt $attempt of 3); the end of its log:" >&2
        tail -n 30 "$dir/node$n.log" >&2
        stop_pid "$dir/node$n.pid" KILL
    done
    return 1
}

start_balancer() {
    if [[ -f "$dir/haproxy.pid" ]] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
        return 0
    fi
    GEVINST_LB_BIND="127.0.0.1:$lb_port" GEVINST_NODE1="127.0.0.1:$(node_port 1)" \
    GEVINST_NODE2="127.0.0.1:$(node_port 2)" haproxy -D -p "$dir/haproxy.pid" -f "$here/haproxy.cfg"
}

stop_pid() { # FILE SIGNAL
    local file=$1 signal=$2
    [[ -f "$file" ]] || return 0
    local pid; pid=$(cat "$file")
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$signal" -- "-$pid" 2>/dev/null || kill "-$signal" "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

case "${1:-}" in
    start)
        [[ -f "$micro" && -f "$war" ]] || { echo "build first (mvn package): $micro, $war" >&2; exit 1; }
        # The first node migrates the database alone; the second starts when it is ready.
        start_ready 1 240
        start_ready 2 240
        start_balancer
        wait_for "http://127.0.0.1:$lb_port/login.xhtml" 30
        echo "Gevinst: http://127.0.0.1:$lb_port/ (node 1 on $(node_port 1), node 2 on $(node_port 2))"
        ;;
    stop)
        stop_pid "$dir/haproxy.pid" TERM
        stop_pid "$dir/node1.pid" TERM
        stop_pid "$dir/node2.pid" TERM
        ;;
    kill-node)
        stop_pid "$dir/node${2:?which node}.pid" KILL
        ;;
    start-node)
        start_ready "${2:?which node}" 150
        ;;
    status)
        for n in 1 2; do
            printf 'node %s: %s\n' "$n" "$(curl -s --max-time 2 "http://127.0.0.1:$(node_port "$n")/health/ready" || echo down)"
        done
        ;;
    *)
        sed -n '2,13p' "$0"; exit 2
        ;;
esac
