import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/problem'
import { attendanceRows } from '../dashboard/BriefingAttendance'
import { createI18n } from '../i18n/i18n'
import { toApplicationRequest, toApplicationValues } from './ApplicationForm'
import { toBriefingRequest, toBriefingValues } from './BriefingForm'
import { briefingWhen, briefingWhere } from './BriefingsPage'
import { toCallValues } from './CallForm'
import { overOffer, placesText } from './CallPage'
import {
  applicationExportHref, applicationFiltersToQuery, applicationFiltersToSearch, briefingFiltersToQuery, briefingFiltersToSearch,
  callFiltersToQuery, callFiltersToSearch, parseApplicationFilters, parseBriefingFilters, parseCallFilters, parseSchemeFilters,
} from './filters'
import {
  applicationSteps, CALL_PATH, historyAction, ineligibilityText, problemText, reachedBy, stepsAlong, unitName,
} from './lifecycle'
import { agreementOptions, toSchemeValues } from './SchemeForm'
import type { ApplicationResponse, BriefingResponse, CallResponse } from './types'

const CALL = '7c1e5b2a-0000-4000-8000-000000000001'
const NUS = '7c1e5b2a-0000-4000-8000-0000000000a1'
const NTU = '7c1e5b2a-0000-4000-8000-0000000000a2'

const en = createI18n('en').t
const zh = createI18n('zh-CN').t

describe('programmes filters ↔ URL', () => {
  it('round-trips the calls filters and drops what the API would refuse', () => {
    const search = `q=Chun&state=open&schemeId=${CALL}&academicYear=2026/27&flagged=true&sort=-opensOn&page=2&size=50`
    const filters = parseCallFilters(new URLSearchParams(search))
    expect(filters).toEqual({ q: 'Chun', state: 'open', schemeId: CALL, academicYear: '2026/27', flagged: true, sort: '-opensOn', page: 2, size: 50 })
    expect(callFiltersToSearch(filters).toString()).toBe(new URLSearchParams(search).toString())
    expect(callFiltersToQuery(filters)).toMatchObject({ state: 'open', flagged: true, page: 1, size: 50 })
    expect(parseCallFilters(new URLSearchParams('state=lost&schemeId=42&academicYear=2026&flagged=yes&sort=budget'))).toEqual({
      q: undefined, state: undefined, schemeId: undefined, academicYear: undefined, flagged: undefined, sort: undefined, page: 1, size: 20,
    })
  })

  it('filters a call’s applications by state, unit and destination, and exports the same without paging', () => {
    const filters = parseApplicationFilters(new URLSearchParams(`state=submitted&unit=nursing&destination=${NUS}&page=3&sort=-submittedAt`))
    expect(filters).toMatchObject({ state: 'submitted', unit: 'nursing', destination: NUS, page: 3, sort: '-submittedAt' })
    expect(applicationFiltersToQuery(CALL, filters)).toEqual({
      callId: CALL, state: 'submitted', unit: 'nursing', destination: NUS, sort: '-submittedAt', page: 2, size: 20,
    })
    expect(applicationFiltersToSearch(filters).get('page')).toBe('3')
    expect(applicationExportHref(CALL, filters))
      .toBe(`/api/programmes/applications/export.csv?callId=${CALL}&state=submitted&unit=nursing&destination=${NUS}`)
    expect(parseApplicationFilters(new URLSearchParams('state=accepted&unit=Nursing School&destination=x'))).toMatchObject({
      state: undefined, unit: undefined, destination: undefined,
    })
  })

  it('filters briefings by state, campus, format and upcoming', () => {
    const filters = parseBriefingFilters(new URLSearchParams('state=registration_open&campus=jinyun&format=on_campus&upcoming=true'))
    expect(briefingFiltersToQuery(filters)).toEqual({
      q: undefined, state: 'registration_open', campus: 'jinyun', format: 'on_campus', upcoming: true, sort: undefined, page: 0, size: 20,
    })
    expect(briefingFiltersToSearch(filters).toString()).toBe('state=registration_open&campus=jinyun&format=on_campus&upcoming=true')
    expect(parseBriefingFilters(new URLSearchParams('campus=beijing&format=hybrid')).campus).toBeUndefined()
    expect(parseSchemeFilters(new URLSearchParams('kind=treaty&sort=-kind')).kind).toBeUndefined()
  })
})

