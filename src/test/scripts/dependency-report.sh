#!/usr/bin/env bash
# Known vulnerabilities in Gevinst's dependencies. OWASP dependency-check needs the NVD (services.nvd.nist.gov);
# where it can be reached this runs it and fails on any finding of CVSS 7 or more that is not suppressed with a
# reason in src/test/resources/dependency-check-suppressions.xml. Where it cannot (as on the CI machines, which reach
# Maven Central, Debian and npm only), it says so and prints what can be known from Maven Central: the dependencies
# that have newer releases, for the maintainers to weigh (docs/operations.md, "Dependencies").
set -euo pipefail
cd "$(dirname "$0")/../../.."
if curl -s -o /dev/null --max-time 10 https://services.nvd.nist.gov/rest/json/cves/2.0?resultsPerPage=1; then
    mvn -B -q org.owasp:dependency-check-maven:check
    echo "dependency-check: no unsuppressed finding of CVSS 7 or more"
else
    echo "dependency-check: the NVD (services.nvd.nist.gov) cannot be reached from this machine; the check did not run."
    echo "Newer releases on Maven Central of the dependencies, within their major version (a new major version is"
    echo "a change of stack and needs an issue):"
    # Held back on purpose, with the reason (docs/operations.md, "Dependencies"); anything else listed is to be taken.
    declare -A held=(
        [com.h2database:h2]="the server's own H2 is used; it moves with Payara Micro"
        [org.apache.logging.log4j:log4j-api]="log4j-to-jul, which must match it, has no release on that line yet"
    )
    updates=$(mvn -B versions:display-dependency-updates -DprocessDependencyManagement=false -DallowMajorUpdates=false \
        -Dversions.outputLineWidth=160 2>/dev/null | sed -n 's/^\[INFO\] *//p' | grep -- ' -> ' || true)
    [[ -n "$updates" ]] || echo "  (none)"
    while read -r artifact rest; do
        [[ -n "$artifact" ]] || continue
        echo "  $artifact ${rest##*. }${held[$artifact]:+   (held back: ${held[$artifact]})}"
    done <<< "$updates"
fi
