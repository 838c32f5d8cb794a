// Proves the browser suite's Content-Security-Policy detection (suite.ts: reportCspViolations, cspConsoleDefect):
// a page with an inline script, an inline style attribute and a data: image is served under a policy that forbids
// all three, and each must come out as a `csp` message naming its directive; the same page without the policy must
// give none. Usage: tsx tests/e2e/csp-selftest.ts   (exits 1 when the detection misses or invents a violation)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium'
import { serveStatic } from './serve'
import { cspConsoleDefect, reportCspViolations } from './suite'

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>CSP</title></head>
<body>
<p>Témoin.</p>
<script>document.body.dataset.inline = 'exécuté'</script>
<p style="color: red">Style en attribut.</p>
<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACwAAAAAAQABAAA=">
</body></html>
`
const POLICY = 'default-src \'self\''
/** Directive each violation of PAGE must be reported under. */
const EXPECTED = ['script-src-elem', 'style-src-attr', 'img-src']

async function messagesFor(dir: string, headers: Record<string, string>): Promise<string[]> {
  const server = await serveStatic(dir, { headers })
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS, headless: true })
  const messages: string[] = []
  try {
    const context = await browser.newContext()
    await context.addInitScript(() => {
      (globalThis as any).__name ??= (f: unknown) => f
    })
    await context.addInitScript(reportCspViolations)
    const page = await context.newPage()
    page.on('console', (msg) => {
      const csp = msg.type() === 'error' ? cspConsoleDefect(msg.text()) : undefined
      if (csp !== undefined)
        messages.push(csp)
    })
    await page.goto(`${server.url}/`, { waitUntil: 'load' })
    await page.waitForTimeout(500)
  }
  finally {
    await browser.close()
    await server.close()
  }
  return messages
}

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'csp-selftest-'))
  try {
    writeFileSync(join(dir, 'index.html'), PAGE)
    const problems: string[] = []
    const under = await messagesFor(dir, { 'content-security-policy': POLICY })
    const listener = under.filter(m => !m.startsWith('Chromium'))
    for (const directive of EXPECTED) {
      if (!listener.some(m => m.includes(`par ${directive} `)))
        problems.push(`MANQUE : violation ${directive} non signalée par l'écouteur securitypolicyviolation`)
      if (!under.some(m => m.startsWith('Chromium') && m.includes(directive.replace(/-(?:elem|attr)$/, ''))))
        problems.push(`MANQUE : ligne de Chromium pour ${directive} non reconnue par cspConsoleDefect`)
    }
    const without = await messagesFor(dir, {})
    for (const m of without)
      problems.push(`EN TROP (page sans politique) : ${m}`)
    for (const m of under)
      process.stdout.write(`  csp : ${m.slice(0, 160)}\n`)
    if (problems.length) {
      console.error(`Auto-test CSP : ÉCHEC\n${problems.map(p => `  ${p}`).join('\n')}`)
      return 1
    }
    process.stdout.write(`Auto-test CSP OK : ${EXPECTED.join(', ')} signalés sous « ${POLICY} », rien sans politique.\n`)
    return 0
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().then(code => process.exit(code), (error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
