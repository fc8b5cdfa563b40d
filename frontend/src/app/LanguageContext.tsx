import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ConfigProvider } from 'antd'
import antdZhCN from 'antd/locale/zh_CN'
import antdEnUS from 'antd/locale/en_US'
import { applyLanguage, createI18n, hasRememberedLanguage, initialLanguage, toLanguage, type Language } from '../i18n/i18n'
import { theme } from './theme'

interface LanguageState {
  language: Language
  setLanguage: (language: Language) => void
}

const LanguageContext = createContext<LanguageState | null>(null)

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext)
  if (!state) throw new Error('useLanguage outside LanguageProvider')
  return state
}

/** Texts (i18next), antd components (ConfigProvider) and dates (dayjs) always switch together. */
export function LanguageProvider({ meLocale, children }: { meLocale?: string | null; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage(meLocale))
  const i18n = useMemo(() => createI18n(language), []) // eslint-disable-line react-hooks/exhaustive-deps

  // /api/me answers after the first render: its locale applies unless the user chose a language here before.
  useEffect(() => {
    const fromMe = toLanguage(meLocale)
    if (fromMe && !hasRememberedLanguage()) setLanguageState(fromMe)
  }, [meLocale])

  useEffect(() => {
    applyLanguage(i18n, language, false)
  }, [i18n, language])

  const setLanguage = useCallback((next: Language) => {
    applyLanguage(i18n, next, true)
    setLanguageState(next)
  }, [i18n])

  const state = useMemo(() => ({ language, setLanguage }), [language, setLanguage])
  return (
    <LanguageContext.Provider value={state}>
      <I18nextProvider i18n={i18n}>
        {/* No automatic space in two-character Chinese buttons ("保存", not "保 存"). */}
        <ConfigProvider locale={language === 'zh-CN' ? antdZhCN : antdEnUS} theme={theme} button={{ autoInsertSpace: false }}>
          {children}
        </ConfigProvider>
      </I18nextProvider>
    </LanguageContext.Provider>
  )
}

/** A bilingual value ({zh, en}: names, titles) in the console's current language. */
export function useText(): (value?: { zh: string; en: string }) => string | undefined {
  const { language } = useLanguage()
  return (value) => (value ? (language === 'zh-CN' ? value.zh : value.en) : undefined)
}
