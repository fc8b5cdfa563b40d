import { useTranslation } from 'react-i18next'

/** A history action as the services write it (`drafted`, `sent back`, `registered`) in words; unknown ones as they are. */
export function useHistoryAction(): (action: string) => string {
  const { t } = useTranslation()
  return (action) => t(`historyAction.${action.replaceAll(' ', '_')}` as 'historyAction.drafted', { defaultValue: action })
}
