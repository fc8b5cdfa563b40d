import { test as base, expect, type Page } from './fixtures'
import { button, chooseOption, Frame } from './support/pages'
import { APPLICANTS, CRITERIA, NTU, NUS, REVIEWER, SelectionSetup } from './support/selection'
import type { Translate } from './support/i18n'

const nameIn = (language: string, name: { en: string; zh: string }) => (language === 'en' ? name.en : name.zh)
const [FIRST, SECOND] = APPLICANTS

const test = base.extend<{ setup: SelectionSetup }>({
  setup: async ({ baseURL }, use) => {
    const setup = new SelectionSetup(baseURL!)
    await use(setup)
    await setup.dispose()
  },
})

const rows = (page: Page) => page.getByRole('main').locator('tbody tr.ant-table-row')

async function expectState(page: Page, text: string) {
  await expect(page.getByRole('main').locator('.detail-header [data-state]').first()).toHaveText(text)
}

test.describe('a reviewer scores', { tag: '@staff' }, () => {
  test.use({ persona: 'reviewer' })

  test('scores an anonymous application per criterion, and declares a conflict of interest with another', async ({ page, t, language, checkScreen, setup }) => {
    test.slow()
    const call = await setup.callInSelection(`review-${language}-${Date.now()}`)
    for (const id of Object.values(call.applications)) await setup.assignReviewer(id)
    const title = nameIn(language, call.title)
    const frame = new Frame(page, t)

    // A reviewer starts at what is assigned to them.
    await page.goto('/')
    await expect(page).toHaveURL(/\/my-reviews$/)
    await expect(frame.menu.getByRole('link', { name: t('selectionMenu.myReviews') })).toBeVisible()
    await page.goto(`/my-reviews?callId=${call.id}`)
    await expect(frame.heading).toHaveText(t('reviews.title'))
    await expect(rows(page)).toHaveCount(2)
    await expect(rows(page).first()).toContainText(title)
    for (const row of await rows(page).all()) await expect(row).toContainText(t('reviewStatus.to_score'))
    await checkScreen('reviewer-assignments')

    // The first: what the applicant declared, never who they are; a score per criterion, weighed as the ranking does.
    await rows(page).nth(0).getByRole('link').click()
    await expect(frame.heading).toHaveText(title)
    const main = page.getByRole('main')
    await expect(main).toContainText(t('review.anonymous'))
    await expect(main).toContainText('IELTS 7')
    for (const student of APPLICANTS) await expect(main).not.toContainText(student.username)
    await main.getByLabel(nameIn(language, CRITERIA[0]!.title), { exact: true }).fill('80')
    await main.getByLabel(nameIn(language, CRITERIA[1]!.title), { exact: true }).fill('70')
    await expect(main.getByTestId('weighted-score')).toHaveText('76.00')
    await checkScreen('reviewer-scoring')
    const saved = page.waitForResponse((r) => r.url().endsWith('/scores') && r.request().method() === 'PUT')
    await button(main, t('review.save')).click()
    const response = await saved
    expect(response.status()).toBe(200)
    expect(response.request().headers()['if-match']).toMatch(/^"\d+"$/)
    expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ scores: { grades: 80, motivation: 70 } })
    await expectState(page, t('reviewStatus.scored'))

    // The second: a conflict of interest, with the reason; the application is no longer shown to them.
    await frame.menu.getByRole('link', { name: t('selectionMenu.myReviews') }).click()
    await page.goto(`/my-reviews?callId=${call.id}`)
    const open = rows(page).filter({ hasText: t('reviewStatus.to_score') })
    await expect(open).toHaveCount(1)
    await open.getByRole('link').click()
    await expect(frame.heading).toHaveText(title)
    await button(main, t('review.declareConflict')).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel(t('review.conflictReason')).fill('I supervised this student’s research project.')
    await checkScreen('reviewer-conflict-dialog')
    await button(dialog, t('review.declareConflict')).click()
    await expect(main).toContainText(t('review.conflictDeclared'))
    await expect(main).toContainText('I supervised this student’s research project.')
    await expect(main).not.toContainText('IELTS 7')
    await checkScreen('reviewer-conflict-declared')

    await page.goto(`/my-reviews?callId=${call.id}`)
    await expect(rows(page).filter({ hasText: t('reviewStatus.scored') })).toHaveCount(1)
    await expect(rows(page).filter({ hasText: t('reviewStatus.conflict_declared') })).toHaveCount(1)
  })
})

