import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import type { Language } from './support/i18n'
import { literal, PartnersRegistry } from './support/pages'

/** Demo data (devstack/demo/partners): names and countries in both languages. */
const SINGAPORE: Record<Language, string> = { en: 'Singapore', 'zh-CN': '新加坡' }
const NUS = { zh: '新加坡国立大学', en: 'National University of Singapore' }
const MANCHESTER = { zh: '曼彻斯特大学', en: 'University of Manchester' }

test.describe('partners registry', () => {
  test('filters and sort live in the URL and come back on reload', async ({ page, t, language, checkScreen }) => {
    const registry = new PartnersRegistry(page, t)
    await registry.goto()

    await registry.choose(t('partners.country'), SINGAPORE[language], 'SG')
    await expect(page).toHaveURL(/[?&]country=SG(&|$)/)
    await registry.choose(t('partners.kind'), t('kind.university'))
    await expect(page).toHaveURL(/[?&]kind=university(&|$)/)
    const sorted = registry.waitForList((url) => url.searchParams.get('sort') === 'name')
    await page.getByRole('columnheader', { name: t('partners.name') }).click()
    await sorted
    await expect(page).toHaveURL(/[?&]sort=name(&|$)/)
    await registry.expectLoaded()

    await expect(registry.row(NUS.en)).toBeVisible()
    expect(new Set(await registry.column(t('partners.country')))).toEqual(new Set([SINGAPORE[language]]))
    expect(new Set(await registry.column(t('partners.kind')))).toEqual(new Set([t('kind.university')]))
    const names = await registry.column(t('partners.name'))
    await checkScreen('partners')

    await page.reload()
    await registry.expectLoaded()
    await expect(registry.filterItem(t('partners.country'))).toContainText(SINGAPORE[language])
    await expect(registry.filterItem(t('partners.kind'))).toContainText(t('kind.university'))
    await expect(page.getByRole('columnheader', { name: t('partners.name') })).toHaveAttribute('aria-sort', 'ascending')
    expect(await registry.column(t('partners.name'))).toEqual(names)

    await page.getByRole('button', { name: t('common.reset') }).click()
    await expect(page).toHaveURL(/\/partners$/)
    await expect(registry.filterItem(t('partners.country'))).not.toContainText(SINGAPORE[language])
  })

  for (const [what, text] of [['a Chinese name', '曼彻斯特'], ['an English name', 'Manchester']] as const) {
    test(`search by ${what} finds the demo partner, with its nearest expiry`, async ({ page, t }) => {
      const registry = new PartnersRegistry(page, t)
      await registry.goto()

      await registry.searchFor(text)

      await expect(page).toHaveURL(`/partners?q=${encodeURIComponent(text)}`)
      const row = registry.row(MANCHESTER.en)
      await expect(row).toHaveCount(1)
      await expect(row.getByRole('link').first()).toContainText(MANCHESTER.zh)
      // The memorandum with Manchester runs out within 90 days (demo data: today + 45 days).
      const tag = row.locator('[data-expiry]')
      await expect(tag).toHaveAttribute('data-expiry', 'soon')
      // Its urgency in words ("剩 45 天", "45 days left"), colour only as a second signal.
      const daysLeft = literal(t('expiry.daysLeft', { count: 0 })).replace('0', '\\d+')
      await expect(tag).toHaveText(new RegExp(`^\\d{4}-\\d{2}-\\d{2} · ${daysLeft}$`))
      // Nothing else matches.
      await expect(registry.total).toHaveText(t('partners.total', { count: 1 }))
    })
  }

  test('the CSV export downloads the filtered list (UTF-8 with BOM)', async ({ page, t }) => {
    const registry = new PartnersRegistry(page, t)
    await registry.goto('country=SG')
    await expect(registry.row(NUS.en)).toBeVisible()
    const shown = await registry.rows.count()

    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: t('common.exportCsv') }).click()
    const download = await downloading

    expect(download.suggestedFilename()).toMatch(/^institutions-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = readFileSync(await download.path())
    expect([...csv.subarray(0, 3)], 'UTF-8 byte-order mark, so Excel reads the Chinese names').toEqual([0xef, 0xbb, 0xbf])
    const lines = csv.toString('utf8').slice(1).trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/^name_zh,name_en,/)
    expect(lines).toHaveLength(shown + 1)
    expect(lines.some((line) => line.startsWith(`${NUS.zh},${NUS.en},`))).toBe(true)
    expect(lines.some((line) => line.includes(MANCHESTER.en))).toBe(false)
  })
})
