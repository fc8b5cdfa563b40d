import { expect, type Locator, type Page } from '@playwright/test'
import { LANGUAGE_LABELS, type Language, type TextKey, type Translate } from './i18n'

/** The console's frame: side menu, breadcrumbs, language switch, bell, user menu (src/app/Frame.tsx). */
export class Frame {
  constructor(readonly page: Page, readonly t: Translate) {}

  get menu(): Locator {
    return this.page.getByRole('navigation', { name: 'Meridian' })
  }

  menuLink(key: 'dashboard' | 'partners' | 'agreements' | 'alliances'): Locator {
    return this.menu.getByRole('link', { name: this.t(`menu.${key}`), exact: true })
  }

  get breadcrumbs(): Locator {
    return this.page.getByRole('banner').getByRole('navigation')
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 })
  }

  get languageSwitch(): Locator {
    return this.page.getByRole('radiogroup', { name: this.t('header.language') })
  }

  async switchLanguage(to: Language): Promise<void> {
    await this.languageSwitch.getByText(LANGUAGE_LABELS[to], { exact: true }).click()
  }

  get bell(): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${literal(this.t('header.notifications'))}: \\d+$`) })
  }

  /** The number the bell's accessible name carries. */
  async bellCount(): Promise<number> {
    const name = (await this.bell.getAttribute('aria-label')) ?? ''
    return Number(/: (\d+)$/.exec(name)?.[1] ?? NaN)
  }

  /** The bell's popover, once open. */
  get notifications(): Locator {
    return this.page.locator('.ant-popover').filter({ hasText: this.t('header.expiringTitle') })
  }

  /** The user menu's button: "User menu: <name>", with "read-only" after it for read-only roles. */
  userMenuButton(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${literal(`${this.t('header.userMenu')}: ${name}`)}( |$)`) })
  }

  /** Waits until the console shows a page of its own (menu and one h1). */
  async expectReady(): Promise<void> {
    await expect(this.menu).toBeVisible()
    await expect(this.heading).toBeVisible()
  }
}

/** The partners registry (src/partners/PartnersPage.tsx): filters kept in the URL, table, export. */
export class PartnersRegistry {
  constructor(readonly page: Page, readonly t: Translate) {}

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/partners${query ? `?${query}` : ''}`)
    await this.expectLoaded()
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('partners.title') })).toBeVisible()
    await expect(this.table.locator('.ant-spin-spinning')).toHaveCount(0)
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('partners.search') })
  }

  /** The registry's table (antd renders a sticky header as a table of its own, so this can be two). */
  get table(): Locator {
    return this.page.getByRole('main').locator('.ant-table')
  }

  /** Data rows of the table (not antd's hidden measure row or its empty-state row). */
  get rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row')
  }

  /** The rows whose name link contains `name` (either language). */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name }) })
  }

  /** The texts of one column, by its header. */
  async column(header: string): Promise<string[]> {
    const headers = (await this.page.getByRole('columnheader').allInnerTexts()).map((h) => h.trim())
    const index = headers.indexOf(header)
    expect(index, `column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0)
    return (await this.rows.locator(`td:nth-child(${index + 1})`).allInnerTexts()).map((c) => c.trim())
  }

  /** A filter's control, by its label. */
  filter(label: string): Locator {
    return this.page.getByRole('search').getByLabel(label, { exact: true })
  }

  /** A filter's whole form item: its label and what it shows (a select's chosen option). */
  filterItem(label: string): Locator {
    return this.page.getByRole('search').locator('.ant-form-item').filter({ has: this.page.getByLabel(label, { exact: true }) })
  }

  /** Searches the names (Chinese or English) and waits for the answer. */
  async searchFor(text: string): Promise<void> {
    const answered = this.waitForList((url) => url.searchParams.get('q') === text)
    await this.search.fill(text)
    await this.search.press('Enter')
    await answered
    await this.expectLoaded()
  }

  /** Picks an option of one of the registry's select filters. */
  async choose(label: string, option: string, typed?: string): Promise<void> {
    await chooseOption(this.page, this.filter(label), option, typed)
  }

  /** The list request the registry sends (GET /api/partners/institutions?…) matching `test`. */
  waitForList(test: (url: URL) => boolean = () => true) {
    return this.page.waitForResponse((response) => {
      const url = new URL(response.url())
      return url.pathname === '/api/partners/institutions' && response.request().method() === 'GET' && test(url)
    })
  }

  get total(): Locator {
    return this.page.locator('.ant-pagination-total-text')
  }
}

