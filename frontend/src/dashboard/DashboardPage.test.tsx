import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'
import type { ChartProps } from '../charts/Chart'

// ECharts itself is tested in charts/Chart.test.tsx; here the lazy chart module shows what it was given.
vi.mock('../charts/Chart', () => ({
  default: ({ option, description }: ChartProps) => {
    const yAxis = option.yAxis as { data: string[] }
    const series = option.series as { name: string }[]
    return (
      <div role="img" aria-label={description}>
        <ol aria-label="categories">{yAxis.data.map((label) => <li key={label}>{label}</li>)}</ol>
        <ul aria-label="series">{series.map((s) => <li key={s.name}>{s.name}</li>)}</ul>
      </div>
    )
  },
}))

const COUNTRIES = [
  ['DE', '德国', 'Germany', 6], ['GB', '英国', 'United Kingdom', 5], ['US', '美国', 'United States', 5],
  ['SE', '瑞典', 'Sweden', 4], ['FR', '法国', 'France', 4], ['JP', '日本', 'Japan', 3], ['KR', '韩国', 'Korea, Republic of', 3],
  ['AU', '澳大利亚', 'Australia', 3], ['SG', '新加坡', 'Singapore', 2], ['TH', '泰国', 'Thailand', 2], ['IT', '意大利', 'Italy', 2],
  ['NL', '荷兰', 'Netherlands', 2], ['CA', '加拿大', 'Canada', 2], ['PK', '巴基斯坦', 'Pakistan', 2], ['MY', '马来西亚', 'Malaysia', 2],
  ['NZ', '新西兰', 'New Zealand', 1], ['FI', '芬兰', 'Finland', 1],
] as const
const BY_COUNTRY = {
  total: COUNTRIES.reduce((sum, c) => sum + c[3], 0),
  items: COUNTRIES.map(([country, zh, en, count]) => ({ country, countryName: { zh, en }, count })),
}
const BY_KIND_AND_STATE = {
  total: 19,
  items: [
    { kind: 'memorandum', state: 'active', count: 3 }, { kind: 'memorandum', state: 'expired', count: 2 },
    { kind: 'student_exchange', state: 'active', count: 7 }, { kind: 'student_exchange', state: 'draft', count: 1 },
    { kind: 'student_exchange', state: 'expired', count: 1 }, { kind: 'research', state: 'expiring', count: 5 },
  ],
}

function stubFigures() {
  return stubFetch({
    'GET /api/partners/figures/institutions-by-country': () => json(BY_COUNTRY),
    'GET /api/partners/figures/agreements-by-kind-and-state': () => json(BY_KIND_AND_STATE),
    'GET /api/partners/figures/agreements-expiring': () => json({ withinDays: 90, count: 7, items: [] }),
  })
}

/** jsdom's Blob has no arrayBuffer(); its FileReader does the same. */
const bytesOf = (blob: Blob) => new Promise<Uint8Array>((resolve, reject) => {
  const reader = new FileReader()
  reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
  reader.onerror = () => reject(reader.error)
  reader.readAsArrayBuffer(blob)
})

// Regions are found without jsdom's visibility check (hidden: true), which costs ~0.5 s per query on the whole
// console; queries inside a region keep it.
const section = (name: string) => screen.getByRole('region', { name, hidden: true })
const findSection = (name: string) => screen.findByRole('region', { name, hidden: true })

