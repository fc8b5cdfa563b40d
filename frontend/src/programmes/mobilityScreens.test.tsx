import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Me } from '../api/me'
import { STAFF, json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'
import { currentAcademicYear } from './InboundMobilityForm'
// Loaded before the tests, so the routes' lazy screens are ready when rendered.
import './MobilitiesPage'

const STUDENT: Me = { username: 'liu.yang', name: 'Yang Liu', nameZh: '刘洋', roles: ['student'], unit: 'nursing', locale: 'en' }
const nus = { id: '5a0c2f7e-7777-4c5e-9a43-1f2ad0c1a007', name: { zh: '新加坡国立大学', en: 'National University of Singapore' }, country: 'SG' }
const mobility = {
  id: '5a0c2f7e-8888-4c5e-9a43-1f2ad0c1a008', direction: 'outbound', mobilityType: 'student_study', academicYear: '2026/27',
  participantName: 'liu.yang', homeUnit: 'nursing', institution: nus, plannedStart: '2026-08-10', plannedEnd: '2026-12-20',
  actualStart: '2026-08-11', state: 'ongoing', allowedTransitions: [], allowedApprovals: [], version: 5,
  learningAgreement: { courses: [], approved: false, approvals: {} },
}

describe('mobility screens', () => {
  it('lets a student open their exchange and write the report with If-Match', async () => {
    const { find } = stubFetch({
      'GET /api/programmes/mobilities': () => json({ items: [mobility], total: 1, page: 0, size: 20 }),
      [`GET /api/programmes/mobilities/${mobility.id}`]: () => json(mobility, 200, { ETag: '"5"' }),
      'GET /api/programmes/grants': () => json({ items: [], total: 0, page: 0, size: 200 }),
      [`PUT /api/programmes/mobilities/${mobility.id}/report`]: ({ body }) => json({ ...mobility, ...(body as object), version: 6 }, 200, { ETag: '"6"' }),
    }, STUDENT)
    renderApp('/my-mobilities')
    await userEvent.click(await screen.findByRole('link', { name: 'National University of Singapore' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'liu.yang' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('tab', { name: 'Recognition' }))
    await userEvent.type(await screen.findByLabelText('Write the report'), 'Four courses in community nursing.')
    await userEvent.click(screen.getByRole('button', { name: 'Save the report' }))
    await waitFor(() => expect(find('PUT', `/api/programmes/mobilities/${mobility.id}/report`)).toHaveLength(1))
    const sent = find('PUT', `/api/programmes/mobilities/${mobility.id}/report`)[0]!
    expect(sent.headers.get('If-Match')).toBe('"5"')
    expect(sent.body).toEqual({ report: 'Four courses in community nursing.' })
    expect(await screen.findByText('The report was saved.')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('tab', { name: 'Learning agreement' }))
    expect(await screen.findByRole('button', { name: /Add course/ })).toBeInTheDocument()
  })

  it('lets the office record an inbound mobility from a partner', async () => {
    const { find } = stubFetch({
      'GET /api/programmes/partners': () => json({ items: [nus], total: 1, page: 0, size: 200 }),
      'GET /api/directory/units': () => json({ items: [{ code: 'nursing', nameZh: '护理学院', nameEn: 'School of Nursing' }] }),
      'POST /api/programmes/mobilities': ({ body }) => json({ ...mobility, ...(body as object), id: 'new-inbound', direction: 'inbound' }, 201, { ETag: '"0"' }),
      'GET /api/programmes/mobilities/new-inbound': () => json({ ...mobility, id: 'new-inbound', direction: 'inbound', participantName: 'Tan Wei Ling' }, 200, { ETag: '"0"' }),
      'GET /api/programmes/grants': () => json({ items: [], total: 0, page: 0, size: 200 }),
    }, STAFF)
    renderApp('/mobilities/new')
    expect(await screen.findByRole('heading', { level: 1, name: 'Record an inbound mobility' })).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('Name (as in the passport)'), 'Tan Wei Ling')
    await userEvent.click(screen.getByLabelText('Home institution (partner)'))
    await userEvent.click(await screen.findByTitle('National University of Singapore · SG'))
    await userEvent.click(screen.getByLabelText('Hosting unit here'))
    await userEvent.click(await screen.findByTitle('School of Nursing'))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(find('POST', '/api/programmes/mobilities')).toHaveLength(1))
    expect(find('POST', '/api/programmes/mobilities')[0]!.body).toEqual({
      mobilityType: 'student_study', academicYear: currentAcademicYear(new Date()), participantName: 'Tan Wei Ling',
      institutionId: nus.id, homeUnit: 'nursing',
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Tan Wei Ling' })).toBeInTheDocument()
  })

  it('names the academic year a stay starting today belongs to, turning in September', () => {
    expect(currentAcademicYear(new Date(2026, 7, 31))).toBe('2025/26')
    expect(currentAcademicYear(new Date(2026, 8, 1))).toBe('2026/27')
    expect(currentAcademicYear(new Date(2099, 11, 1))).toBe('2099/00')
  })
})
