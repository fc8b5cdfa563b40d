import { useState } from 'react'
import { App, Button, Form, Input, Modal, Space, Steps, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { ApiError } from '../api/problem'
import type { AgreementResponse, AgreementState } from '../api/types'
import { ErrorSummary } from '../forms/ErrorSummary'
import { lifecycleSteps, needsReason } from './lifecycle'
import { agreementKey } from './useAgreement'
import { useFieldLabel } from './useFieldLabel'

/**
 * The agreement's lifecycle as steps, and a button for each transition the service says this user may make now
 * (allowedTransitions): a read-only user sees the steps and no button.
 */
export function Lifecycle({ agreement, etag }: { agreement: AgreementResponse; etag?: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [asking, setAsking] = useState<AgreementState>()
  const [errors, setErrors] = useState<string[]>([])
  const [form] = Form.useForm<{ reason: string }>()
  const fieldLabel = useFieldLabel()

  const move = useMutation({
    mutationFn: async ({ to, reason }: { to: AgreementState; reason?: string }) => unwrap(await api.POST('/api/partners/agreements/{id}/transitions', {
      params: { path: { id: agreement.id }, header: { 'If-Match': etag } },
      body: { to, reason },
    })),
    onSuccess: async (_, { to }) => {
      setAsking(undefined)
      setErrors([])
      form.resetFields()
      await queryClient.invalidateQueries({ queryKey: agreementKey(agreement.id) })
      await queryClient.invalidateQueries({ queryKey: ['agreements'] })
      void message.success(t('agreement.moved', { state: t(`agreementState.${to}`) }))
    },
    onError: (error) => {
      setAsking(undefined)
      if (error instanceof ApiError && error.status === 412) setErrors([t('form.stale')])
      else if (error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0) {
        setErrors([t('agreement.incomplete'), ...(error.problem?.errors ?? []).map((e) => `${fieldLabel(e.field)}: ${e.message}`)])
      } else setErrors([error.message])
    },
  })

  const steps = lifecycleSteps(agreement.state)
  const transitions = agreement.allowedTransitions
  return (
    <section aria-labelledby="lifecycle-title" style={{ marginTop: 16 }}>
      <Typography.Title level={2} id="lifecycle-title" style={{ fontSize: 16 }}>{t('agreement.lifecycle')}</Typography.Title>
      <Steps
        size="small"
        current={steps.findIndex((step) => step.status === 'process' || step.state === agreement.state)}
        items={steps.map((step) => ({
          title: t(`agreementState.${step.state}`),
          status: step.status,
          'aria-current': step.state === agreement.state ? 'step' : undefined,
        }))}
      />
      {transitions.length > 0 && (
        <Space wrap role="group" aria-label={t('agreement.nextSteps')} style={{ marginTop: 16 }}>
          {transitions.map((to) => (
            <Button key={to} danger={to === 'terminated'} type={to === 'draft' || to === 'terminated' ? 'default' : 'primary'}
              loading={move.isPending && move.variables?.to === to}
              onClick={() => (needsReason(to) ? setAsking(to) : move.mutate({ to }))}>
              {t(`agreementTransition.${to}`)}
            </Button>
          ))}
        </Space>
      )}
      <div style={{ marginTop: 16 }}><ErrorSummary errors={errors} /></div>
      <Modal
        open={asking !== undefined}
        title={asking ? t(`agreementTransition.${asking}`) : undefined}
        okText={asking ? t(`agreementTransition.${asking}`) : undefined}
        okButtonProps={{ danger: asking === 'terminated', loading: move.isPending }}
        cancelText={t('common.cancel')}
        onCancel={() => setAsking(undefined)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={({ reason }) => asking && move.mutate({ to: asking, reason: reason.trim() })}>
          <Form.Item name="reason" label={t('agreement.reason')}
            rules={[{ required: true, whitespace: true, message: t('agreement.reasonRequired') }, { max: 2000 }]}>
            <Input.TextArea rows={4} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  )
}
