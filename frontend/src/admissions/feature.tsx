import { lazy } from 'react'
import { BookOutlined, CalendarOutlined, FileSearchOutlined, FormOutlined } from '@ant-design/icons'
import type { TFunction } from 'i18next'
import { ADMISSION_APPLICANTS, ADMISSIONS_READERS } from '../app/roles'
import type { Feature } from '../ui/features'

const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })))

const MyApplicationPage = page(() => import('./MyApplicationPage'), 'MyApplicationPage')
const ApplicationStepsForm = page(() => import('./ApplicationStepsForm'), 'ApplicationStepsForm')
const ProgrammesPage = page(() => import('./ProgrammesPages'), 'ProgrammesPage')
const ProgrammePage = page(() => import('./ProgrammesPages'), 'ProgrammePage')
const ProgrammeFormPage = page(() => import('./OfficeForms'), 'ProgrammeFormPage')
const IntakesPage = page(() => import('./IntakesPages'), 'IntakesPage')
const IntakePage = page(() => import('./IntakesPages'), 'IntakePage')
const IntakeFormPage = page(() => import('./OfficeForms'), 'IntakeFormPage')
const ApplicationsPage = page(() => import('./ApplicationsPage'), 'ApplicationsPage')
const OfficeApplicationPage = page(() => import('./OfficeApplicationPage'), 'OfficeApplicationPage')

const crumb = (key: 'myApplication' | 'programmes' | 'intakes' | 'applications', to: string) =>
  ({ label: (t: TFunction) => t(`admMenu.${key}`), to })
const mine = crumb('myApplication', '/my-admission')
const programmes = crumb('programmes', '/admission-programmes')
const intakes = crumb('intakes', '/intakes')
const applications = crumb('applications', '/admission-applications')

/**
 * International admissions: applicants write their own application (the portal); admissions officers and office
 * admins keep programmes and intakes and process applications; office staff read them. admissions-service decides
 * every step; these entries only hide what would fail.
 */
export const admissionsFeature: Feature = {
  key: 'admissions',
  menu: [
    { key: 'my-admission', path: '/my-admission', label: mine.label, icon: <FormOutlined />, group: 'inbound', roles: ADMISSION_APPLICANTS },
    { key: 'admission-applications', path: '/admission-applications', label: applications.label, icon: <FileSearchOutlined />, group: 'inbound', roles: ADMISSIONS_READERS },
    { key: 'admission-programmes', path: '/admission-programmes', label: programmes.label, icon: <BookOutlined />, group: 'inbound', roles: ADMISSIONS_READERS },
    { key: 'intakes', path: '/intakes', label: intakes.label, icon: <CalendarOutlined />, group: 'inbound', roles: ADMISSIONS_READERS },
  ],
  routes: [
    { path: 'my-admission', screen: MyApplicationPage, crumbs: [{ label: mine.label }] },
    { path: 'my-admission/edit', screen: ApplicationStepsForm, crumbs: [mine, { label: (t) => t('admPortal.edit') }] },
    { path: 'admission-applications', screen: ApplicationsPage, crumbs: [{ label: applications.label }] },
    { path: 'admission-applications/:id', screen: OfficeApplicationPage, crumbs: [applications, 'record'] },
    { path: 'admission-programmes', screen: ProgrammesPage, crumbs: [{ label: programmes.label }] },
    { path: 'admission-programmes/new', screen: ProgrammeFormPage, crumbs: [programmes, { label: (t) => t('admProgramme.newTitle') }] },
    { path: 'admission-programmes/:id', screen: ProgrammePage, crumbs: [programmes, 'record'] },
    { path: 'admission-programmes/:id/edit', screen: ProgrammeFormPage, crumbs: [programmes, { label: (t) => t('admProgramme.editTitle') }] },
    { path: 'intakes', screen: IntakesPage, crumbs: [{ label: intakes.label }] },
    { path: 'intakes/new', screen: IntakeFormPage, crumbs: [intakes, { label: (t) => t('admIntake.newTitle') }] },
    { path: 'intakes/:id', screen: IntakePage, crumbs: [intakes, 'record'] },
    { path: 'intakes/:id/edit', screen: IntakeFormPage, crumbs: [intakes, { label: (t) => t('admIntake.editTitle') }] },
  ],
}
