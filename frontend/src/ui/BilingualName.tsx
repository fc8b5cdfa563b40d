import { Tooltip, Typography } from 'antd'
import { useLanguage } from '../app/LanguageContext'

export interface Bilingual {
  zh: string
  en: string
}

/**
 * A `{zh, en}` value in the current language. `inline` (lists, links): one line, cut with an ellipsis, the other
 * language (and the full text) on hover, and in the accessible name. `stacked` (headers, timelines): the other language on a second line.
 */
export function BilingualName({ name, variant = 'inline' }: { name?: Bilingual; variant?: 'inline' | 'stacked' }) {
  const { language } = useLanguage()
  if (!name) return <span>—</span>
  const other = language === 'zh-CN' ? 'en' : 'zh-CN'
  const [first, second] = language === 'zh-CN' ? [name.zh, name.en] : [name.en, name.zh]
  if (variant === 'stacked') {
    return (
      <span className="bilingual-stacked">
        <span lang={language}>{first}</span>
        {second && second !== first && <Typography.Text type="secondary" lang={other}>{second}</Typography.Text>}
      </span>
    )
  }
  // The other language is also in the text for assistive technology and find-in-page (a name matches in both).
  return (
    <Tooltip title={<><div lang={language}>{first}</div>{second !== first && <div lang={other}>{second}</div>}</>}>
      <span className="one-line">
        <span lang={language}>{first}</span>
        {second && second !== first && <span className="visually-hidden" lang={other}> {second}</span>}
      </span>
    </Tooltip>
  )
}
