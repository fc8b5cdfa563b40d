import { useRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Form, Input } from 'antd'
import { Link } from 'react-router'
import { at, renderPiece } from '../test/renderPiece'
import { FormPage } from './FormPage'

function ThingForm({ onFinish = () => {} }: { onFinish?: () => void }) {
  const [form] = Form.useForm<{ name: string; notes: string }>()
  const dirty = useRef(false)
  return (
    <>
      <Link to="/elsewhere">Elsewhere</Link>
      <FormPage id="thing" title="Edit thing" form={form} cancelTo="/things" saving={false}
        onValuesChange={() => { dirty.current = true }} isDirty={() => dirty.current}
        onFinish={() => { dirty.current = false; onFinish() }}
        sections={[
          { key: 'basics', title: 'Basic information', children: <Form.Item name="name" label="Name"><Input /></Form.Item> },
          { key: 'notes', title: 'Notes', children: <Form.Item name="notes" label="Notes text"><Input /></Form.Item> },
        ]} />
    </>
  )
}

const routes = { '/elsewhere': <p>Somewhere else</p>, '/things': <p>All things</p>, '/start': <Link to="/piece">Open the form</Link> }

describe('FormPage', () => {
  it('has titled sections with a navigation to them and a save bar', async () => {
    const onFinish = vi.fn()
    renderPiece(<ThingForm onFinish={onFinish} />, { routes })
    expect(await screen.findByRole('heading', { level: 2, name: 'Basic information' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'On this page' })
    expect(within(nav).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]))
      .toEqual([['Basic information', '#thing-basics'], ['Notes', '#thing-notes']])
    expect(document.getElementById('thing-notes')).not.toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(onFinish).toHaveBeenCalled())
    expect(screen.getByRole('button', { name: 'Save' }).closest('.save-bar')).not.toBeNull()
  })

  it('asks before leaving with unsaved changes, and stays or leaves as the user answers', async () => {
    renderPiece(<ThingForm />, { routes })
    await userEvent.type(await screen.findByLabelText('Name'), 'Changed')
    await userEvent.click(screen.getByRole('link', { name: 'Elsewhere' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('Leave without saving?')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stay' }))
    expect(at.location).toBe('/piece')
    await userEvent.click(screen.getByRole('link', { name: 'Elsewhere' }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave' }))
    expect(await screen.findByText('Somewhere else')).toBeInTheDocument()
  })

  it('leaves without asking when nothing changed; Cancel goes back where the user came from, else to the list', async () => {
    const first = renderPiece(<ThingForm />, { routes, start: '/start' })
    await userEvent.click(await screen.findByRole('link', { name: 'Open the form' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(at.location).toBe('/start'))
    first.unmount()
    renderPiece(<ThingForm />, { routes })
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }))
    expect(await screen.findByText('All things')).toBeInTheDocument()
  })
})
