import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { renderPiece } from '../test/renderPiece'
import { HistoryTab } from './HistoryTab'
import type { FieldWords } from './fieldNames'

const words: FieldWords = {
  labels: { state: 'State', reviewComment: 'Review comment', 'title.en': 'Title (English)' },
  values: { state: (v) => ({ under_review: 'Under review', draft: 'Draft' })[v] },
  languages: { zh: 'Chinese', en: 'English' }, yes: 'Yes', no: 'No',
}

describe('HistoryTab and VersionDiff', () => {
  it('names actions, changed fields and values in words, and compares the two latest versions', async () => {
    renderPiece(<HistoryTab queryKey={['thing', '1']} words={words} action={(a) => ({ sent_back: 'Sent back' })[a.replace(' ', '_')] ?? a}
      versions={async () => [
        { version: 1, action: 'drafted', changedBy: 'wang.fang', changedAt: '2026-11-01T08:00:00Z', changedFields: [] },
        { version: 2, action: 'sent back', changedBy: 'zhao.min', changedAt: '2026-11-02T08:00:00Z', changedFields: ['reviewComment', 'state'], reason: 'Quotas' },
      ]}
      compare={async (from, to) => ({ changes: from === 1 && to === 2 ? [{ field: 'state', from: 'under_review', to: 'draft' }, { field: 'title.en', from: 'A', to: null }] : [] })} />)
    expect(await screen.findByText('Sent back')).toBeInTheDocument()
    expect(screen.getByText('Review comment, State')).toBeInTheDocument()
    const state = (await screen.findAllByText('State')).map((cell) => cell.closest('tr')!).find((row) => row.querySelector('del'))!
    expect(within(state).getByText('Under review').tagName).toBe('DEL')
    expect(within(state).getByText('Draft').tagName).toBe('INS')
    const title = screen.getByText('Title (English)').closest('tr')!
    expect(within(title).getByText('—').tagName).toBe('INS')
  })
})
