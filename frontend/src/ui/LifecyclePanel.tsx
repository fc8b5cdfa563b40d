import { useState } from 'react'
import { Button, Form, Input, Modal, Space, Steps, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../forms/ErrorSummary'
import { PersonName } from './PersonName'

export type StepStatus = 'finish' | 'process' | 'wait' | 'error'

export interface LifecycleStepView {
  state: string
  title: string
  status: StepStatus
  /** Who (their user name, shown by name) took the record into this state and when (from its history), once it has been reached. */
  who?: string
  when?: string
}

export interface TransitionView {
  to: string
  label: string
  /** The service refuses it without a reason: a dialog asks for one first. */
  needsReason?: boolean
  /** Ends or undoes something (terminate): shown in red, never the primary action. */
  danger?: boolean
  /** A step back (send back to draft): a plain button. */
  back?: boolean
}

export interface LifecyclePanelProps {
  id: string
  title: string
  current: string
  steps: LifecycleStepView[]
  /** Only the transitions the service allows this user now (`allowedTransitions`); none for a read-only user. */
  transitions: TransitionView[]
  moving?: string
  onMove: (to: string, reason?: string) => void
  errors: string[]
}

/**
 * A record's lifecycle: its steps with who and when, a button per transition the service allows now, and a dialog
 * asking for the reason where one is required. Used by every record that has a lifecycle.
 */
export function LifecyclePanel({ id, title, current, steps, transitions, moving, onMove, errors }: LifecyclePanelProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState<TransitionView>()
  const [form] = Form.useForm<{ reason: string }>()

  const move = (transition: TransitionView, reason?: string) => {
    setAsking(undefined)
    form.resetFields()
    onMove(transition.to, reason)
  }

  return (
    <section aria-labelledby={`${id}-lifecycle`} style={{ marginTop: 16 }}>
      <Typography.Title level={2} id={`${id}-lifecycle`} style={{ fontSize: 16 }}>{title}</Typography.Title>
      <Steps
        size="small"
        // Many steps share the width: each title under its number, not squeezed beside it.
        titlePlacement={steps.length > 6 ? 'vertical' : undefined}
        current={steps.findIndex((step) => step.status === 'process' || step.state === current)}
        items={steps.map((step) => ({
          title: step.title,
          status: step.status,
          content: step.who || step.when ? <span className="step-who">{step.who && <PersonName username={step.who} />}<br />{step.when}</span> : undefined,
          'aria-current': step.state === current ? 'step' : undefined,
        }))}
      />
      {transitions.length > 0 && (
        <Space wrap role="group" aria-label={t('lifecycle.nextSteps')} style={{ marginTop: 16 }}>
          {transitions.map((transition) => (
            <Button key={transition.to} danger={transition.danger}
              type={transition.danger || transition.back ? 'default' : 'primary'}
              loading={moving === transition.to}
              onClick={() => (transition.needsReason ? setAsking(transition) : move(transition))}>
              {transition.label}
            </Button>
          ))}
        </Space>
      )}
      <div style={{ marginTop: 16 }}><ErrorSummary errors={errors} /></div>
      <Modal
        open={asking !== undefined}
        title={asking?.label}
        okText={asking?.label}
        okButtonProps={{ danger: asking?.danger }}
        cancelText={t('common.cancel')}
        onCancel={() => setAsking(undefined)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={({ reason }) => asking && move(asking, reason.trim())}>
          <Form.Item name="reason" label={t('lifecycle.reason')}
            rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }, { max: 2000 }]}>
            <Input.TextArea rows={4} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  )
}
