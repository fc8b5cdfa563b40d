import { test, expect } from './fixtures'
import type { Language } from './support/i18n'
import { expectNoTokensInTheBrowser, KeycloakLoginPage, sessionCookies } from './support/keycloak'
import { Frame, InstitutionForm } from './support/pages'
import { saveScreenshot } from './support/screens'
import { nameOf } from './support/users'

const ICELAND: Record<Language, [string, string]> = { en: ['Iceland', 'Iceland'], 'zh-CN': ['冰岛', '冰岛'] }

test.describe('session', () => {
  test.describe('signing out', () => {
    // A session of its own: signing out ends the Keycloak session, which must not be the one the other tests share.
    test.use({ signedIn: false })

    test('the user menu signs out for real: visiting the app again goes to Keycloak', async ({ page, t, user, language, signIn, context, baseURL, checkScreen }, testInfo) => {
      await signIn('/partners')
      await expectNoTokensInTheBrowser(page)

      await new Frame(page, t).userMenuButton(nameOf(user, language)).click()
      const signOut = page.getByRole('menuitem', { name: t('header.logout') })
      await expect(signOut).toBeVisible()
      await checkScreen('user-menu')
      await signOut.click()

      // The gateway drops its cookie and ends the Keycloak session too (RP-initiated logout), then returns to the app.
      await page.waitForURL((url) => url.origin === new URL(baseURL!).origin && url.pathname === '/')
      await expect.poll(async () => (await sessionCookies(context)).length).toBe(0)
      const me = await page.request.get('/api/me', { headers: { 'X-Requested-With': 'JavaScript' } })
      expect(me.status(), 'the API no longer knows the browser').toBe(499)

      // Visiting the app again (a new tab of the same browser): Keycloak asks for the password, as its own
      // session has ended too (otherwise it would sign the browser straight back in).
      const again = await context.newPage()
      await again.goto('/partners')
      await new KeycloakLoginPage(again).expectShown()
      await saveScreenshot(again, testInfo, 'keycloak-login')   // Keycloak's page: not the SPA's, so no axe here
      await new KeycloakLoginPage(again).signIn(user)
      await expect(again).toHaveURL(/\/partners$/)
      await expect(new Frame(again, t).heading).toHaveText(t('partners.title'))
    })
  })

  test('unsaved input survives the end of the session: 499, Keycloak, and the form comes back', { tag: '@staff' }, async ({ page, t, user, language, context, checkScreen }) => {
    await page.goto('/partners/new')
    const form = new InstitutionForm(page, t)
    const name = `E2E draft ${Date.now()}`
    await form.fill({ zh: `草稿 ${name}`, en: name, kind: t('kind.university'), country: ICELAND[language], city: 'Reykjavík' })

    // The session ends while the form is open (as after the 10-hour idle limit): no gateway or Keycloak cookie is left.
    await context.clearCookies()
    const refused = form.waitForSave()
    await form.save.click()
    expect((await refused).status(), 'the gateway answers the app 499, not a redirect').toBe(499)

    // The app keeps the draft, goes to the gateway's login, which sends it to Keycloak.
    const keycloak = new KeycloakLoginPage(page)
    await keycloak.expectShown()
    await keycloak.signIn(user)

    // Back on the form, with what was typed before.
    await expect(page).toHaveURL(/\/partners\/new$/)
    await expect(page.getByText(t('form.draftRestored'))).toBeVisible()
    await expect(form.field('form.nameEn')).toHaveValue(name)
    await expect(form.field('form.nameZh')).toHaveValue(`草稿 ${name}`)
    await expect(form.field('form.city')).toHaveValue('Reykjavík')
    await expect(form.item(t('partners.country'))).toContainText(ICELAND[language][0])
    await checkScreen('institution-draft-restored')

    // Nothing was saved on the way.
    const found = await page.request.get(`/api/partners/institutions?q=${encodeURIComponent(name)}`, { headers: { 'X-Requested-With': 'JavaScript' } })
    expect((await found.json()).total).toBe(0)
  })
})
