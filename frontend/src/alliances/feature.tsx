import { lazy } from 'react'
import { ApartmentOutlined } from '@ant-design/icons'
import type { TFunction } from 'i18next'
import { READERS } from '../app/roles'
import type { Feature } from '../ui/features'

const AlliancesPage = lazy(() => import('./AlliancesPage').then((m) => ({ default: m.AlliancesPage })))
const AlliancePage = lazy(() => import('./AlliancePage').then((m) => ({ default: m.AlliancePage })))

const list = { label: (t: TFunction) => t('menu.alliances'), to: '/alliances' }

export const alliancesFeature: Feature = {
  key: 'alliances',
  menu: [{ key: 'alliances', path: '/alliances', label: list.label, icon: <ApartmentOutlined />, group: 'cooperation', roles: READERS }],
  routes: [
    { path: 'alliances', screen: AlliancesPage, crumbs: [{ label: list.label }] },
    { path: 'alliances/:id', screen: AlliancePage, crumbs: [list, 'record'] },
  ],
}
