import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDockerfile } from './dockerfile'

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/integrity/dockerfile', name), 'utf-8')
const run = (code: string, fragment = false) => checkDockerfile(code, { fragment }).map(p => `${p.line + 1}: ${p.message}`)

describe('dockerfile checker', () => {
  it('accepts a current multi-stage Dockerfile (ARG-based tag, apt cleanup, exec form, non-root user)', () => {
    expect(run(fixture('good-multistage.Dockerfile'))).toEqual([])
  })

  it('rejects the seed\'s mistakes one by one', () => {
    expect(run(fixture('seed-bad.Dockerfile'))).toEqual([
      '1: FROM node:14 — node 14 est en fin de vie depuis le 2023-04-30 (https://endoflife.date/nodejs)',
      '1: l\'étape finale s\'exécute en root : ajouter « USER <utilisateur non root> » après l\'installation (ou marquer le bloc « fragment » s\'il s\'agit d\'un extrait)',
      '2: MAINTAINER est obsolète : utiliser LABEL org.opencontainers.image.authors="…"',
      '3: ENV NODE_ENV … : forme historique « ENV clé valeur » — écrire « ENV NODE_ENV=valeur »',
      '4: RUN apt-get update sans apt-get install dans la même instruction : cette couche mise en cache rendrait l\'index des paquets périmé — les réunir dans un seul RUN',
      '5: RUN apt-get install sans apt-get update dans la même instruction — les réunir dans un seul RUN',
      '5: RUN apt-get install sans « rm -rf /var/lib/apt/lists/* » dans la même instruction : les index restent dans la couche',
      '6: COPY .env : un secret copié dans une couche reste lisible dans l\'image (docker save, docker history) — le fournir à l\'exécution ou via RUN --mount=type=secret',
      '8: CMD en forme shell (« CMD npm start ») : utiliser la forme exec JSON, par ex. CMD ["…", "…"] — le processus reçoit alors les signaux (PID 1)',
    ])
  })

  it('rejects FROM Ubuntu (case), implicit and latest tags, lower-case as, final USER root', () => {
    expect(run('FROM Ubuntu\nFROM alpine:latest\nFROM python:3.13-slim as base\nFROM base\nUSER root\n')).toEqual([
      '1: image « Ubuntu » : un nom d\'image s\'écrit en minuscules',
      '1: FROM Ubuntu — étiquette implicite (= latest) : épingler une version, par ex. « Ubuntu:<version> »',
      '2: FROM alpine:latest — étiquette « latest » : épingler une version',
      '3: « FROM … as base » : écrire « AS » en majuscules (cohérence avec les mots-clés ; BuildKit le signale)',
      '4: l\'étape finale s\'exécute en root (USER root) : terminer par « USER <utilisateur non root> »',
    ])
  })

  it('derives end-of-life from the data file: node 20, python 3.10, alpine 3.20, postgres 14, bullseye variants, openjdk', () => {
    const eol = (from: string) => run(`FROM ${from}\nUSER app`)
    expect(eol('node:20-alpine')).toEqual(['1: FROM node:20-alpine — node 20 est en fin de vie depuis le 2026-04-30 (https://endoflife.date/nodejs)'])
    expect(eol('python:3.10-slim')).toEqual(['1: FROM python:3.10-slim — python 3.10 est en fin de vie depuis le 2026-10-31 (https://endoflife.date/python)'])
    expect(eol('alpine:3.20')).toEqual(['1: FROM alpine:3.20 — alpine 3.20 est en fin de vie depuis le 2026-04-01 (https://endoflife.date/alpine)'])
    expect(eol('postgres:14')).toEqual(['1: FROM postgres:14 — postgres 14 est en fin de vie depuis le 2026-11-12 (https://endoflife.date/postgresql)'])
    expect(eol('rust:1-bullseye')).toEqual(['1: FROM rust:1-bullseye — variante debian bullseye est en fin de vie depuis le 2026-08-31 (https://endoflife.date/debian)'])
    expect(eol('openjdk:21')).toEqual(['1: FROM openjdk:21 — image officielle « openjdk » dépréciée : utiliser eclipse-temurin (par ex. eclipse-temurin:21-jre)'])
    for (const ok of ['node:24-alpine', 'python:3.13-slim', 'alpine:3.22', 'postgres:17-alpine', 'debian:trixie-slim', 'eclipse-temurin:21-jre', 'mysql:8.4', 'ubuntu:24.04', 'golang:1.26'])
      expect(eol(ok), ok).toEqual([])
  })

  it('accepts scratch, earlier stages, digests, images that already run as non-root', () => {
    expect(run('FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]')).toEqual([])
    expect(run('FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /\nENTRYPOINT ["/app"]')).toEqual([])
    expect(run('FROM nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nUSER nginx')).toEqual([])
  })

  it('flags secrets baked into layers but not *_FILE paths', () => {
    expect(run('ARG NPM_TOKEN\nENV API_KEY=sk_live_123\nENV DB_PASSWORD_FILE=/run/secrets/db\nCOPY id_rsa /root/.ssh/id_rsa', true)).toEqual([
      '1: ARG NPM_TOKEN : une valeur passée par --build-arg reste visible dans docker history — utiliser RUN --mount=type=secret',
      '2: ENV API_KEY=… : un secret dans ENV est lisible par docker image inspect — le fournir à l\'exécution (secret, variable d\'environnement du conteneur)',
      '4: COPY id_rsa : un secret copié dans une couche reste lisible dans l\'image (docker save, docker history) — le fournir à l\'exécution ou via RUN --mount=type=secret',
    ])
  })

  it('applies only per-instruction rules to a fragment', () => {
    expect(run('COPY package.json ./\nRUN npm ci\nCOPY . .', true)).toEqual([])
    expect(run('COPY package.json ./\nRUN npm ci\nCOPY . .')).toEqual(['1: aucune instruction FROM : un Dockerfile complet commence par FROM (sinon marquer le bloc « fragment »)'])
    expect(run('FROM builder AS final\nCMD node server.js', true)).toEqual(['2: CMD en forme shell (« CMD node server.js ») : utiliser la forme exec JSON, par ex. CMD ["…", "…"] — le processus reçoit alors les signaux (PID 1)'])
  })

  it('accepts an apt cache mount instead of removing the lists', () => {
    expect(run('RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl', true)).toEqual([])
  })
})
