import { Select } from 'antd'
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import { nameIn, peopleSearchQuery, personQuery, unitsQuery, type Person } from '../api/directory'
import { useLanguage } from '../app/LanguageContext'
import { useTypedSearch } from './useTypedSearch'

interface PickerProps {
  id?: string
  value?: string | null
  onChange?: (value: string | undefined) => void
  placeholder?: string
}

/** The people a search offers, and the chosen ones by name before (and without) any search; labels are plain text. */
function usePeopleOptions(chosen: readonly string[], role?: string) {
  const { language } = useLanguage()
  const [q, setTyped] = useTypedSearch()
  const found = useQuery({ ...peopleSearchQuery(q, role), placeholderData: keepPreviousData })
  const stored = useQueries({ queries: chosen.map((username) => personQuery(username)) })
  const units = useQuery(unitsQuery)
  // Plain text labels: the select's hidden list for screen readers reads a label only when it is text.
  const label = (person: Person) => {
    const unit = units.data?.find((candidate) => candidate.code === person.unit)
    const unitName = unit ? nameIn(language, unit) : null
    return [nameIn(language, person) ?? person.username, unitName].filter(Boolean).join(' · ')
  }
  const options = (found.data ?? []).map((person) => ({ value: person.username, label: label(person) }))
  chosen.forEach((username, index) => {
    if (options.some((option) => option.value === username)) return
    const person = stored[index]
    options.unshift({ value: username, label: person?.data ? label(person.data) : person?.isPending ? '…' : username })
  })
  return { options, onSearch: setTyped, loading: found.isFetching }
}

/**
 * A person chosen by typing part of their name (Chinese or Latin) or user name, searched in the directory; the form
 * gets the user name the services store. `role` narrows the people offered (reviewer for a call's reviewers).
 */
export function PersonPicker({ id, value, onChange, placeholder, role }: PickerProps & { role?: string }) {
  const { options, onSearch, loading } = usePeopleOptions(value ? [value] : [], role)
  return (
    <Select id={id} allowClear value={value ?? undefined} onChange={(next) => onChange?.(next ?? undefined)}
      showSearch={{ filterOption: false, onSearch }} loading={loading} placeholder={placeholder} options={options} />
  )
}

/** Several people, chosen like one with {@link PersonPicker}; the form gets their user names. */
export function PeoplePicker({ id, value, onChange, placeholder, role }: {
  id?: string; value?: string[] | null; onChange?: (value: string[]) => void; placeholder?: string; role?: string
}) {
  const { options, onSearch, loading } = usePeopleOptions(value ?? [], role)
  return (
    <Select id={id} mode="multiple" value={value ?? []} onChange={(next) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch }} loading={loading} placeholder={placeholder} options={options} />
  )
}

/** A unit of the university (office, college, hospital) chosen by its name in either language; the form gets its code. */
export function UnitPicker({ id, value, onChange, placeholder }: PickerProps) {
  const { language } = useLanguage()
  const units = useQuery(unitsQuery)
  const options = (units.data ?? []).map((unit) => ({
    value: unit.code,
    label: nameIn(language, unit) ?? unit.code,
    search: [unit.nameZh, unit.nameEn, unit.code].filter(Boolean).join(' '),
  }))
  // A stored code the directory no longer lists stays visible instead of turning blank.
  if (value && units.data && !options.some((option) => option.value === value)) options.unshift({ value, label: value, search: value })
  return (
    <Select id={id} allowClear value={value ?? undefined} onChange={(next) => onChange?.(next ?? undefined)}
      showSearch={{ optionFilterProp: 'search' }} loading={units.isPending} placeholder={placeholder} options={options} />
  )
}
