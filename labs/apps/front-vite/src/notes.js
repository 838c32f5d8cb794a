// Pure helpers of the front: requests to notes-api and rendering, without any global (testable with node --test).
// The browser calls /api/...; the web server (nginx in the image, Vite in development) strips /api
// and forwards to notes-api, whose routes are /notes, /stats and /health.

export const API_BASE = '/api'
export const MAX_LENGTH = 1000

/** GET /api/notes: the list of notes. */
export function listRequest(base = API_BASE) {
  return { url: `${base}/notes`, init: { headers: { accept: 'application/json' } } }
}

/** GET /api/stats: number of notes and visits. */
export function statsRequest(base = API_BASE) {
  return { url: `${base}/stats`, init: { headers: { accept: 'application/json' } } }
}

/** The text of a new note, trimmed, or an error message in French when it cannot be sent. */
export function validateText(text) {
  const value = String(text ?? '').trim()
  if (value === '')
    return { error: 'La note est vide.' }
  if (value.length > MAX_LENGTH)
    return { error: `La note dépasse ${MAX_LENGTH} caractères.` }
  return { text: value }
}

/** POST /api/notes with the JSON body {"text": "..."}. */
export function createRequest(text, base = API_BASE) {
  return {
    url: `${base}/notes`,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({ text }),
    },
  }
}

/** Keeps the well-formed notes of a /notes response, newest first. */
export function parseNotes(data) {
  if (!Array.isArray(data))
    return []
  return data
    .filter(n => n && typeof n === 'object' && typeof n.text === 'string' && n.id !== undefined)
    .sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')) || Number(b.id) - Number(a.id))
}

/** Message shown for a failed response (status of the proxy or of the API). */
export function errorMessage(status) {
  if (status === 400)
    return 'Note refusée par l\'API (texte vide ou JSON invalide).'
  if (status === 502 || status === 504)
    return 'API injoignable : le serveur web ne joint pas notes-api.'
  if (status === 503)
    return 'Base de données indisponible : réessayez dans un instant.'
  return `Erreur ${status} de l'API.`
}

/** Date of a note for display (UTC, stable whatever the browser's time zone). */
export function formatDate(iso) {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime()))
    return ''
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/**
 * One <li> for a note. The note's text is user input: it only ever goes through textContent,
 * never innerHTML, so "<img onerror=...>" is displayed, not executed.
 */
export function noteItem(doc, note) {
  const li = doc.createElement('li')
  li.className = 'note'
  const text = doc.createElement('p')
  text.textContent = note.text
  const meta = doc.createElement('small')
  meta.textContent = `#${note.id} · ${formatDate(note.createdAt)}`
  li.append(text, meta)
  return li
}
