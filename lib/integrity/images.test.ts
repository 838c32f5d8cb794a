import { describe, expect, it } from 'vitest'
import { imageEolProblem, parseImageRef, unpinnedProblem } from './images'

describe('image references', () => {
  it('parses registry, namespace, tag and digest', () => {
    expect(parseImageRef('node:24-alpine')).toEqual({ name: 'node', tag: '24-alpine' })
    expect(parseImageRef('docker.io/library/python:3.13')).toEqual({ name: 'python', tag: '3.13' })
    expect(parseImageRef('localhost:5000/app')).toEqual({ name: 'localhost:5000/app' })
    expect(parseImageRef('ghcr.io/org/app:1.2@sha256:abc')).toEqual({ name: 'ghcr.io/org/app', tag: '1.2', digest: 'sha256:abc' })
  })

  it('compares with the fixed course date, not today: the same tag can be fine at an earlier date', () => {
    expect(imageEolProblem('node:20')).toMatch(/node 20 est en fin de vie depuis le 2026-04-30/)
    expect(imageEolProblem('node:20', '2026-01-01')).toBeUndefined()
    expect(imageEolProblem('python:3.10.14-slim')).toMatch(/python 3.10/)
    expect(imageEolProblem('python:3.1')).toBeUndefined() // 3.1 is not 3.10, and is not in the data
    expect(imageEolProblem('mysql:8')).toBeUndefined() // tag 8 follows 8.4 LTS
    expect(imageEolProblem('mysql:8.0.36')).toMatch(/mysql 8.0/)
    expect(imageEolProblem('node:24-alpine3.20')).toMatch(/^variante alpine 3.20/)
  })

  it('requires a pinned tag unless a digest pins the image', () => {
    expect(unpinnedProblem('nginx')).toMatch(/implicite/)
    expect(unpinnedProblem('nginx:latest')).toMatch(/latest/)
    expect(unpinnedProblem('nginx@sha256:abc')).toBeUndefined()
    expect(unpinnedProblem('nginx:1.27-alpine')).toBeUndefined()
  })
})
