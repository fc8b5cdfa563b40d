import { useState } from 'react'
import { App } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import type { AgreementResponse, AgreementState } from '../api/types'
import { formatDate } from '../app/format'
import { LifecyclePanel } from '../ui/LifecyclePanel'
import { lifecycleSteps, needsReason, reachedBy } from './lifecycle'
import { agreementKey } from './useAgreement'
import { fieldErrorLine } from '../ui/fieldErrors'
import { useAgreementWords } from './useAgreementWords'

export const versionsKey = (id: string) => ['agreement', id, 'versions'] as const

/**
 * The agreement's lifecycle: its steps with who took each and when, and a button for each transition the service
 * says this user may make now (allowedTransitions): a read-only user sees the steps and no button.
 */
export function Lifecycle({ agreement, etag }: { agreement: AgreementResponse; etag?: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [errors, setErrors] = useState<string[]>([])
  const words = useAgreementWords()
  const versions = useQuery({
    queryKey: versionsKey(agreement.id),
    queryFn: async () => unwrap(await api.GET('/api/partners/agreements/{id}/versions', { params: { path: { id: agreement.id } } })),
  })

  const move = useMutation({
    mutationFn: async ({ to, reason }: { to: AgreementState; reason?: string }) => unwrap(await api.POST('/api/partners/agreements/{id}/transitions', {
      params: { path: { id: agreement.id }, header: { 'If-Match': etag } },
      body: { to, reason },
    })),
    onSuccess: async (_, { to }) => {
      setErrors([])
      await queryClient.invalidateQueries({ queryKey: agreementKey(agreement.id) })
      await queryClient.invalidateQueries({ queryKey: ['agreements'] })
      void message.success(t('agreement.moved', { state: t(`agreementState.${to}`) }))
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) setErrors([t('form.stale')])
      else if (error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0) {
        setErrors([t('agreement.incomplete'), ...(error.problem?.errors ?? [])
          .map((e) => fieldErrorLine(e, words, t))])
      } else setErrors([error.message])
    },
  })

  const reached = reachedBy(versions.data ?? [])
  return (
    <LifecyclePanel
      id="agreement"
      title={t('agreement.lifecycle')}
      current={agreement.state}
      steps={lifecycleSteps(agreement.state).map((step) => ({
        ...step,
        title: t(`agreementState.${step.state}`),
        ...(step.status === 'wait' ? {} : { who: reached[step.state]?.who, when: formatDate(reached[step.state]?.when) }),
      }))}
      transitions={agreement.allowedTransitions.map((to) => ({
        to, label: t(`agreementTransition.${to}`), needsReason: needsReason(to), danger: to === 'terminated', back: to === 'draft',
      }))}
      moving={move.isPending ? move.variables?.to : undefined}
      onMove={(to, reason) => move.mutate({ to: to as AgreementState, reason })}
      errors={errors}
    />
  )
}
