/**
 * Unsaved form drafts survive a re-login: before the browser leaves for /auth/login, every registered form's
 * values are written to sessionStorage under the route they belong to; the form takes them back after the return.
 */
const PREFIX = 'meridian.draft:'
const providers = new Map<string, () => unknown>()

export function currentRouteKey(): string {
  return window.location.pathname + window.location.search
}

/** Registers a form's draft for the route; returns the function that unregisters it. */
export function registerDraft(routeKey: string, values: () => unknown): () => void {
  providers.set(routeKey, values)
  return () => {
    if (providers.get(routeKey) === values) providers.delete(routeKey)
  }
}

export function saveDrafts(): void {
  for (const [routeKey, values] of providers) {
    const value = values()
    if (value !== undefined) sessionStorage.setItem(PREFIX + routeKey, JSON.stringify(value))
  }
}

/** Returns and forgets the draft kept for the route, if any. */
export function takeDraft<T>(routeKey: string): T | undefined {
  const raw = sessionStorage.getItem(PREFIX + routeKey)
  if (raw === null) return undefined
  sessionStorage.removeItem(PREFIX + routeKey)
  try {
    return JSON.parse(raw) as T
  } catch {
    return undefined
  }
}
