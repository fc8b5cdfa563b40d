import { defineConfig } from '@playwright/test'
import type { E2eOptions } from './e2e/fixtures'
import { BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/env'

/**
 * Browser tests against the real running suite (./meridian up -d): the gateway serves the built SPA, Keycloak signs
 * people in. Every journey runs as office staff and as leadership, in English and in Chinese (4 projects); the
 * `setup` project signs both users in once through the Keycloak page and keeps their sessions.
 */
export default defineConfig<E2eOptions>({
  testDir: './e2e',
  testMatch: /.*\.(spec|setup)\.ts/,
  outputDir: 'e2e-results/artifacts',
  globalSetup: './e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Tests are independent (each has its own browser context), so the two workers share them out evenly.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // 2 cores shared with the suite itself.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1366, height: 768 },
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/, use: { locale: 'en-US' } },
    ...(['staff', 'leader'] as const).flatMap((persona) => (['en', 'zh-CN'] as const).map((language) => ({
      name: `${persona}-${language === 'en' ? 'en' : 'zh'}`,
      testMatch: /.*\.spec\.ts/,
      dependencies: ['setup'],
      // Journeys only one role can take are tagged @staff or @leadership.
      grepInvert: persona === 'staff' ? /@leadership/ : /@staff/,
      use: { persona, language },
    }))),
  ],
})