async function runAllocation(page: Page, t: Translate, again: boolean) {
  const ran = page.waitForResponse((r) => r.url().endsWith('/allocation') && r.request().method() === 'POST')
  await button(page.getByRole('main'), again ? t('selection.runAgain') : t('selection.run')).click()
  return ran
}

test.describe('staff allocate and publish', { tag: '@staff' }, () => {
  test('assign the reviewer, see what blocks the allocation, run it with its explanations, and publish once it is current',
    async ({ page, t, language, checkScreen, setup }) => {
      test.slow()
      const call = await setup.callInSelection(`allocate-${language}-${Date.now()}`)
      const title = nameIn(language, call.title)
      const frame = new Frame(page, t)
      const main = page.getByRole('main')

      await page.goto(`/calls/${call.id}`)
      await expect(frame.heading).toHaveText(title)
      await button(main, t('selection.open')).click()
      await expect(page).toHaveURL(new RegExp(`/calls/${call.id}/selection$`))
      await expect(frame.heading).toHaveText(t('selection.title'))
      const applications = main.locator('tr.ant-table-row').filter({ hasText: t('applicationState.eligible') })
      await expect(applications).toHaveCount(2)

      // Nobody is scored yet: the allocation is refused and says which applications miss what, in words.
      expect((await runAllocation(page, t, false)).status()).toBe(409)
      const refusal = main.getByRole('alert').filter({ hasText: t('selectionProblem.selection-incomplete') })
      for (const student of APPLICANTS) await expect(refusal).toContainText(`${student.username}`)
      await expect(refusal).toContainText(t('reason.no-reviewer'))
      await checkScreen('office-selection-incomplete')

      // The office assigns the call's reviewer to both; the reviewer scores them (the first higher).
      for (const student of APPLICANTS) {
        await chooseOption(page, main.getByLabel(`${t('selection.assignReviewer')} · ${student.username}`, { exact: true }), REVIEWER.username)
        const assigned = page.waitForResponse((r) => r.url().endsWith('/reviewers') && r.request().method() === 'POST')
        await button(main.locator('tr').filter({ hasText: student.username }), t('selection.assign')).click()
        expect((await assigned).status()).toBe(201)
      }
      await expect(main.locator('tr.ant-table-row').filter({ hasText: t('applicationState.under_review') })).toHaveCount(2)
      await setup.score(call.applications[FIRST.username]!, { grades: 90, motivation: 85 })
      await setup.score(call.applications[SECOND.username]!, { grades: 70, motivation: 75 })
      await page.reload()
      await expect(main.locator('tr.ant-table-row [data-state="scored"]')).toHaveCount(2)

      // The allocation: the first gets NUS, the second finds NUS full and gets NTU, each with why.
      expect((await runAllocation(page, t, false)).status()).toBe(201)
      const results = main.getByRole('region', { name: t('selection.allocation') })
      const first = results.locator('tr').filter({ hasText: FIRST.username })
      const second = results.locator('tr').filter({ hasText: SECOND.username })
      await expect(first).toContainText(t('allocationOutcome.allocated'))
      await expect(first).toContainText(t('reason.allocated', { choice: 1, destination: nameIn(language, NUS) }))
      await expect(second).toContainText(t('reason.choice-full', { choice: 1, destination: nameIn(language, NUS), places: 1, lastPlaceRank: 1 }))
      await expect(second).toContainText(t('reason.allocated', { choice: 2, destination: nameIn(language, NTU) }))
      await expect(main).toContainText(t('selection.current'))
      await checkScreen('office-allocation')

      // A review changes after the run: publishing is refused until the allocation runs again.
      await setup.score(call.applications[SECOND.username]!, { grades: 71, motivation: 75 })
      await button(main, t('selection.publish')).click()
      await button(page.getByRole('dialog'), t('selection.publish')).click()
      await expect(main.getByRole('alert').filter({ hasText: t('selectionProblem.allocation-stale') })).toBeVisible()
      await checkScreen('office-allocation-stale')
      await page.reload()
      await expect(main).toContainText(t('selection.stale'))
      expect((await runAllocation(page, t, true)).status()).toBe(201)
      await expect(main).toContainText(t('selection.current'))

      await button(main, t('selection.publish')).click()
      await button(page.getByRole('dialog'), t('selection.publish')).click()
      await expect(main.locator('[data-state="results_published"]')).toHaveText(t('callState.results_published'))
      await expect(main.locator('tr.ant-table-row').filter({ hasText: t('applicationState.selected') })).toHaveCount(2)
      await checkScreen('office-results-published')

      // The second applicant's page: the result with its explanation, and the reviews.
      await main.getByRole('link', { name: SECOND.username }).first().click()
      await expect(frame.heading).toHaveText(t('officeApplication.title', { applicant: SECOND.username }))
      await expectState(page, t('applicationState.selected'))
      await page.getByRole('tab', { name: t('officeApplication.result') }).click()
      await expect(page.getByRole('tabpanel')).toContainText(t('reason.choice-full', { choice: 1, destination: nameIn(language, NUS), places: 1, lastPlaceRank: 1 }))
      await expect(page.getByRole('tabpanel')).toContainText(nameIn(language, NTU))
      await checkScreen('office-application-result')
      await page.getByRole('tab', { name: t('officeApplication.reviews') }).click()
      await expect(page.getByRole('tabpanel').locator('tr').filter({ hasText: REVIEWER.username })).toContainText('71')
      await checkScreen('office-application-reviews')
    })
})

