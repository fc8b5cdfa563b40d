import { test, expect, type Page } from './fixtures'
import { button, chooseOption, Frame } from './support/pages'
import type { Translate } from './support/i18n'

/** Demo data (devstack/demo/partners): an active student exchange with NUS, owned by wang.fang. */
const NUS_EXCHANGE = {
  reference: 'DEMO-NUS-EXCHANGE',
  title: { en: 'Student Exchange Agreement with the National University of Singapore', zh: '与新加坡国立大学学生交换协议' },
}
const MANCHESTER = { en: 'University of Manchester', zh: '曼彻斯特大学' }

/** The smallest file partners-service accepts as a PDF: its header, and %%EOF in the last KiB. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

async function openAgreement(page: Page, t: Translate, reference: string): Promise<void> {
  await page.goto(`/agreements?q=${encodeURIComponent(reference)}`)
  await page.getByRole('main').getByRole('link', { name: reference, exact: true }).click()
  await expect(page).toHaveURL(/\/agreements\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { name: t('agreement.lifecycle') })).toBeVisible()
}

const stateTag = (page: Page) => page.getByRole('main').locator('[data-state]').first()

/** Deletes the draft on screen (confirming), back to the list. */
async function deleteDraft(page: Page, t: Translate): Promise<void> {
  await button(page.getByRole('main'), t('agreement.delete')).click()
  await button(page.locator('.ant-popconfirm'), t('agreement.delete')).click()
  await expect(page).toHaveURL(/\/agreements$/)
}

