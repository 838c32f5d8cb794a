// Pure helpers of the front: no browser and no Vite needed (node --test).
import assert from 'node:assert/strict'
// node --test runs the tests of the lab apps: no Vitest to install here.
// eslint-disable-next-line test/no-import-node-test
import { test } from 'node:test'
import { API_BASE, createRequest, errorMessage, formatDate, listRequest, MAX_LENGTH, noteItem, parseNotes, statsRequest, validateText } from '../src/notes.js'

/** Just enough of `document` for noteItem: elements with textContent, no HTML parser at all. */
function fakeDocument() {
  return {
    createElement(tag) {
      return {
        tag,
        className: '',
        textContent: '',
        children: [],
        append(...nodes) { this.children.push(...nodes) },
      }
    },
  }
}

test('requests go to /api, which the web server strips before notes-api', () => {
  assert.equal(API_BASE, '/api')
  assert.equal(listRequest().url, '/api/notes')
  assert.equal(statsRequest().url, '/api/stats')
  assert.equal(listRequest('http://localhost:8080/api').url, 'http://localhost:8080/api/notes')
})

test('a new note is a POST of JSON {"text": ...}', () => {
  const { url, init } = createRequest('acheter du café')
  assert.equal(url, '/api/notes')
  assert.equal(init.method, 'POST')
  assert.equal(init.headers['content-type'], 'application/json')
  assert.deepEqual(JSON.parse(init.body), { text: 'acheter du café' })
})

test('quotes and markup are sent as they are, JSON-encoded', () => {
  const text = '"<b>gras</b>" & \\ fin'
  assert.deepEqual(JSON.parse(createRequest(text).init.body), { text })
})

test('the text is trimmed, an empty or too long text is refused', () => {
  assert.deepEqual(validateText('  café  '), { text: 'café' })
  assert.ok(validateText('   ').error)
  assert.ok(validateText(undefined).error)
  assert.ok(validateText('x'.repeat(MAX_LENGTH + 1)).error)
  assert.deepEqual(validateText('x'.repeat(MAX_LENGTH)), { text: 'x'.repeat(MAX_LENGTH) })
})

test('notes are listed newest first, malformed entries dropped', () => {
  const notes = parseNotes([
    { id: 1, text: 'a', createdAt: '2026-12-01T10:00:00.000Z' },
    { id: 2, text: 'b', createdAt: '2026-12-02T10:00:00.000Z' },
    { id: 3, text: 'c', createdAt: '2026-12-02T10:00:00.000Z' },
    { id: 4 },
    null,
    'texte',
  ])
  assert.deepEqual(notes.map(n => n.id), [3, 2, 1])
  assert.deepEqual(parseNotes({ error: 'db unavailable' }), [])
})

test('error messages name the failing part', () => {
  assert.match(errorMessage(502), /API injoignable/)
  assert.match(errorMessage(503), /Base de données/)
  assert.match(errorMessage(400), /refusée/)
  assert.match(errorMessage(500), /500/)
})

test('dates are shown in UTC, an invalid date as nothing', () => {
  assert.equal(formatDate('2026-12-05T09:30:12.345Z'), '2026-12-05 09:30 UTC')
  assert.equal(formatDate('pas une date'), '')
})

test('a note is rendered with textContent: markup is shown, never interpreted', () => {
  const text = '<img src=x onerror="alert(1)">'
  const li = noteItem(fakeDocument(), { id: 7, text, createdAt: '2026-12-05T09:30:00.000Z' })
  assert.equal(li.tag, 'li')
  assert.equal(li.className, 'note')
  const [p, small] = li.children
  assert.equal(p.tag, 'p')
  assert.equal(p.textContent, text)
  assert.equal(small.textContent, '#7 · 2026-12-05 09:30 UTC')
  for (const node of [li, p, small])
    assert.ok(!('innerHTML' in node), 'innerHTML must not be used')
})
