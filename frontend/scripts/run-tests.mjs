// Runs Vitest once and ends with a plain "N passed, N failed" line (read from Vitest's JSON report).
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'

const report = 'test-results/vitest.json'
rmSync(report, { force: true })
const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' })
let passed = 0
let failed = 0
try {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests
  failed = json.numFailedTests + (json.numRuntimeErrorTests ?? 0)
  if (json.numFailedTestSuites > 0 && failed === 0) failed = json.numFailedTestSuites
} catch {
  failed = Math.max(1, failed)
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(run.status === 0 && failed === 0 ? 0 : 1)
