import { describe, expect, it } from 'vitest'
import { DockerfileError, parseDockerfile } from './parse'

describe('parseDockerfile', () => {
  it('reads one step per instruction with its line, kind and stage', () => {
    const steps = parseDockerfile([
      '# syntax comment',
      'FROM python:3.13-slim AS base',
      '',
      'WORKDIR /code',
      'RUN apt-get update \\',
      '  && apt-get install -y --no-install-recommends libpq5 \\',
      '  && rm -rf /var/lib/apt/lists/*',
      'COPY requirements.txt .',
      'CMD ["python", "-m", "app"]',
    ].join('\n'))
    expect(steps.map(s => [s.line, s.keyword, s.kind, s.stage])).toEqual([
      [2, 'FROM', 'base', 0],
      [4, 'WORKDIR', 'metadata', 0],
      [5, 'RUN', 'layer', 0],
      [8, 'COPY', 'layer', 0],
      [9, 'CMD', 'metadata', 0],
    ])
    expect(steps[0].image).toBe('python:3.13-slim')
    expect(steps[0].stageName).toBe('base')
    expect(steps[2].text).toBe('RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*')
  })

  it('separates flags from COPY sources and reads the JSON form', () => {
    const [, copy, json] = parseDockerfile([
      'FROM node:24-alpine',
      'COPY --chown=node:node --from=build /app/dist ./dist',
      'COPY ["package.json", "package-lock.json", "./"]',
    ].join('\n'))
    expect(copy.flags).toEqual({ chown: ['node:node'], from: ['build'] })
    expect(copy.sources).toEqual(['/app/dist'])
    expect(json.sources).toEqual(['package.json', 'package-lock.json'])
  })

  it('numbers stages and allows a global ARG before the first FROM', () => {
    const steps = parseDockerfile('ARG VERSION=24\nFROM node:$VERSION-alpine AS build\nRUN npm ci\nFROM build AS test\nRUN npm test')
    expect(steps.map(s => s.stage)).toEqual([-1, 0, 0, 1, 1])
    expect(steps[3].image).toBe('build')
  })

  it('ignores comment lines inside a continued instruction', () => {
    const [, run] = parseDockerfile('FROM alpine:3.22\nRUN apk add --no-cache curl \\\n# a comment\n  jq')
    expect(run.text).toBe('RUN apk add --no-cache curl jq')
  })

  it.each([
    ['RUN echo hi', 1, 'avant le premier FROM'],
    ['FROM alpine:3.22\nCOPYY a b', 2, 'instruction inconnue'],
    ['FROM alpine:3.22\nCOPY onlyone', 2, 'au moins une source'],
    ['FROM alpine:3.22\nRUN echo \\', 2, 'sans ligne suivante'],
    ['FROM a AS x\nFROM b AS X', 2, 'déjà utilisé'],
    ['FROM alpine:3.22\nCOPY ["a", 3]', 2, 'tableau de chaînes'],
    ['FROM alpine:3.22\nCOPY ["a", "b"] ./', 2, 'JSON valide'],
    ['FROM alpine:3.22\nCOPY --chown= a b', 2, 'n\'a pas de valeur'],
    ['# nothing\n', 1, 'aucune instruction FROM'],
  ])('rejects %j at line %i', (source, line, reason) => {
    let error: unknown
    try {
      parseDockerfile(source)
    }
    catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DockerfileError)
    expect((error as DockerfileError).line).toBe(line)
    expect((error as Error).message).toContain(`ligne ${line}`)
    expect((error as Error).message).toContain(reason)
  })
})
