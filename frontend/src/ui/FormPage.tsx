import { useEffect, type ReactNode } from 'react'
import { Anchor, App, Button, Card, Flex, Form, Space, Typography, type FormInstance } from 'antd'
import { useBlocker, useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'

export interface FormSection {
  key: string
  title: string
  children: ReactNode
}

export interface FormPageProps<V> {
  /** Prefixes the heading's and the sections' ids. */
  id: string
  title: string
  form: FormInstance<V>
  /** Above the sections: notices, the error summary. */
  notices?: ReactNode
  sections: FormSection[]
  initialValues?: Partial<V>
  onValuesChange: () => void
  onFinish: () => void
  saving: boolean
  /** Read when the user tries to leave: true holds them back with a question. */
  isDirty: () => boolean
  /** Where Cancel goes when the user did not come from another page of the console (a bookmark, a new tab). */
  cancelTo: string
  /** The save button's text where "Save" says too little (a step form's "Save and continue"). */
  saveText?: string
  /** More buttons in the save bar, after Save (a step form's "Back"). */
  extraActions?: ReactNode
}

/** Every form's width: the fields column, and the sections' navigation beside it (together within 1,078 px). */
export const FORM_WIDTH = 880

/** Asks before leaving a form with unsaved changes for another page of the console. */
function useLeaveGuard(isDirty: () => boolean) {
  const { t } = useTranslation()
  const { modal } = App.useApp()
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty())
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    modal.confirm({
      title: t('page.unsavedTitle'),
      content: t('page.unsavedContent'),
      okText: t('page.leave'),
      okButtonProps: { danger: true },
      cancelText: t('page.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    })
  }, [blocker, modal, t])
}

/**
 * Every form of the console: a title, titled sections with a navigation to them, a save bar that stays in view,
 * a question before leaving with unsaved changes, and Cancel back to where the user came from.
 */
export function FormPage<V>(props: FormPageProps<V>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  useLeaveGuard(props.isDirty)
  // React Router's first entry has the key "default": nothing of the console to go back to.
  const cancel = () => (location.key !== 'default' ? navigate(-1) : navigate(props.cancelTo))
  const sectionId = (key: string) => `${props.id}-${key}`

  return (
    <section aria-labelledby={`${props.id}-title`}>
      <Typography.Title level={1} id={`${props.id}-title`} className="page-title" style={{ marginBottom: 16 }}>{props.title}</Typography.Title>
      <Flex gap={24} align="flex-start">
        <div style={{ flex: `0 1 ${FORM_WIDTH}px`, minWidth: 0 }}>
          {props.notices}
          <Form<V>
            form={props.form}
            layout="vertical"
            scrollToFirstError
            initialValues={props.initialValues}
            onValuesChange={props.onValuesChange}
            onFinish={props.onFinish}
          >
            <Flex vertical gap={16}>
              {props.sections.map((section) => (
                <Card key={section.key} size="small" id={sectionId(section.key)}
                  title={<h2 className="form-section-title">{section.title}</h2>}>
                  {section.children}
                </Card>
              ))}
            </Flex>
            <div className="save-bar">
              <Space>
                <Button type="primary" htmlType="submit" loading={props.saving}>{props.saveText ?? t('common.save')}</Button>
                {props.extraActions}
                <Button onClick={cancel}>{t('common.cancel')}</Button>
              </Space>
            </div>
          </Form>
        </div>
        {props.sections.length > 1 && (
          <nav aria-label={t('page.sections')} className="form-sections-nav">
            <Anchor affix={false} items={props.sections.map((section) => ({
              key: section.key, href: `#${sectionId(section.key)}`, title: section.title,
            }))} />
          </nav>
        )}
      </Flex>
    </section>
  )
}