test.describe('a nomination is confirmed and becomes a mobility', { tag: '@staff' }, () => {
  test('nominate a selected applicant, record and verify what the host asks for, confirm, and open the planned mobility',
    async ({ page, t, language, checkScreen, setup }) => {
      test.slow()
      const call = await setup.publishedCall(`nominate-${language}-${Date.now()}`)
      const applicationId = call.applications[FIRST.username]!
      const frame = new Frame(page, t)
      const main = page.getByRole('main')
      const steps = page.getByRole('group', { name: t('lifecycle.nextSteps') })

      await page.goto(`/applications/${applicationId}`)
      await expect(frame.heading).toHaveText(t('officeApplication.title', { applicant: FIRST.username }))
      await expectState(page, t('applicationState.selected'))
      await button(steps, t('applicationTransition.nominated')).click()
      await expectState(page, t('applicationState.nominated'))

      // The host asks for proof of health insurance: the office records it, the student uploads it, the office verifies it.
      await page.getByRole('tab', { name: t('officeApplication.hostDocuments') }).click()
      const form = main.getByRole('form', { name: t('officeApplication.addRequirement') })
      await form.getByLabel(t('officeApplication.code')).fill('health-insurance')
      await form.getByLabel(t('officeApplication.titleZh')).fill('健康保险证明')
      await form.getByLabel(t('officeApplication.titleEn')).fill('Proof of health insurance')
      await button(form, t('officeApplication.add')).click()
      const requirement = page.getByRole('tabpanel').locator('tr').filter({ hasText: language === 'en' ? 'Proof of health insurance' : '健康保险证明' })
      await expect(requirement).toContainText(t('officeApplication.uploadedNo'))
      await checkScreen('office-application-host-documents')
      await setup.uploadHostDocument(FIRST, applicationId, 'health-insurance')
      await page.reload()
      await page.getByRole('tab', { name: t('officeApplication.documents'), exact: true }).click()
      const document = page.getByRole('tabpanel').locator('tr').filter({ hasText: 'health-insurance.pdf' })
      await button(document, t('officeApplication.verify')).click()
      await expect(button(document, t('officeApplication.verify'))).toHaveCount(0)
      await expect(document).toContainText('wang.fang')
      await checkScreen('office-application-documents')

      // The host accepts; the office confirms, and the outbound mobility is planned at the allocated destination.
      await button(steps, t('applicationTransition.accepted_by_host')).click()
      await expectState(page, t('applicationState.accepted_by_host'))
      await button(steps, t('applicationTransition.confirmed')).click()
      await expectState(page, t('applicationState.confirmed'))
      await button(main, t('officeApplication.openMobility')).click()
      await expect(page).toHaveURL(/\/mobilities\/[0-9a-f-]{36}$/)
      await expect(frame.heading).toHaveText(FIRST.username)
      await expectState(page, t('mobilityState.planned'))
      await expect(main.locator('.key-facts')).toContainText(nameIn(language, NUS))
      await checkScreen('office-mobility')
      await page.getByRole('tab', { name: t('mobility.learningAgreement') }).click()
      await expect(page.getByRole('tabpanel')).toContainText(t('party.host'))
      await checkScreen('office-mobility-learning-agreement')
      await page.getByRole('tab', { name: t('mobility.grants') }).click()
      await expect(page.getByRole('tabpanel')).toContainText(t('grant.award'))
      await checkScreen('office-mobility-grants')
    })
})