test.describe('agreements', () => {
  test('the list keeps its filters in the URL and exports what it shows', async ({ page, t, checkScreen }) => {
    await page.goto('/agreements?state=active&sort=expiryDate')
    const frame = new Frame(page, t)
    await expect(frame.heading).toHaveText(t('agreements.title'))
    const states = page.getByRole('main').locator('tbody [data-state]')
    await expect(states.first()).toBeVisible()
    for (const state of await states.allTextContents()) expect(state).toBe(t('agreementState.active'))
    await expect(page.getByRole('link', { name: t('common.exportCsv') }))
      .toHaveAttribute('href', '/api/partners/agreements/export.csv?state=active&sort=expiryDate')
    await checkScreen('agreements-list')

    // At 1366 px a page of rows fits without sideways scrolling, each row one line (titles cut with an ellipsis).
    const overflow = await page.evaluate(() => {
      const scroller = document.querySelector('main .ant-table-content, main .ant-table-body') as HTMLElement | null
      const rows = [...document.querySelectorAll('main tbody tr.ant-table-row')].map((row) => row.getBoundingClientRect().height)
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        table: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
        tallest: Math.max(...rows),
      }
    })
    expect(overflow.page, 'page scrolls sideways').toBeLessThanOrEqual(0)
    expect(overflow.table, 'table scrolls sideways').toBeLessThanOrEqual(0)
    expect(overflow.tallest, 'a row wraps').toBeLessThan(60)

    await chooseOption(page, page.getByLabel(t('agreement.kind'), { exact: true }), t('agreementKind.student_exchange'))
    await expect(page).toHaveURL(/kind=student_exchange/)
    await page.reload()
    await expect(page.getByRole('main').getByRole('link', { name: NUS_EXCHANGE.reference })).toBeVisible()
    await expect(page).toHaveURL(/state=active/)
  })

  test('an agreement shows its lifecycle, content, documents and history', async ({ page, t, language, user, checkScreen }) => {
    await openAgreement(page, t, NUS_EXCHANGE.reference)
    await expect(new Frame(page, t).heading).toHaveText(language === 'en' ? NUS_EXCHANGE.title.en : NUS_EXCHANGE.title.zh)
    await expect(stateTag(page)).toHaveText(t('agreementState.active'))
    if (user.readOnly) {
      // Leadership reads everything and changes nothing.
      await expect(page.getByRole('group', { name: t('lifecycle.nextSteps') })).toHaveCount(0)
      for (const name of [t('common.edit'), t('agreement.renew'), t('agreement.delete')]) await expect(button(page.getByRole('main'), name)).toHaveCount(0)
    } else {
      await expect(button(page.getByRole('main'), t('common.edit'))).toBeVisible()
    }
    await checkScreen('agreement-overview')

    const tabs = page.getByRole('tablist')
    const panel = page.getByRole('tabpanel')
    await tabs.getByRole('tab', { name: t('agreement.conditions') }).click()
    await expect(panel.getByRole('cell', { name: t('condition.student_study') }).first()).toBeVisible()
    await checkScreen('agreement-conditions')

    await tabs.getByRole('tab', { name: t('agreement.documents') }).click()
    await expect(panel.getByRole('columnheader', { name: t('document.fileName') })).toBeVisible()
    // The upload form opens on request, for those who may add documents.
    await expect(button(panel, t('document.add'))).toHaveCount(user.readOnly ? 0 : 1)
    await checkScreen('agreement-documents')

    await tabs.getByRole('tab', { name: t('agreement.history') }).click()
    await expect(panel.getByRole('heading', { name: t('history.compare') })).toBeVisible()
    await checkScreen('agreement-history')
  })

  test('staff draft an agreement, upload its PDF, submit it, get it sent back, amend it and compare versions',
    { tag: '@staff' }, async ({ page, t, language, checkScreen }) => {
      const stamp = `${Date.now()}-${language}`
      const title = { zh: `E2E 交流协议 ${stamp}`, en: `E2E exchange agreement ${stamp}` }
      await page.goto('/agreements/new')
      const main = page.getByRole('main')
      await expect(new Frame(page, t).heading).toHaveText(t('agreements.newTitle'))
      await main.getByLabel(t('agreement.titleZh'), { exact: true }).fill(title.zh)
      await main.getByLabel(t('agreement.titleEn'), { exact: true }).fill(title.en)
      const partnerLabel = language === 'en' ? `${MANCHESTER.en} / ${MANCHESTER.zh}` : `${MANCHESTER.zh} / ${MANCHESTER.en}`
      // A multiple choice: its list stays open after a pick, so it is closed with Escape.
      const partners = main.getByLabel(t('agreement.partnerIds'), { exact: true })
      await partners.click()
      await partners.fill('Manchester')
      await page.locator('.ant-select-dropdown:visible').getByTitle(partnerLabel, { exact: true }).click()
      await partners.press('Escape')
      await main.getByRole('button', { name: t('condition.add') }).click()
      await main.getByLabel(t('condition.placesPerYear'), { exact: true }).fill('3')
      await checkScreen('agreement-editor')
      await button(main, t('common.save')).click()

      await expect(page).toHaveURL(/\/agreements\/[0-9a-f-]{36}$/)
      await expect(stateTag(page)).toHaveText(t('agreementState.draft'))
      await expect(page.getByRole('tabpanel').getByRole('link', { name: language === 'en' ? MANCHESTER.en : MANCHESTER.zh })).toBeVisible()

      // The signed PDF: uploaded, listed, and downloadable as the same bytes.
      const tabs = page.getByRole('tablist')
      const panel = page.getByRole('tabpanel')
      await tabs.getByRole('tab', { name: t('agreement.documents') }).click()
      await button(panel, t('document.add')).click()
      await panel.getByLabel(t('document.title'), { exact: true }).fill('Draft for review')
      await panel.locator('input[type=file]').setInputFiles({ name: 'draft.pdf', mimeType: 'application/pdf', buffer: PDF })
      await button(panel, t('document.upload')).click()
      const download = panel.getByRole('link', { name: `${t('document.download')}: Draft for review v1` })
      await expect(download).toBeVisible()
      const pdf = await page.request.get((await download.getAttribute('href'))!)
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()['content-type']).toContain('application/pdf')
      expect(Buffer.compare(await pdf.body(), PDF)).toBe(0)

      // Lifecycle: only what office staff may do is offered; sending back needs a reason.
      const steps = main.getByRole('group', { name: t('lifecycle.nextSteps') })
      await expect(steps.getByRole('button')).toHaveText([t('agreementTransition.under_review')])
      await steps.getByRole('button', { name: t('agreementTransition.under_review') }).click()
      await expect(stateTag(page)).toHaveText(t('agreementState.under_review'))
      await expect(steps.getByRole('button', { name: t('agreementTransition.approved') })).toHaveCount(0) // office-admin only
      await steps.getByRole('button', { name: t('agreementTransition.draft') }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel(t('lifecycle.reason')).fill('Add the quota for inbound students')
      await checkScreen('agreement-send-back')
      await dialog.getByRole('button', { name: t('agreementTransition.draft') }).click()
      await expect(stateTag(page)).toHaveText(t('agreementState.draft'))

      // An edit, then the two latest versions side by side.
      await button(main, t('common.edit')).click()
      await main.getByLabel(t('agreement.titleEn'), { exact: true }).fill(`${title.en} (revised)`)
      await button(main, t('common.save')).click()
      await expect(page).toHaveURL(/\/agreements\/[0-9a-f-]{36}$/)
      await tabs.getByRole('tab', { name: t('agreement.history') }).click()
      const changed = panel.getByRole('row').filter({ hasText: `${t('agreement.titleEn')}` })
      await expect(changed.locator('del')).toHaveText(title.en)
      await expect(changed.locator('ins')).toHaveText(`${title.en} (revised)`)
      await checkScreen('agreement-compare')

      // A draft that holds a document is kept with it: deleting is not offered (the API refuses it with 409).
      // Each run's draft has its own title, so reruns do not meet each other's.
      await expect(button(main, t('agreement.delete'))).toHaveCount(0)
    })

  test('staff start the renewal of an agreement in force', { tag: '@staff' }, async ({ page, t, language }) => {
    // One agreement per language, so the two projects running side by side do not renew the same one.
    const reference = language === 'en' ? 'DEMO-TEES-NURSING' : 'DEMO-UNISA-CLINICAL'
    await openAgreement(page, t, reference)
    const main = page.getByRole('main')
    // A renewal draft left by an interrupted run is removed first (only one open renewal at a time).
    const leftover = main.getByRole('link', { name: t('agreement.successorId') })
    if (await leftover.isVisible()) {
      await leftover.click()
      await expect(stateTag(page)).toHaveText(t('agreementState.draft'))
      await deleteDraft(page, t)
      await openAgreement(page, t, reference)
    }
    await button(main, t('agreement.renew')).click()
    await button(page.locator('.ant-popconfirm'), t('agreement.renew')).click()
    // The successor: a draft with the same content, linked back to the agreement it renews.
    await expect(stateTag(page)).toHaveText(t('agreementState.draft'))
    await expect(main.getByRole('link', { name: t('agreement.predecessorId') })).toBeVisible()
    await deleteDraft(page, t)
  })
})
