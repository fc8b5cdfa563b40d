import { Select } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import type { Text } from '../api/types'
import { useLanguage } from '../app/LanguageContext'
import { useTypedSearch } from '../ui/useTypedSearch'

interface Props {
  id?: string
  value?: string[]
  onChange?: (value: string[]) => void
  /** Names of partners already chosen (from the stored agreement), so they show before any search. */
  known?: { id?: string; name?: Text }[]
  placeholder?: string
}

/** Partner institutions by id, chosen by typing part of a Chinese or English name (searched by the service). */
export function PartnerSelect({ id, value, onChange, known = [], placeholder }: Props) {
  const { language } = useLanguage()
  const [q, setTyped] = useTypedSearch()
  const found = useQuery({
    queryKey: ['institutions', 'pick', q],
    queryFn: async () => unwrap(await api.GET('/api/partners/institutions', { params: { query: { q: q || undefined, size: 20, sort: 'name' } } })),
    placeholderData: keepPreviousData,
  })
  const name = (text?: Text) => (text ? (language === 'zh-CN' ? `${text.zh} / ${text.en}` : `${text.en} / ${text.zh}`) : '')
  const options = new Map<string, string>()
  for (const partner of known) if (partner.id) options.set(partner.id, name(partner.name))
  for (const item of found.data?.items ?? []) if (item.id) options.set(item.id, name(item.name))

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={found.isFetching}
      placeholder={placeholder}
      options={[...options].map(([value, label]) => ({ value, label }))}
    />
  )
}
