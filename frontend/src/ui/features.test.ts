import { describe, expect, it } from 'vitest'
import { FEATURES } from '../app/features'
import { routeFor, selectedEntry, visibleMenu, type Feature } from './features'

const screen = () => null
const features: Feature[] = [
  { key: 'home', menu: [{ key: 'home', path: '/', label: () => 'Home', roles: ['staff'] }], routes: [{ path: '', screen, crumbs: [] }] },
  { key: 'trips', menu: [{ key: 'trips', path: '/trips', label: () => 'Trips', group: 'outbound', roles: ['staff', 'student'] }],
    routes: [{ path: 'trips', screen, crumbs: [] }, { path: 'trips/new', screen, crumbs: [] }, { path: 'trips/:id', screen, crumbs: ['record'] }] },
  { key: 'partners', menu: [{ key: 'partners', path: '/partners', label: () => 'Partners', group: 'cooperation', roles: ['staff'] }], routes: [] },
]

describe('feature registry', () => {
  it('groups the menu in the fixed order, ungrouped entries first, and shows only groups with an entry the user may see', () => {
    expect(visibleMenu(features, ['staff']).map((g) => [g.group, g.entries.map((e) => e.key)]))
      .toEqual([[undefined, ['home']], ['cooperation', ['partners']], ['outbound', ['trips']]])
    expect(visibleMenu(features, ['student']).map((g) => g.group)).toEqual(['outbound'])
    expect(visibleMenu(features, ['nobody'])).toEqual([])
  })

  it('finds the route of a path (fixed paths before parameters) and the menu entry it belongs to', () => {
    expect(routeFor(features, '/trips/new')?.path).toBe('trips/new')
    expect(routeFor(features, '/trips/42')?.path).toBe('trips/:id')
    expect(routeFor(features, '/')?.path).toBe('')
    expect(routeFor(features, '/nowhere')).toBeUndefined()
    expect(selectedEntry(features, '/trips/42')?.key).toBe('trips')
    expect(selectedEntry(features, '/')?.key).toBe('home')
    expect(selectedEntry(features, '/tripsx')).toBeUndefined()
  })

  it('declares the console’s screens: partners, agreements and alliances under cooperation, the programmes under going abroad, every route with its breadcrumb', () => {
    const groups = visibleMenu(FEATURES, ['office-staff'])
    expect(groups.map((g) => [g.group, g.entries.map((e) => e.path)])).toEqual([
      [undefined, ['/']], ['cooperation', ['/partners', '/agreements', '/alliances']], ['outbound', ['/schemes', '/calls', '/mobilities', '/briefings']],
      ['inbound', ['/admission-applications', '/admission-programmes', '/intakes']],
    ])
    expect(routeFor(FEATURES, '/calls/1/applications')?.crumbs.at(-2)).toBe('record')
    expect(routeFor(FEATURES, '/my-applications/new')?.path).toBe('my-applications/new')
    for (const path of ['/partners/new', '/partners/1/edit', '/agreements/1']) expect(routeFor(FEATURES, path)).toBeDefined()
    expect(routeFor(FEATURES, '/agreements/1')?.crumbs.at(-1)).toBe('record')
  })
})
