import { test, expect } from './fixtures'
import { Frame, PartnersRegistry } from './support/pages'

/** Demo data (devstack/demo/partners): NUS and its student exchange agreement. */
const NUS = { zh: '新加坡国立大学', en: 'National University of Singapore', website: 'https://nus.edu.sg', abbreviation: 'NUS' }

test.describe('partner page', () => {
  test('tabs show the overview, contacts and units, agreements as a timeline, documents and history', async ({ page, t, language, checkScreen }) => {
    const registry = new PartnersRegistry(page, t)
    await registry.goto()
    await registry.searchFor(NUS.en)
    await registry.row(NUS.en).getByRole('link').first().click()

    await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/)
    const frame = new Frame(page, t)
    const [first, second] = language === 'en' ? [NUS.en, NUS.zh] : [NUS.zh, NUS.en]
    await expect(frame.heading).toHaveText(first)
    // The name in the other language under it (and again in the overview).
    await expect(page.getByRole('main').getByText(second, { exact: true }).first()).toBeVisible()

    const tabs = page.getByRole('tablist')
    const panel = page.getByRole('tabpanel')
    await expect(tabs.getByRole('tab')).toHaveText([
      t('partner.overview'), t('partner.contactsAndUnits'), t('partner.agreements'), t('menu.alliances'), t('agreement.documents'),
      t('partner.history'),
    ])

    // Overview: the institution's record.
    await expect(tabs.getByRole('tab', { name: t('partner.overview') })).toHaveAttribute('aria-selected', 'true')
    await expect(panel.getByRole('link', { name: NUS.website })).toHaveAttribute('href', NUS.website)
    await expect(panel).toContainText(NUS.abbreviation)
    await expect(panel).toContainText(t('kind.university'))
    await checkScreen('partner-overview')

    await tabs.getByRole('tab', { name: t('partner.contactsAndUnits') }).click()
    await expect(panel.getByRole('heading', { name: t('form.contacts') })).toBeVisible()
    await expect(panel.getByRole('heading', { name: t('partner.units') })).toBeVisible()
    await expect(panel.getByRole('columnheader', { name: t('form.contactEmail') })).toBeVisible()
    await checkScreen('partner-contacts')

    await tabs.getByRole('tab', { name: t('partner.agreements') }).click()
    // A timeline: one entry per agreement, its title a link to the agreement's page.
    const agreement = panel.getByRole('listitem').filter({ hasText: 'DEMO-NUS-EXCHANGE' })
    await expect(agreement).toBeVisible()
    await expect(agreement).toContainText(language === 'en'
      ? 'Student Exchange Agreement with the National University of Singapore' : '与新加坡国立大学学生交换协议')
    await expect(agreement.locator('[data-expiry]')).toHaveAttribute('data-expiry', 'later')
    await expect(agreement.locator('[data-state]')).toHaveText(t('agreementState.active'))
    await checkScreen('partner-agreements')

    await tabs.getByRole('tab', { name: t('agreement.documents') }).click()
    await expect(panel.getByRole('columnheader', { name: t('document.agreement') })).toBeVisible()
    await checkScreen('partner-documents')

    await tabs.getByRole('tab', { name: t('partner.history') }).click()
    await expect(panel.getByRole('columnheader', { name: t('partner.version') })).toBeVisible()
    // Registered by the demo loader, then activated: version 1 is there, and nothing below it.
    const versions = panel.getByRole('row').filter({ has: page.getByRole('cell') })
    await expect(versions.first()).toBeVisible()
    await expect(versions.filter({ has: page.getByRole('cell', { name: 'v1', exact: true }) }).first()).toBeVisible()
    await checkScreen('partner-history')
  })
})
