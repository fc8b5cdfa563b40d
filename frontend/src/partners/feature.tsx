import { lazy } from 'react'
import { TeamOutlined } from '@ant-design/icons'
import type { TFunction } from 'i18next'
import { READERS } from '../app/roles'
import type { Feature } from '../ui/features'

// Screens load on demand, so the initial JavaScript stays within its budget.
const PartnersPage = lazy(() => import('./PartnersPage').then((m) => ({ default: m.PartnersPage })))
const PartnerPage = lazy(() => import('./PartnerPage').then((m) => ({ default: m.PartnerPage })))
const InstitutionFormPage = lazy(() => import('./InstitutionForm').then((m) => ({ default: m.InstitutionFormPage })))

const registry = { label: (t: TFunction) => t('menu.partners'), to: '/partners' }

export const partnersFeature: Feature = {
  key: 'partners',
  menu: [{ key: 'partners', path: '/partners', label: (t) => t('menu.partners'), icon: <TeamOutlined />, group: 'cooperation', roles: READERS }],
  routes: [
    { path: 'partners', screen: PartnersPage, crumbs: [{ label: registry.label }] },
    { path: 'partners/new', screen: InstitutionFormPage, crumbs: [registry, { label: (t) => t('partners.newTitle') }] },
    { path: 'partners/:id', screen: PartnerPage, crumbs: [registry, 'record'] },
    { path: 'partners/:id/edit', screen: InstitutionFormPage, crumbs: [registry, 'record', { label: (t) => t('partners.editTitle') }] },
  ],
}
