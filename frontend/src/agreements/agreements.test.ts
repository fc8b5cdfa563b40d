import { describe, expect, it } from 'vitest'
import { fileProblem } from './AgreementDocuments'
import { defaultPair, diffRows, formatValue } from './diff'
import { agreementExportHref, agreementFiltersToQuery, agreementFiltersToSearch, parseAgreementFilters } from './filters'
import { lifecycleSteps, needsReason } from './lifecycle'
import { byEffectiveDate } from '../partners/PartnerAgreements'

describe('agreement filters ↔ URL', () => {
  it('round-trips every filter, with state repeated', () => {
    const search = 'q=Karolinska&kind=student_exchange&state=active&state=expiring&partnerId=0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001&expiringWithinDays=90&sort=-expiryDate&page=2&size=50'
    const filters = parseAgreementFilters(new URLSearchParams(search))
    expect(filters).toEqual({
      q: 'Karolinska', kind: 'student_exchange', states: ['active', 'expiring'], partnerId: '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001',
      expiringWithinDays: 90, sort: '-expiryDate', page: 2, size: 50,
    })
    expect(agreementFiltersToSearch(filters).toString()).toBe(search)
    expect(agreementFiltersToQuery(filters)).toMatchObject({ state: ['active', 'expiring'], page: 1, size: 50 })
  })

  it('drops what the API would refuse: unknown kinds and states, a partner that is no id, a bad sort', () => {
    const filters = parseAgreementFilters(new URLSearchParams('kind=treaty&state=active&state=lost&state=active&partnerId=42&sort=owner&expiringWithinDays=99999'))
    expect(filters).toEqual({ q: undefined, kind: undefined, states: ['active'], partnerId: undefined, expiringWithinDays: undefined, sort: undefined, page: 1, size: 20 })
    expect(agreementFiltersToQuery(parseAgreementFilters(new URLSearchParams())).state).toBeUndefined()
  })

  it('exports the same filters without paging', () => {
    expect(agreementExportHref(parseAgreementFilters(new URLSearchParams('state=expired&page=3'))))
      .toBe('/api/partners/agreements/export.csv?state=expired')
  })
})

describe('lifecycle steps', () => {
  it('marks the steps before the current one done and the rest waiting', () => {
    expect(lifecycleSteps('approved').map((s) => `${s.state}:${s.status}`)).toEqual([
      'draft:finish', 'under_review:finish', 'approved:process', 'signed:wait', 'active:wait', 'expiring:wait',
    ])
  })

  it('adds the end an agreement reached: terminated and expired as errors, renewed as done', () => {
    expect(lifecycleSteps('terminated').at(-1)).toEqual({ state: 'terminated', status: 'error' })
    expect(lifecycleSteps('expired').at(-1)).toEqual({ state: 'expired', status: 'error' })
    expect(lifecycleSteps('renewed').at(-1)).toEqual({ state: 'renewed', status: 'finish' })
    expect(lifecycleSteps('renewed').slice(0, -1).every((s) => s.status === 'finish')).toBe(true)
  })

  it('asks for a reason only to send back and to terminate', () => {
    expect(['draft', 'under_review', 'approved', 'signed', 'active', 'terminated'].filter((s) => needsReason(s as never)))
      .toEqual(['draft', 'terminated'])
  })
})

describe('version comparison', () => {
  it('splits nested field names into the label part and the detail, and formats values', () => {
    expect(diffRows([
      { field: 'conditions[0].placesPerYear', from: 2, to: 4 },
      { field: 'title.en', from: 'Old', to: 'New' },
      { field: 'notes', from: null, to: 'Signed in Stockholm' },
      { field: 'partnerIds', from: [], to: ['a'] },
    ])).toEqual([
      { field: 'conditions[0].placesPerYear', root: 'conditions', detail: '[0].placesPerYear', from: '2', to: '4' },
      { field: 'title.en', root: 'title', detail: '.en', from: 'Old', to: 'New' },
      { field: 'notes', root: 'notes', detail: '', from: '—', to: 'Signed in Stockholm' },
      { field: 'partnerIds', root: 'partnerIds', detail: '', from: '—', to: '["a"]' },
    ])
    expect(formatValue(false)).toBe('false')
    expect(formatValue({ side: 'ours' })).toBe('{"side":"ours"}')
  })

  it('compares the latest version with the one before by default', () => {
    expect(defaultPair([3, 1, 2])).toEqual([2, 3])
    expect(defaultPair([1])).toBeUndefined()
  })
})

describe('documents and the partner timeline', () => {
  it('accepts PDFs up to 20 MB only', () => {
    expect(fileProblem({ name: 'signed.pdf', type: 'application/pdf', size: 1000 })).toBeUndefined()
    expect(fileProblem({ name: 'SIGNED.PDF', type: '', size: 1000 })).toBeUndefined()
    expect(fileProblem({ name: 'scan.docx', type: 'application/msword', size: 1000 })).toBe('pdfOnly')
    expect(fileProblem({ name: 'big.pdf', type: 'application/pdf', size: 21 * 1024 * 1024 })).toBe('tooLarge')
  })

  it('orders a partner’s agreements by the date they took effect, undated drafts last', () => {
    const ordered = byEffectiveDate([
      { id: 'draft' }, { id: 'new', effectiveDate: '2024-09-01' }, { id: 'old', effectiveDate: '2019-09-01' },
    ])
    expect(ordered.map((a) => a.id)).toEqual(['old', 'new', 'draft'])
  })
})
