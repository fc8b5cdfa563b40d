import { test, expect } from './fixtures'
import { button, chooseOption, Frame } from './support/pages'

/** Demo data (devstack/demo/programmes). */
const CALL = { en: 'Chun Miao Plan Student Exchange 2026', zh: '2026年春苗计划学生海外交流项目' }
const MANCHESTER = { en: 'University of Manchester', zh: '曼彻斯特大学' }
const HELD_BRIEFING = { en: '2024 Student Overseas Exchange Briefing, Jinyun campus', zh: '2024年学生海外交流项目宣讲会（缙云校区）' }

const nameIn = (language: string, name: { en: string; zh: string }) => (language === 'en' ? name.en : name.zh)

test.describe('the office runs programmes', { tag: '@staff' }, () => {
  test('opens a call with its places against the agreements, sees its applications, and marks attendance at a briefing',
    async ({ page, t, language, checkScreen }) => {
      const frame = new Frame(page, t)
      const main = page.getByRole('main')

      // Calls: the demo call is open, its destinations show the places against what each agreement offers.
      await page.goto('/calls?state=open')
      await expect(frame.heading).toHaveText(t('calls.title'))
      await expect(main.locator('tbody [data-state]').first()).toHaveText(t('callState.open'))
      await checkScreen('office-calls')
      await main.getByRole('link', { name: nameIn(language, CALL) }).click()
      await expect(frame.heading).toHaveText(nameIn(language, CALL))
      await expect(page.getByRole('heading', { name: t('call.lifecycle') })).toBeVisible()
      const manchester = page.getByRole('tabpanel').locator('tr').filter({ hasText: nameIn(language, MANCHESTER) })
      await expect(manchester).toContainText(/Manchester's study-abroad office confirmed two/)
      await expect(page.getByRole('group', { name: t('lifecycle.nextSteps') })).toContainText(t('callTransition.closed'))
      await checkScreen('office-call')
      await page.getByRole('tab', { name: t('call.eligibility') }).click()
      await expect(page.getByRole('tabpanel')).toContainText('IELTS ≥ 6.5')
      await checkScreen('office-call-eligibility')

      // Its applications, filtered by state and unit; the CSV export carries the same filters.
      await button(main, t('call.viewApplications')).click()
      await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\/applications$/)
      await expect(frame.heading).toHaveText(t('applications.title'))
      await expect(main.locator('tbody tr.ant-table-row').first()).toBeVisible()
      await chooseOption(page, main.getByLabel(t('applications.unit'), { exact: true }), t('unit.nursing'))
      await expect(page).toHaveURL(/unit=nursing/)
      const units = main.locator('tbody tr.ant-table-row td:nth-child(2)')
      await expect(units.first()).toHaveText(t('unit.nursing'))
      for (const unit of await units.allInnerTexts()) expect(unit.trim()).toBe(t('unit.nursing'))
      await expect(page.getByRole('link', { name: t('common.exportCsv') })).toHaveAttribute('href', /\/api\/programmes\/applications\/export\.csv\?callId=[0-9a-f-]{36}&unit=nursing$/)
      await checkScreen('office-call-applications')

      // A held briefing: a walk-in is registered from the sign-in sheet and marked as attended.
      await frame.menu.getByRole('link', { name: t('programmesMenu.briefings'), exact: true }).click()
      await expect(frame.heading).toHaveText(t('briefings.title'))
      await checkScreen('office-briefings')
      await main.getByRole('link', { name: nameIn(language, HELD_BRIEFING) }).click()
      await expect(frame.heading).toHaveText(nameIn(language, HELD_BRIEFING))
      await expect(main.locator('[data-state]').first()).toHaveText(t('briefingState.held'))
      await checkScreen('office-briefing')
      await page.getByRole('tab', { name: t('briefing.registrations') }).click()
      const person = `walkin.${language === 'en' ? 'en' : 'zh'}.${Date.now()}`
      await main.getByRole('textbox', { name: t('briefing.registerPerson') }).fill(person)
      await button(main, t('briefing.register')).click()
      const row = main.locator('tbody tr.ant-table-row').filter({ hasText: person })
      await expect(row).toContainText(t('registrationState.registered'))
      await expect(row).toContainText(t('briefing.office'))
      await button(row, t('registrationTransition.attended')).click()
      await expect(button(row, t('registrationTransition.attended'))).toHaveCount(0)
      await expect(row.locator('[data-state]')).toHaveText(t('registrationState.attended'))
      await checkScreen('office-briefing-attendance')
    })
})
