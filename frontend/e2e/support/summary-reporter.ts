import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter'
import { SCREENSHOTS_DIR } from './env'

/**
 * Ends the run with one plain line, "N passed, N failed" (the shape every test command of this project prints).
 * A test counts once, by its final outcome; errors outside tests (global setup, a file that does not load) count
 * as failures too, so that line never says "0 failed" for a run that failed.
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<TestCase, ReturnType<TestCase['outcome']>>()
  private errors = 0

  printsToStdio(): boolean {
    return true
  }

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test, test.outcome())
  }

  onError(_error: TestError): void {
    this.errors++
  }

  onEnd(result: FullResult): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected' || outcome === 'flaky') passed++
      else if (outcome === 'unexpected') failed++
      else skipped++
    }
    failed += this.errors
    if (result.status !== 'passed' && failed === 0) failed = 1
    console.log('')
    if (skipped > 0) console.log(`${skipped} skipped`)
    console.log(`Screenshots: ${SCREENSHOTS_DIR}<project>/<screen>.png`)
    console.log(`${passed} passed, ${failed} failed`)
  }
}
