import { describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Me } from '../api/me'
import { json, problem, stubFetch } from '../test/fetchStub'
import { currentLocation, renderApp } from '../test/renderApp'

const APPLICANT: Me = { username: 'maria.silva', name: 'Maria Silva', nameZh: null, roles: ['applicant', 'default-roles-meridian'], unit: null, locale: null }
const OFFICER: Me = { username: 'sun.li', name: 'Li Sun', nameZh: '孙丽', roles: ['admissions-officer'], unit: 'international-education', locale: 'zh-CN' }
const id = '7a0c2f7e-1111-4c5e-9a43-1f2ad0c1a001'
const intakeId = '7a0c2f7e-2222-4c5e-9a43-1f2ad0c1a002'
const intake = {
  id: intakeId, programmeId: 'p1', programmeCode: 'MBBS', programmeName: { zh: '临床医学（英语授课）', en: 'Bachelor of Medicine and Surgery' },
  startsOn: '2027-09-01', applicationsOpen: '2026-10-01', applicationsClose: '2027-05-31', takingApplications: true, places: 60, version: 0,
}
const draft = {
  id, applicantUsername: 'maria.silva', surname: 'SILVA', givenNames: 'MARIA EDUARDA', nationality: 'BR', dateOfBirth: '2007-10-20',
  education: [{ institution: 'Colégio Estadual', country: 'BR', qualification: 'Secondary school', fromYear: 2022, toYear: 2025 }],
  languageTests: [], choices: [{ priority: 1, intakeId }], documents: [{ kind: 'passport', status: 'missing' }], offers: [],
  state: 'draft', allowedTransitions: ['submitted', 'withdrawn'], version: 4,
  missing: [
    { field: 'funding.type', code: 'required', message: 'is required' },
    { field: 'languageTests', code: 'required', message: 'must show IELTS 6.5', params: { programme: 'MBBS', IELTS: 6.5, TOEFL: 80 } },
    { field: 'documents.passport', code: 'document-missing', message: 'is required', params: { kind: 'passport' } },
  ],
}
const intakes = () => json({ items: [intake], total: 1, page: 0, size: 200 })

