import { lazy } from 'react'
import {
  AuditOutlined, CalendarOutlined, CarryOutOutlined, FileDoneOutlined, FlagOutlined, GlobalOutlined, NotificationOutlined, SolutionOutlined,
} from '@ant-design/icons'
import type { TFunction } from 'i18next'
import { APPLICANTS, PROGRAMME_OFFICE, REVIEWERS } from '../app/roles'
import type { Feature } from '../ui/features'

const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })))

const SchemesPage = page(() => import('./SchemesPage'), 'SchemesPage')
const SchemePage = page(() => import('./SchemesPage'), 'SchemePage')
const SchemeFormPage = page(() => import('./SchemeForm'), 'SchemeFormPage')
const CallsPage = page(() => import('./CallsPage'), 'CallsPage')
const OpenCallsPage = page(() => import('./CallsPage'), 'OpenCallsPage')
const CallPage = page(() => import('./CallPage'), 'CallPage')
const CallFormPage = page(() => import('./CallForm'), 'CallFormPage')
const CallApplicationsPage = page(() => import('./CallApplicationsPage'), 'CallApplicationsPage')
const MyApplicationsPage = page(() => import('./MyApplicationsPage'), 'MyApplicationsPage')
const ApplicationPage = page(() => import('./MyApplicationsPage'), 'ApplicationPage')
const ApplicationFormPage = page(() => import('./ApplicationForm'), 'ApplicationFormPage')
const BriefingsPage = page(() => import('./BriefingsPage'), 'BriefingsPage')
const BriefingPage = page(() => import('./BriefingsPage'), 'BriefingPage')
const MyBriefingsPage = page(() => import('./BriefingsPage'), 'MyBriefingsPage')
const BriefingFormPage = page(() => import('./BriefingForm'), 'BriefingFormPage')
const MyReviewsPage = page(() => import('./ReviewsPage'), 'MyReviewsPage')
const ReviewPage = page(() => import('./ReviewsPage'), 'ReviewPage')
const SelectionPage = page(() => import('./SelectionPage'), 'SelectionPage')
const OfficeApplicationPage = page(() => import('./OfficeApplicationPage'), 'OfficeApplicationPage')
const MobilitiesPage = page(() => import('./MobilitiesPage'), 'MobilitiesPage')
const MobilityPage = page(() => import('./MobilitiesPage'), 'MobilityPage')
const MyMobilitiesPage = page(() => import('./MobilitiesPage'), 'MyMobilitiesPage')
const InboundMobilityFormPage = page(() => import('./InboundMobilityForm'), 'InboundMobilityFormPage')

const crumb = (key: 'schemes' | 'calls' | 'briefings' | 'openCalls' | 'myApplications' | 'myBriefings', to: string) =>
  ({ label: (t: TFunction) => t(`programmesMenu.${key}`), to })
const schemes = crumb('schemes', '/schemes')
const calls = crumb('calls', '/calls')
const briefings = crumb('briefings', '/briefings')
const openCalls = crumb('openCalls', '/open-calls')
const mine = crumb('myApplications', '/my-applications')
const reviews = { label: (t: TFunction) => t('selectionMenu.myReviews'), to: '/my-reviews' }
const mobilities = { label: (t: TFunction) => t('selectionMenu.mobilities'), to: '/mobilities' }
const myMobilities = { label: (t: TFunction) => t('selectionMenu.myMobilities'), to: '/my-mobilities' }

/**
 * Exchange programmes: the office runs schemes, calls and briefings; students and teachers apply to open calls and
 * register for briefings. The service decides every step; these entries only hide what would fail.
 */
