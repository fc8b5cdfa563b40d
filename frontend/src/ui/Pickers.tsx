import { Select } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { nameIn, peopleSearchQuery, personQuery, unitsQuery, type Person } from '../api/directory'
import { useLanguage } from '../app/LanguageContext'
import { useTypedSearch } from './useTypedSearch'

interface PickerProps {
  id?: string
  value?: string | null
  onChange?: (value: string | undefined) => void
  placeholder?: string
}

/**
 * A person chosen by typing part of their name (Chinese or Latin) or user name, searched in the directory; the form
 * gets the user name the services store. `role` narrows the people offered (office-staff for owners).
 */
export function PersonPicker({ id, value, onChange, placeholder, role }: PickerProps & { role?: string }) {
  const { language } = useLanguage()
  const [q, setTyped] = useTypedSearch()
  const found = useQuery({ ...peopleSearchQuery(q, role), placeholderData: keepPreviousData })
  const stored = useQuery({ ...personQuery(value ?? ''), enabled: !!value })
  const units = useQuery(unitsQuery)
  // Plain text labels: the select's hidden list for screen readers reads a label only when it is text.
  const label = (person: Person) => {
    const unit = units.data?.find((candidate) => candidate.code === person.unit)
    const unitName = unit ? nameIn(language, unit) : null
    return [nameIn(language, person) ?? person.username, unitName].filter(Boolean).join(' · ')
  }
  const options = (found.data ?? []).map((person) => ({ value: person.username, label: label(person) }))
  // The stored person shows by name before (and without) any search.
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: stored.data ? label(stored.data) : stored.isPending ? '…' : value })
  }
  return (
    <Select id={id} allowClear value={value ?? undefined} onChange={(next) => onChange?.(next ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setTyped }} loading={found.isFetching} placeholder={placeholder}
      notFoundContent={found.isFetching ? undefined : null} options={options} />
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
