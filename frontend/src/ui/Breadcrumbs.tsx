import { Breadcrumb } from 'antd'
import { Link, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { routeFor, type Feature } from './features'
import { useRecordNameValue } from './recordName'

/** Home, then the steps the current route declares; the record's own name last on a record's page. */
export function Breadcrumbs({ features }: { features: readonly Feature[] }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const recordName = useRecordNameValue()
  const route = routeFor(features, pathname)
  const steps = (route?.crumbs ?? []).flatMap((crumb) =>
    crumb === 'record' ? (recordName ? [{ label: recordName, to: undefined }] : []) : [{ label: crumb.label(t), to: crumb.to }])
  const all = [{ label: t('common.home'), to: '/' }, ...steps]
  return (
    <Breadcrumb items={all.map((step, index) => ({
      title: step.to && index < all.length - 1 ? <Link to={step.to}>{step.label}</Link> : step.label,
    }))} />
  )
}
