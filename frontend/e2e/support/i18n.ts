import { en } from '../../src/i18n/en'
import { zhCN } from '../../src/i18n/zh-CN'

/** The SPA's own languages and catalogues, so expectations follow the texts people see. */
export type Language = 'en' | 'zh-CN'
export const LANGUAGE_KEY = 'meridian.language'

type Catalogue = typeof en

/** Dotted keys of the catalogue, e.g. 'menu.partners'. */
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>
}[keyof T & string]
export type TextKey = Keys<Catalogue>

export type Translate = (key: TextKey, values?: Record<string, string | number>) => string

export function translator(language: Language): Translate {
  const catalogue: Catalogue = language === 'en' ? en : (zhCN as unknown as Catalogue)
  return (key, values = {}) => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue)
    if (typeof text !== 'string') throw new Error(`No text ${key} in the ${language} catalogue`)
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`))
  }
}

/** The other language, for the language switch. */
export const otherLanguage = (language: Language): Language => (language === 'en' ? 'zh-CN' : 'en')

/** The switch's labels (Frame.tsx), each in its own language. */
export const LANGUAGE_LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' }
