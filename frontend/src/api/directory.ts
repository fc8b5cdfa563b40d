import { getJson } from './client'

/** The gateway's GET /api/directory/people (gateway DirectoryResource): a person as staff screens show them. */
export interface Person {
  username: string
  nameZh: string | null
  nameEn: string | null
  unit: string | null
}

/** The gateway's GET /api/directory/units: a unit of the university by the code the services store. */
export interface Unit {
  code: string
  nameZh: string | null
  nameEn: string | null
  kind: string | null
}

/** The most user names the directory answers in one call (DirectoryResource.MOST_NAMES). */
const MOST_NAMES = 100
/** How long a name read from the directory is kept: a screen's twenty owners are one call, not twenty. */
export const PERSON_STALE_MS = 5 * 60_000

type Waiting = { resolve: (person: Person | null) => void; reject: (error: unknown) => void }

/**
 * Collects the user names asked for while a screen renders and reads them in one call (a batch per 100 names); each
 * caller gets their person, or null for a user name the directory does not know (someone who left).
 */
export function createPersonBatcher(read: (usernames: string[]) => Promise<Person[]>) {
  let pending = new Map<string, Waiting[]>()
  let scheduled = false

  const flush = async () => {
    const batch = pending
    pending = new Map()
    scheduled = false
    const names = [...batch.keys()]
    for (let start = 0; start < names.length; start += MOST_NAMES) {
      const chunk = names.slice(start, start + MOST_NAMES)
      try {
        const found = new Map((await read(chunk)).map((person) => [person.username, person]))
        for (const name of chunk) batch.get(name)!.forEach((w) => w.resolve(found.get(name) ?? null))
      } catch (error) {
        for (const name of chunk) batch.get(name)!.forEach((w) => w.reject(error))
      }
    }
  }

  return (username: string): Promise<Person | null> => new Promise((resolve, reject) => {
    pending.set(username, [...(pending.get(username) ?? []), { resolve, reject }])
    if (!scheduled) {
      scheduled = true
      setTimeout(() => void flush(), 0)
    }
  })
}

export const loadPerson = createPersonBatcher(async (usernames) => {
  const query = usernames.map((name) => `username=${encodeURIComponent(name)}`).join('&')
  return (await getJson<{ items: Person[] }>(`/api/directory/people?${query}`)).items
})

export const personQuery = (username: string) => ({
  queryKey: ['directory', 'person', username] as const,
  queryFn: () => loadPerson(username),
  staleTime: PERSON_STALE_MS,
  // A person outside the directory stays a user name; asking again at once would not change that.
  retry: false,
})

export const peopleSearchQuery = (q: string, role?: string) => ({
  queryKey: ['directory', 'people', q, role ?? ''] as const,
  queryFn: async () => {
    const params = new URLSearchParams({ limit: '20' })
    if (q) params.set('q', q)
    if (role) params.set('role', role)
    return (await getJson<{ items: Person[] }>(`/api/directory/people?${params}`)).items
  },
  staleTime: 60_000,
})

export const unitsQuery = {
  queryKey: ['directory', 'units'] as const,
  queryFn: async () => (await getJson<{ items: Unit[] }>('/api/directory/units')).items,
  staleTime: 10 * 60_000,
}

/** A person's or a unit's name on a screen in this language: 王芳 on Chinese screens, Fang Wang on English ones. */
export function nameIn(language: string, named: { nameZh: string | null; nameEn: string | null }): string | null {
  return language.startsWith('zh') ? (named.nameZh ?? named.nameEn) : (named.nameEn ?? named.nameZh)
}
