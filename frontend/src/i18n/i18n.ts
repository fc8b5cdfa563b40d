import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/en'
import { en } from './en'
import { zhCN } from './zh-CN'

export type Language = 'zh-CN' | 'en'
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en']
export const LANGUAGE_KEY = 'meridian.language'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}

export function toLanguage(locale: string | null | undefined): Language | undefined {
  if (!locale) return undefined
  const lower = locale.toLowerCase()
  if (lower.startsWith('zh')) return 'zh-CN'
  if (lower.startsWith('en')) return 'en'
  return undefined
}

/** The remembered choice wins; then the user's locale from /api/me; then Chinese. */
export function initialLanguage(meLocale?: string | null): Language {
  return toLanguage(localStorage.getItem(LANGUAGE_KEY)) ?? toLanguage(meLocale) ?? 'zh-CN'
}

export function hasRememberedLanguage(): boolean {
  return toLanguage(localStorage.getItem(LANGUAGE_KEY)) !== undefined
}

export function createI18n(language: Language = 'zh-CN') {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return instance
}

/** Switches everything that speaks a language together (texts, dates, <html lang>), and remembers it if asked. */
export function applyLanguage(instance: typeof i18next, language: Language, remember: boolean): void {
  void instance.changeLanguage(language)
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en')
  document.documentElement.lang = language
  if (remember) localStorage.setItem(LANGUAGE_KEY, language)
}
