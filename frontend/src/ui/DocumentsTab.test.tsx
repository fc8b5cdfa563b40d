import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderPiece } from '../test/renderPiece'
import { DocumentsTab } from './DocumentsTab'

describe('DocumentsTab', () => {
  const documents = [{ id: 'd1', kind: 'signed', title: 'Signed copy', fileName: 'signed.pdf', size: 2048, version: 2, latest: true }]

  it('keeps the upload closed until asked, and checks the file before sending it', async () => {
    renderPiece(<DocumentsTab queryKey={['docs']} list={async () => documents} uploadUrl="/api/things/1/documents" contentHref={(d) => `/content/${d.id}`} />)
    expect(await screen.findByRole('link', { name: 'Download: Signed copy v2' })).toHaveAttribute('href', '/content/d1')
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Add a document' }))
    expect(await screen.findByLabelText('Title')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Upload' }))
    expect((await screen.findAllByText('Required')).length).toBeGreaterThan(0)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByLabelText('Title')).not.toBeInTheDocument()
  })

  it('offers no upload to a user who may not add documents', async () => {
    renderPiece(<DocumentsTab queryKey={['docs2']} list={async () => []} contentHref={() => ''} />)
    expect(await screen.findByText('No documents yet.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add a document' })).not.toBeInTheDocument()
  })
})