describe('admissions screens', () => {
  it('starts an applicant at their application in English, says what is missing by step, and words a refused submission', async () => {
    const { find } = stubFetch({
      'GET /api/admissions/applications': () => json({ items: [draft], total: 1, page: 0, size: 20 }),
      [`GET /api/admissions/applications/${id}`]: () => json(draft, 200, { ETag: '"4"' }),
      'GET /api/admissions/intakes': intakes,
      [`POST /api/admissions/applications/${id}/transitions`]: () => problem(409, {
        type: 'urn:meridian:problem:application-incomplete', title: 'Application incomplete', detail: 'The application cannot be submitted yet: 3 things are missing',
        errors: draft.missing,
      }),
    }, APPLICANT)
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'My application' })).toBeInTheDocument()
    await waitFor(() => expect(currentLocation).toBe('/my-admission'))
    const missing = screen.getByRole('list', { name: 'Still missing before you can submit' })
    expect(within(missing).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Language test for MBBS: IELTS 6.5 or TOEFL 80 or better, taken within the last two years Go to Language tests',
      'Funding: Required Go to Funding',
      'Documents to upload: Passport Go to Documents',
    ])
    expect(within(missing).getByRole('link', { name: 'Go to Funding' })).toHaveAttribute('href', '/my-admission/edit?step=funding')
    expect(screen.getByText('MARIA EDUARDA SILVA')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Submit my application' }))
    const alert = (await screen.findByText('The application cannot move on yet:')).closest('[role="alert"]')!
    expect(alert).toHaveTextContent('Passport: upload it')
    expect(alert).not.toHaveTextContent('3 things are missing')
    expect(find('POST', `/api/admissions/applications/${id}/transitions`)[0]!.headers.get('If-Match')).toBe('"4"')
  })

  it('saves the draft step by step with If-Match, the whole application each time, then opens the next step', async () => {
    const { find } = stubFetch({
      'GET /api/admissions/applications': () => json({ items: [draft], total: 1, page: 0, size: 20 }),
      [`GET /api/admissions/applications/${id}`]: () => json(draft, 200, { ETag: '"4"' }),
      [`PUT /api/admissions/applications/${id}`]: (request) => json({ ...draft, ...(request.body as object), version: 5 }, 200, { ETag: '"5"' }),
      'GET /api/admissions/intakes': intakes,
    }, APPLICANT)
    renderApp('/my-admission/edit?step=funding')
    await userEvent.click(await screen.findByLabelText('Funding'))
    await userEvent.click(await screen.findByTitle('Self-funded'))
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }))
    await waitFor(() => expect(currentLocation).toBe('/my-admission/edit?step=choices'))
    const put = find('PUT', `/api/admissions/applications/${id}`)[0]!
    expect(put.headers.get('If-Match')).toBe('"4"')
    expect(put.body).toMatchObject({
      surname: 'SILVA', givenNames: 'MARIA EDUARDA', nationality: 'BR', funding: { type: 'self_funded' },
      education: [{ institution: 'Colégio Estadual', country: 'BR' }], choices: [{ priority: 1, intakeId }],
    })
    expect(await screen.findByLabelText('Choice 1')).toBeInTheDocument()
  })

  it('lets an officer verify a document beside it and reject another only with a reason, in Chinese', async () => {
    const submitted = {
      ...draft, state: 'submitted', allowedTransitions: ['withdrawn'], missing: undefined, submittedAt: '2026-11-30T02:00:00Z',
      funding: { type: 'self_funded' },
      documents: [{ kind: 'passport', status: 'uploaded', documentId: 'd1' }, { kind: 'financial_guarantee', status: 'uploaded', documentId: 'd2' }],
    }
    const file = (documentId: string, kind: string) => ({
      id: documentId, applicationId: id, kind, fileName: `${kind}.pdf`, contentType: 'application/pdf', size: 2048, status: 'uploaded',
      uploadedAt: '2026-11-29T02:00:00Z', allowedActions: ['verify', 'reject'],
    })
    const { find } = stubFetch({
      [`GET /api/admissions/applications/${id}`]: () => json(submitted, 200, { ETag: '"7"' }),
      [`GET /api/admissions/applications/${id}/documents`]: () => json([file('d1', 'passport'), file('d2', 'financial_guarantee')]),
      [`POST /api/admissions/applications/${id}/documents/d1/review`]: () => json({ ...file('d1', 'passport'), status: 'verified', allowedActions: [] }),
      [`POST /api/admissions/applications/${id}/documents/d2/review`]: () => json({ ...file('d2', 'financial_guarantee'), status: 'rejected', allowedActions: [] }),
      'GET /api/admissions/intakes': intakes,
    }, OFFICER)
    renderApp(`/admission-applications/${id}?tab=documents`)
    expect(await screen.findByRole('heading', { level: 1, name: 'MARIA EDUARDA SILVA' })).toBeInTheDocument()
    // The first document waiting for a check is open beside the list; a PDF opens in its own tab (no frames allowed).
    expect(await screen.findByRole('heading', { level: 3, name: '护照' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '下载：护照' })).toHaveAttribute('href', `/api/admissions/applications/${id}/documents/d1/content`)
    await userEvent.click(screen.getByRole('button', { name: '核验通过' }))
    await waitFor(() => expect(find('POST', `/api/admissions/applications/${id}/documents/d1/review`)).toHaveLength(1))
    expect(find('POST', `/api/admissions/applications/${id}/documents/d1/review`)[0]!.body).toEqual({ decision: 'verified' })

    await userEvent.click(screen.getByRole('button', { name: '经济担保证明' }))
    expect(await screen.findByRole('heading', { level: 3, name: '经济担保证明' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '退回' }))
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: '退回' }))
    expect(await within(dialog).findByText('请填写原因。')).toBeInTheDocument()
    expect(find('POST', `/api/admissions/applications/${id}/documents/d2/review`)).toHaveLength(0)
    await userEvent.type(within(dialog).getByLabelText('问题说明（申请人可见）'), 'The bank statement is older than six months.')
    await userEvent.click(within(dialog).getByRole('button', { name: '退回' }))
    await waitFor(() => expect(find('POST', `/api/admissions/applications/${id}/documents/d2/review`)).toHaveLength(1))
    expect(find('POST', `/api/admissions/applications/${id}/documents/d2/review`)[0]!.body)
      .toEqual({ decision: 'rejected', reason: 'The bank statement is older than six months.' })
  })
})
