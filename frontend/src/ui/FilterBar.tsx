import { useState } from 'react'
import { Button, Flex, Form, Input, InputNumber, Select } from 'antd'
import { useTranslation } from 'react-i18next'

interface Base {
  key: string
  label: string
  /** The control's width in px (one line of filters fits 1,078 px, the content width at 1366 px). */
  width?: number
}

export type FilterField =
  | (Base & { kind: 'search'; value?: string; onChange: (value: string | undefined) => void })
  | (Base & { kind: 'select'; value?: string; onChange: (value: string | undefined) => void; options: { value: string; label: string; search?: string }[]; loading?: boolean; searchable?: boolean })
  | (Base & { kind: 'multiple'; value: string[]; onChange: (value: string[]) => void; options: { value: string; label: string }[] })
  | (Base & { kind: 'number'; value?: number; onChange: (value: number | undefined) => void; min: number; max: number })

/** The search text: applied on Enter or "Search" (查询); emptying the field (or its clear button) applies at once. */
function SearchField({ field, id }: { field: Extract<FilterField, { kind: 'search' }>; id: string }) {
  const { t } = useTranslation()
  const [text, setText] = useState(field.value ?? '')
  const apply = (value: string) => field.onChange(value.trim() || undefined)
  return (
    <Flex gap={8}>
      <Input id={id} type="search" value={text} allowClear style={{ width: field.width ?? 200 }}
        onChange={(event) => { setText(event.target.value); if (event.target.value === '' && text !== '') apply('') }}
        onPressEnter={() => apply(text)} />
      <Button type="primary" onClick={() => apply(text)}>{t('common.query')}</Button>
    </Flex>
  )
}

/**
 * A list's filters, each labelled, in one wrapping row: choices apply at once, the search text on Enter or "Search";
 * "Reset" clears them all. The values live in the URL (the page reads and writes them), so a view can be shared.
 */
export function FilterBar({ id, fields, onReset }: { id: string; fields: FilterField[]; onReset: () => void }) {
  const { t } = useTranslation()
  const control = (field: FilterField, fieldId: string) => {
    switch (field.kind) {
      case 'search':
        return <SearchField key={field.value ?? ''} field={field} id={fieldId} />
      case 'select':
        return <Select id={fieldId} allowClear value={field.value} placeholder={t('common.all')} loading={field.loading}
          style={{ width: field.width ?? 180 }} onChange={(value?: string) => field.onChange(value ?? undefined)}
          showSearch={field.searchable ? { optionFilterProp: 'search' } : undefined}
          options={field.options.map((option) => ({ ...option, search: option.search ?? option.label }))} />
      case 'multiple':
        return <Select id={fieldId} mode="multiple" allowClear maxTagCount="responsive" value={field.value} placeholder={t('common.all')}
          style={{ width: field.width ?? 200 }} onChange={(value: string[]) => field.onChange(value)} options={field.options} />
      case 'number':
        return <InputNumber id={fieldId} min={field.min} max={field.max} value={field.value} style={{ width: field.width ?? 120 }}
          onChange={(value) => field.onChange(value ?? undefined)} />
    }
  }
  return (
    <Form layout="vertical" role="search" className="filter-bar">
      <Flex gap={12} wrap align="flex-end">
        {fields.map((field) => {
          const fieldId = `${id}-${field.key}`
          return (
            <Form.Item key={field.key} label={field.label} htmlFor={fieldId} style={{ marginBottom: 8 }}>
              {control(field, fieldId)}
            </Form.Item>
          )
        })}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button onClick={onReset}>{t('common.reset')}</Button>
        </Form.Item>
      </Flex>
    </Form>
  )
}
