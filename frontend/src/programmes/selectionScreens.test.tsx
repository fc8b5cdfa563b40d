import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Me } from '../api/me'
import { STAFF, json, problem, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'
// Loaded before the tests, so the routes' lazy screens are ready when rendered (not transformed inside a findBy's wait).
import './ReviewsPage'
import './SelectionPage'

const REVIEWER: Me = { username: 'zhao.min', name: 'Min Zhao', nameZh: '赵敏', roles: ['reviewer'], unit: 'medicine', locale: 'en' }
const callId = '5a0c2f7e-5555-4c5e-9a43-1f2ad0c1a005'
const applicationId = '5a0c2f7e-6666-4c5e-9a43-1f2ad0c1a006'
const criteria = [
  { code: 'grades', title: { zh: '学业成绩', en: 'Academic record' }, weight: 60 },
  { code: 'motivation', title: { zh: '交流动机', en: 'Motivation' }, weight: 40 },
]
const call = {
  id: callId, title: { zh: '2026年春苗计划', en: 'Chun Miao 2026' }, state: 'in_selection', allowedTransitions: ['results_published'], version: 4,
  reviewers: ['zhao.min'], criteria,
  destinations: [{ institutionId: 'nus', name: { zh: '新加坡国立大学', en: 'National University of Singapore' }, places: 1 }],
}

describe('review and selection screens', () => {
  it('lets a reviewer score an anonymous application with If-Match, showing the weighted score as the ranking computes it', async () => {
    const assignment = {
      applicationId, callId, reviewer: 'zhao.min', conflictDeclared: false, scores: {}, criteria, version: 2,
      application: { choices: [{ rank: 1, institutionId: 'nus', name: call.destinations[0]!.name }], gpa: 3.6, yearOfStudy: 2,
        languageResults: [{ test: 'IELTS', score: 7 }], statement: 'Community nursing.' },
    }
    const { find } = stubFetch({
      [`GET /api/programmes/reviews/my-assignments/${applicationId}`]: () => json(assignment, 200, { ETag: '"2"' }),
      [`GET /api/programmes/calls/${callId}`]: () => json(call, 200, { ETag: '"4"' }),
      [`PUT /api/programmes/reviews/my-assignments/${applicationId}/scores`]: () => json({ ...assignment, scores: { grades: 80, motivation: 70 }, version: 3 }),
    }, REVIEWER)
    renderApp(`/my-reviews/${applicationId}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Chun Miao 2026' })).toBeInTheDocument()
    expect(screen.getByText('The applicant’s name and unit are not shown to reviewers.')).toBeInTheDocument()
    expect(screen.queryByText('Home unit')).not.toBeInTheDocument()

    await userEvent.type(screen.getByLabelText('Academic record'), '80')
    await userEvent.type(screen.getByLabelText('Motivation'), '70')
    expect(screen.getByTestId('weighted-score')).toHaveTextContent('76.00')
    await userEvent.click(screen.getByRole('button', { name: 'Save scores' }))
    await waitFor(() => expect(find('PUT', `/api/programmes/reviews/my-assignments/${applicationId}/scores`)).toHaveLength(1))
    const sent = find('PUT', `/api/programmes/reviews/my-assignments/${applicationId}/scores`)[0]!
    expect(sent.headers.get('If-Match')).toBe('"2"')
    expect(sent.body).toEqual({ scores: { grades: 80, motivation: 70 } })
  })

  it('shows the office which applications block the allocation, in words, and why publishing is refused', async () => {
    const applications = [
      { id: 'a1', callId, applicantUsername: 'zhou.xin', homeUnit: 'nursing', state: 'under_review', allowedTransitions: [], version: 3,
        choices: [{ rank: 1, institutionId: 'nus', name: call.destinations[0]!.name }] },
    ]
    stubFetch({
      [`GET /api/programmes/calls/${callId}`]: () => json(call, 200, { ETag: '"4"' }),
      'GET /api/programmes/applications': () => json({ items: applications, total: 1 }),
      // The office's list of reviewers carries no criteria: where each stands is counted against the call's.
      [`GET /api/programmes/calls/${callId}/assignments`]: () => json([{ applicationId: 'a1', callId, reviewer: 'zhao.min', scores: { grades: 80 }, version: 1 }]),
      [`POST /api/programmes/calls/${callId}/allocation`]: () => problem(409, {
        type: 'urn:meridian:problem:selection-incomplete', title: 'Selection incomplete', detail: 'English detail',
        unranked: [{ applicationId: 'a1', missing: [{ code: 'scores-missing', params: { reviewer: 'zhao.min', criteria: ['motivation'] } }] }],
      }),
      [`POST /api/programmes/calls/${callId}/transitions`]: () => problem(409, { type: 'urn:meridian:problem:allocation-missing', title: 'No allocation' }),
    }, STAFF)
    renderApp(`/calls/${callId}/selection`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Selection' })).toBeInTheDocument()
    const row = (await screen.findByRole('link', { name: 'zhou.xin' })).closest('tr')!
    expect(await within(row).findByText('Partly scored')).toBeInTheDocument()
    expect(row).toHaveTextContent('zhao.min')

    await userEvent.click(screen.getByRole('button', { name: 'Run the allocation' }))
    const alert = await screen.findByText('The allocation cannot run until every application is fully scored.')
    expect(alert.closest('[role="alert"]')).toHaveTextContent('zhou.xin: zhao.min has not scored Motivation yet')
    expect(screen.queryByText('English detail')).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Publish the results' }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish the results' }))
    expect(await screen.findByText('Run the allocation before publishing the results.')).toBeInTheDocument()
  })
})
