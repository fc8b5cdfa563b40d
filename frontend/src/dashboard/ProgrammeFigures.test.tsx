import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LEADER, json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'
import { groupedBarOption } from './chartOptions'
import { fundsRows, selectionRows } from './ProgrammeFigures'
import './DashboardPage'

const call = (id: string, en: string, eligible: number, selected: number, ratio?: number) =>
  ({ callId: id, title: { zh: `${en}（中）`, en }, academicYear: '2026/27', callState: 'results_published', eligible, selected, ratio })

describe('programme figures', () => {
  it('gives the selection ratio in per cent, and none for a call nobody was eligible for', () => {
    const rows = selectionRows([call('a', 'Chun Miao', 4, 2, 0.5), call('b', 'Summer school', 3, 1, 0.3333), call('c', 'Empty', 0, 0)],
      (title) => title?.en ?? '')
    expect(rows.map((row) => [row.label, row.percent])).toEqual([['Chun Miao', 50], ['Summer school', 33.3], ['Empty', null]])
  })

  it('keeps each currency of a funder on its own row', () => {
    const rows = fundsRows([
      { funder: 'csc', currency: 'CNY', grants: 2, awarded: 60000, paid: 30000, repaid: 0 },
      { funder: 'csc', currency: 'SGD', grants: 1, awarded: 5000.5, paid: 0, repaid: 0 },
    ], (funder) => funder.toUpperCase())
    expect(rows.map((row) => [row.label, row.awarded])).toEqual([['CSC · CNY', 60000], ['CSC · SGD', 5000.5]])
  })

  it('draws one bar series per measure beside each other, not stacked', () => {
    const option = groupedBarOption(['2025/26', '2026/27'], [{ name: 'Outbound', values: [3, 5] }, { name: 'Inbound', values: [1, 2] }])
    const series = option.series as { name: string; data: number[]; stack?: string }[]
    expect(series.map((one) => [one.name, one.data, one.stack])).toEqual([['Outbound', [3, 5], undefined], ['Inbound', [1, 2], undefined]])
  })

  it('shows leadership the programmes figures on the dashboard, each with its table', async () => {
    stubFetch({
      'GET /api/programmes/figures/applications': () => json({ total: 5, items: [
        { callId: 'a', title: { zh: '春苗', en: 'Chun Miao 2026' }, academicYear: '2026/27', state: 'submitted', count: 3 },
        { callId: 'a', title: { zh: '春苗', en: 'Chun Miao 2026' }, academicYear: '2026/27', state: 'draft', count: 2 },
      ] }),
      'GET /api/programmes/figures/selection': () => json({ items: [call('a', 'Chun Miao 2026', 4, 2, 0.5)] }),
      'GET /api/programmes/figures/mobilities-by-direction': () => json({ items: [{ academicYear: '2026/27', outbound: 5, inbound: 2 }] }),
      'GET /api/programmes/figures/mobilities': () => json({ total: 5, items: [
        { academicYear: '2026/27', direction: 'outbound', country: 'SG', countryName: { zh: '新加坡', en: 'Singapore' }, count: 3 },
        { academicYear: '2025/26', direction: 'outbound', country: 'SG', countryName: { zh: '新加坡', en: 'Singapore' }, count: 1 },
        { academicYear: '2026/27', direction: 'outbound', country: 'GB', countryName: { zh: '英国', en: 'United Kingdom' }, count: 1 },
      ] }),
      'GET /api/programmes/figures/funds': () => json({ items: [{ funder: 'chun_miao_fund', currency: 'CNY', grants: 2, awarded: 40000, paid: 20000, repaid: 0 }] }),
    }, LEADER)
    renderApp('/')
    const countries = (await screen.findByRole('heading', { name: 'Outbound mobilities by destination' })).closest('section')!
    await userEvent.click(within(countries).getByText('Table'))
    const singapore = (await within(countries).findByRole('cell', { name: 'Singapore' })).closest('tr')!
    expect(singapore).toHaveTextContent('4')
    const funds = screen.getByRole('heading', { name: 'Funds awarded and paid' }).closest('section')!
    await userEvent.click(within(funds).getByText('Table'))
    expect(await within(funds).findByRole('cell', { name: 'Chun Miao fund · CNY' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Selection ratio per call' })).toBeInTheDocument()
    const applications = screen.getByRole('heading', { name: 'Applications per call' }).closest('section')!
    await userEvent.click(within(applications).getByText('Table'))
    expect(await within(applications).findByRole('cell', { name: 'Submitted' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Outbound and inbound mobilities' })).toBeInTheDocument()
  })
})
