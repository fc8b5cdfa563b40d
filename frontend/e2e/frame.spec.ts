import { test, expect } from './fixtures'
import { LANGUAGE_KEY, otherLanguage, translator } from './support/i18n'
import { Frame, PartnersRegistry } from './support/pages'
import { nameOf } from './support/users'

test.describe('frame', () => {
  // The dashboard's screen check (axe, screenshot) is in dashboard.spec.ts.
  test('speaks the project language and shows the menu for the role', async ({ page, t, language, user }) => {
    await page.goto('/')
    const frame = new Frame(page, t)
    await frame.expectReady()

    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await expect(frame.menuLink('dashboard')).toBeVisible()
    await expect(frame.menuLink('partners')).toBeVisible()
    await expect(frame.menuLink('agreements')).toBeVisible()
    await expect(frame.menuLink('alliances')).toBeVisible()
    // Grouped by domain; a group with nothing in it for the role is not shown. The office runs the programmes
    // (going abroad); leadership has only the partners' screens so far.
    await expect(frame.menu).toContainText(t('menuGroup.cooperation'))
    const programmes = (['schemes', 'calls', 'briefings'] as const).map((key) =>
      frame.menu.getByRole('link', { name: t(`programmesMenu.${key}`), exact: true }))
    if (user.readOnly) {
      await expect(frame.menu.getByRole('link')).toHaveCount(4)
      await expect(frame.menu).not.toContainText(t('menuGroup.outbound'))
    } else {
      for (const link of programmes) await expect(link).toBeVisible()
      await expect(frame.menu.getByRole('link', { name: t('selectionMenu.mobilities'), exact: true })).toBeVisible()
      // …and reads the international students' applications, programmes and intakes.
      await expect(frame.menu.getByRole('link')).toHaveCount(11)
      await expect(frame.menu).toContainText(t('menuGroup.outbound'))
    }
    await expect(frame.heading).toHaveText(t('menu.dashboard'))
    // Leadership reads only, and the header says so.
    const userMenu = frame.userMenuButton(nameOf(user, language))
    await expect(userMenu).toBeVisible()
    if (user.readOnly) {
      await expect(userMenu).toContainText(t('header.readOnly'))
      await expect(userMenu).toHaveAccessibleName(`${t('header.userMenu')}: ${nameOf(user, language)} ${t('header.readOnly')}`)
    } else {
      await expect(userMenu).not.toContainText(t('header.readOnly'))
    }
  })

  test('language switch changes the whole UI and is remembered after a reload', async ({ page, t, language }) => {
    const other = otherLanguage(language)
    const t2 = translator(other)
    const registry = new PartnersRegistry(page, t)
    await registry.goto()

    await new Frame(page, t).switchLanguage(other)

    const switched = new Frame(page, t2)
    await expect(switched.menuLink('partners')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t2('partners.title'))
    await expect(page.locator('html')).toHaveAttribute('lang', other)
    // antd's own texts follow (the pagination's "per page" selector).
    await expect(page.locator('.ant-pagination-options')).toContainText(other === 'en' ? '/ page' : '条/页')
    expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBe(other)

    await page.reload()
    await expect(switched.menuLink('partners')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t2('partners.title'))
    await expect(page.locator('html')).toHaveAttribute('lang', other)
  })

  test.describe('without a remembered choice', () => {
    test.use({ rememberLanguage: false })

    test('the console speaks the user\'s own locale from /api/me (zh-CN for both demo users)', async ({ page, user }) => {
      const me = await page.request.get('/api/me', { headers: { 'X-Requested-With': 'JavaScript' } })
      expect(await me.json()).toMatchObject({ username: user.username, locale: 'zh-CN' })
      await page.goto('/')
      const zh = translator('zh-CN')
      await expect(new Frame(page, zh).menuLink('partners')).toBeVisible()
      await expect(new Frame(page, zh).heading).toHaveText(zh('menu.dashboard'))
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBeNull()
    })
  })

  test('breadcrumbs follow the route and lead back', async ({ page, t }) => {
    const frame = new Frame(page, t)
    const registry = new PartnersRegistry(page, t)
    await registry.goto('q=Manchester')

    await expect(frame.breadcrumbs.getByRole('listitem')).toHaveText([t('common.home'), t('menu.partners')])
    // The name as the list shows it (the link also carries the other language, visually hidden).
    const name = await registry.rows.first().getByRole('link').first().locator('[lang]').first().innerText()
    await registry.rows.first().getByRole('link').first().click()
    await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/)
    // The last step is the record's own name, the page's heading.
    await expect(frame.heading).toHaveText(name)
    await expect(frame.breadcrumbs.getByRole('listitem')).toHaveText([t('common.home'), t('menu.partners'), name])

    await frame.breadcrumbs.getByRole('link', { name: t('menu.partners') }).click()
    await expect(page).toHaveURL(/\/partners$/)
    await frame.breadcrumbs.getByRole('link', { name: t('common.home') }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(frame.heading).toHaveText(t('menu.dashboard'))
  })

  test('the bell lists the agreements of the user that expire within 90 days', async ({ page, t, user, language, checkScreen }) => {
    await page.goto('/')
    const frame = new Frame(page, t)
    await frame.expectReady()
    // The same question the bell asks, straight to the API with the browser's session.
    const answer = await page.request.get(`/api/partners/agreements?owner=${user.username}&expiringWithinDays=90&sort=expiryDate&size=50`, {
      headers: { 'X-Requested-With': 'JavaScript' },
    })
    expect(answer.ok()).toBe(true)
    const expected = (await answer.json()) as { total: number; items: { referenceCode: string; title: { zh: string; en: string } }[] }
    await expect.poll(() => frame.bellCount()).toBe(expected.total)

    await frame.bell.click()
    await expect(frame.notifications).toBeVisible()
    const items = frame.notifications.getByRole('listitem')
    if (user.readOnly) {
      // Leadership owns no agreements in the demo data.
      expect(expected.total).toBe(0)
      await expect(frame.notifications).toContainText(t('header.noExpiring'))
    } else {
      // wang.fang owns the demo agreements, three of them within 90 days of expiry.
      expect(expected.total).toBeGreaterThanOrEqual(3)
      await expect(items).toHaveCount(Math.min(expected.total, 50))
      for (const ref of ['DEMO-KIMCEA-MOU', 'DEMO-MAN-MOU', 'DEMO-UBC-EXCHANGE']) {
        const agreement = expected.items.find((a) => a.referenceCode === ref)
        expect(agreement, `${ref} is in the bell`).toBeDefined()
        await expect(items.filter({ hasText: ref })).toContainText(language === 'en' ? agreement!.title.en : agreement!.title.zh)
      }
      await expect(items.first()).toContainText(t('header.expires', { date: '' }).trim())
    }
    await checkScreen('bell')
  })
})
