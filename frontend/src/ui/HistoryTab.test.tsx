import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderPiece } from '../test/renderPiece'
import { json, stubFetch } from '../test/fetchStub'
import { HistoryTab } from './HistoryTab'
import type { FieldWords } from './fieldNames'

const words: FieldWords = {
  labels: { state: 'State', reviewComment: 'Review comment', 'title.en': 'Title (English)' },
  values: { state: (v) => ({ under_review: 'Under review', draft: 'Draft' })[v] },
  languages: { zh: 'Chinese', en: 'English' }, yes: 'Yes', no: 'No',
}

describe('HistoryTab and VersionDiff', () => {
  it('names actions, changed fields and values in words, and compares the two latest versions', async () => {
    stubFetch({ 'GET /api/directory/people': () => json({ items: [{ username: 'zhao.min', nameZh: '赵敏', nameEn: 'Min Zhao', unit: null }] }) })
    renderPiece(<HistoryTab queryKey={['thing', '1']} words={words} action={(a) => ({ sent_back: 'Sent back' })[a.replace(' ', '_')] ?? a}
      versions={async () => [
        { version: 1, action: 'drafted', changedBy: 'wang.fang', changedByName: 'Fang Wang', changedByNameZh: '王芳', changedAt: '2026-11-01T08:00:00Z', changedFields: [] },
        { version: 2, action: 'sent back', changedBy: 'zhao.min', changedAt: '2026-11-02T08:00:00Z', changedFields: ['reviewComment', 'state'], reason: 'Quotas' },
      ]}
      compare={async (from, to) => ({ changes: from === 1 && to === 2 ? [{ field: 'state', from: 'under_review', to: 'draft' }, { field: 'title.en', from: 'A', to: null }] : [] })} />)
    expect(await screen.findByText('Sent back')).toBeInTheDocument()
    // By name: from the directory, or as the service kept it for someone the directory no longer knows.
    expect(await screen.findByText('Min Zhao')).toBeInTheDocument()
    expect(screen.getByText('Fang Wang')).toBeInTheDocument()
    expect(screen.queryByText(/wang\.fang|zhao\.min/)).not.toBeInTheDocument()
    expect(screen.getByText('Review comment, State')).toBeInTheDocument()
    const state = (await screen.findAllByText('State')).map((cell) => cell.closest('tr')!).find((row) => row.querySelector('del'))!
    expect(within(state).getByText('Under review').tagName).toBe('DEL')
    expect(within(state).getByText('Draft').tagName).toBe('INS')
    const title = screen.getByText('Title (English)').closest('tr')!
    expect(within(title).getByText('—').tagName).toBe('INS')
  })
})
