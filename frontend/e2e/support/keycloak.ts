import { expect, type BrowserContext, type Page } from '@playwright/test'
import { BASE_URL } from './env'
import { passwordOf, type User } from './users'

/** Keycloak's login page, in English or in Chinese (the realm speaks both; the browser's language decides). */
export class KeycloakLoginPage {
  constructor(private readonly page: Page) {}

  get username() {
    return this.page.getByRole('textbox', { name: /^(Username or email|用户名 或 电子邮箱地址)$/ })
  }

  get password() {
    return this.page.getByRole('textbox', { name: /^(Password|密码)$/ })
  }

  /** Waits until the browser shows Keycloak's login form (realm meridian). */
  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/realms\/meridian\/(protocol\/openid-connect\/auth|login-actions\/)/)
    await expect(this.username).toBeVisible()
  }

  /** Fills the form and submits it; the browser ends up back on the gateway. */
  async signIn(user: User): Promise<void> {
    await this.expectShown()
    await this.username.fill(user.username)
    await this.password.fill(passwordOf(user))
    await this.page.getByRole('button', { name: /^(Sign In|登录)$/ }).click()
    await this.page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && !url.pathname.startsWith('/auth/'))
  }
}

/**
 * Signs in the way a person does: open the app, get sent to Keycloak, fill in the form, come back to the app at the
 * page first asked for. Returns when the console shows its frame.
 */
export async function signInThroughKeycloak(page: Page, user: User, path = '/'): Promise<void> {
  await page.goto(path)
  await new KeycloakLoginPage(page).signIn(user)
  await expect(page.getByRole('navigation', { name: 'Meridian' })).toBeVisible()
}

/** The gateway's encrypted session cookie (Quarkus OIDC splits a long one into q_session_chunk_N). */
export async function sessionCookies(context: BrowserContext) {
  const gateway = new URL(BASE_URL)
  return (await context.cookies(BASE_URL)).filter((c) => /^q_session/.test(c.name) && c.domain.replace(/^\./, '') === gateway.hostname)
}

/**
 * The BFF promise: the browser holds an HttpOnly session cookie and no token anywhere JavaScript can read it.
 */
export async function expectNoTokensInTheBrowser(page: Page): Promise<void> {
  const cookies = await sessionCookies(page.context())
  expect(cookies.length, 'the gateway set a session cookie').toBeGreaterThan(0)
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} is HttpOnly`).toBe(true)
    expect(cookie.sameSite, `${cookie.name} is SameSite`).not.toBe('None')
  }
  const visible = await page.evaluate(() => ({
    cookie: document.cookie,
    storage: [localStorage, sessionStorage].flatMap((store) =>
      Array.from({ length: store.length }, (_, i) => store.key(i)!).map((key) => [key, store.getItem(key) ?? ''] as const)),
  }))
  expect(visible.cookie, 'JavaScript cannot read the session cookie').not.toMatch(/q_session/)
  const jwt = /eyJ[\w-]{5,}\.[\w-]{5,}\./
  for (const [key, value] of visible.storage) {
    expect(key, 'no token kept in web storage').not.toMatch(/token/i)
    expect(value, `web storage ${key} holds no JWT`).not.toMatch(jwt)
  }
}
