import type { Status } from './simulate'
import { describe, expect, it } from 'vitest'
import { parseDockerfile } from './parse'
import { isHeavy, simulate } from './simulate'

const GOOD = parseDockerfile(`FROM python:3.13-slim
WORKDIR /code
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY ./app ./app
USER 10001
CMD ["uvicorn", "app.main:app"]`)

const BAD = parseDockerfile(`FROM python:3.13-slim
WORKDIR /code
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["uvicorn", "app.main:app"]`)

function statuses(results: { status: Status }[]): Status[] {
  return results.map(r => r.status)
}

describe('simulate — one stage', () => {
  it('reuses every step when nothing changed', () => {
    const sim = simulate(GOOD, { kind: 'none' })
    expect(statuses(sim.results)).toEqual(Array.from({ length: 7 }).fill('cached'))
    expect(sim.firstMiss).toBeUndefined()
    expect(sim.summary).toContain('Tout vient du cache')
  })

  it('good order: a code change misses at COPY ./app and keeps the pip layer', () => {
    const sim = simulate(GOOD, { kind: 'file', path: 'app/main.py' })
    expect(statuses(sim.results)).toEqual(['cached', 'cached', 'cached', 'cached', 'miss', 'rebuild', 'rebuild'])
    expect(sim.firstMiss?.step.line).toBe(5)
    expect(sim.firstMiss?.reason).toContain('app/main.py')
    expect(sim.heavyRerun).toBe(0)
    expect(sim.counts).toEqual({ cached: 4, miss: 1, rebuild: 2, skipped: 0 })
  })

  it('good order: a dependency change reinstalls and rebuilds everything after it', () => {
    const sim = simulate(GOOD, { kind: 'file', path: 'requirements.txt' })
    expect(statuses(sim.results)).toEqual(['cached', 'cached', 'miss', 'rebuild', 'rebuild', 'rebuild', 'rebuild'])
    expect(sim.heavyRerun).toBe(1)
    expect(sim.summary).toContain('ligne 3')
    expect(sim.summary).toContain('dont 1 étape lourde')
  })

  it('bad order: a code change also reruns the dependency install', () => {
    const sim = simulate(BAD, { kind: 'file', path: 'app/main.py' })
    expect(statuses(sim.results)).toEqual(['cached', 'cached', 'miss', 'rebuild', 'rebuild'])
    expect(sim.heavyRerun).toBe(1)
  })

  it('bad order: even a README change invalidates COPY . . unless .dockerignore excludes it', () => {
    expect(simulate(BAD, { kind: 'file', path: 'README.md' }).firstMiss?.step.line).toBe(3)
    const ignored = simulate(BAD, { kind: 'file', path: 'README.md' }, { ignore: ['README.md'] })
    expect(ignored.firstMiss).toBeUndefined()
    expect(ignored.results[2].reason).toContain('.dockerignore')
    expect(ignored.summary).toContain('exclu du contexte')
  })

  it('a file that no COPY includes changes nothing', () => {
    const sim = simulate(GOOD, { kind: 'file', path: 'docs/guide.md' })
    expect(sim.counts.cached).toBe(7)
    expect(sim.summary).toContain('aucune instruction COPY/ADD ne copie docs/guide.md')
  })

  it('an edited instruction misses with its new text, even a metadata one', () => {
    const sim = simulate(GOOD, { kind: 'edit', line: 2, text: 'WORKDIR /srv' })
    expect(sim.results[1]).toMatchObject({ status: 'miss', text: 'WORKDIR /srv' })
    expect(statuses(sim.results).slice(2)).toEqual(['rebuild', 'rebuild', 'rebuild', 'rebuild', 'rebuild'])
  })

  it('editing the last instruction only reruns that instruction', () => {
    const sim = simulate(GOOD, { kind: 'edit', line: 7, text: 'CMD ["uvicorn", "app.main:app", "--port", "8080"]' })
    expect(sim.counts).toEqual({ cached: 6, miss: 1, rebuild: 0, skipped: 0 })
  })

  it('a change outside the context (package repository) is invisible to the cache', () => {
    const steps = parseDockerfile('FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*')
    const sim = simulate(steps, { kind: 'outside' })
    expect(sim.counts.cached).toBe(2)
    expect(sim.summary).toContain('--pull ou --no-cache')
  })

  it('--pull of a newer base image invalidates everything', () => {
    const sim = simulate(GOOD, { kind: 'pull', image: 'python:3.13-slim' })
    expect(statuses(sim.results)).toEqual(['miss', 'rebuild', 'rebuild', 'rebuild', 'rebuild', 'rebuild', 'rebuild'])
  })

  it('rejects a change that does not apply to the Dockerfile', () => {
    expect(() => simulate(GOOD, { kind: 'edit', line: 3.5, text: 'X' })).toThrow('ligne 3.5')
    expect(() => simulate(GOOD, { kind: 'pull', image: 'node:24-alpine' })).toThrow('node:24-alpine')
    expect(() => simulate(GOOD, { kind: 'file', path: '  ' })).toThrow('chemin de fichier vide')
  })
})

