import { mkdirSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'
import { SCREENSHOTS_DIR } from './env'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const BLOCKING = new Set(['serious', 'critical'])

/** Waits until the screen has settled: no antd spinner or skeleton is showing. */
export async function waitUntilLoaded(page: Page): Promise<void> {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0)
}

/**
 * axe (WCAG 2.0/2.1 A and AA) on what the page shows now: fails on any serious or critical violation, listing each
 * rule with the elements it found. Everything axe reported is attached to the test.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  if (results.violations.length > 0) {
    await testInfo.attach(`axe-${screen}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' })
  }
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''))
  // One line per rule and element, so the failure reads as a list of what to fix.
  const found = blocking.flatMap((v) => v.nodes.map((n) =>
    `[${v.impact}] ${v.id} at ${n.target.join(' ')}: ${v.help}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`))
  expect(found, `axe: serious/critical WCAG violations on "${screen}" (${page.url()}); see ${blocking.map((v) => v.helpUrl).join(' ')}`).toEqual([])
}

/** A full-page screenshot for people to look at: e2e-results/screenshots/<project>/<screen>.png. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, screen: string): Promise<string> {
  const dir = `${SCREENSHOTS_DIR}${testInfo.project.name}/`
  mkdirSync(dir, { recursive: true })
  const path = `${dir}${screen}.png`
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' })
  return path
}

/** What every screen gets: wait until loaded, axe, screenshot. */
export async function checkScreen(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  await waitUntilLoaded(page)
  await saveScreenshot(page, testInfo, screen)
  await expectAccessible(page, testInfo, screen)
}