export const programmesFeature: Feature = {
  key: 'programmes',
  menu: [
    { key: 'schemes', path: '/schemes', label: schemes.label, icon: <FlagOutlined />, group: 'outbound', roles: PROGRAMME_OFFICE },
    { key: 'calls', path: '/calls', label: calls.label, icon: <AuditOutlined />, group: 'outbound', roles: PROGRAMME_OFFICE },
    { key: 'mobilities', path: '/mobilities', label: mobilities.label, icon: <GlobalOutlined />, group: 'outbound', roles: PROGRAMME_OFFICE },
    { key: 'my-reviews', path: '/my-reviews', label: reviews.label, icon: <CarryOutOutlined />, group: 'outbound', roles: REVIEWERS },
    { key: 'open-calls', path: '/open-calls', label: openCalls.label, icon: <SolutionOutlined />, group: 'outbound', roles: APPLICANTS },
    { key: 'my-applications', path: '/my-applications', label: mine.label, icon: <FileDoneOutlined />, group: 'outbound', roles: APPLICANTS },
    { key: 'my-mobilities', path: '/my-mobilities', label: myMobilities.label, icon: <GlobalOutlined />, group: 'outbound', roles: APPLICANTS },
    { key: 'briefings', path: '/briefings', label: briefings.label, icon: <NotificationOutlined />, group: 'outbound', roles: [...PROGRAMME_OFFICE, ...APPLICANTS] },
    { key: 'my-briefings', path: '/my-briefings', label: (t) => t('programmesMenu.myBriefings'), icon: <CalendarOutlined />, group: 'outbound', roles: APPLICANTS },
  ],
  routes: [
    { path: 'schemes', screen: SchemesPage, crumbs: [{ label: schemes.label }] },
    { path: 'schemes/new', screen: SchemeFormPage, crumbs: [schemes, { label: (t) => t('schemes.newTitle') }] },
    { path: 'schemes/:id', screen: SchemePage, crumbs: [schemes, 'record'] },
    { path: 'schemes/:id/edit', screen: SchemeFormPage, crumbs: [schemes, { label: (t) => t('schemes.editTitle') }] },
    { path: 'calls', screen: CallsPage, crumbs: [{ label: calls.label }] },
    { path: 'calls/new', screen: CallFormPage, crumbs: [calls, { label: (t) => t('calls.newTitle') }] },
    { path: 'calls/:id', screen: CallPage, crumbs: [calls, 'record'] },
    { path: 'calls/:id/edit', screen: CallFormPage, crumbs: [calls, { label: (t) => t('calls.editTitle') }] },
    { path: 'calls/:id/applications', screen: CallApplicationsPage, crumbs: [calls, 'record', { label: (t) => t('applications.title') }] },
    { path: 'calls/:id/selection', screen: SelectionPage, crumbs: [calls, 'record', { label: (t) => t('selection.title') }] },
    { path: 'applications/:id', screen: OfficeApplicationPage, crumbs: [calls, 'record'] },
    { path: 'my-reviews', screen: MyReviewsPage, crumbs: [{ label: reviews.label }] },
    { path: 'my-reviews/:applicationId', screen: ReviewPage, crumbs: [reviews, 'record'] },
    { path: 'mobilities', screen: MobilitiesPage, crumbs: [{ label: mobilities.label }] },
    { path: 'mobilities/new', screen: InboundMobilityFormPage, crumbs: [mobilities, { label: (t) => t('inbound.title') }] },
    { path: 'mobilities/:id', screen: MobilityPage, crumbs: [mobilities, 'record'] },
    { path: 'my-mobilities', screen: MyMobilitiesPage, crumbs: [{ label: myMobilities.label }] },
    { path: 'my-mobilities/:id', screen: MobilityPage, crumbs: [myMobilities, 'record'] },
    { path: 'open-calls', screen: OpenCallsPage, crumbs: [{ label: openCalls.label }] },
    { path: 'open-calls/:id', screen: CallPage, crumbs: [openCalls, 'record'] },
    { path: 'my-applications', screen: MyApplicationsPage, crumbs: [{ label: mine.label }] },
    { path: 'my-applications/new', screen: ApplicationFormPage, crumbs: [mine, { label: (t) => t('applications.newTitle') }] },
    { path: 'my-applications/:id', screen: ApplicationPage, crumbs: [mine, 'record'] },
    { path: 'my-applications/:id/edit', screen: ApplicationFormPage, crumbs: [mine, { label: (t) => t('applications.editTitle') }] },
    { path: 'briefings', screen: BriefingsPage, crumbs: [{ label: briefings.label }] },
    { path: 'briefings/new', screen: BriefingFormPage, crumbs: [briefings, { label: (t) => t('briefings.newTitle') }] },
    { path: 'briefings/:id', screen: BriefingPage, crumbs: [briefings, 'record'] },
    { path: 'briefings/:id/edit', screen: BriefingFormPage, crumbs: [briefings, { label: (t) => t('briefings.editTitle') }] },
    { path: 'my-briefings', screen: MyBriefingsPage, crumbs: [{ label: (t) => t('programmesMenu.myBriefings') }] },
  ],
}
