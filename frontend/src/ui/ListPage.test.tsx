import { describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderPiece } from '../test/renderPiece'
import { BilingualName } from './BilingualName'
import { ListPage, type ListColumn } from './ListPage'
import { StateTag } from './StateTag'

interface Row { id: string; name: { zh: string; en: string }; state: string; owner?: string }

const columns: ListColumn<Row>[] = [
  { key: 'name', title: 'Name', width: 300, sortKey: 'name', render: (row) => <BilingualName name={row.name} /> },
  { key: 'state', title: 'State', width: 120, render: (row) => <StateTag state={row.state} label={row.state} /> },
  { key: 'owner', title: 'Owner', width: 120, render: (row) => row.owner ?? '—' },
]
const rows: Row[] = [{ id: '1', name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' }, state: 'expiring' }]

function list(props: Partial<Parameters<typeof ListPage<Row>>[0]> = {}) {
  return (
    <ListPage<Row> id="things" title="Things" exportHref="/api/things/export.csv" filtered={false} onReset={() => {}}
      filters={[]} columns={columns} rowKey={(row) => row.id} rows={rows} total={1} loading={false} onRetry={() => {}}
      paging={{ page: 1, size: 20 }} onPaging={() => {}} totalText={(n) => `${n} things`} {...props} />
  )
}

describe('ListPage', () => {
  it('shows one-line cells in columns of fixed widths, the first frozen, states as badges, actions last, and the export', async () => {
    renderPiece(list({ actions: { width: 80, render: (row) => <a href={`/things/${row.id}`}>Edit</a> } }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Things' })).toBeInTheDocument()
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['Name', 'State', 'Owner', 'Actions'])
    expect(screen.getAllByRole('columnheader')[0]).toHaveClass('ant-table-cell-fix-start')
    const row = screen.getByText('Karolinska Institutet').closest('tr')!
    expect(within(row).getByText('Karolinska Institutet').closest('.one-line')).not.toBeNull()
    expect(within(row).getByText('—').closest('.cell-one-line')).not.toBeNull()
    expect(row.querySelector('[data-state="expiring"] .ant-badge-status-warning')).not.toBeNull()
    expect(within(row).getByRole('link', { name: 'Edit' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Export CSV/ })).toHaveAttribute('href', '/api/things/export.csv')
    // Together within the content width at 1366 px (1366 − 240 menu − 48 padding), so no sideways scrolling.
    const width = columns.reduce((sum, c) => sum + c.width, 0) + 80
    expect(width).toBeLessThanOrEqual(1078)
    expect(screen.getByText('1 things')).toBeInTheDocument()
  })

  it('says whether nothing exists yet or nothing matches the filters', async () => {
    const { unmount } = renderPiece(list({ rows: [], total: 0 }))
    expect(await screen.findByText('Nothing here yet.')).toBeInTheDocument()
    unmount()
    renderPiece(list({ rows: [], total: 0, filtered: true }))
    expect(await screen.findByText('No records match these filters.')).toBeInTheDocument()
  })

  it('leaves out the filter bar when there is nothing to filter, and says where to start when it is empty', async () => {
    renderPiece(list({ rows: [], total: 0, emptyText: 'Open calls are listed under “Open calls”.' }))
    expect(await screen.findByText('Open calls are listed under “Open calls”.')).toBeInTheDocument()
    expect(screen.queryByRole('search')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reset filters' })).not.toBeInTheDocument()
  })

  it('applies the search on Enter or "Search", choices at once, and resets all filters', async () => {
    const onSearch = vi.fn()
    const onKind = vi.fn()
    const onReset = vi.fn()
    renderPiece(list({
      onReset,
      filters: [
        { kind: 'search', key: 'q', label: 'Search names', onChange: onSearch },
        { kind: 'number', key: 'days', label: 'Within days', min: 0, max: 10, onChange: onKind },
      ],
    }))
    const search = await screen.findByRole('searchbox', { name: 'Search names' })
    await userEvent.type(search, ' Karolinska {Enter}')
    expect(onSearch).toHaveBeenLastCalledWith('Karolinska')
    await userEvent.click(screen.getByRole('button', { name: 'Search' }))
    expect(onSearch).toHaveBeenCalledTimes(2)
    await userEvent.type(screen.getByLabelText('Within days'), '7')
    expect(onKind).toHaveBeenLastCalledWith(7)
    await userEvent.click(screen.getByRole('button', { name: 'Reset filters' }))
    expect(onReset).toHaveBeenCalled()
  })

  it('sorts by the column’s API key and pages through the server', async () => {
    const onPaging = vi.fn()
    renderPiece(list({ onPaging, columns: [{ ...columns[0]!, sortKey: 'nameZh' }, columns[1]!] }))
    await userEvent.click((await screen.findAllByText('Name'))[0]!)
    expect(onPaging).toHaveBeenLastCalledWith({ sort: 'nameZh', page: 1, size: 20 })
  })
})

describe('BilingualName and StateTag', () => {
  it('shows the name in the current language on one line, both languages on hover', async () => {
    renderPiece(<BilingualName name={rows[0]!.name} />, { language: 'zh-CN' })
    const name = await screen.findByText('卡罗林斯卡学院')
    expect(name).toHaveAttribute('lang', 'zh-CN')
    // The English name is not shown, only read out with it (so a link is found by either name).
    expect(screen.getByText('Karolinska Institutet')).toHaveClass('visually-hidden')
    await userEvent.hover(name)
    const tooltip = await screen.findByRole('tooltip')
    expect(within(tooltip).getByText('Karolinska Institutet')).toHaveAttribute('lang', 'en')
  })

  it('stacks the other language under the name where there is room, and shows "—" for no name', async () => {
    renderPiece(<><BilingualName name={rows[0]!.name} variant="stacked" /><BilingualName /></>)
    expect(await screen.findByText('Karolinska Institutet')).toBeInTheDocument()
    expect(screen.getByText('卡罗林斯卡学院')).toHaveAttribute('lang', 'zh-CN')
    expect(screen.getByText('—')).toBeInTheDocument()
  })

  it('gives each state the colour of its meaning: in progress, needs action, in force, ended, overdue', async () => {
    renderPiece(<>{['under_review', 'expiring', 'active', 'terminated', 'expired', 'unheard_of'].map((state) =>
      <StateTag key={state} state={state} label={state} />)}</>)
    await screen.findByText('active')
    const tone = (state: string) => document.querySelector(`[data-state="${state}"] .ant-badge-status-dot`)?.className ?? ''
    expect(tone('under_review')).toContain('processing')
    expect(tone('expiring')).toContain('warning')
    expect(tone('active')).toContain('success')
    expect(tone('terminated')).toContain('default')
    expect(tone('expired')).toContain('error')
    expect(tone('unheard_of')).toContain('default')
  })

  it('writes two-character Chinese button labels without antd’s inserted space', async () => {
    const { Button } = await import('antd')
    renderPiece(<Button>保存</Button>, { language: 'zh-CN' })
    expect((await screen.findByRole('button')).textContent).toBe('保存')
  })
})
