import { api, unwrap } from '../api/client'
import { HistoryTab } from '../ui/HistoryTab'
import { useHistoryAction } from '../ui/useHistoryAction'
import { useAgreementWords } from './useAgreementWords'

/** Who changed what and when, and any two versions side by side with the fields that differ. */
export function AgreementHistory({ agreementId }: { agreementId: string }) {
  const words = useAgreementWords()
  const action = useHistoryAction()
  return (
    <HistoryTab
      queryKey={['agreement', agreementId]}
      versions={async () => unwrap(await api.GET('/api/partners/agreements/{id}/versions', { params: { path: { id: agreementId } } }))}
      compare={async (from, to) => unwrap(await api.GET('/api/partners/agreements/{id}/versions/compare', {
        params: { path: { id: agreementId }, query: { from, to } },
      }))}
      words={words}
      action={action}
    />
  )
}
