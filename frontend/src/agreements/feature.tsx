import { lazy } from 'react'
import { FileProtectOutlined } from '@ant-design/icons'
import type { TFunction } from 'i18next'
import { READERS } from '../app/roles'
import type { Feature } from '../ui/features'

const AgreementsPage = lazy(() => import('./AgreementsPage').then((m) => ({ default: m.AgreementsPage })))
const AgreementPage = lazy(() => import('./AgreementPage').then((m) => ({ default: m.AgreementPage })))
const AgreementFormPage = lazy(() => import('./AgreementForm').then((m) => ({ default: m.AgreementFormPage })))

const list = { label: (t: TFunction) => t('menu.agreements'), to: '/agreements' }

export const agreementsFeature: Feature = {
  key: 'agreements',
  menu: [{ key: 'agreements', path: '/agreements', label: list.label, icon: <FileProtectOutlined />, group: 'cooperation', roles: READERS }],
  routes: [
    { path: 'agreements', screen: AgreementsPage, crumbs: [{ label: list.label }] },
    { path: 'agreements/new', screen: AgreementFormPage, crumbs: [list, { label: (t) => t('agreements.newTitle') }] },
    { path: 'agreements/:id', screen: AgreementPage, crumbs: [list, 'record'] },
    { path: 'agreements/:id/edit', screen: AgreementFormPage, crumbs: [list, 'record', { label: (t) => t('agreements.editTitle') }] },
  ],
}
