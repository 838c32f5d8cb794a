import { describe, expect, it } from 'vitest'
import { isIgnored, normalizePath, sourceCovers } from './paths'

describe('normalizePath', () => {
  it.each([
    ['./app/', 'app'],
    ['/src', 'src'],
    ['.', ''],
    ['./', ''],
    ['a\\b', 'a/b'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePath(input)).toBe(expected)
  })
})

describe('sourceCovers', () => {
  it('treats . as the whole context', () => {
    expect(sourceCovers('.', 'app/main.py')).toBe(true)
    expect(sourceCovers('./', 'README.md')).toBe(true)
  })

  it('covers a directory and everything below it, nothing else', () => {
    expect(sourceCovers('./app', 'app/main.py')).toBe(true)
    expect(sourceCovers('app/', 'app/routes/notes.py')).toBe(true)
    expect(sourceCovers('app', 'application.py')).toBe(false)
    expect(sourceCovers('app', 'requirements.txt')).toBe(false)
  })

  it('matches exact files and globs within one segment', () => {
    expect(sourceCovers('requirements.txt', 'requirements.txt')).toBe(true)
    expect(sourceCovers('requirements.txt', 'requirements-dev.txt')).toBe(false)
    expect(sourceCovers('package*.json', 'package-lock.json')).toBe(true)
    expect(sourceCovers('package*.json', 'src/package.json')).toBe(false)
    expect(sourceCovers('src/*.js', 'src/server.js')).toBe(true)
  })
})

describe('isIgnored', () => {
  it('excludes listed files and directories', () => {
    const rules = ['# comment', '', '.git', 'node_modules/', '**/__pycache__']
    expect(isIgnored(rules, '.git/index')).toBe(true)
    expect(isIgnored(rules, 'node_modules/express/index.js')).toBe(true)
    expect(isIgnored(rules, 'app/__pycache__/main.cpython-313.pyc')).toBe(true)
    expect(isIgnored(rules, 'app/main.py')).toBe(false)
  })

  it('lets a later !rule re-include a file (last match wins)', () => {
    const rules = ['*.md', '!README.md']
    expect(isIgnored(rules, 'CHANGELOG.md')).toBe(true)
    expect(isIgnored(rules, 'README.md')).toBe(false)
    expect(isIgnored(['!README.md', '*.md'], 'README.md')).toBe(true)
  })

  it('ignores nothing without rules', () => {
    expect(isIgnored([], '.git/index')).toBe(false)
  })
})
