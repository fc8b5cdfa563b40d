import { expect, request as requests, type APIRequestContext } from '@playwright/test'
import { PERSONAS, storageStateOf, type User } from './users'

/**
 * A call of the journeys' own in selection, set up through the API as the office, its students and its reviewer
 * would do it: the demo data may hold no call in selection, and each run needs applications nobody has scored yet.
 */
const SCHEME = 'Chun Miao Plan Student Exchange'
export const NUS = { en: 'National University of Singapore', zh: '新加坡国立大学' }
export const NTU = { en: 'Nanyang Technological University', zh: '南洋理工大学' }
export const REVIEWER = PERSONAS.reviewer
export const APPLICANTS = [PERSONAS.studentEn, PERSONAS.studentZh] as const
export const CRITERIA = [
  { code: 'grades', title: { zh: '学业成绩', en: 'Academic record' }, weight: 60 },
  { code: 'motivation', title: { zh: '交流动机', en: 'Motivation' }, weight: 40 },
]
const HEADERS = { 'X-Requested-With': 'JavaScript' }

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

export interface CallInSelection {
  id: string
  title: { zh: string; en: string }
  /** Application id per applicant's user name. */
  applications: Record<string, string>
  destinations: { nus: string; ntu: string }
}

export class SelectionSetup {
  private readonly contexts: APIRequestContext[] = []

  constructor(private readonly baseURL: string) {}

  async as(user: User): Promise<APIRequestContext> {
    const context = await requests.newContext({ baseURL: this.baseURL, storageState: storageStateOf(user), extraHTTPHeaders: HEADERS })
    this.contexts.push(context)
    return context
  }

  async dispose(): Promise<void> {
    for (const context of this.contexts) await context.dispose()
  }

  /**
   * A call with one place at NUS and one at NTU, two criteria and the demo reviewer; both demo students apply (NUS
   * first, NTU second) and are eligible; then the call is closed and put in selection.
   */
  async callInSelection(stamp: string): Promise<CallInSelection> {
    const office = await this.as(PERSONAS.staff)
    const scheme = (await (await office.get(`/api/programmes/schemes?q=${encodeURIComponent(SCHEME)}`)).json()).items[0]
    const demoCall = (await (await office.get(`/api/programmes/calls?schemeId=${scheme.id}&state=open`)).json()).items[0]
    const destination = (name: string) => scheme.destinations.find((d: { name: { en: string } }) => d.name.en === name).institutionId as string
    const destinations = { nus: destination(NUS.en), ntu: destination(NTU.en) }
    const from = today()
    const created = await office.post('/api/programmes/calls', {
      data: {
        schemeId: scheme.id, title: { zh: `端到端选拔批次 ${stamp}`, en: `E2E selection ${stamp}` }, academicYear: demoCall.academicYear,
        direction: 'outbound', mobilityType: 'student_study', window: { from, to: plusDays(from, 30) },
        destinations: [{ institutionId: destinations.nus, places: 1 }, { institutionId: destinations.ntu, places: 1 }],
        eligibility: { yearsOfStudy: [2, 3], minGpa: 3.0, languageTests: [{ test: 'IELTS', minScore: 6.0 }] },
        criteria: CRITERIA, reviewers: [REVIEWER.username],
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const call = await created.json()
    await this.moveCall(office, call.id, 'open')

    const applications: Record<string, string> = {}
    for (const [index, student] of APPLICANTS.entries()) {
      const applicant = await this.as(student)
      const draft = await applicant.post('/api/programmes/applications', {
        data: {
          callId: call.id, choices: [destinations.nus, destinations.ntu], statement: `Statement ${index + 1} for ${stamp}.`,
          gpa: 3.5, yearOfStudy: 2, languageResults: [{ test: 'IELTS', score: 7 }],
        },
      })
      expect(draft.status(), await draft.text()).toBe(201)
      const application = await draft.json()
      const submitted = await applicant.post(`/api/programmes/applications/${application.id}/transitions`, {
        headers: { 'If-Match': draft.headers().etag! }, data: { to: 'submitted' },
      })
      expect(submitted.status(), await submitted.text()).toBe(200)
      expect((await submitted.json()).state).toBe('eligible')
      applications[student.username] = application.id
    }
    await this.moveCall(office, call.id, 'closed')
    await this.moveCall(office, call.id, 'in_selection')
    return { id: call.id, title: call.title, applications, destinations }
  }

  /** A call whose results are published: both applications scored (the first higher), allocated, both selected. */
  async publishedCall(stamp: string): Promise<CallInSelection> {
    const call = await this.callInSelection(stamp)
    const [first, second] = APPLICANTS
    for (const [student, score] of [[first, 90], [second, 70]] as const) {
      await this.assignReviewer(call.applications[student.username]!)
      await this.score(call.applications[student.username]!, { grades: score, motivation: score })
    }
    const office = await this.as(PERSONAS.staff)
    const allocated = await office.post(`/api/programmes/calls/${call.id}/allocation`)
    expect(allocated.status(), await allocated.text()).toBe(201)
    await this.moveCall(office, call.id, 'results_published')
    return call
  }

  /** The applicant uploads a document the host asked for (a small PDF, as the service checks files by content). */
  async uploadHostDocument(applicant: User, applicationId: string, kind: string): Promise<void> {
    const context = await this.as(applicant)
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')
    const uploaded = await context.post(`/api/programmes/applications/${applicationId}/documents`, {
      multipart: { kind, file: { name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf } },
    })
    expect(uploaded.status(), await uploaded.text()).toBe(201)
  }

  async moveCall(office: APIRequestContext, callId: string, to: string): Promise<void> {
    const current = await office.get(`/api/programmes/calls/${callId}`)
    const moved = await office.post(`/api/programmes/calls/${callId}/transitions`, { headers: { 'If-Match': current.headers().etag! }, data: { to } })
    expect(moved.status(), await moved.text()).toBe(200)
  }

  async assignReviewer(applicationId: string): Promise<void> {
    const office = await this.as(PERSONAS.staff)
    const assigned = await office.post(`/api/programmes/applications/${applicationId}/reviewers`, { data: { reviewer: REVIEWER.username } })
    expect(assigned.status(), await assigned.text()).toBe(201)
  }

  /** The demo reviewer scores an assigned application (If-Match with the assignment's ETag). */
  async score(applicationId: string, scores: Record<string, number>): Promise<void> {
    const reviewer = await this.as(REVIEWER)
    const path = `/api/programmes/reviews/my-assignments/${applicationId}`
    const current = await reviewer.get(path)
    expect(current.status(), await current.text()).toBe(200)
    const scored = await reviewer.put(`${path}/scores`, { headers: { 'If-Match': current.headers().etag! }, data: { scores } })
    expect(scored.status(), await scored.text()).toBe(200)
  }
}
