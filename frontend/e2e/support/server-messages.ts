import { expect, type Page, type Response } from '@playwright/test'

/** Text with at least one word and nothing outside ASCII: a service's English, never the SPA's Chinese. */
const ENGLISH = /^(?=.*[A-Za-z]{2})[\x20-\x7E]+$/

interface Problem {
  title?: unknown
  detail?: unknown
  errors?: { message?: unknown }[]
}

/** The English texts of a problem+json answer: its title, detail and every field error's message. */
export function englishTexts(problem: Problem): string[] {
  const texts = [problem.title, problem.detail, ...(problem.errors ?? []).map((error) => error.message)]
  return texts.filter((text): text is string => typeof text === 'string' && ENGLISH.test(text.trim())).map((text) => text.trim())
}

const isProblem = (response: Response) => (response.headers()['content-type'] ?? '').includes('application/problem+json')

async function textsOf(response: Response): Promise<string[]> {
  try {
    return englishTexts(await response.json())
  } catch {
    return [] // a body the browser no longer holds (the page navigated away) or not JSON after all
  }
}

/**
 * Every problem+json answer the page receives during a test, so a screen can be checked for the services' English
 * messages: on a Chinese screen the SPA words field errors from their codes, and none of the service's own text shows.
 */
export class ServerMessages {
  private readonly received: Promise<string[]>[] = []

  constructor(page: Page) {
    page.on('response', (response) => {
      if (isProblem(response)) this.received.push(textsOf(response))
    })
  }

  async texts(): Promise<string[]> {
    return [...new Set((await Promise.all(this.received)).flat())]
  }

  /** Fails if any English text of a problem the page received is visible on it now. */
  async expectNoneShown(page: Page, screen: string): Promise<void> {
    const texts = await this.texts()
    if (texts.length === 0) return
    const visible = await page.locator('body').innerText()
    expect(texts.filter((text) => visible.includes(text)), `a service's English message on the Chinese screen "${screen}" (${page.url()})`)
      .toEqual([])
  }
}
