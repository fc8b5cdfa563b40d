import type { ReactNode } from 'react'
import { Alert, Card, Flex, Space, Spin, Tabs, Typography } from 'antd'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { orDash } from './Facts'
import { useRecordName } from './recordName'

export interface DetailTab {
  key: string
  label: string
  children: ReactNode
}

export interface DetailPageProps {
  /** Prefixes the heading's id. */
  id: string
  /** The record's name in the current language: the h1 and the breadcrumb's last step. */
  name: string
  /** A second line under the name (the name in the other language, a reference). */
  subtitle?: ReactNode
  state?: ReactNode
  /** A few facts in the header, each "—" when empty. */
  facts?: { key: string; label: string; value: ReactNode }[]
  /** The one action area (lifecycle actions, edit, more), on the right of the header. */
  actions?: ReactNode
  /** Between the header and the tabs (a lifecycle). */
  children?: ReactNode
  tabs: DetailTab[]
}

/** The open tab, kept in the URL (`?tab=history`) so a link or a reload opens the same tab. */
function useTab(tabs: DetailTab[]): [string, (key: string) => void] {
  const [search, setSearch] = useSearchParams()
  const wanted = search.get('tab')
  const active = tabs.some((tab) => tab.key === wanted) ? wanted! : tabs[0]?.key ?? ''
  const open = (key: string) => {
    const next = new URLSearchParams(search)
    if (key === tabs[0]?.key) next.delete('tab')
    else next.set('tab', key)
    setSearch(next, { replace: true })
  }
  return [active, open]
}

/** Every record's page: a header (name, state, key facts, actions), then tabs in the URL. */
export function DetailPage(props: DetailPageProps) {
  useRecordName(props.name)
  const [active, open] = useTab(props.tabs)
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <Card size="small" className="detail-header">
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <div style={{ minWidth: 0, flex: '1 1 480px' }}>
            <Space align="center" wrap size={12}>
              <Typography.Title level={1} id={`${props.id}-title`} className="page-title">{props.name}</Typography.Title>
              {props.state}
            </Space>
            {props.subtitle && <div><Typography.Text type="secondary">{props.subtitle}</Typography.Text></div>}
            {props.facts && props.facts.length > 0 && (
              <dl className="key-facts">
                {props.facts.map((fact) => (
                  <div key={fact.key}>
                    <dt>{fact.label}</dt>
                    <dd>{orDash(fact.value)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
          {props.actions && <Space wrap>{props.actions}</Space>}
        </Flex>
      </Card>
      {props.children}
      <Tabs style={{ marginTop: 16 }} activeKey={active} onChange={open} items={props.tabs} />
    </section>
  )
}

/** What a record's page shows while the record loads or when it cannot be read. */
export function DetailPageState({ query }: { query: { isPending: boolean; isError: boolean; error: Error | null } }) {
  const { t } = useTranslation()
  if (query.isPending) return <Spin />
  return <Alert type="error" showIcon title={t('common.error')} description={query.error?.message} />
}
