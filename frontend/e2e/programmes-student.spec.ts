import { test as base, expect, type Page } from './fixtures'
import { apiGet, button, chooseOption, Frame } from './support/pages'
import { PERSONAS, storageStateOf } from './support/users'
import type { APIRequestContext } from '@playwright/test'

/** Demo data (devstack/demo/programmes): the upcoming Chun Miao briefing, open for registration, and its scheme. */
const BRIEFING = { en: 'Chun Miao Plan Student Exchange Briefing', zh: '春苗计划学生海外交流宣讲会' }
const SCHEME = 'Chun Miao Plan Student Exchange'
const NUS = { en: 'National University of Singapore', zh: '新加坡国立大学' }
const NTU = { en: 'Nanyang Technological University', zh: '南洋理工大学' }

// The students' own journeys: each language as its own demo student, and only in the staff projects (students have
// no leadership counterpart).
const test = base.extend({
  persona: async ({ language }, use) => use(language === 'en' ? 'studentEn' : 'studentZh'),
})

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const HEADERS = { 'X-Requested-With': 'JavaScript' }

/**
 * Every demo student has applied to the demo call already (one application per person and call), so each run opens
 * a call of its own in the demo scheme, as the office would, with a unique title; it is closed again at the end.
 */
async function openFreshCall(office: APIRequestContext, stamp: string) {
  const scheme = (await (await office.get(`/api/programmes/schemes?q=${encodeURIComponent(SCHEME)}`, { headers: HEADERS })).json()).items[0]
  const demoCall = (await (await office.get(`/api/programmes/calls?schemeId=${scheme.id}&state=open`, { headers: HEADERS })).json()).items[0]
  const from = today()
  const created = await office.post('/api/programmes/calls', {
    headers: HEADERS,
    data: {
      schemeId: scheme.id, title: { zh: `端到端测试批次 ${stamp}`, en: `E2E call ${stamp}` }, academicYear: demoCall.academicYear,
      direction: 'outbound', mobilityType: 'student_study', window: { from, to: plusDays(from, 30) },
      destinations: scheme.destinations.filter((d: { name: { en: string } }) => [NUS.en, NTU.en].includes(d.name.en))
        .map((d: { institutionId: string }) => ({ institutionId: d.institutionId, places: 1 })),
      eligibility: { yearsOfStudy: [2, 3], minGpa: 3.0, languageTests: [{ test: 'IELTS', minScore: 6.0 }] },
      criteria: [{ code: 'grades', title: { zh: '学业成绩', en: 'Grades' }, weight: 100 }],
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const call = await created.json()
  const opened = await office.post(`/api/programmes/calls/${call.id}/transitions`, {
    headers: { ...HEADERS, 'If-Match': created.headers().etag! }, data: { to: 'open' },
  })
  expect(opened.status(), await opened.text()).toBe(200)
  return { id: call.id as string, title: call.title as { zh: string; en: string }, etag: opened.headers().etag! }
}

const nameIn = (language: string, name: { en: string; zh: string }) => (language === 'en' ? name.en : name.zh)

/** A run that failed half-way may have left the student registered: start from no registration, as the demo has it. */
async function cancelLeftOverRegistration(page: Page) {
  const listed = await apiGet<{ items: { id: string; myRegistration?: { id: string; state: string } }[] }>(
    page, `/api/programmes/briefings?q=${encodeURIComponent(BRIEFING.en)}`)
  for (const briefing of listed.items) {
    if (briefing.myRegistration?.state !== 'registered') continue
    const path = `/api/programmes/briefings/${briefing.id}/registrations/${briefing.myRegistration.id}`
    const { version } = await apiGet<{ version: number }>(page, path)
    const cancelled = await page.request.post(`${path}/transitions`, { headers: { ...HEADERS, 'If-Match': `"${version}"` }, data: { to: 'cancelled' } })
    expect(cancelled.status(), await cancelled.text()).toBe(200)
  }
}

async function expectState(page: Page, text: string) {
  await expect(page.getByRole('main').locator('[data-state]').first()).toHaveText(text)
}

test.describe('a student’s programmes', { tag: '@staff' }, () => {
  test('registers for a briefing, sees it among their registrations, and cancels', async ({ page, t, language, checkScreen }) => {
    const title = nameIn(language, BRIEFING)
    await page.goto('/')
    await cancelLeftOverRegistration(page)
    // A student's start is what they may apply to; their menu holds only their own pages.
    await expect(page).toHaveURL(/\/open-calls$/)
    const frame = new Frame(page, t)
    await expect(frame.menu.getByRole('link', { name: t('programmesMenu.openCalls') })).toBeVisible()
    await expect(frame.menu.getByRole('link', { name: t('menu.dashboard') })).toHaveCount(0)

    await frame.menu.getByRole('link', { name: t('programmesMenu.briefings'), exact: true }).click()
    await expect(frame.heading).toHaveText(t('briefings.title'))
    const row = page.getByRole('main').locator('tbody tr.ant-table-row').filter({ has: page.getByRole('link', { name: title }) })
    await expect(row).toHaveCount(1)
    await expect(row).toContainText(t('campus.jinyun'))
    await checkScreen('student-briefings')

    await row.getByRole('link', { name: title }).click()
    await expect(frame.heading).toHaveText(title)
    const registered = page.waitForResponse((r) => r.url().includes('/registrations') && r.request().method() === 'POST')
    await button(page.getByRole('main'), t('briefing.register')).click()
    expect((await registered).status()).toBe(201)
    await expect(button(page.getByRole('main'), t('briefing.cancelRegistration'))).toBeVisible()
    await expect(page.getByRole('main').locator('.key-facts')).toContainText(t('registrationState.registered'))
    await checkScreen('student-briefing-registered')

    await frame.menu.getByRole('link', { name: t('programmesMenu.myBriefings') }).click()
    await expect(frame.heading).toHaveText(t('briefings.myTitle'))
    // Earlier runs' cancelled registrations stay listed (newest first): the one registered now is the first.
    const mine = page.getByRole('main').locator('tbody tr.ant-table-row').filter({ hasText: title }).first()
    await expect(mine).toContainText(t('registrationState.registered'))
    await checkScreen('student-my-briefings')

    // Cancelling leaves the demo data as it was (a person may register again later).
    await mine.getByRole('link', { name: title }).click()
    await button(page.getByRole('main'), t('briefing.cancelRegistration')).click()
    await expect(button(page.getByRole('main'), t('briefing.register'))).toBeVisible()
  })

  test('applies to an open call: ranked destinations, results and statement, saved as a draft, then submitted',
    async ({ page, t, language, checkScreen, playwright, baseURL }) => {
      // A call opened through the API, a form filled in, six screens checked: more than a minute on a busy machine.
      test.slow()
      const office = await playwright.request.newContext({ baseURL, storageState: storageStateOf(PERSONAS.staff) })
      const call = await openFreshCall(office, `${language}-${Date.now()}`)
      try {
        const callTitle = nameIn(language, call.title)
        await page.goto('/open-calls')
        const frame = new Frame(page, t)
        await expect(frame.heading).toHaveText(t('programmesMenu.openCalls'))
        await expect(page.getByRole('main').getByRole('link', { name: nameIn(language, { en: 'Chun Miao Plan Student Exchange 2026', zh: '2026年春苗计划学生海外交流项目' }) })).toBeVisible()
        await checkScreen('student-open-calls')

        await page.getByRole('main').getByRole('link', { name: callTitle }).click()
        await expect(frame.heading).toHaveText(callTitle)
        await page.getByRole('tab', { name: t('call.eligibility') }).click()
        await expect(page.getByRole('tabpanel')).toContainText('IELTS ≥ 6')
        await expect(page.getByRole('tabpanel')).toContainText(t('call.eligibilityHint'))
        await checkScreen('student-call')

        await button(page.getByRole('main'), t('call.apply')).click()
        await expect(page).toHaveURL(/\/my-applications\/new\?callId=/)
        const main = page.getByRole('main')
        await chooseOption(page, main.getByLabel(t('application.choice', { n: 1 }), { exact: true }), nameIn(language, NUS))
        await button(main, t('application.addChoice')).click()
        await chooseOption(page, main.getByLabel(t('application.choice', { n: 2 }), { exact: true }), nameIn(language, NTU))
        await main.getByLabel(t('application.gpa'), { exact: true }).fill('3.50')
        await main.getByLabel(t('application.yearOfStudy'), { exact: true }).fill('2')
        await button(main, t('application.addLanguageResult')).click()
        await main.getByLabel(`${t('application.languageTest')} 1`, { exact: true }).fill('IELTS')
        await main.getByLabel(`${t('application.score')} 1`, { exact: true }).fill('7')
        await main.getByRole('textbox', { name: t('application.statement'), exact: true }).fill('I would like to study community nursing in Singapore.')
        await checkScreen('student-application-form')

        await button(main, t('common.save')).click()
        await expect(page).toHaveURL(/\/my-applications\/[0-9a-f-]{36}$/)
        await expectState(page, t('applicationState.draft'))
        await expect(page.getByRole('tabpanel').locator('ol li')).toHaveText([nameIn(language, NUS), nameIn(language, NTU)].map((n) => new RegExp(n)))
        await checkScreen('student-application-draft')

        await button(page.getByRole('group', { name: t('lifecycle.nextSteps') }), t('applicationTransition.submitted')).click()
        // Submitting checks the call's rules: this student meets them.
        await expectState(page, t('applicationState.eligible'))
        await expect(button(main, t('common.edit'))).toHaveCount(0)
        await checkScreen('student-application-submitted')

        await frame.menu.getByRole('link', { name: t('programmesMenu.myApplications') }).click()
        await expect(frame.heading).toHaveText(t('applications.myTitle'))
        await expect(main.locator('tbody tr.ant-table-row').filter({ hasText: callTitle })).toContainText(t('applicationState.eligible'))
        await checkScreen('student-my-applications')
      } finally {
        // The office closes the run's call again, so open calls stay the demo's.
        const current = await office.get(`/api/programmes/calls/${call.id}`, { headers: HEADERS })
        await office.post(`/api/programmes/calls/${call.id}/transitions`, {
          headers: { ...HEADERS, 'If-Match': current.headers().etag! }, data: { to: 'closed' },
        })
        await office.dispose()
      }
    })
})
