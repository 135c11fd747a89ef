#!/usr/bin/env bash
# Start or stop broadsheet's single-node OpenSearch (see README.md beside this script).
#   node.sh start   build the launcher if needed, start the node in the background, wait
#                   until the cluster is green or yellow, print its URL
#   node.sh stop    stop the node started by `start` (SIGTERM, then SIGKILL after 60 s)
#   node.sh status  say whether it runs and where
# Environment: OPENSEARCH_PORT (9200), OPENSEARCH_HOME (<repo>/.opensearch: data, logs,
# pid file), OPENSEARCH_HEAP (512m; at most 1g on a shared machine), OPENSEARCH_WAIT (180 s).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port="${OPENSEARCH_PORT:-9200}"
home="${OPENSEARCH_HOME:-$repo/.opensearch}"
heap="${OPENSEARCH_HEAP:-512m}"
wait_seconds="${OPENSEARCH_WAIT:-180}"
jar="$here/target/opensearch-node.jar"
pid_file="$home/node.pid"
url="http://127.0.0.1:$port"

say() { echo "opensearch: $*"; }
fail() { echo "opensearch: $*" >&2; exit 1; }

running_pid() {
    [ -f "$pid_file" ] || return 1
    local pid
    pid="$(cat "$pid_file")"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# cluster health as one word (green, yellow, red), or nothing when nobody answers
health() {
    python3 - "$url" <<'PY' 2>/dev/null || true
import json, sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1] + "/_cluster/health", timeout=2) as response:
        print(json.load(response).get("status", ""))
except Exception:
    pass
PY
}

build() {
    command -v java >/dev/null || fail "java not found: install a Java 17 JDK (apt-get install openjdk-17-jdk-headless)"
    command -v mvn >/dev/null || fail "mvn not found: install Maven (apt-get install maven)"
    local major
    major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    [ "${major:-0}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer needed, found ${major:-none}"
    if [ -f "$jar" ] && [ -z "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]; then
        return 0
    fi
    say "building the launcher (the first build downloads ~45 MB from Maven Central)"
    # offline when every artifact is in ~/.m2 already; online the first time
    (cd "$here" && { mvn -B -o -q package >/dev/null 2>&1 || mvn -B -q package; }) \
        || fail "the launcher did not build (see the Maven output above)"
}

start() {
    local pid
    if pid="$(running_pid)"; then
        say "already running (pid $pid) at $url"
        return 0
    fi
    if [ -n "$(health)" ]; then
        fail "something else already answers at $url: stop it, or set OPENSEARCH_PORT"
    fi
    build
    mkdir -p "$home/logs"
    local console="$home/logs/console.log"
    # -Xms = -Xmx as OpenSearch advises; G1 and no direct arenas as its jvm.options
    nohup java "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC \
        -Dlog4j2.disable.jmx=true -Dlog4j.shutdownHookEnabled=false \
        -Dio.netty.allocator.numDirectArenas=0 -Dfile.encoding=UTF-8 \
        -jar "$jar" --home "$home" --port "$port" >"$console" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$pid_file"
    local waited=0 status=""
    while [ "$waited" -lt "$((wait_seconds * 2))" ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$pid_file"
            tail -n 5 "$console" >&2
            fail "the node stopped while starting (log: $console)"
        fi
        status="$(health)"
        if [ "$status" = green ] || [ "$status" = yellow ]; then
            say "running at $url (pid $pid, cluster $status, data and logs in $home)"
            return 0
        fi
        sleep 0.5
        waited=$((waited + 1))
    done
    fail "no healthy cluster at $url after ${wait_seconds}s (log: $home/logs/opensearch.log)"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$pid_file"
        say "not running"
        return 0
    fi
    kill -TERM "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$waited" -ge 120 ]; then
            kill -KILL "$pid" 2>/dev/null || true
            say "did not stop within 60 s: killed"
            break
        fi
        sleep 0.5
        waited=$((waited + 1))
    done
    rm -f "$pid_file"
    say "stopped (pid $pid)"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status)
        if pid="$(running_pid)"; then say "running at $url (pid $pid, cluster $(health))"
        else say "not running"; exit 3; fi ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
