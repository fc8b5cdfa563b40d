import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { navigation } from '../api/navigation'
import { json, problem, STAFF, stubFetch } from '../test/fetchStub'
import { currentLocation, renderApp } from '../test/renderApp'

const DRAFT = {
  name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' }, country: 'SE', kind: 'university',
  website: 'karolinska.se', contacts: [{ name: 'Anna Berg', email: 'anna' }],
}

/** The form item (label + control + messages) a label belongs to. */
function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement
}

describe('institution form', () => {
  it('shows the server validation errors in English on the right fields, and others at the top by their labels', async () => {
    sessionStorage.setItem('meridian.draft:/partners/new', JSON.stringify(DRAFT))
    const { find } = stubFetch({
      'POST /api/partners/institutions': () => problem(400, {
        type: 'https://meridian.example/problems/validation', title: 'Invalid request',
        errors: [
          { field: 'website', code: 'pattern', message: 'must match "https?://\\S+"' },
          { field: 'contacts[0].email', code: 'email', message: 'must be a well-formed email address' },
          { field: 'city', code: 'some-future-code', message: 'is not a city we know' },
          { field: 'units[0].name.zh', code: 'required', message: 'must not be blank' },
        ],
      }),
    })
    renderApp('/partners/new')

    // The draft kept before a re-login is put back.
    expect(await screen.findByText('Your unsaved changes from before the new sign-in were restored.')).toBeInTheDocument()
    expect(screen.getByLabelText('Name (English)')).toHaveValue('Karolinska Institutet')

    await userEvent.click(screen.getByRole('button', { name: /Save/ }))

    await waitFor(() => expect(fieldOf('Website')).toHaveTextContent('Is not in the expected format'))
    expect(fieldOf('E-mail 1')).toHaveTextContent('Is not an e-mail address')
    // A code this client does not know yet: the service's own words.
    expect(fieldOf('City')).toHaveTextContent('is not a city we know')
    expect(fieldOf('Name (English)')).not.toHaveTextContent('must')
    const summary = screen.getByText('Please correct the highlighted fields.').closest('[role="alert"]')
    expect(summary).toHaveTextContent('Units 1 · Name · Chinese: Required')
    expect(summary).not.toHaveTextContent('units[0]')
    const sent = find('POST', '/api/partners/institutions')[0]!
    expect(sent.body).toMatchObject({ name: DRAFT.name, country: 'SE', kind: 'university', website: 'karolinska.se' })
    expect(sent.headers.get('X-Requested-With')).toBe('JavaScript')
  })

  it('asks in Chinese whether to register a probable duplicate, naming the registered one, with no English from the service', async () => {
    sessionStorage.setItem('meridian.draft:/partners/new', JSON.stringify({ ...DRAFT, website: undefined, contacts: [] }))
    const { find } = stubFetch({
      'POST /api/partners/institutions': () => problem(409, {
        type: 'https://meridian.example/problems/probable-duplicate', title: 'Probable duplicate',
        detail: 'An institution with the same name, ROR id or SCHAC code exists; confirm to register it anyway',
        duplicates: [{ id: '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001', name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' } }],
      }),
    }, { ...STAFF, locale: 'zh-CN' })
    renderApp('/partners/new')
    await waitFor(() => expect(screen.getByLabelText('英文名称')).toHaveValue('Karolinska Institutet'))

    await userEvent.click(screen.getByRole('button', { name: '保存' }))

    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('该机构似乎已登记。仍要保存吗？')
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('卡罗林斯卡学院')
    expect(document.body.textContent).not.toMatch(/same name|confirm to register|Probable duplicate/)
    expect(find('POST', '/api/partners/institutions')).toHaveLength(1)
  })

  it('keeps the unsaved form when the session has ended and goes to the login', async () => {
    sessionStorage.setItem('meridian.draft:/partners/new', JSON.stringify(DRAFT))
    const assign = vi.spyOn(navigation, 'assign').mockImplementation(() => {})
    stubFetch({ 'POST /api/partners/institutions': () => new Response(null, { status: 499 }) })
    renderApp('/partners/new')
    await screen.findByText('Your unsaved changes from before the new sign-in were restored.')
    await userEvent.clear(screen.getByLabelText('City'))
    await userEvent.type(screen.getByLabelText('City'), 'Solna')

    await userEvent.click(screen.getByRole('button', { name: /Save/ }))

    await waitFor(() => expect(assign).toHaveBeenCalledWith('/auth/login?redirect=%2Fpartners%2Fnew'))
    const kept = JSON.parse(sessionStorage.getItem('meridian.draft:/partners/new')!)
    expect(kept).toMatchObject({ name: DRAFT.name, city: 'Solna', country: 'SE' })
  })

  it('edits with If-Match from the record read, and returns to the list when saved', async () => {
    const id = '0b9a4a6e-1111-4c5e-9a43-1f2ad0c1a001'
    const { find } = stubFetch({
      [`GET /api/partners/institutions/${id}`]: () => json({
        id, name: { zh: '卡罗林斯卡学院', en: 'Karolinska Institutet' }, country: 'SE', kind: 'university', status: 'active',
        contacts: [], units: [{ id: '7d1d3d57-0000-4000-8000-000000000001', name: { zh: '医学院', en: 'Medicine' } }],
        allowedTransitions: ['inactive'],
      }, 200, { ETag: '"3"' }),
      [`PUT /api/partners/institutions/${id}`]: () => json({ id }),
      [`POST /api/partners/institutions/${id}/transitions`]: () => json({ id }),
    })
    renderApp(`/partners/${id}/edit`)
    await waitFor(() => expect(screen.getByLabelText('Name (English)')).toHaveValue('Karolinska Institutet'))
    // Only the transitions the server allows this user are offered.
    const transitions = screen.getByRole('group', { name: 'Status changes' })
    expect(within(transitions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Deactivate'])
    await userEvent.click(within(transitions).getByRole('button', { name: 'Deactivate' }))
    await waitFor(() => expect(find('POST', `/api/partners/institutions/${id}/transitions`)).toHaveLength(1))
    const move = find('POST', `/api/partners/institutions/${id}/transitions`)[0]!
    expect(move.body).toEqual({ to: 'inactive' })
    expect(move.headers.get('If-Match')).toBe('"3"')
    await userEvent.type(screen.getByLabelText('City'), 'Solna')
    await userEvent.click(screen.getByRole('button', { name: /Save/ }))
    await waitFor(() => expect(currentLocation).toBe('/partners'))
    const put = find('PUT', `/api/partners/institutions/${id}`)[0]!
    expect(put.headers.get('If-Match')).toBe('"3"')
    expect(put.body).toMatchObject({ city: 'Solna', units: [{ name: { en: 'Medicine' } }] })
  })
})
