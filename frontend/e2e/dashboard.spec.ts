import { test, expect } from './fixtures'
import { apiGet, Dashboard, Frame, PartnersRegistry } from './support/pages'

interface Page_<T> { total: number; items: T[] }
interface Listed { status: string; nearestExpiry?: string }

test.describe('dashboard', () => {
  test('cards show the figures of partners-service', async ({ page, t, checkScreen }) => {
    await page.goto('/')
    await new Frame(page, t).expectReady()
    const dashboard = new Dashboard(page, t)

    const active = await dashboard.value(t('dashboard.activePartners'))
    const expiring = await dashboard.value(t('dashboard.expiring'))
    const expired = await dashboard.value(t('dashboard.expired'))

    // The same figures, asked of the API with the browser's session.
    expect(active).toBe((await apiGet<Page_<Listed>>(page, '/api/partners/institutions?status=active&size=1')).total)
    expect(expiring).toBe((await apiGet<{ count: number }>(page, '/api/partners/figures/agreements-expiring?withinDays=90')).count)
    expect(expired).toBe((await apiGet<Page_<unknown>>(page, '/api/partners/agreements?state=expired&size=1')).total)
    // The demo data has agreements in every state.
    expect(active).toBeGreaterThan(0)
    expect(expiring).toBeGreaterThan(0)
    expect(expired).toBeGreaterThan(0)

    await checkScreen('dashboard')
  })

  test('the active partners card opens the registry filtered to active partners', async ({ page, t }) => {
    await page.goto('/')
    const dashboard = new Dashboard(page, t)
    const active = await dashboard.value(t('dashboard.activePartners'))

    await page.getByRole('link', { name: t('dashboard.activePartners') }).click()

    await expect(page).toHaveURL(/\/partners\?status=active$/)
    const registry = new PartnersRegistry(page, t)
    await registry.expectLoaded()
    await expect(registry.filterItem(t('partners.status'))).toContainText(t('status.active'))
    await expect(registry.total).toHaveText(t('partners.total', { count: active }))
    expect(new Set(await registry.column(t('partners.status')))).toEqual(new Set([t('status.active')]))
  })

  test('the expiring card opens the agreements expiring within 90 days', async ({ page, t }) => {
    await page.goto('/')
    const count = await new Dashboard(page, t).value(t('dashboard.expiring'))

    await page.getByRole('link', { name: t('dashboard.expiring') }).click()

    await expect(page).toHaveURL(/\/agreements\?expiringWithinDays=90$/)
    await expect(page.getByLabel(t('agreements.expiringWithinDays'))).toHaveValue('90')
    await expect(page.getByText(t('agreements.total', { count }))).toBeVisible()
    // Every agreement listed is in force and runs out within 90 days (tagged ≤ 30 or ≤ 90 days).
    const tags = page.getByRole('main').locator('tbody [data-expiry]')
    await expect(tags).toHaveCount(count)
    for (const status of await tags.evaluateAll((els) => els.map((el) => el.getAttribute('data-expiry')))) {
      expect(['critical', 'soon']).toContain(status)
    }
    await expect(page.getByRole('main').getByRole('link', { name: 'DEMO-MAN-MOU' })).toBeVisible()
  })
})