describe('programmes lifecycles in words', () => {
  it('walks a call along its path, an ended briefing or application ending its steps', () => {
    expect(stepsAlong(CALL_PATH, 'closed').map((s) => s.status)).toEqual(['finish', 'finish', 'process', 'wait', 'wait', 'wait'])
    expect(stepsAlong(['planned', 'registration_open', 'held'], 'cancelled').at(-1)).toEqual({ state: 'cancelled', status: 'error' })
    expect(applicationSteps('waitlisted').map((s) => s.state)).toContain('waitlisted')
    expect(applicationSteps('under_review').find((s) => s.status === 'process')?.state).toBe('under_review')
    const ineligible = applicationSteps('ineligible')
    expect(ineligible.map((s) => s.state)).toEqual(['draft', 'submitted', 'ineligible'])
    expect(ineligible.at(-1)?.status).toBe('error')
    expect(applicationSteps('withdrawn').map((s) => s.state)).toEqual(['draft', 'withdrawn'])
  })

  it('knows who took a record into each state from its history, and words the history actions', () => {
    const reached = reachedBy([
      { version: 2, action: 'state open', changedBy: 'wang.fang', changedAt: '2026-11-02T08:00:00Z' },
      { version: 1, action: 'created', changedBy: 'zhang.wei', changedAt: '2026-11-01T08:00:00Z' },
      { version: 3, action: 'updated', changedBy: 'wang.fang', changedAt: '2026-11-03T08:00:00Z' },
    ], 'draft')
    expect(reached).toEqual({ draft: { who: 'zhang.wei', when: '2026-11-01T08:00:00Z' }, open: { who: 'wang.fang', when: '2026-11-02T08:00:00Z' } })
    const word = (state: string) => zh(`callState.${state}` as 'callState.open')
    expect(historyAction('state in_selection', word, zh)).toBe('变更为：选拔中')
    expect(historyAction('created', word, en)).toBe('Created')
  })

  it('names units, eligibility reasons and refusals in the user’s language, never with the service’s English', () => {
    expect(unitName('clinical-medicine', zh)).toBe('临床医学院')
    expect(unitName('school-of-magic', en)).toBe('school-of-magic')
    expect(ineligibilityText({ code: 'gpa-below-minimum', message: 'GPA 3.05 is below 3.2', params: { gpa: 3.05, minGpa: 3.2 } }, zh))
      .toBe('绩点 3.05 低于最低要求 3.2。')
    expect(ineligibilityText({ code: 'year-of-study', params: { allowed: [2, 3], actual: 1 } }, en))
      .toBe('Year of study 1 is not among the years this call accepts (2, 3).')
    expect(ineligibilityText({ code: 'language', params: { accepted: [{ test: 'IELTS', minScore: 6.5 }, { test: 'CET-6', minScore: 500 }] } }, zh))
      .toBe('没有一项语言成绩达到本项目接受的考试分数：IELTS ≥ 6.5、CET-6 ≥ 500。')
    expect(ineligibilityText({ code: 'home-unit', params: { allowed: ['nursing'], unit: 'pharmacy' } }, zh))
      .toBe('您所在单位（药学院）不在本项目面向的单位（护理学院）之内。')
    const full = new ApiError(409, { type: 'urn:meridian:problem:briefing-full', title: 'Full', detail: 'The briefing has no places left' })
    expect(problemText(full, zh)).toBe('该宣讲会名额已满。')
    expect(problemText(new ApiError(409, { type: 'urn:meridian:problem:something-new', detail: 'English' }), zh)).toBe('出错了')
    expect(problemText(new ApiError(403, { detail: 'You can register only yourself' }), zh)).toBe('您无权进行此操作。')
  })
})

