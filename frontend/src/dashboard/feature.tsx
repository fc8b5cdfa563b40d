import { lazy } from 'react'
import { DashboardOutlined } from '@ant-design/icons'
import { DASHBOARD } from '../app/roles'
import type { Feature } from '../ui/features'

const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })))

export const dashboardFeature: Feature = {
  key: 'dashboard',
  menu: [{ key: 'dashboard', path: '/', label: (t) => t('menu.dashboard'), icon: <DashboardOutlined />, roles: DASHBOARD }],
  routes: [{ path: '', screen: DashboardPage, crumbs: [] }],
}
