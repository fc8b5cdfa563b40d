import { test, expect } from './fixtures'
import { Frame } from './support/pages'

/** Demo data (devstack/demo/partners/alliances.json): BRIMEA, founded with NUS among its members. */
const BRIMEA = { zh: '一带一路国际医学教育联盟', en: 'Belt and Road International Medical Education Alliance', abbreviation: 'BRIMEA' }
const NUS = { zh: '新加坡国立大学', en: 'National University of Singapore' }

test.describe('alliances', () => {
  test('the list, an alliance with our role, dates and members, and the membership on the partner page', async ({ page, t, language, checkScreen }) => {
    const name = (value: { zh: string; en: string }) => (language === 'en' ? value.en : value.zh)
    await page.goto('/alliances')
    const frame = new Frame(page, t)
    await frame.expectReady()
    await expect(frame.heading).toHaveText(t('alliances.title'))
    await expect(frame.menu.getByRole('link', { name: t('menu.alliances'), exact: true })).toBeVisible()
    const row = page.getByRole('main').locator('tbody tr.ant-table-row').filter({ hasText: BRIMEA.abbreviation })
    await expect(row).toContainText(t('allianceRole.founding_member'))
    await checkScreen('alliances')

    await page.getByRole('searchbox', { name: t('alliances.search') }).fill(BRIMEA.abbreviation)
    await page.getByRole('searchbox', { name: t('alliances.search') }).press('Enter')
    await expect(page).toHaveURL(/\/alliances\?q=BRIMEA$/)
    await row.getByRole('link', { name: name(BRIMEA) }).click()

    await expect(page).toHaveURL(/\/alliances\/[0-9a-f-]{36}$/)
    await expect(frame.heading).toHaveText(name(BRIMEA))
    await expect(frame.breadcrumbs.getByRole('listitem')).toHaveText([t('common.home'), t('menu.alliances'), name(BRIMEA)])
    const facts = page.locator('.key-facts')
    await expect(facts).toContainText(t('allianceRole.founding_member'))
    await expect(facts).toContainText(/\d{4}-\d{2}-\d{2}/)
    await checkScreen('alliance')

    await page.getByRole('tab', { name: t('alliance.members') }).click()
    await expect(page).toHaveURL(/\?tab=members$/)
    const panel = page.getByRole('tabpanel')
    const member = panel.getByRole('row').filter({ hasText: name(NUS) })
    await expect(member).toContainText(/\d{4}-\d{2}-\d{2}/)
    await checkScreen('alliance-members')

    await member.getByRole('link').click()
    await expect(frame.heading).toHaveText(name(NUS))
    await page.getByRole('tab', { name: t('menu.alliances') }).click()
    const membership = page.getByRole('tabpanel').getByRole('row').filter({ hasText: name(BRIMEA) })
    await expect(membership).toContainText(t('allianceRole.founding_member'))
    await checkScreen('partner-alliances')
  })
})
