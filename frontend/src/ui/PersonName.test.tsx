import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { json, problem, stubFetch } from '../test/fetchStub'
import { renderPiece } from '../test/renderPiece'
import { createPersonBatcher, type Person } from '../api/directory'
import { LastChanged, PeopleNames, PersonName, UnitName } from './PersonName'

const FANG: Person = { username: 'wang.fang', nameZh: '王芳', nameEn: 'Fang Wang', unit: 'international-office' }
const NA: Person = { username: 'li.na', nameZh: '李娜', nameEn: 'Na Li', unit: 'nursing' }
const UNITS = { items: [{ code: 'nursing', nameZh: '护理学院', nameEn: 'School of Nursing', kind: 'college' }] }

function directory() {
  return stubFetch({
    'GET /api/directory/people': (request) => json({
      items: [FANG, NA].filter((person) => request.url.searchParams.getAll('username').includes(person.username)),
    }),
    'GET /api/directory/units': () => json(UNITS),
  })
}

describe('PersonName', () => {
  it('shows people by their Chinese name on Chinese screens, all names of a screen read in one call', async () => {
    const { find } = directory()
    renderPiece(<ul><li><PersonName username="wang.fang" /></li><li><PersonName username="li.na" /></li><li><PersonName username="wang.fang" /></li></ul>, { language: 'zh-CN' })
    expect(await screen.findAllByText('王芳')).toHaveLength(2)
    expect(screen.getByText('李娜')).toBeInTheDocument()
    expect(screen.queryByText(/wang\.fang|li\.na/)).not.toBeInTheDocument()
    const calls = find('GET', '/api/directory/people')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url.searchParams.getAll('username').sort()).toEqual(['li.na', 'wang.fang'])
  })

  it('shows the Latin name on English screens, with when it was changed', async () => {
    directory()
    renderPiece(<LastChanged at="2026-11-02T08:00:00Z" by="wang.fang" />, { language: 'en' })
    expect(await screen.findByText('Fang Wang')).toBeInTheDocument()
    expect(screen.getByText(/2026-11-02/)).toBeInTheDocument()
  })

  it('falls back to the name the service stored, then to the user name, for someone the directory does not know', async () => {
    directory()
    renderPiece(<><PersonName username="left.long.ago" stored={{ nameZh: '赵老师', nameEn: 'Teacher Zhao' }} /><PersonName username="no.name" /><PersonName /></>, { language: 'zh-CN' })
    expect(await screen.findByText('no.name')).toBeInTheDocument()
    expect(screen.getByText('赵老师')).toBeInTheDocument()
    expect(screen.getByText('—')).toBeInTheDocument()
  })

  it('lists several people by name with the language separator', async () => {
    directory()
    renderPiece(<p><PeopleNames usernames={['wang.fang', 'li.na']} /></p>, { language: 'zh-CN' })
    await screen.findByText('李娜')
    expect(screen.getByText('王芳').closest('p')).toHaveTextContent('王芳、李娜')
  })

  it('falls back to the user name when the caller may not read the directory', async () => {
    stubFetch({ 'GET /api/directory/people': () => problem(403, { title: 'Forbidden' }) })
    renderPiece(<PersonName username="wang.fang" />, { language: 'zh-CN' })
    expect(await screen.findByText('wang.fang')).toBeInTheDocument()
  })
})

describe('UnitName', () => {
  it('names a unit in the screen language, and keeps a code the directory does not list', async () => {
    directory()
    renderPiece(<><UnitName code="nursing" /> <UnitName code="closed-college" /></>, { language: 'zh-CN' })
    expect(await screen.findByText('护理学院')).toBeInTheDocument()
    expect(screen.getByText('closed-college')).toBeInTheDocument()
  })
})

describe('createPersonBatcher', () => {
  it('reads at most 100 user names per call', async () => {
    const calls: string[][] = []
    const load = createPersonBatcher(async (names) => {
      calls.push(names)
      return names.map((username) => ({ username, nameZh: null, nameEn: username.toUpperCase(), unit: null }))
    })
    const people = await Promise.all(Array.from({ length: 150 }, (_, i) => load(`user${i}`)))
    expect(calls.map((call) => call.length)).toEqual([100, 50])
    expect(people[149]?.nameEn).toBe('USER149')
  })
})
