# syntax=docker/dockerfile:1
#
# One image recipe for every Node service of the monorepo. Build from the repository root:
#   docker build -f infra/images/service.Dockerfile \
#     --build-arg SERVICE=@cchc/gateway --build-arg SERVICE_DIR=services/gateway -t cchc/gateway .
# The ignore list is service.Dockerfile.dockerignore (BuildKit's per-Dockerfile ignore file).
#
# Why `turbo prune` rather than "npm ci everything, then npm prune": it cuts the workspace down to
# the service and the workspaces it depends on (with a matching package-lock.json), so
#   - the `npm ci` layer is only rebuilt when *this* service's dependency tree changes, and
#   - the runtime image holds no other service's code or dependencies,
# without this file having to list workspaces (a new service needs no change here).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

# --- 1. prune: the service, its workspace dependencies and a pruned lockfile --------------------
FROM base AS prune
ARG SERVICE
RUN test -n "${SERVICE}" || { echo "build arg SERVICE is required (e.g. @cchc/gateway)"; exit 1; }
COPY . .
# Same turbo version as the lockfile, so the prune matches the build below.
RUN --mount=type=cache,target=/root/.npm \
    TURBO_VERSION="$(node -p "require('./package-lock.json').packages['node_modules/turbo'].version")" \
 && npx --yes "turbo@${TURBO_VERSION}" prune "${SERVICE}" --docker --out-dir /out

# --- 2. build: install (manifests first for layer caching), compile, drop dev-only packages --------
FROM base AS build
ARG SERVICE
COPY --from=prune /out/json/ ./
# --ignore-scripts: the only install scripts in the tree are embedded-postgres's binary setup
# (local development only) and protobufjs's version check; nothing at build or run time needs them.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts
COPY --from=prune /out/full/ ./
# The packages' tsconfig files extend the root one, which turbo prune does not copy.
COPY tsconfig.json ./
# The gateway serves a supergraph file (SUPERGRAPH_PATH; schema/supergraph.graphql by default) and depends on no
# package of schema/, so turbo prune leaves the files out: copy the committed ones (a few hundred kB).
COPY schema/supergraph.graphql schema/supergraph.with-partners.graphql ./schema/
RUN npx turbo run build --filter="${SERVICE}..."
# Drop dev-only packages and optional ones (the ~60 MB embedded PostgreSQL binaries: services load
# embedded-postgres only through @cchc/kit/embedded-postgres, which no service imports), then what
# only the compiler needed.
RUN npm prune --omit=dev --omit=optional --ignore-scripts \
 && find . -path ./node_modules -prune -o \
      \( -name src -o -name '.turbo' -o -name 'tsconfig*.json' -o -name 'vitest.config.ts' \) -prune -print0 \
    | xargs -0 rm -rf \
 && rm -rf turbo.json tsconfig.json .gitignore node_modules/.cache

# --- 3. runtime ----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE_DIR
# Services default to different ports (gateway 4000, unit-registry 4001, inspection 4002); pass
# --build-arg PORT so the image's EXPOSE and HEALTHCHECK match. Kubernetes sets PORT explicitly anyway.
ARG PORT=4000
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOST=0.0.0.0 \
    PORT=${PORT} \
    SERVICE_DIR=${SERVICE_DIR}
WORKDIR /app
# Owned by root and not writable by the service user: the code is read-only at run time.
COPY --from=build /app ./
# Fail the build, not the first start, when SERVICE_DIR is missing or does not match SERVICE.
RUN test -f "${SERVICE_DIR}/dist/main.js" \
 || { echo "no ${SERVICE_DIR}/dist/main.js: set --build-arg SERVICE_DIR to the folder of SERVICE"; exit 1; }
# Numeric uid of the image's `node` user, so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE ${PORT}
# slim has no curl: ask node itself. /healthz only says the process is alive (no database check).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# A shell only to expand SERVICE_DIR; `exec` makes node PID 1 so it gets SIGTERM and shuts down
# cleanly (the kit handles SIGTERM). Other entry points: override the command, e.g. the importer
#   node services/unit-registry/dist/import/cli.js
CMD ["/bin/sh", "-c", "exec node \"${SERVICE_DIR}/dist/main.js\""]
