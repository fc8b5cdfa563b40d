import { useEffect, useState } from 'react'

/** What a search-as-you-type field searches for: the typed text once the user pauses (one search, not one per key). */
export function useTypedSearch(pauseMs = 250): [string, (typed: string) => void] {
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), pauseMs)
    return () => clearTimeout(timer)
  }, [typed, pauseMs])
  return [q, setTyped]
}
