import type { ReactNode } from 'react'
import { Descriptions } from 'antd'

export interface Fact {
  key: string
  label: string
  value: ReactNode
  /** Take the whole row. */
  wide?: boolean
}

/** "—" for a value that is absent, empty text or an empty list, so an empty field never looks like a missing one. */
export function orDash(value: ReactNode): ReactNode {
  if (value === null || value === undefined || value === false || value === '') return '—'
  if (Array.isArray(value) && value.length === 0) return '—'
  return value
}

/** A record's fields as label / value pairs, two per row on wide screens. */
export function Facts({ facts }: { facts: Fact[] }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}
      items={facts.map((fact) => ({ key: fact.key, label: fact.label, span: fact.wide ? 2 : 1, children: orDash(fact.value) }))} />
  )
}
