import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'

interface RecordNameState {
  name?: string
  setName: (name: string | undefined) => void
}

const RecordNameContext = createContext<RecordNameState>({ setName: () => {} })

/** Holds the name of the record the current page shows, for the breadcrumb's last step. */
export function RecordNameProvider({ children }: { children: ReactNode }) {
  const [name, setName] = useState<string>()
  return <RecordNameContext.Provider value={{ name, setName }}>{children}</RecordNameContext.Provider>
}

export function useRecordNameValue(): string | undefined {
  return useContext(RecordNameContext).name
}

/** A page names its record while it shows it (and forgets it when it goes). */
export function useRecordName(name: string | undefined): void {
  const { setName } = useContext(RecordNameContext)
  useEffect(() => {
    setName(name)
    return () => setName(undefined)
  }, [name, setName])
}
