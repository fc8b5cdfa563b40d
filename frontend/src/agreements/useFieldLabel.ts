import { useTranslation } from 'react-i18next'
import { splitField } from './diff'

/** An agreement field named by the service (`title.en`, `conditions[0].placesPerYear`) with its label in the UI. */
export function useFieldLabel(): (field: string) => string {
  const { t, i18n } = useTranslation()
  return (field) => {
    const { root, detail } = splitField(field)
    const key = `agreement.${root}`
    return `${i18n.exists(key) ? t(key as 'agreement.title') : root}${detail}`
  }
}
