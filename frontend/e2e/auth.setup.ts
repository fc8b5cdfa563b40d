import { test as setup, expect } from '@playwright/test'
import { expectNoTokensInTheBrowser, KeycloakLoginPage, sessionCookies } from './support/keycloak'
import { nameOf, PERSONAS, storageStateOf } from './support/users'

// Each user signs in once, through Keycloak's page, and the journeys reuse the session the gateway set.
for (const user of Object.values(PERSONAS)) {
  setup(`${user.username} signs in through Keycloak`, async ({ page, baseURL }) => {
    await page.goto('/partners?country=SG')

    // The console has no session: it is sent to the gateway's login, which sends it to Keycloak.
    const keycloak = new KeycloakLoginPage(page)
    await keycloak.expectShown()
    expect(new URL(page.url()).origin, 'Keycloak is not the gateway').not.toBe(new URL(baseURL!).origin)
    await keycloak.signIn(user)

    // Back on the page first asked for, with the user's name in the header: in Chinese, every demo user's locale.
    await expect(page).toHaveURL(`${baseURL}/partners?country=SG`)
    await expect(page.getByRole('banner')).toContainText(nameOf(user, 'zh-CN'))
    await expectNoTokensInTheBrowser(page)
    expect(await sessionCookies(page.context())).not.toHaveLength(0)

    await page.context().storageState({ path: storageStateOf(user) })
  })
}
