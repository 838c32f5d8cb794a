/**
 * Scenarios of the layer-cache simulator (chapter 5b): a Dockerfile, the build context's ignore file
 * and the changes the learner can try. The outcomes are computed by `simulate`, never written here.
 */
import type { Step } from './parse'
import type { Change, Simulation } from './simulate'
import { parseDockerfile } from './parse'
import { simulate } from './simulate'

export interface ScenarioChange {
  id: string
  /** Button text; `code` is shown in monospace after it. */
  label: string
  code?: string
  change: Change
}

export interface Scenario {
  id: string
  title: string
  dockerfile: string
  ignore: string[]
  /** Build target (`--target`), if not the last stage. */
  target?: string
  /** Targets the learner may choose between (multi-stage scenarios); the first is the default. */
  targets?: string[]
  changes: ScenarioChange[]
}

const PY_GOOD = `FROM python:3.13-slim
RUN apt-get update \\
 && apt-get install -y --no-install-recommends libpq5 \\
 && rm -rf /var/lib/apt/lists/*
WORKDIR /code
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY ./app ./app
USER 10001
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`

const PY_BAD = `FROM python:3.13-slim
WORKDIR /code
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
USER 10001
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`

const NODE_MULTI = `FROM node:24-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
FROM deps AS test
COPY . .
RUN npm test
FROM node:24-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src ./src
USER node
CMD ["node", "src/server.js"]
`

export const scenarios: Scenario[] = [
  {
    id: 'bon-ordre',
    title: 'Bon ordre',
    dockerfile: PY_GOOD,
    ignore: ['.git', '**/__pycache__', '.venv', 'README.md'],
    changes: [
      { id: 'none', label: 'Relancer le build sans rien changer', change: { kind: 'none' } },
      { id: 'code', label: 'Modifier', code: 'app/main.py', change: { kind: 'file', path: 'app/main.py' } },
      { id: 'deps', label: 'Modifier', code: 'requirements.txt', change: { kind: 'file', path: 'requirements.txt' } },
      { id: 'readme', label: 'Modifier', code: 'README.md', change: { kind: 'file', path: 'README.md' } },
      { id: 'cmd', label: 'Changer le port dans', code: 'CMD', change: { kind: 'edit', line: 10, text: 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]' } },
      { id: 'apt', label: 'Correctif publié pour', code: 'libpq5', change: { kind: 'outside' } },
      { id: 'pull', label: 'Nouvelle image de base +', code: '--pull', change: { kind: 'pull', image: 'python:3.13-slim' } },
    ],
  },
  {
    id: 'mauvais-ordre',
    title: 'Mauvais ordre',
    dockerfile: PY_BAD,
    ignore: [],
    changes: [
      { id: 'none', label: 'Relancer le build sans rien changer', change: { kind: 'none' } },
      { id: 'code', label: 'Modifier', code: 'app/main.py', change: { kind: 'file', path: 'app/main.py' } },
      { id: 'deps', label: 'Modifier', code: 'requirements.txt', change: { kind: 'file', path: 'requirements.txt' } },
      { id: 'readme', label: 'Modifier', code: 'README.md', change: { kind: 'file', path: 'README.md' } },
      { id: 'git', label: 'Un commit modifie', code: '.git/', change: { kind: 'file', path: '.git/index' } },
    ],
  },
  {
    id: 'multi-etapes',
    title: 'Multi-étapes',
    dockerfile: NODE_MULTI,
    ignore: ['.git', 'node_modules'],
    targets: ['runtime', 'test'],
    changes: [
      { id: 'code', label: 'Modifier', code: 'src/server.js', change: { kind: 'file', path: 'src/server.js' } },
      { id: 'test', label: 'Modifier', code: 'test/server.test.js', change: { kind: 'file', path: 'test/server.test.js' } },
      { id: 'lock', label: 'Modifier', code: 'package-lock.json', change: { kind: 'file', path: 'package-lock.json' } },
    ],
  },
]

export interface PreparedScenario extends Scenario {
  steps: Step[]
}

/** Parses a scenario's Dockerfile; a scenario whose change does not apply throws (see `simulate`). */
export function prepareScenario(scenario: Scenario): PreparedScenario {
  const steps = parseDockerfile(scenario.dockerfile)
  const targets = scenario.targets?.length ? scenario.targets : [scenario.target]
  for (const target of targets) {
    for (const entry of scenario.changes)
      simulate(steps, entry.change, { ignore: scenario.ignore, target })
  }
  return { ...scenario, steps }
}

export function findScenario(id: string): Scenario {
  const found = scenarios.find(s => s.id === id)
  if (!found)
    throw new Error(`Scénario de cache inconnu « ${id} » (connus : ${scenarios.map(s => s.id).join(', ')}).`)
  return found
}

export function runScenario(scenario: PreparedScenario, changeId: string, target?: string): Simulation {
  const entry = scenario.changes.find(c => c.id === changeId)
  if (!entry)
    throw new Error(`Scénario « ${scenario.id} » : modification inconnue « ${changeId} ».`)
  return simulate(scenario.steps, entry.change, { ignore: scenario.ignore, target: target ?? scenario.target })
}
