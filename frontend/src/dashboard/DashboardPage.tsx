import { useMemo, type ReactNode } from 'react'
import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link, Navigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { CARD_HEADING, ExportCsvButton, type FigureColumn } from '../charts/FigurePanel'
import { AgreementsByKind } from './AgreementsByKind'
import { isAgreementState, links, stateCounts } from './figures'
import { PartnersByCountry } from './PartnersByCountry'
import { BriefingAttendance } from './BriefingAttendance'
import { ProgrammeFigures } from './ProgrammeFigures'
import { useMe } from '../api/me'
import { appliesThemselves, DASHBOARD, isApplicantOnly, processesAdmissions, runsProgrammes } from '../app/roles'
import { figures } from './queries'
import { StateTag } from '../ui/StateTag'
import './dashboard.css'

const EXPIRING_WITHIN_DAYS = 90
/** Text colours at AA contrast on white: amber #ad4e00 5.4:1, red #a8071a 7.8:1 (frontend-notes §6.3). */
const AMBER = '#ad4e00'
const RED = '#a8071a'

const cardTitle = (text: ReactNode) => <h2 style={CARD_HEADING}>{text}</h2>

/** A KPI card whose title opens the pre-filtered list it counts. */
function KpiCard({ title, to, value, loading, colour }: {
  title: string
  to: string
  value: number | undefined
  loading: boolean
  colour?: string
}) {
  return (
    <Card title={cardTitle(<Link to={to}>{title}</Link>)}>
      <Statistic value={value ?? '–'} loading={loading} styles={colour ? { content: { color: colour } } : undefined} />
    </Card>
  )
}

/** Agreements per state in lifecycle order; each state opens the agreements list filtered to it. */
function AgreementsByState() {
  const { t } = useTranslation()
  const query = useQuery(figures.agreementsByKindAndState())
  const rows = useMemo(() => stateCounts(query.data?.items), [query.data])
  const label = (state: string) => (isAgreementState(state) ? t(`agreementState.${state}`) : state)
  const title = t('dashboard.byState')
  const columns: FigureColumn<{ state: string; count: number }>[] = [
    { key: 'state', title: t('dashboard.agreementState'), value: (row) => label(row.state) },
    { key: 'count', title: t('dashboard.agreementCount'), value: (row) => row.count, numeric: true },
  ]
  return (
    <section aria-labelledby="agreements-by-state" style={{ height: '100%' }}>
      <Card
        style={{ height: '100%' }}
        title={<h2 id="agreements-by-state" style={CARD_HEADING}>{title}</h2>}
        extra={<ExportCsvButton name="agreements-by-state" title={title} columns={columns} rows={rows} disabled={query.isPending || query.isError} />}
      >
        {query.isError ? <Alert type="error" showIcon title={t('common.error')} description={query.error.message} />
          : query.isPending ? <Skeleton active />
            : (
              <ul className="figure-links">
                {rows.map((row) => (
                  <li key={row.state}>
                    <Link to={links.agreementsIn([row.state])}>
                      <StateTag state={row.state} label={label(row.state)} />
                      <span className="figure-links-count">{row.count}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
      </Card>
    </section>
  )
}

/**
 * The dashboard: KPI cards that open pre-filtered lists, agreements by state, the figures by country/region and by
 * kind, and the programmes' figures (selection, mobilities, funds, briefings) as charts with a table view and a CSV export. No maps (frontend-notes §5.2).
 */
export function DashboardPage() {
  const me = useMe()
  const roles = me.data?.roles ?? []
  // Students and teachers have no dashboard: their start is what they may apply to.
  if (me.data && !DASHBOARD.some((role) => roles.includes(role)) && appliesThemselves(roles)) return <Navigate to="/open-calls" replace />
  // International applicants start at their application, admissions officers at the applications to process.
  if (me.data && isApplicantOnly(roles)) return <Navigate to="/my-admission" replace />
  if (me.data && !DASHBOARD.some((role) => roles.includes(role)) && processesAdmissions(roles)) return <Navigate to="/admission-applications" replace />
  // Reviewers have none either: their start is what is assigned to them.
  if (me.data && !DASHBOARD.some((role) => roles.includes(role)) && roles.includes('reviewer')) return <Navigate to="/my-reviews" replace />
  return <Dashboard showProgrammes={runsProgrammes(roles) || roles.includes('leadership') || roles.includes('college-liaison')} />
}

function Dashboard({ showProgrammes }: { showProgrammes: boolean }) {
  const { t } = useTranslation()
  const active = useQuery(figures.activeByCountry())
  const expiring = useQuery(figures.agreementsExpiring(EXPIRING_WITHIN_DAYS))
  const byKindAndState = useQuery(figures.agreementsByKindAndState())
  const expired = byKindAndState.data ? stateCounts(byKindAndState.data.items).find((row) => row.state === 'expired')?.count : undefined

  return (
    <section aria-labelledby="dashboard-title" className="dashboard-page">
      <Typography.Title level={1} id="dashboard-title" className="page-title" style={{ marginBottom: 16 }}>{t('menu.dashboard')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <KpiCard title={t('dashboard.activePartners')} to={links.activePartners()} value={active.data?.total} loading={active.isPending} />
        </Col>
        <Col xs={24} md={8}>
          <KpiCard
            title={t('dashboard.expiring')} to={links.agreementsExpiring(EXPIRING_WITHIN_DAYS)}
            value={expiring.data?.count} loading={expiring.isPending} colour={AMBER}
          />
        </Col>
        <Col xs={24} md={8}>
          <KpiCard
            title={t('dashboard.expired')} to={links.agreementsIn(['expired'])}
            value={expired} loading={byKindAndState.isPending} colour={RED}
          />
        </Col>
        <Col xs={24} xl={14}>
          <PartnersByCountry />
        </Col>
        <Col xs={24} xl={10}>
          <AgreementsByState />
        </Col>
        <Col xs={24}>
          <AgreementsByKind />
        </Col>
        {showProgrammes && <ProgrammeFigures />}
        {showProgrammes && (
          <Col xs={24}>
            <BriefingAttendance />
          </Col>
        )}
      </Row>
    </section>
  )
}
