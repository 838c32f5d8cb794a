# Static front of the capstone (chapter 13). Build context: labs/apps/front-vite.
#   docker build -f labs/capstone/front-vite.Dockerfile -t localhost/notes-front:capstone labs/apps/front-vite
#   docker build -f labs/capstone/front-vite.Dockerfile --target test labs/apps/front-vite   (unit tests)
# Podman: same commands with podman, plus --format docker to keep the HEALTHCHECK.

# Vite (a devDependency) builds dist/: index.html and hashed files in assets/.
FROM docker.io/library/node:24-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY index.html vite.config.js ./
COPY src ./src
RUN npm run build

# Unit tests and a build check (CI: --target test).
FROM build AS test
COPY test ./test
RUN npm test

# Only dist/ and the server configuration ship: no Node.js, no node_modules.
FROM docker.io/nginxinc/nginx-unprivileged:1.30-alpine AS runtime
# Where nginx sends /api/ (see nginx/default.conf.template); a pod sets 127.0.0.1:3000.
ENV API_UPSTREAM=api:3000
COPY nginx/default.conf.template /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist /usr/share/nginx/html
# Already the image's user; written down so that the Dockerfile says it.
USER 101
EXPOSE 8080
# busybox wget is in every Alpine image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
CMD ["nginx", "-g", "daemon off;"]
