// Runs a Slidev command that needs a browser (build with PDF download, export) with the system Chromium.
// Usage: tsx scripts/slidev.ts <build|export> [slidev options…]
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { resolveChromium } from './chromium'

const [command, ...rest] = process.argv.slice(2)
if (command !== 'build' && command !== 'export') {
  console.error('Usage : tsx scripts/slidev.ts <build|export> [options de slidev]')
  process.exit(2)
}

let chromium: string
try {
  chromium = resolveChromium()
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

// Mermaid diagrams render asynchronously after the print page is idle; on a busy machine an export without a
// pause came out blank. One pause for the whole print page (not per slide) is cheap insurance.
const defaults: string[] = []
if (!rest.some(a => a.startsWith('--wait')))
  defaults.push('--wait', '5000')
if (!rest.some(a => a.startsWith('--timeout')))
  defaults.push('--timeout', '180000')

const args = [command, ...rest, ...defaults, '--executable-path', chromium]
console.log(`slidev ${args.join(' ')}`)
const result = spawnSync('slidev', args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
process.exit(result.status ?? 1)
