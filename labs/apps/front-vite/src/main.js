import { createRequest, errorMessage, listRequest, noteItem, parseNotes, statsRequest, validateText } from './notes.js'
import './style.css'

const list = document.querySelector('#notes')
const form = document.querySelector('#new-note')
const input = document.querySelector('#text')
const status = document.querySelector('#status')
const stats = document.querySelector('#stats')

function say(message, error = false) {
  status.textContent = message
  status.classList.toggle('error', error)
}

async function call({ url, init }) {
  const response = await fetch(url, init)
  if (!response.ok)
    throw new Error(errorMessage(response.status))
  return response.json()
}

async function refresh() {
  try {
    const notes = parseNotes(await call(listRequest()))
    list.replaceChildren(...notes.map(note => noteItem(document, note)))
    const { notes: count, visits } = await call(statsRequest())
    stats.textContent = `${count} note(s), ${visits} visite(s)`
    say(notes.length ? '' : 'Aucune note pour l\'instant.')
  }
  catch (error) {
    say(error instanceof TypeError ? 'Réseau indisponible.' : error.message, true)
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const checked = validateText(input.value)
  if (checked.error) {
    say(checked.error, true)
    return
  }
  try {
    await call(createRequest(checked.text))
    input.value = ''
    await refresh()
  }
  catch (error) {
    say(error instanceof TypeError ? 'Réseau indisponible.' : error.message, true)
  }
})

refresh()
