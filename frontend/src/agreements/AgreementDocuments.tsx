import { api, unwrap } from '../api/client'
import type { AgreementDocument } from '../api/types'
import { DocumentsTab } from '../ui/DocumentsTab'

export const contentHref = (agreementId: string, documentId: string) =>
  `/api/partners/agreements/${agreementId}/documents/${documentId}/content`

export const documentsKey = (agreementId: string) => ['agreement', agreementId, 'documents'] as const

/** Every version of the agreement's documents, and an upload for those who may add documents. */
export function AgreementDocuments({ agreementId, mayUpload }: { agreementId: string; mayUpload: boolean }) {
  return (
    <DocumentsTab<AgreementDocument>
      queryKey={documentsKey(agreementId)}
      list={async () => unwrap(await api.GET('/api/partners/agreements/{id}/documents', { params: { path: { id: agreementId } } }))}
      uploadUrl={mayUpload ? `/api/partners/agreements/${agreementId}/documents` : undefined}
      contentHref={(document) => contentHref(agreementId, document.id ?? '')}
    />
  )
}
