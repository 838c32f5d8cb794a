#!/bin/bash
# HEALTHCHECK of the course's image (Containerfile, compose.yaml): GET /healthz from nginx with bash alone,
# since debian:bookworm-slim has neither curl nor wget. PORT defaults to the image's 8080.
# scripts/serve-nginx.ts runs this same script against the nginx it starts.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}"
printf 'GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r status <&3 || status=''
case "$status" in
  'HTTP/1.1 200 '*) exit 0 ;;
  *) echo "healthz : ${status:-pas de réponse}" >&2; exit 1 ;;
esac
