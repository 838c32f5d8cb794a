// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkLiveMermaid, checkMermaid } from './mermaid'

describe('mermaid checker (mermaid\'s own parser)', () => {
  it('accepts the diagram types the course uses', async () => {
    for (const code of [
      'flowchart LR\n  cli[docker CLI] --> d[dockerd] --> c[containerd]',
      'sequenceDiagram\n  participant U as Utilisateur\n  U->>D: docker run',
      'classDiagram\n  Image <|-- Conteneur',
      'stateDiagram-v2\n  [*] --> created\n  created --> running',
      'gitGraph\n  commit\n  branch dev\n  commit',
      'architecture-beta\n  service db(database)[DB]\n  service api(server)[API]\n  db:L -- R:api',
    ])
      expect(await checkMermaid(code), code).toEqual([])
  })

  it('reports mermaid\'s message and the line of the error', async () => {
    expect(await checkMermaid('sequenceDiagram\n  A->>B: ok\n  A->>: oops')).toEqual([
      { line: 2, message: 'mermaid : Parse error on line 3: — Expecting \'link\', \'+\', \'-\', \'()\', \'ACTOR\', got \'TXT\'' },
    ])
    // An unfinished last line: mermaid says "line 4" (end of input); the location stays in the block.
    const [problem] = await checkMermaid('flowchart LR\n  A --> B\n  B -->')
    expect(problem.line).toBe(2)
    expect(problem.message).toMatch(/^mermaid : Parse error on line 4: — Expecting /)
  })
})

describe('live diagrams (steps and accessibility)', () => {
  const head = 'flowchart LR\n  accTitle: Chaîne\n  accDescr: Du poste au registre\n  a --> b'
  it('accepts a stepped diagram whose every step parses', async () => {
    expect(await checkLiveMermaid(`${head}\n%% step\n  b --> c\n%% step\n  c --> d`)).toEqual([])
  })

  it('reports a broken step on the line the author wrote, with the step', async () => {
    const problems = await checkLiveMermaid(`${head}\n  subgraph s\n%% step\n  b --> c\n  end\n%% step\n  c -->`)
    expect(problems).toHaveLength(1)
    // Step 0 stops inside the subgraph (its `end` comes with step 1): mermaid fails at the end of that step.
    expect(problems[0]!.message).toMatch(/^mermaid : Parse error .*\(étape 0 sur 2, ligne 1 du bloc\)$/)
    expect(problems[0]!.line).toBe(4)
  })

  it('reports a misplaced marker and a missing title or description', async () => {
    expect(await checkLiveMermaid(`${head}\n%% /step`)).toEqual([{ line: 4, message: 'mermaid : « %% /step » sans « %% step » ouvert' }])
    expect(await checkLiveMermaid('flowchart LR\n  accTitle: x\n  a --> b')).toEqual([{ line: 0, message: expect.stringMatching(/^mermaid : accDescr manquant/) }])
    expect(await checkLiveMermaid('flowchart LR\n  a --> b\n%% step\n  accTitle: x\n  accDescr: y\n  b --> c')).toEqual([{ line: 0, message: expect.stringMatching(/accTitle et accDescr manquant/) }])
  })
})
