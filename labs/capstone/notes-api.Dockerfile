# notes-api image of the capstone (chapter 13). Build context: labs/apps/notes-api.
#   docker build -f labs/capstone/notes-api.Dockerfile -t localhost/notes-api:capstone labs/apps/notes-api
#   docker build -f labs/capstone/notes-api.Dockerfile --target test labs/apps/notes-api   (unit tests)
# Podman: same commands with podman, plus --format docker to keep the HEALTHCHECK (the OCI format has none).

# Runtime dependencies only (pg, redis), from the lockfile.
FROM docker.io/library/node:24-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Unit tests in the image (CI: --target test). Skipped by a normal build: nothing depends on this stage.
FROM deps AS test
COPY src ./src
COPY test ./test
RUN node --test

# The image that ships: no npm cache, no tests, files owned by root and read-only for the app.
FROM docker.io/library/node:24-alpine AS runtime
ENV NODE_ENV=production
# npm, npx, corepack and yarn serve no purpose at run time: removed from the final filesystem, they can
# neither be run in the container nor flagged by the scan (the base layers still hold them: no smaller image).
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
    /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-*
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
USER node
EXPOSE 3000
# node is in the image, curl and wget may not be: fetch() of Node 24 asks /health.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "src/server.js"]
