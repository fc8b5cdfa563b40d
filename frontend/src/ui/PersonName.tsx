import type { ReactNode } from 'react'
import { Fragment } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { nameIn, personQuery, unitsQuery } from '../api/directory'
import { useLanguage } from '../app/LanguageContext'
import { formatInstant } from '../app/format'

/**
 * A person by name, never by user name: 王芳 on Chinese screens, Fang Wang on English ones, read from the directory
 * (names asked for while a screen renders are read in one call and kept for a few minutes). Someone the directory
 * does not know (a person who left, a caller who may not read the directory) is shown by `stored`, the name the
 * service kept with the record, and only without one by the user name.
 */
export function PersonName({ username, stored }: { username?: string | null; stored?: StoredNames }) {
  const { language } = useLanguage()
  const person = useQuery({ ...personQuery(username ?? ''), enabled: !!username })
  const kept = stored ? nameIn(language, { nameZh: stored.nameZh ?? null, nameEn: stored.nameEn ?? null }) : null
  if (!username) return <>{kept || '—'}</>
  if (person.isPending) return <span className="person-name" aria-busy="true">{kept || '…'}</span>
  const name = person.data ? nameIn(language, person.data) : null
  return <span className="person-name">{name ?? (kept || username)}</span>
}

/** The names a service kept with a change (a revision's `changedByNameZh` and `changedByName`). */
export interface StoredNames {
  nameZh?: string | null
  nameEn?: string | null
}

/** Several people by name, in the language's list separator ("王芳、张伟"); "—" for none. */
export function PeopleNames({ usernames }: { usernames?: readonly string[] | null }) {
  const { t } = useTranslation()
  if (!usernames || usernames.length === 0) return <>—</>
  return <>{usernames.map((username, index) => (
    <Fragment key={username}>{index > 0 && t('chart.listSeparator')}<PersonName username={username} /></Fragment>
  ))}</>
}

/** A unit of the university by its name in the user's language; its code only while the directory cannot say. */
export function UnitName({ code }: { code?: string | null }) {
  const { language } = useLanguage()
  const units = useQuery({ ...unitsQuery, enabled: !!code })
  if (!code) return <>—</>
  const unit = units.data?.find((candidate) => candidate.code === code)
  if (units.isPending) return <span aria-busy="true">…</span>
  return <span className="unit-name">{(unit && nameIn(language, unit)) ?? code}</span>
}

/** "2026-11-02 16:00 · 王芳": when a record was last changed and by whom. */
export function LastChanged({ at, by }: { at?: string | null; by?: string | null }): ReactNode {
  const when = formatInstant(at)
  if (!when && !by) return '—'
  return <>{when}{when && by && ' · '}{by && <PersonName username={by} />}</>
}