describe('programmes forms ↔ API', () => {
  it('keeps an application’s choices in rank order and sends each once, without empty rows', () => {
    const record = {
      id: 'a1', callId: CALL, state: 'draft', allowedTransitions: ['submitted'], version: 1,
      choices: [{ rank: 2, institutionId: NTU }, { rank: 1, institutionId: NUS }], gpa: 3.4, yearOfStudy: 2,
      languageResults: [{ test: 'IELTS', score: 7 }],
    } as ApplicationResponse
    const values = toApplicationValues(record)
    expect(values.choices).toEqual([NUS, NTU])
    expect(toApplicationRequest({ ...values, choices: [NTU, undefined, NTU, NUS], languageResults: [{ test: 'IELTS', score: 7 }, { test: '', score: 1 }] }))
      .toEqual({ callId: CALL, choices: [NTU, NUS], gpa: 3.4, yearOfStudy: 2, statement: undefined, languageResults: [{ test: 'IELTS', score: 7 }] })
  })

  it('sends an online briefing with its link only, one on a campus with its campus and venue only', () => {
    const record = {
      id: 'b1', title: { zh: '宣讲会', en: 'Briefing' }, state: 'planned', allowedTransitions: [], version: 1, format: 'on_campus',
      campus: 'yuanjiagang', venue: 'Academic Hall', date: '2026-03-06', startTime: '15:00:00', endTime: '17:00:00', capacity: 150,
      presentingPartners: [{ institutionId: NUS, name: { zh: '新加坡国立大学', en: 'NUS' } }],
    } as BriefingResponse
    const values = toBriefingValues(record)
    expect(values).toMatchObject({ startTime: '15:00', endTime: '17:00', presentingPartners: [NUS], campus: 'yuanjiagang' })
    expect(toBriefingRequest({ ...values, link: 'https://meet.example' })).toMatchObject({ campus: 'yuanjiagang', venue: 'Academic Hall', link: undefined })
    expect(toBriefingRequest({ ...values, format: 'online', link: 'https://meet.example' })).toMatchObject({ campus: undefined, venue: undefined, link: 'https://meet.example' })
    expect(briefingWhen(record)).toBe('2026-03-06 15:00–17:00')
    expect(briefingWhere(record, zh)).toBe('袁家岗校区、Academic Hall')
    expect(briefingWhere({ format: 'online' }, en)).toBe('Online')
  })

  it('maps a call and a scheme back to their requests, and shows places against what the agreement offers', () => {
    const call = {
      id: CALL, schemeId: 's1', title: { zh: '批次', en: 'Call' }, academicYear: '2026/27', direction: 'outbound', mobilityType: 'student_study',
      state: 'draft', allowedTransitions: ['open'], version: 1,
      destinations: [{ institutionId: NUS, places: 4, placesOffered: 2, overrideReason: 'Letter', name: { zh: '新加坡国立大学', en: 'NUS' } }],
    } as CallResponse
    expect(toCallValues(call).destinations).toEqual([{ institutionId: NUS, places: 4, overrideReason: 'Letter' }])
    expect(overOffer(call.destinations![0]!)).toBe(true)
    expect(placesText(call.destinations![0]!, en)).toBe('4 of 2 offered')
    expect(placesText({ places: 2 }, zh)).toBe('2 (协议未规定)')
    expect(toSchemeValues({ id: 's1', kind: 'outbound_exchange', title: { zh: '项目', en: 'Scheme' }, version: 1,
      destinations: [{ institutionId: NUS, agreementId: 'g1', name: { zh: 'a', en: 'b' } }] }).destinations).toEqual([{ institutionId: NUS, agreementId: 'g1' }])
    expect(agreementOptions({ agreements: [{ id: 'g1', referenceCode: 'DEMO-NUS', title: { zh: '协议', en: 'Agreement' } }] }, (v) => v?.en))
      .toEqual([{ value: 'g1', label: 'DEMO-NUS · Agreement' }])
  })

  it('counts attendance per briefing for the dashboard, newest first, cancelled briefings left out', () => {
    const rows = attendanceRows([
      { briefingId: 'b1', title: { zh: '一', en: 'One' }, date: '2024-03-02', state: 'held', registered: 6, attended: 5, absent: 1 },
      { briefingId: 'b2', title: { zh: '二', en: 'Two' }, date: '2024-03-06', state: 'held', registered: 4, attended: 4, absent: 0 },
      { briefingId: 'b3', title: { zh: '三', en: 'Three' }, date: '2024-04-01', state: 'cancelled', registered: 0 },
    ], (b) => b.title?.en ?? '')
    expect(rows.map((row) => [row.label, row.registered, row.attended])).toEqual([['Two', 4, 4], ['One', 6, 5]])
  })
})
