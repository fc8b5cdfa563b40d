import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n/i18n'
import { fileProblem } from '../ui/DocumentsTab'
import { defaultPair } from '../ui/diff'
import { fieldName, fieldValue } from '../ui/fieldNames'
import { agreementWords } from './useAgreementWords'
import { agreementExportHref, agreementFiltersToQuery, agreementFiltersToSearch, parseAgreementFilters } from './filters'
import { lifecycleSteps, needsReason, reachedBy } from './lifecycle'
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
  it('knows who took the agreement into each state and when, the latest time counting', () => {
    const reached = reachedBy([
      { version: 3, action: 'sent back', changedBy: 'zhao.min', changedAt: '2026-11-03T08:00:00Z' },
      { version: 1, action: 'drafted', changedBy: 'wang.fang', changedAt: '2026-11-01T08:00:00Z' },
      { version: 2, action: 'submitted', changedBy: 'wang.fang', changedAt: '2026-11-02T08:00:00Z' },
      { version: 4, action: 'updated', changedBy: 'wang.fang', changedAt: '2026-11-04T08:00:00Z' },
    ])
    expect(reached).toEqual({
      draft: { who: 'zhao.min', when: '2026-11-03T08:00:00Z' },
      under_review: { who: 'wang.fang', when: '2026-11-02T08:00:00Z' },
    })
  })

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
  it('names fields and values in the user’s language, never as the service writes them', () => {
    const zh = agreementWords(createI18n('zh-CN').t)
    const en = agreementWords(createI18n('en').t)
    expect(fieldName('reviewComment', zh)).toBe('审核意见')
    expect(fieldName('title.en', zh)).toBe('标题（英文）')
    expect(fieldName('title.en', en)).toBe('Title (English)')
    expect(fieldName('conditions[0].placesPerYear', zh)).toBe('合作条件 1 · 每年名额')
    expect(fieldName('signatories[1].title', en)).toBe('Signatories 2 · Title')
    expect(fieldValue('state', 'under_review', zh)).toBe('审核中')
    expect(fieldValue('conditions[0].levels', ['bachelor', 'master'], en)).toBe('Bachelor, Master')
    expect(fieldValue('autoRenewal', false, zh)).toBe('否')
    expect(fieldValue('notes', null, en)).toBe('—')
    expect(fieldValue('partnerIds', [], en)).toBe('—')
    expect(fieldValue('conditions[0].placesPerYear', 4, en)).toBe('4')
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