const MULTI = parseDockerfile(`FROM node:24-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
FROM deps AS test
COPY . .
RUN npm test
FROM node:24-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY src ./src
RUN npm run build
FROM node:24-alpine AS runtime
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]`)

describe('simulate — several stages', () => {
  it('skips the test stage when building the final stage (it is not needed)', () => {
    const sim = simulate(MULTI, { kind: 'none' })
    expect(sim.results.filter(r => r.step.stage === 1).every(r => r.status === 'skipped')).toBe(true)
    expect(sim.counts.skipped).toBe(3)
  })

  it('--target test builds deps and test only', () => {
    const sim = simulate(MULTI, { kind: 'file', path: 'test/app.test.js' }, { target: 'test' })
    expect(statuses(sim.results.filter(r => r.step.stage <= 1))).toEqual(['cached', 'cached', 'cached', 'cached', 'cached', 'miss', 'rebuild'])
    expect(sim.results.filter(r => r.step.stage >= 2).every(r => r.status === 'skipped')).toBe(true)
  })

  it('a source change rebuilds the build stage and the COPY --from that uses it', () => {
    const sim = simulate(MULTI, { kind: 'file', path: 'src/server.ts' })
    const byLine = Object.fromEntries(sim.results.map(r => [r.step.line, r.status]))
    expect(byLine[10]).toBe('cached') // COPY --from=deps: deps unchanged
    expect(byLine[11]).toBe('miss')
    expect(byLine[12]).toBe('rebuild')
    expect(byLine[13]).toBe('cached') // FROM node:24-alpine AS runtime
    expect(byLine[14]).toBe('miss')
    expect(sim.results.find(r => r.step.line === 14)?.reason).toContain('« build »')
    expect(byLine[15]).toBe('rebuild')
  })

  it('a lockfile change propagates from deps to every stage that depends on it', () => {
    const sim = simulate(MULTI, { kind: 'file', path: 'package-lock.json' }, { target: 'test' })
    expect(sim.results.find(r => r.step.line === 5)).toMatchObject({ status: 'miss' })
    expect(sim.results.find(r => r.step.line === 5)?.reason).toContain('reconstruite')
    const full = simulate(MULTI, { kind: 'file', path: 'package-lock.json' })
    expect(full.results.find(r => r.step.line === 10)?.status).toBe('miss')
  })

  it('rejects an unknown target', () => {
    expect(() => simulate(MULTI, { kind: 'none' }, { target: 'prod' })).toThrow('Cible « prod » introuvable')
  })
})

describe('isHeavy', () => {
  it('flags dependency installs and compilations, not light commands', () => {
    const steps = parseDockerfile('FROM golang:1.26\nRUN go build -o /out/api ./cmd/api\nRUN mkdir -p /data\nCOPY go.mod ./\nRUN npm ci --omit=dev')
    expect(steps.map(isHeavy)).toEqual([false, true, false, false, true])
  })
})
