// French typography of the slides: `tsx scripts/typography.ts [--fix] [files…]` (default: slides.md and pages/*.md).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { checkTypography } from '../lib/deck/typography'

const args = process.argv.slice(2)
const fix = args.includes('--fix')
let files = args.filter(a => a !== '--fix')
if (files.length === 0)
  files = ['slides.md', ...readdirSync('pages').filter(f => f.endsWith('.md')).map(f => `pages/${f}`)]

let total = 0
for (const file of files) {
  const text = readFileSync(file, 'utf-8')
  const { issues, fixed } = checkTypography(text)
  total += issues.length
  for (const issue of issues)
    console.log(`${file}:${issue.line}:${issue.column} : ${issue.message}`)
  if (fix && fixed !== text)
    writeFileSync(file, fixed)
}
console.log(fix ? `${total} correction(s) appliquée(s).` : `${total} problème(s) de typographie.`)
process.exit(!fix && total > 0 ? 1 : 0)
