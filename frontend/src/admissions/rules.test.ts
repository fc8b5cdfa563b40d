import { describe, expect, it } from 'vitest'
import { createI18n } from '../i18n/i18n'
import { parseApplicationFilters, applicationFiltersToQuery } from './filters'
import { mayUpload, uploadProblem } from './parts'
import {
  admissionSteps, daysUntil, incompleteSteps, missingByPart, missingText, offerableChoices, partOf, stepFrom, toApplicationRequest,
} from './rules'
import { applicationWords } from './words'

const en = createI18n('en').t
const zh = createI18n('zh-CN').t

describe('admission application rules', () => {
  it('puts each missing item on the step of the form (or the documents) where the applicant fixes it', () => {
    expect(partOf('givenNames')).toBe('personal')
    expect(partOf('education[0].country')).toBe('education')
    expect(partOf('funding.dispatchingAuthority')).toBe('funding')
    expect(partOf('choices[1]')).toBe('choices')
    expect(partOf('documents.passport')).toBe('documents')
    const missing = [
      { field: 'documents.passport', code: 'document-missing' as const, params: { kind: 'passport' } },
      { field: 'funding.type', code: 'required' as const },
      { field: 'nationality', code: 'required' as const },
    ]
    expect(missingByPart(missing).map((group) => group.part)).toEqual(['personal', 'funding', 'documents'])
    expect([...incompleteSteps(missing)]).toEqual(['funding', 'personal'])
    expect(stepFrom('funding')).toBe('funding')
    expect(stepFrom('../admin')).toBe('personal')
  })

  it('words what is missing from its code and params in either language, never the service’s English', () => {
    const test = { field: 'languageTests', code: 'required' as const, message: 'must show IELTS 6.5 or TOEFL 80', params: { programme: 'MBBS', IELTS: 6.5, TOEFL: 80 } }
    expect(missingText(test, applicationWords(en), en)).toBe('Language test for MBBS: IELTS 6.5 or TOEFL 80 or better, taken within the last two years')
    expect(missingText(test, applicationWords(zh), zh)).toBe('MBBS 的语言成绩：须达到 IELTS 6.5或TOEFL 80 或以上，且为近两年内的成绩')
    const document = { field: 'documents.financial_guarantee', code: 'document-missing' as const, message: 'is required', params: { kind: 'financial_guarantee' } }
    expect(missingText(document, applicationWords(en), en)).toBe('Financial guarantee: upload it')
    expect(missingText(document, applicationWords(zh), zh)).toBe('经济担保证明：请上传')
    expect(missingText({ field: 'dateOfBirth', code: 'min', message: 'x', params: { value: 16 } }, applicationWords(en), en))
      .toBe('Date of birth: applicants must be at least 16 years old')
    expect(missingText({ field: 'funding.type', code: 'required', message: 'is required' }, applicationWords(zh), zh)).toBe('经费来源：必填')
  })

  it('saves the choices numbered by their order, codes in capitals, empty rows and an empty funding left out', () => {
    expect(toApplicationRequest({
      surname: 'SILVA', givenNames: 'MARIA', nationality: ' br ', choices: [{ intakeId: 'b' }, {}, { intakeId: 'a' }],
      funding: { type: undefined as never }, education: [undefined as never], languageTests: [],
    })).toEqual({
      surname: 'SILVA', givenNames: 'MARIA', nationality: 'BR', dateOfBirth: undefined, passportNumber: undefined, passportExpiry: undefined,
      education: [], languageTests: [], funding: undefined, choices: [{ priority: 1, intakeId: 'b' }, { priority: 2, intakeId: 'a' }],
    })
  })

  it('sends the passport only when it was typed, since the stored one is read masked and kept when left out', () => {
    expect(toApplicationRequest({ passportNumber: 'FX1234567', passportExpiry: '2032-03-01' })).toMatchObject({ passportNumber: 'FX1234567', passportExpiry: '2032-03-01' })
    expect(toApplicationRequest({ passportNumber: '' })).toMatchObject({ passportNumber: undefined, passportExpiry: undefined })
    expect(partOf('passportNumber')).toBe('personal')
  })

  it('shows the steps an application lives through, and where it left them', () => {
    expect(admissionSteps('under_review').map((s) => `${s.state}:${s.status}`).slice(2, 5))
      .toEqual(['documents_complete:finish', 'under_review:process', 'offer_conditional:wait'])
    expect(admissionSteps('offer_unconditional')[4]).toEqual({ state: 'offer_unconditional', status: 'process' })
    expect(admissionSteps('rejected').map((s) => s.state)).toEqual(['draft', 'submitted', 'documents_complete', 'under_review', 'rejected'])
    expect(admissionSteps('rejected').at(-1)?.status).toBe('error')
    expect(admissionSteps('withdrawn').map((s) => s.state)).toEqual(['draft', 'withdrawn'])
  })

  it('offers only choices without an offer, and only while the application takes offers', () => {
    const choices = [{ priority: 1, intakeId: 'a' }, { priority: 2, intakeId: 'b' }]
    expect(offerableChoices({ state: 'under_review', choices, offers: [] })).toEqual([1, 2])
    expect(offerableChoices({ state: 'offer_conditional', choices, offers: [{ priority: 1 }] })).toEqual([2])
    expect(offerableChoices({ state: 'submitted', choices, offers: [] })).toEqual([])
    expect(offerableChoices({ state: 'offer_accepted', choices, offers: [{ priority: 1 }] })).toEqual([])
  })

  it('counts the days to a deadline, the deadline’s own day included', () => {
    expect(daysUntil('2027-06-30', '2027-06-30')).toBe(0)
    expect(daysUntil('2027-07-02', '2027-06-30')).toBe(2)
    expect(daysUntil('2027-06-29', '2027-06-30')).toBe(-1)
  })

  it('lets an applicant upload any document to a draft, and once submitted only a missing or rejected one', () => {
    expect(mayUpload('draft', 'verified')).toBe(true)
    expect(mayUpload('submitted', 'rejected')).toBe(true)
    expect(mayUpload('submitted', 'missing')).toBe(true)
    expect(mayUpload('submitted', 'uploaded')).toBe(false)
    expect(mayUpload('under_review', 'missing')).toBe(false)
    expect(uploadProblem({ name: 'passport.png', type: 'image/png', size: 1000 })).toBeUndefined()
    expect(uploadProblem({ name: 'passport.docx', type: 'application/msword', size: 1000 })).toBe('onlyTypes')
    expect(uploadProblem({ name: 'scan.pdf', type: 'application/pdf', size: 11 * 1024 * 1024 })).toBe('tooLarge')
  })

  it('reads the list’s filters from a URL anyone may have edited, sending only valid ones', () => {
    const filters = parseApplicationFilters(new URLSearchParams('state=submitted&nationality=br&q=%20Silva%20&page=2'))
    expect(applicationFiltersToQuery(filters)).toEqual({ q: 'Silva', state: 'submitted', nationality: 'BR', page: 1, size: 20 })
    expect(applicationFiltersToQuery(parseApplicationFilters(new URLSearchParams('state=hacked&nationality=Brazil&page=-1'))))
      .toEqual({ q: undefined, state: undefined, nationality: undefined, page: 0, size: 20 })
  })
})
