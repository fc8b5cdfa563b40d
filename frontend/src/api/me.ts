import { useQuery } from '@tanstack/react-query'
import { getJson } from './client'

/** The gateway's GET /api/me (gateway MeResource.Me). */
export interface Me {
  username: string
  /** The name in Latin letters. */
  name: string | null
  /** The name in Chinese characters, where the person has one. */
  nameZh: string | null
  roles: string[]
  unit: string | null
  locale: string | null
}

export const meQuery = { queryKey: ['me'], queryFn: () => getJson<Me>('/api/me'), staleTime: Infinity } as const

export function useMe() {
  return useQuery(meQuery)
}

/** How the signed-in person is named on a screen in this language: 王芳 on Chinese screens, Fang Wang on English ones. */
export function displayName(me: Pick<Me, 'username' | 'name' | 'nameZh'>, language: string): string {
  if (language.startsWith('zh') && me.nameZh) return me.nameZh
  return me.name ?? me.nameZh ?? me.username
}
