import { existsSync } from 'node:fs'
import { BASE_URL, CHROMIUM_PATH } from './env'

/** Fails fast, with the fix, when the browser or the suite is missing (rather than 60 s timeouts per test). */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No browser at ${CHROMIUM_PATH}: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)`)
  }
  let status: number
  try {
    status = (await fetch(`${BASE_URL}/q/health/ready`, { signal: AbortSignal.timeout(10_000) })).status
  } catch (error) {
    throw new Error(`Meridian is not reachable at ${BASE_URL} (${String(error)}): start it with ./meridian up -d, or set MERIDIAN_URL`)
  }
  if (status !== 200) throw new Error(`Meridian at ${BASE_URL} is not ready (/q/health/ready → ${status}); see ./meridian status`)
}
