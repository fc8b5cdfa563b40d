import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

/** Every demo user's login name (keycloak/realm-meridian.json): none may show where a person is meant. */
const LOGIN_NAMES = /\b(zhang\.wei|wang\.fang|li\.na|chen\.jie|zhao\.min|liu\.qiang|sun\.li|liu\.yang|zhou\.xin|wu\.hao|he\.jing|maria\.silva)\b/g

/** The main staff screens, each a list whose first record is opened and every tab of it shown. */
const LISTS = ['/partners', '/agreements', '/alliances', '/schemes', '/calls', '/briefings'] as const

async function settled(page: Page) {
  await page.waitForLoadState('networkidle')
  // Names still being read from the directory show as busy placeholders.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

test.describe('people by name, never by login name @staff', () => {
  test('the dashboard, the lists and every tab of their first records name people and units', async ({ page, language, checkScreen }) => {
    test.setTimeout(240_000)
    const shown = async (screen: string) => {
      await settled(page)
      const text = await page.getByRole('main').innerText()
      expect(text.match(LOGIN_NAMES) ?? [], `login names on "${screen}" (${page.url()})`).toEqual([])
      await checkScreen(`names-${screen}`)
    }

    await page.goto('/')
    await shown('dashboard')
    for (const list of LISTS) {
      await page.goto(list)
      await shown(list.slice(1))
      const first = page.getByRole('main').getByRole('table').getByRole('row').nth(1).getByRole('link').first()
      if ((await first.count()) === 0) continue
      await first.click()
      await expect(page).not.toHaveURL(new RegExp(`${list}$`))
      const tabs = page.getByRole('main').getByRole('tab')
      await settled(page)
      const count = await tabs.count()
      for (let index = 0; index < Math.max(count, 1); index++) {
        if (count > 0) await tabs.nth(index).click()
        await shown(`${list.slice(1)}-record-${index + 1}`)
      }
    }
    // A Chinese screen names the signed-in person in Chinese too.
    if (language === 'zh-CN') await expect(page.getByRole('banner')).toContainText('王芳')
  })
})
