import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Form } from 'antd'
import { json, stubFetch } from '../test/fetchStub'
import { renderPiece } from '../test/renderPiece'
import type { Person } from '../api/directory'
import { PeoplePicker, PersonPicker, UnitPicker } from './Pickers'

const FANG: Person = { username: 'wang.fang', nameZh: '王芳', nameEn: 'Fang Wang', unit: 'international-office' }
const WEI: Person = { username: 'zhang.wei', nameZh: '张伟', nameEn: 'Wei Zhang', unit: 'international-office' }
const UNITS = { items: [
  { code: 'international-office', nameZh: '国际合作与交流处', nameEn: 'Office of International Cooperation and Exchange', kind: 'office' },
  { code: 'nursing', nameZh: '护理学院', nameEn: 'School of Nursing', kind: 'college' },
] }

function directory() {
  return stubFetch({
    'GET /api/directory/people': (request) => {
      const q = request.url.searchParams.get('q') ?? ''
      const named = request.url.searchParams.getAll('username')
      const people = [FANG, WEI].filter((p) => (named.length ? named.includes(p.username) : p.nameZh!.includes(q) || p.username.includes(q)))
      return json({ items: people })
    },
    'GET /api/directory/units': () => json(UNITS),
  })
}

function Probe({ children, initial }: { children: React.ReactNode; initial?: Record<string, string | string[]> }) {
  const [form] = Form.useForm()
  return (
    <Form form={form} initialValues={initial} onValuesChange={(_, all) => { document.body.dataset.values = JSON.stringify(all) }}>
      <Form.Item name="picked" label="Picked">{children}</Form.Item>
    </Form>
  )
}

describe('PersonPicker', () => {
  it('shows the stored person by name, finds people by their Chinese name and gives the form the user name', async () => {
    const { find } = directory()
    const user = userEvent.setup()
    renderPiece(<Probe initial={{ picked: 'zhang.wei' }}><PersonPicker /></Probe>, { language: 'zh-CN' })
    expect(await screen.findByText('张伟 · 国际合作与交流处')).toBeInTheDocument()
    await user.click(screen.getByLabelText('Picked'))
    await user.type(screen.getByLabelText('Picked'), '王')
    await waitFor(() => expect(find('GET', '/api/directory/people').some((r) => r.url.searchParams.get('q') === '王')).toBe(true))
    await user.click(await screen.findByText('王芳 · 国际合作与交流处'))
    await waitFor(() => expect(JSON.parse(document.body.dataset.values!)).toEqual({ picked: 'wang.fang' }))
    // antd's hidden list for screen readers holds the value, but names each option by its label.
    expect(screen.queryAllByText('wang.fang').filter((element) => element.getAttribute('aria-label') !== '王芳 · 国际合作与交流处')).toEqual([])
  })
})

describe('PeoplePicker', () => {
  it('shows the chosen people by name and adds one found by name, the form getting user names', async () => {
    directory()
    const user = userEvent.setup()
    renderPiece(<Probe initial={{ picked: ['zhang.wei'] }}><PeoplePicker /></Probe>, { language: 'en' })
    expect(await screen.findByText('Wei Zhang · Office of International Cooperation and Exchange')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Picked'), 'wang')
    await user.click(await screen.findByText('Fang Wang · Office of International Cooperation and Exchange'))
    await waitFor(() => expect(JSON.parse(document.body.dataset.values!)).toEqual({ picked: ['zhang.wei', 'wang.fang'] }))
  })
})

describe('UnitPicker', () => {
  it('offers units by name in the screen language, searchable in either, and gives the form the code', async () => {
    directory()
    const user = userEvent.setup()
    renderPiece(<Probe><UnitPicker /></Probe>, { language: 'en' })
    await user.click(screen.getByLabelText('Picked'))
    await user.type(screen.getByLabelText('Picked'), '护理')
    await user.click(await screen.findByText('School of Nursing'))
    await waitFor(() => expect(JSON.parse(document.body.dataset.values!)).toEqual({ picked: 'nursing' }))
  })
})
