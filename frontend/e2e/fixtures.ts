import { test as base, expect, type Page } from '@playwright/test'
import { LANGUAGE_KEY, translator, type Language, type Translate } from './support/i18n'
import { signInThroughKeycloak } from './support/keycloak'
import { checkScreen } from './support/screens'
import { ServerMessages } from './support/server-messages'
import { PERSONAS, storageStateOf, type Persona, type User } from './support/users'

/** Options a project (or a `test.use`) sets: who is signed in and which language the console speaks. */
export interface E2eOptions {
  persona: Persona
  language: Language
  /** false: the test starts without a session (e.g. to sign in through Keycloak itself). */
  signedIn: boolean
  /** false: no language is remembered in the browser, so the console follows the user's locale (/api/me). */
  rememberLanguage: boolean
}

export interface E2eFixtures {
  /** The persona's demo user (name, role, whether the console is read-only for them). */
  user: User
  /** The console's text for a catalogue key in the project's language, e.g. t('menu.partners'). */
  t: Translate
  /**
   * Wait until loaded, save a full-page screenshot, and fail on serious/critical axe violations; on a Chinese screen
   * also on any English message of a problem+json answer the page received during the test.
   */
  checkScreen: (name: string) => Promise<void>
  /** The problem+json answers the page received since the test started (their English texts). */
  serverMessages: ServerMessages
  /** Signs `page` in through the Keycloak page as the persona's user (for tests that start signed out). */
  signIn: (path?: string) => Promise<void>
}

export const test = base.extend<E2eFixtures & E2eOptions>({
  persona: ['staff', { option: true }],
  language: ['en', { option: true }],
  signedIn: [true, { option: true }],
  rememberLanguage: [true, { option: true }],

  user: async ({ persona }, use) => use(PERSONAS[persona]),
  t: async ({ language }, use) => use(translator(language)),
  // The browser's own language matches (Keycloak's login page follows it).
  locale: async ({ language }, use) => use(language === 'en' ? 'en-US' : 'zh-CN'),
  storageState: async ({ user, signedIn }, use) =>
    use(signedIn ? storageStateOf(user) : { cookies: [], origins: [] }),

  // The console remembers a language chosen with its switch (localStorage); seeding that choice before the first
  // page load makes the project's language deterministic. A choice made during the test is kept (not overwritten).
  context: async ({ context, language, rememberLanguage, baseURL }, use) => {
    if (rememberLanguage) await context.addInitScript(([key, value, origin]) => {
      if (window.location.origin === origin && localStorage.getItem(key) === null) localStorage.setItem(key, value)
    }, [LANGUAGE_KEY, language, new URL(baseURL!).origin] as const)
    await use(context)
  },

  serverMessages: async ({ page }, use) => use(new ServerMessages(page)),
  checkScreen: async ({ page, language, serverMessages }, use, testInfo) => use(async (name) => {
    await checkScreen(page, testInfo, name)
    if (language === 'zh-CN') await serverMessages.expectNoneShown(page, name)
  }),
  signIn: async ({ page, user }, use) => use((path) => signInThroughKeycloak(page, user, path)),
})

export { expect }
export type { Page }
