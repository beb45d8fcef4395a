#!/usr/bin/env bash
# Lager bildene i brukerveiledningen på nytt: reisetesten (JourneyIT) går gjennom hver rolles arbeid i en kjørende
# Gevinst med demodata og tar et skjermbilde per steg; med gevinst.userGuide.update=true kopierer den bildene inn i
# docs/user-guide/bilder/. Testen feiler hvis veiledningen viser et bilde reisen ikke tar, eller omvendt.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B verify -DskipUnitTests=true -Dit.test='BrowserSuiteIT$JourneyIT' -Dgevinst.userGuide.update=true
ls -l docs/user-guide/bilder/
