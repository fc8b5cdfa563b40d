import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Me } from '../api/me'
import { STAFF, json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'

const STUDENT: Me = { username: 'zhou.xin', name: 'Xin Zhou', nameZh: '周欣', roles: ['student'], unit: 'nursing', locale: 'zh-CN' }
const briefingId = '5a0c2f7e-3333-4c5e-9a43-1f2ad0c1a003'
const callId = '5a0c2f7e-4444-4c5e-9a43-1f2ad0c1a004'

const briefing = (overrides: Record<string, unknown> = {}) => ({
  id: briefingId, title: { zh: '春苗计划学生海外交流宣讲会', en: 'Chun Miao Plan Student Exchange Briefing' }, format: 'on_campus',
  campus: 'jinyun', venue: 'Lecture Hall 3', date: '2026-12-22', startTime: '14:30:00', endTime: '16:00:00', capacity: 300,
  placesTaken: 2, placesLeft: 298, state: 'registration_open', allowedTransitions: [], version: 3, ...overrides,
})

describe('programmes screens', () => {
  it('lets a student register for a briefing in Chinese (themselves: an empty body), with the campus and places in words', async () => {
    let registered = false
    const { find } = stubFetch({
      [`GET /api/programmes/briefings/${briefingId}`]: () => json(registered
        ? briefing({ myRegistration: { id: 'r1', state: 'registered' }, placesLeft: 297 })
        : briefing(), 200, { ETag: '"3"' }),
      [`POST /api/programmes/briefings/${briefingId}/registrations`]: () => {
        registered = true
        return json({ id: 'r1', briefingId, person: 'zhou.xin', state: 'registered', allowedTransitions: ['cancelled'], version: 0 }, 201)
      },
    }, STUDENT)
    renderApp(`/briefings/${briefingId}`)
    expect(await screen.findByRole('heading', { level: 1, name: '春苗计划学生海外交流宣讲会' })).toBeInTheDocument()
    expect(screen.getAllByText(/缙云校区/).length).toBeGreaterThan(0)
    expect(screen.getByText('剩余 298 / 300 个名额', { selector: 'dd' })).toBeInTheDocument()
    // A student sees no lifecycle, registrations or history of the office.
    expect(screen.queryByRole('group', { name: '下一步' })).not.toBeInTheDocument()
    expect(screen.queryByRole('tab', { name: '报名情况' })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: '报名' }))
    expect(await screen.findByRole('button', { name: '取消我的报名' })).toBeInTheDocument()
    expect(find('POST', `/api/programmes/briefings/${briefingId}/registrations`)[0]!.body).toEqual({})
  })

  it('shows the office a call’s places against what each agreement offers, and moves it with If-Match', async () => {
    const call = {
      id: callId, schemeId: 's1', title: { zh: '2026年春苗计划', en: 'Chun Miao 2026' }, academicYear: '2026/27', direction: 'outbound',
      mobilityType: 'student_study', window: { from: '2026-11-20', to: '2027-01-10' }, state: 'open', allowedTransitions: ['closed'], version: 7,
      destinations: [
        { institutionId: 'i1', name: { zh: '新加坡国立大学', en: 'National University of Singapore' }, country: 'SG', agreementReference: 'DEMO-NUS',
          agreementState: 'active', agreementInForce: true, places: 4, placesOffered: 4 },
        { institutionId: 'i2', name: { zh: '曼彻斯特大学', en: 'University of Manchester' }, country: 'GB', agreementReference: 'DEMO-MAN',
          agreementState: 'active', agreementInForce: true, places: 2, placesOffered: 0, overrideReason: 'Confirmed by letter' },
      ],
      eligibility: { yearsOfStudy: [2, 3], minGpa: 3.2, homeUnits: ['nursing'] },
    }
    const { find } = stubFetch({
      [`GET /api/programmes/calls/${callId}`]: () => json(call, 200, { ETag: '"7"' }),
      [`GET /api/programmes/calls/${callId}/versions`]: () => json([{ version: 1, action: 'created', changedBy: 'wang.fang', changedAt: '2026-11-01T08:00:00Z' }]),
      'GET /api/programmes/schemes': () => json({ items: [{ id: 's1', kind: 'outbound_exchange', title: { zh: '春苗计划', en: 'Chun Miao Plan' } }], total: 1 }),
      [`POST /api/programmes/calls/${callId}/transitions`]: () => json({ ...call, state: 'closed', allowedTransitions: ['in_selection'] }),
    }, STAFF)
    renderApp(`/calls/${callId}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Chun Miao 2026' })).toBeInTheDocument()
    const manchester = screen.getByText('University of Manchester').closest('tr')!
    expect(within(manchester).getByText('2 of 0 offered')).toHaveClass('text-warning')
    expect(within(manchester).getByText('Confirmed by letter')).toBeInTheDocument()

    await userEvent.click(within(screen.getByRole('group', { name: 'Next steps' })).getByRole('button', { name: 'Close the call' }))
    await waitFor(() => expect(find('POST', `/api/programmes/calls/${callId}/transitions`)).toHaveLength(1))
    const sent = find('POST', `/api/programmes/calls/${callId}/transitions`)[0]!
    expect(sent.headers.get('If-Match')).toBe('"7"')
    expect(sent.body).toEqual({ to: 'closed' })

    await userEvent.click(screen.getByRole('tab', { name: 'Eligibility' }))
    expect(await screen.findByText('School of Nursing')).toBeInTheDocument()
  })
})
