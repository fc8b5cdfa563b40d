// Reports the initial JavaScript (the entry and its static imports, as index.html loads them) gzip size;
// fails over the budget of 400 kB.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const KB = 1000
const BUDGET = 400 * KB
const dist = 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1])
let total = 0
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
  total += size
  console.log(`  ${file}: ${(size / KB).toFixed(1)} kB gzip`)
}
console.log(`Initial JavaScript: ${(total / KB).toFixed(1)} kB gzip (budget ${BUDGET / KB} kB)`)
if (total > BUDGET) {
  console.error('Initial JavaScript is over budget')
  process.exit(1)
}
