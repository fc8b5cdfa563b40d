/** Where the suite runs and which browser drives it; both can be overridden from the environment. */
export const BASE_URL = (process.env.MERIDIAN_URL ?? 'http://localhost:8080').replace(/\/$/, '')

/** Debian's chromium (apt-get install chromium fonts-noto-cjk): Playwright's own browser download is not used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]

/** Files the tests write (git-ignored): signed-in sessions and screenshots. */
export const RESULTS_DIR = new URL('../../e2e-results/', import.meta.url).pathname
export const AUTH_DIR = `${RESULTS_DIR}.auth/`
export const SCREENSHOTS_DIR = `${RESULTS_DIR}screenshots/`
