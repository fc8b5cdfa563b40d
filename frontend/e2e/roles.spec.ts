import { test, expect } from './fixtures'
import { apiGet, button, Frame, PartnersRegistry } from './support/pages'

interface Listed { items: { id: string; name: { en: string } }[] }

test.describe('what each role may change', () => {
  test('office staff get create, edit and status controls', { tag: '@staff' }, async ({ page, t }) => {
    const registry = new PartnersRegistry(page, t)
    await registry.goto('q=Manchester')
    await expect(page.getByRole('button', { name: t('common.create') })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: t('common.actions') })).toBeVisible()
    await expect(registry.rows.getByRole('link', { name: new RegExp(`^${t('common.edit')}: `) })).toHaveCount(1)

    await registry.rows.first().getByRole('link').first().click()
    await expect(button(page.getByRole('main'), t('common.edit'))).toBeVisible()
  })

  test('leadership sees no create, edit or status controls, and cannot save', { tag: '@leadership' }, async ({ page, t, checkScreen }) => {
    const registry = new PartnersRegistry(page, t)
    await registry.goto('q=Manchester')
    await expect(registry.rows).toHaveCount(1)
    await expect(page.getByRole('button', { name: t('common.create') })).toHaveCount(0)
    await expect(page.getByRole('columnheader', { name: t('common.actions') })).toHaveCount(0)
    await expect(page.getByRole('link', { name: new RegExp(`^${t('common.edit')}`) })).toHaveCount(0)

    await registry.rows.first().getByRole('link').first().click()
    await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/)
    await expect(page.getByRole('tabpanel')).toBeVisible()
    await expect(button(page.getByRole('main'), t('common.edit'))).toHaveCount(0)
    await expect(page.getByRole('group', { name: t('form.statusActions') })).toHaveCount(0)

    // Typing the form's address leads back to the registry, with no form to fill in.
    for (const path of ['/partners/new', `${new URL(page.url()).pathname}/edit`]) {
      await page.goto(path)
      await expect(page).toHaveURL(/\/partners$/)
      await new Frame(page, t).expectReady()
      await expect(page.getByLabel(t('form.nameEn'))).toHaveCount(0)
      await expect(button(page, t('common.save'))).toHaveCount(0)
    }
    await checkScreen('partners-read-only')

    // And the service refuses the write itself, whatever the browser sends.
    const manchester = (await apiGet<Listed>(page, '/api/partners/institutions?q=Manchester')).items[0]!
    const refused = await page.request.post('/api/partners/institutions', {
      headers: { 'X-Requested-With': 'JavaScript' },
      data: { name: { zh: '领导测试', en: 'Leadership write attempt' }, country: 'IS', kind: 'university' },
    })
    expect(refused.status()).toBe(403)
    const transition = await page.request.post(`/api/partners/institutions/${manchester.id}/transitions`, {
      headers: { 'X-Requested-With': 'JavaScript', 'If-Match': '"0"' }, data: { to: 'inactive' },
    })
    expect(transition.status()).toBe(403)
  })
})
