import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { at, renderPiece } from '../test/renderPiece'
import { json, stubFetch } from '../test/fetchStub'
import { Breadcrumbs } from './Breadcrumbs'
import { DetailPage } from './DetailPage'
import { Facts } from './Facts'
import type { Feature } from './features'
import { LifecyclePanel } from './LifecyclePanel'
import { RecordNameProvider } from './recordName'

const features: Feature[] = [{
  key: 'things', menu: [],
  routes: [{ path: 'things/:id', screen: () => null, crumbs: [{ label: () => 'Things', to: '/things' }, 'record'] }],
}]

function page() {
  return (
    <RecordNameProvider>
      <Breadcrumbs features={features} />
      <DetailPage id="thing" name="Karolinska Institutet" subtitle="卡罗林斯卡学院" state={<span>Active</span>}
        facts={[{ key: 'owner', label: 'Owner', value: 'wang.fang' }, { key: 'city', label: 'City', value: undefined }]}
        actions={<button type="button">Edit</button>}
        tabs={[
          { key: 'overview', label: 'Overview', children: <Facts facts={[{ key: 'notes', label: 'Notes', value: '' }, { key: 'tags', label: 'Tags', value: [] }]} /> },
          { key: 'history', label: 'History', children: <p>Versions</p> },
        ]} />
    </RecordNameProvider>
  )
}

describe('DetailPage', () => {
  it('has a header with the name, state, key facts ("—" when empty) and one action area; the breadcrumb ends in the name', async () => {
    renderPiece(page(), { path: '/things/1' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Karolinska Institutet' })).toBeInTheDocument()
    expect(screen.getByText('卡罗林斯卡学院')).toBeInTheDocument()
    const facts = document.querySelector('.key-facts')!
    expect(within(facts as HTMLElement).getByText('wang.fang')).toBeInTheDocument()
    expect(within(facts as HTMLElement).getByText('—')).toBeInTheDocument()
    expect(within(screen.getByRole('tabpanel')).getAllByText('—')).toHaveLength(2)
    const crumbs = screen.getByRole('navigation')
    expect(within(crumbs).getAllByRole('listitem').map((item) => item.textContent?.replace('/', '').trim())).toEqual(['Home', 'Things', 'Karolinska Institutet'])
    expect(screen.getByRole('link', { name: 'Things' })).toHaveAttribute('href', '/things')
  })

  it('keeps the open tab in the URL and opens the tab the URL names', async () => {
    renderPiece(page(), { path: '/things/1' })
    await userEvent.click(await screen.findByRole('tab', { name: 'History' }))
    await waitFor(() => expect(at.location).toBe('/things/1?tab=history'))
    expect(screen.getByText('Versions')).toBeVisible()
  })

  it('opens at the tab of a shared link', async () => {
    renderPiece(page(), { path: '/things/1?tab=history' })
    expect(await screen.findByRole('tab', { name: 'History', selected: true })).toBeInTheDocument()
  })
})

describe('LifecyclePanel', () => {
  const steps = [
    { state: 'draft', title: 'Draft', status: 'finish' as const, who: 'wang.fang', when: '2026-11-01 16:00' },
    { state: 'under_review', title: 'Under review', status: 'process' as const, who: 'wang.fang', when: '2026-11-02 16:00' },
    { state: 'approved', title: 'Approved', status: 'wait' as const },
  ]

  it('shows the steps with who and when, offers only the allowed transitions, and asks for a reason where needed', async () => {
    const onMove = vi.fn()
    stubFetch({ 'GET /api/directory/people': () => json({ items: [{ username: 'wang.fang', nameZh: '王芳', nameEn: 'Fang Wang', unit: null }] }) })
    renderPiece(<LifecyclePanel id="x" title="Lifecycle" current="under_review" steps={steps} errors={[]} onMove={onMove}
      transitions={[{ to: 'approved', label: 'Approve' }, { to: 'draft', label: 'Send back', needsReason: true, back: true }]} />)
    expect(await screen.findAllByText('Fang Wang')).toHaveLength(2)
    expect((await screen.findAllByText(/2026-11-02 16:00/))[0]!.closest('.step-who')).toHaveTextContent('Fang Wang2026-11-02 16:00')
    const group = screen.getByRole('group', { name: 'Next steps' })
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Approve', 'Send back'])

    await userEvent.click(within(group).getByRole('button', { name: 'Send back' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send back' }))
    expect(await within(dialog).findByText('Please give a reason.')).toBeInTheDocument()
    expect(onMove).not.toHaveBeenCalled()
    await userEvent.type(within(dialog).getByLabelText('Reason'), '  Quotas missing ')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send back' }))
    await waitFor(() => expect(onMove).toHaveBeenCalledWith('draft', 'Quotas missing'))

    await userEvent.click(within(group).getByRole('button', { name: 'Approve' }))
    expect(onMove).toHaveBeenLastCalledWith('approved', undefined)
  })

  it('offers nothing to a user with no allowed transition', async () => {
    renderPiece(<LifecyclePanel id="x" title="Lifecycle" current="under_review" steps={steps} errors={['Refused']} onMove={() => {}} transitions={[]} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Refused')
    expect(screen.queryByRole('group', { name: 'Next steps' })).not.toBeInTheDocument()
  })
})
