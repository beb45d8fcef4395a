#!/usr/bin/env bash
# Stand-ins for the outside sign-in services, for trying them on a developer's machine: NAV's mock-oauth2-server (the
# same the tests use) on http://localhost:${PORT:-8090}, every issuer under it by path (.../staff, .../maskinporten),
# with a login page where you type who you are and the claims you want, e.g. {"groups": ["APPROVER"], "name": "Kari"}.
# Then start Gevinst with the issuers configured (README, "Run it": signing in through a provider). Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/../.."
export SERVER_PORT="${PORT:-8090}"
export JSON_CONFIG='{"interactiveLogin": true}'
# exec:exec, not exec:java: the mock server is built for a newer JDK than the one Maven may run on.
mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
    "-Dexec.args=-classpath %classpath no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt"
