import type { ComponentType, ReactNode } from 'react'
import { matchPath } from 'react-router'
import type { TFunction } from 'i18next'

/** The menu's groups, in the order they show; a group shows only when one of its entries is visible to the user. */
export const MENU_GROUPS = ['cooperation', 'outbound', 'inbound', 'hosting', 'statistics'] as const
export type MenuGroup = (typeof MENU_GROUPS)[number]

type Label = (t: TFunction) => string

export interface MenuEntry {
  key: string
  path: string
  label: Label
  icon?: ReactNode
  /** No group: the entry stands above the groups (the dashboard). */
  group?: MenuGroup
  /** Realm roles that see the entry (the services enforce every rule again). */
  roles: readonly string[]
}

/** One step of a breadcrumb: a fixed label (a link when `to` is set), or the name of the record the page shows. */
export type Crumb = { label: Label; to?: string } | 'record'

export interface FeatureRoute {
  /** Relative to the console's root, as React Router writes it (`partners/:id`); `''` is the index route. */
  path: string
  screen: ComponentType
  /** After "Home"; the last step is never a link. */
  crumbs: Crumb[]
}

/** Everything the frame and the router need to know about one domain's screens, declared beside them. */
export interface Feature {
  key: string
  menu: MenuEntry[]
  routes: FeatureRoute[]
}

export interface VisibleGroup {
  group?: MenuGroup
  entries: MenuEntry[]
}

const hasAny = (roles: readonly string[], wanted: readonly string[]) => wanted.some((role) => roles.includes(role))

/** The menu for a user: ungrouped entries first, then the groups in their fixed order, empty groups left out. */
export function visibleMenu(features: readonly Feature[], roles: readonly string[]): VisibleGroup[] {
  const entries = features.flatMap((feature) => feature.menu).filter((entry) => hasAny(roles, entry.roles))
  const groups: VisibleGroup[] = []
  const ungrouped = entries.filter((entry) => entry.group === undefined)
  if (ungrouped.length > 0) groups.push({ entries: ungrouped })
  for (const group of MENU_GROUPS) {
    const inGroup = entries.filter((entry) => entry.group === group)
    if (inGroup.length > 0) groups.push({ group, entries: inGroup })
  }
  return groups
}

/** The menu entry a path belongs to: the one with the longest path that is a prefix of it. */
export function selectedEntry(features: readonly Feature[], pathname: string): MenuEntry | undefined {
  const entries = features.flatMap((feature) => feature.menu)
  const candidates = entries.filter((entry) =>
    entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`))
  return candidates.sort((a, b) => b.path.length - a.path.length)[0]
}

/** The declared route a path is (`/partners/123` → `partners/:id`); fixed paths win over parameters. */
export function routeFor(features: readonly Feature[], pathname: string): FeatureRoute | undefined {
  const routes = features.flatMap((feature) => feature.routes)
  const matching = routes.filter((route) => matchPath({ path: `/${route.path}`, end: true }, pathname) !== null)
  const parameters = (route: FeatureRoute) => (route.path.match(/:/g) ?? []).length
  return matching.sort((a, b) => parameters(a) - parameters(b))[0]
}