describe('dashboard', () => {
  it('shows the cards with counts from the figures, each opening its pre-filtered list', { timeout: 60_000 }, async () => {
    const { find } = stubFigures()
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    // Cards by their heading link (text queries: role queries over the whole console are slow in jsdom).
    const kpi = (title: string) => {
      const link = screen.getByText(title, { selector: 'h2 a' })
      return { link, card: link.closest('.ant-card') as HTMLElement }
    }
    const active = kpi('Active partners')
    expect(active.link).toHaveAttribute('href', '/partners?status=active')
    await waitFor(() => expect(within(active.card).getByText('49')).toBeInTheDocument())
    const expiring = kpi('Agreements expiring within 90 days')
    expect(expiring.link).toHaveAttribute('href', '/agreements?expiringWithinDays=90')
    await waitFor(() => expect(within(expiring.card).getByText('7')).toBeInTheDocument())
    const expired = kpi('Expired agreements')
    expect(expired.link).toHaveAttribute('href', '/agreements?state=expired')
    await waitFor(() => expect(within(expired.card).getByText('3')).toBeInTheDocument())

    // Every state of the lifecycle, in its order, with its count, opening the list filtered to it.
    const states = within(section('Agreements by state')).getAllByRole('link')
    expect(states.map((link) => link.textContent)).toEqual([
      'Draft1', 'Under review0', 'Approved0', 'Signed0', 'Active10', 'Expiring5', 'Expired3', 'Renewed0', 'Terminated0',
    ])
    expect(states.map((link) => link.getAttribute('href'))).toEqual([
      'draft', 'under_review', 'approved', 'signed', 'active', 'expiring', 'expired', 'renewed', 'terminated',
    ].map((state) => `/agreements?state=${state}`))

    expect(find('GET', '/api/partners/figures/institutions-by-country')[0]!.url.searchParams.get('status')).toBe('active')
    expect(find('GET', '/api/partners/figures/agreements-expiring')[0]!.url.searchParams.get('withinDays')).toBe('90')
    // Cards and charts that show the same figure share one request.
    expect(find('GET', '/api/partners/figures/agreements-by-kind-and-state')).toHaveLength(1)
  })

  // One journey rather than three tests: each render of the whole console in jsdom costs seconds (more on a busy
  // machine), hence its own time limit.
  it('shows the chart rows as a table, exports every row as CSV, and follows the language switch', { timeout: 90_000 }, async () => {
    stubFigures()
    const created: Blob[] = []
    // jsdom has no Blob URLs; these stay for the file (the export revokes its URL on a timer, after the test).
    URL.createObjectURL = vi.fn((blob: Blob) => { created.push(blob); return 'blob:figure' })
    URL.revokeObjectURL = () => {}
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this) })
    renderApp('/')

    const byCountry = await findSection('Partners by country/region')
    const chart = await within(byCountry).findByRole('img', { name: /^Bar chart of active partner institutions by country or region, 49 in all\. Most: Germany 6, United Kingdom 5, United States 5\./ })
    const categories = within(within(chart).getByRole('list', { name: 'categories' })).getAllByRole('listitem').map((li) => li.textContent)
    expect(categories).toHaveLength(16)
    expect(categories.slice(0, 3)).toEqual(['Germany', 'United Kingdom', 'United States'])
    expect(categories.at(-1)).toBe('Other')

    // The table view, chosen with the keyboard: the same rows as the chart, countries linking to the partner list.
    within(byCountry).getByRole('radio', { name: 'Chart' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    expect(within(byCountry).getByRole('radio', { name: 'Table' })).toBeChecked()
    const table = within(byCountry).getByRole('table')
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(categories)
    expect(within(rows.at(-1)!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Other', '2'])
    expect(within(rows[0]!).getByRole('link', { name: 'Germany' })).toHaveAttribute('href', '/partners?country=DE&status=active')

    // The export has every country (not only the top 15), headers in English, a BOM for Excel.
    await userEvent.click(within(byCountry).getByRole('button', { name: 'Export CSV: Partners by country/region' }))
    expect(clicked).toHaveLength(1)
    expect(clicked[0]!.download).toMatch(/^partners-by-country-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(clicked[0]!.href).toBe('blob:figure')
    const bytes = await bytesOf(created[0]!)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes.slice(3))
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['Country/region,Partners', 'Germany,6', 'United Kingdom,5'])
    expect(csv).toContain('"Korea, Republic of",3\r\n')
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + COUNTRIES.length)

    // 中文: the open table's headers and names, the kind chart's description, bars and phases.
    await userEvent.click(screen.getByText('中文'))
    const zhByCountry = await findSection('按国家/地区统计的合作伙伴')
    expect(within(zhByCountry).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['国家/地区', '合作伙伴数'])
    const zhRows = within(zhByCountry).getAllByRole('row')
    expect(zhRows[1]).toHaveTextContent('德国6')
    expect(zhRows.at(-1)).toHaveTextContent('其他2')
    expect(within(zhByCountry).getByRole('button', { name: '导出 CSV：按国家/地区统计的合作伙伴' })).toBeInTheDocument()
    const zhKindChart = within(section('按类型统计的协议')).getByRole('img', { name: /^堆叠条形图：按类型统计的协议，分为筹备中、执行中和已结束，共 19 份。/ })
    expect(within(within(zhKindChart).getByRole('list', { name: 'categories' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['学生交流', '合作备忘录', '科研合作'])
    expect(within(within(zhKindChart).getByRole('list', { name: 'series' })).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(['筹备中', '执行中', '已结束'])
  })
})