/** A regular expression matching `text` literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The dashboard's KPI cards (src/dashboard/DashboardPage.tsx). */
export class Dashboard {
  constructor(readonly page: Page, readonly t: Translate) {}

  card(title: string): Locator {
    return this.page.getByRole('main').locator('.ant-card').filter({ has: this.page.getByText(title, { exact: true }) })
  }

  /** The number a card shows, once it has one. */
  async value(title: string): Promise<number> {
    const value = this.card(title).locator('.ant-statistic-content-value')
    await expect(value).toHaveText(/^\d[\d,]*$/)
    return Number((await value.innerText()).replace(/,/g, ''))
  }
}

/** GET a JSON resource through the gateway with the page's session (as the SPA does: X-Requested-With). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path, { headers: { 'X-Requested-With': 'JavaScript', Accept: 'application/json' } })
  expect(response.status(), `GET ${path}`).toBe(200)
  return (await response.json()) as T
}

/**
 * Picks an option of an antd Select: open it, type to narrow a long list (`typed`), click the option. antd keeps an
 * accessible listbox of its own that is not the visible one, so the visible option is found by its title.
 */
export async function chooseOption(page: Page, select: Locator, option: string, typed?: string): Promise<void> {
  await select.click()
  if (typed) await select.fill(typed)
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}

/**
 * A button by its exact text. The console turns off antd's space between the two characters of a Chinese label
 * ("保存", never "保 存"), so a label with that space fails here.
 */
export function button(page: Page | Locator, text: string): Locator {
  return page.getByRole('button', { name: text, exact: true })
}

/** The institution form (src/partners/InstitutionForm.tsx), new or edit. */
export class InstitutionForm {
  constructor(readonly page: Page, readonly t: Translate) {}

  field(key: TextKey): Locator {
    return this.page.getByRole('main').getByLabel(this.t(key), { exact: true })
  }

  /** A field's form item: label, control and the messages under it. */
  item(label: string): Locator {
    return this.page.getByRole('main').locator('.ant-form-item').filter({ has: this.page.getByLabel(label, { exact: true }) })
  }

  get save(): Locator {
    return button(this.page.getByRole('main'), this.t('common.save'))
  }

  /** A field the form marks invalid, with `message` as its accessible description (antd: aria-describedby). */
  async expectError(label: string, message: string | RegExp): Promise<void> {
    const control = this.page.getByRole('main').getByLabel(label, { exact: true })
    await expect(control).toHaveAttribute('aria-invalid', 'true')
    await expect(control).toHaveAccessibleDescription(message)
  }

  async expectNoError(label: string): Promise<void> {
    await expect(this.page.getByRole('main').getByLabel(label, { exact: true })).not.toHaveAttribute('aria-invalid', 'true')
  }

  /** The answer to the form's POST or PUT. */
  waitForSave() {
    return this.page.waitForResponse((r) => /^\/api\/partners\/institutions(\/[0-9a-f-]{36})?$/.test(new URL(r.url()).pathname)
      && ['POST', 'PUT'].includes(r.request().method()))
  }

  async fill(values: { zh?: string; en?: string; kind?: string; country?: [name: string, typed: string]; city?: string; website?: string }): Promise<void> {
    if (values.zh !== undefined) await this.field('form.nameZh').fill(values.zh)
    if (values.en !== undefined) await this.field('form.nameEn').fill(values.en)
    if (values.kind) await chooseOption(this.page, this.field('partners.kind'), values.kind)
    if (values.country) await chooseOption(this.page, this.field('partners.country'), values.country[0], values.country[1])
    if (values.city !== undefined) await this.field('form.city').fill(values.city)
    if (values.website !== undefined) await this.field('form.website').fill(values.website)
  }

  /** Adds a contact row and fills it (labels are numbered: "E-mail 1"). */
  async addContact(index: number, contact: { name: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: this.t('form.addContact') }).click()
    await this.page.getByLabel(`${this.t('form.contactName')} ${index}`, { exact: true }).fill(contact.name)
    if (contact.email) await this.page.getByLabel(`${this.t('form.contactEmail')} ${index}`, { exact: true }).fill(contact.email)
  }
}
