import { test, expect } from './fixtures'
import type { Language } from './support/i18n'
import { apiGet, button, Frame, InstitutionForm, PartnersRegistry } from './support/pages'

/** A country no demo partner is in, so the records these tests add stay out of the other journeys' way. */
const ICELAND: Record<Language, [string, string]> = { en: ['Iceland', 'Iceland'], 'zh-CN': ['冰岛', '冰岛'] }
const SINGAPORE: Record<Language, [string, string]> = { en: ['Singapore', 'Singapore'], 'zh-CN': ['新加坡', '新加坡'] }

/** Unique per run and project: reruns against the same data never collide (duplicate names are refused). */
const unique = (project: string) => `${project} ${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}-${Math.floor(Math.random() * 1e4)}`

// Only office staff register and edit institutions (leadership: roles.spec.ts).
test.describe('institution form', { tag: '@staff' }, () => {
  test('server validation errors are shown on the fields they are about', async ({ page, t, language, checkScreen, serverMessages }, testInfo) => {
    const registry = new PartnersRegistry(page, t)
    await registry.goto()
    await page.getByRole('button', { name: t('common.create') }).click()
    await expect(page).toHaveURL(/\/partners\/new$/)
    await expect(new Frame(page, t).heading).toHaveText(t('partners.newTitle'))

    const name = `E2E invalid ${unique(testInfo.project.name)}`
    const form = new InstitutionForm(page, t)
    await form.fill({ zh: `端到端测试 ${name}`, en: name, kind: t('kind.university'), country: ICELAND[language], website: 'www.example.edu' })
    await form.addContact(1, { name: 'Anna Test', email: 'not-an-address' })
    const saved = form.waitForSave()
    await form.save.click()
    expect((await saved).status()).toBe(400)

    // Each field error (problem+json errors[].field and .code) under its own field, in the SPA's words for its code.
    await form.expectError(t('form.website'), t('fieldError.pattern'))
    await form.expectError(`${t('form.contactEmail')} 1`, t('fieldError.email'))
    await form.expectNoError(t('form.nameEn'))
    // The summary only asks to correct the fields: every error is on a field the form shows, so none is listed.
    const summary = page.getByRole('main').getByRole('alert').filter({ hasText: t('form.invalid') })
    await expect(summary).toBeVisible()
    await expect(summary.getByRole('listitem')).toHaveCount(0)
    await expect(page).toHaveURL(/\/partners\/new$/)
    // The service did send its English messages; on the Chinese screen checkScreen fails if one of them shows.
    expect(await serverMessages.texts()).toEqual(expect.arrayContaining(['must be an http(s) address']))
    await checkScreen('institution-form-errors')

    const found = await apiGet<{ total: number }>(page, `/api/partners/institutions?q=${encodeURIComponent(name)}`)
    expect(found.total, 'nothing was saved').toBe(0)
  })

  test('a probable duplicate asks for confirmation, and cancelling saves nothing', async ({ page, t, language, checkScreen }) => {
    const before = await apiGet<{ total: number }>(page, '/api/partners/institutions?q=National%20University%20of%20Singapore')
    await page.goto('/partners/new')
    const form = new InstitutionForm(page, t)
    await form.fill({ zh: '新加坡国立大学', en: 'National University of Singapore', kind: t('kind.university'), country: SINGAPORE[language] })
    const saved = form.waitForSave()
    await form.save.click()
    expect((await saved).status()).toBe(409)

    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText(t('form.duplicate'))
    // The registered institution by its name in the screen's language (the service's own detail is English).
    await expect(dialog.getByRole('listitem').filter({ hasText: language === 'en' ? 'National University of Singapore' : '新加坡国立大学' })).not.toHaveCount(0)
    await checkScreen('institution-duplicate')
    await button(dialog, t('common.cancel')).click()
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL(/\/partners\/new$/)
    const after = await apiGet<{ total: number }>(page, '/api/partners/institutions?q=National%20University%20of%20Singapore')
    expect(after.total, 'nothing was saved').toBe(before.total)
  })

  test('a new institution is saved, then edited, and its page shows the changes', async ({ page, t, language, checkScreen }, testInfo) => {
    const name = `E2E University ${unique(testInfo.project.name)}`
    const nameZh = `端到端测试大学 ${unique(testInfo.project.name)}`
    await page.goto('/partners/new')
    const form = new InstitutionForm(page, t)
    await form.fill({ zh: nameZh, en: name, kind: t('kind.university'), country: ICELAND[language], city: 'Reykjavík', website: 'https://e2e.example.edu' })
    await form.addContact(1, { name: 'Anna E2E', email: 'anna.e2e@example.edu' })
    await checkScreen('institution-form')
    const created = form.waitForSave()
    await form.save.click()
    expect((await created).status()).toBe(201)

    // Back in the registry, with the new record findable by its name.
    await expect(page.getByText(t('form.saved'), { exact: true })).toBeVisible()
    await expect(page).toHaveURL(/\/partners$/)
    const registry = new PartnersRegistry(page, t)
    await registry.searchFor(name)
    const row = registry.row(name)
    await expect(row).toHaveCount(1)
    expect(await registry.column(t('partners.status'))).toEqual([t('status.prospective')])

    // Edit: the stored values come back; the status changes the service allows are offered.
    await row.getByRole('link', { name: `${t('common.edit')}: ${language === 'en' ? name : nameZh}` }).click()
    await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}\/edit$/)
    await expect(new Frame(page, t).heading).toHaveText(t('partners.editTitle'))
    await expect(form.field('form.nameEn')).toHaveValue(name)
    await expect(form.field('form.city')).toHaveValue('Reykjavík')
    const statusActions = page.getByRole('group', { name: t('form.statusActions') })
    await expect(statusActions.getByRole('button')).toHaveText([t('transition.active'), t('transition.inactive')])
    await checkScreen('institution-edit')

    // A status change (to inactive, which leaves the dashboard's active count alone), then a field change.
    await statusActions.getByRole('button', { name: t('transition.inactive') }).click()
    await expect(statusActions).toContainText(t('status.inactive'))
    await expect(statusActions.getByRole('button')).toHaveText([t('transition.active')])
    await form.field('form.city').fill('Akureyri')
    const updated = form.waitForSave()
    await form.save.click()
    expect((await updated).status()).toBe(200)
    await expect(page).toHaveURL(/\/partners$/)

    // The partner page shows what was saved, the contact, and the three versions.
    await registry.searchFor(name)
    await registry.row(name).getByRole('link').first().click()
    const panel = page.getByRole('tabpanel')
    await expect(panel).toContainText('Akureyri')
    await expect(panel).toContainText(t('status.inactive'))
    await page.getByRole('tab', { name: t('partner.contactsAndUnits') }).click()
    await expect(panel.getByRole('row').filter({ hasText: 'Anna E2E' })).toContainText('anna.e2e@example.edu')
    await page.getByRole('tab', { name: t('partner.history') }).click()
    // The versions table (the comparison below it has rows of its own).
    await expect(panel.getByRole('table').first().getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(3)
  })
})
