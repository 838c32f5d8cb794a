// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { checkMermaid } from './mermaid'

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
