import { admissionsFeature } from '../admissions/feature'
import { agreementsFeature } from '../agreements/feature'
import { alliancesFeature } from '../alliances/feature'
import { dashboardFeature } from '../dashboard/feature'
import { partnersFeature } from '../partners/feature'
import { programmesFeature } from '../programmes/feature'
import { visibleMenu, type Feature } from '../ui/features'

/** Every domain's screens; the frame's menu and breadcrumbs and the router read only this list. */
export const FEATURES: readonly Feature[] = [dashboardFeature, partnersFeature, agreementsFeature, alliancesFeature, programmesFeature, admissionsFeature]

/** The menu entries a user sees, in menu order. */
export function menuFor(roles: readonly string[]): string[] {
  return visibleMenu(FEATURES, roles).flatMap((group) => group.entries.map((entry) => entry.key))
}
