#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets, so they stay in step.
# Usage: scripts/add-migration.sh AddLocations
set -euo pipefail
name="${1:?Usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/BackOffice -v q -nologo
for provider in Sqlite MariaDb; do
    dotnet ef migrations add "$name" --no-build --project src/BackOffice \
        --context "${provider}AppDbContext" --output-dir "Data/Migrations/${provider}"
done
