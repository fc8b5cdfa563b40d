import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import { STAFF, json, stubFetch } from '../test/fetchStub'
import { renderApp } from '../test/renderApp'

describe('language switch', () => {
  it('starts in the /api/me locale, switches texts, antd and dates together, and remembers the choice', async () => {
    stubFetch({}, { ...STAFF, locale: 'en' })
    const first = renderApp('/partners')
    expect(await screen.findByRole('heading', { name: 'Partners' })).toBeInTheDocument()
    expect(await screen.findByText('1 institutions')).toBeInTheDocument()
    expect(screen.getByText('20 / page')).toBeInTheDocument() // antd's own English locale
    expect(document.documentElement.lang).toBe('en')

    await userEvent.click(screen.getByText('中文'))

    expect(await screen.findByRole('heading', { name: '合作伙伴', level: 1 })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Meridian' })
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['工作台', '合作伙伴', '合作协议', '合作联盟', '交流项目', '项目批次', '交流记录', '宣讲会', '入学申请', '招生专业', '招生批次'])
    expect(screen.getByText('共 1 个机构')).toBeInTheDocument()
    expect(screen.getByText('20 条/页')).toBeInTheDocument() // antd switched to zh_CN
    expect(screen.getByRole('combobox', { name: '国家/地区' })).toBeInTheDocument()
    expect(dayjs.locale()).toBe('zh-cn')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(localStorage.getItem('meridian.language')).toBe('zh-CN')

    // A new visit: the remembered choice wins over the account's locale.
    first.unmount()
    renderApp('/partners')
    expect(await screen.findByRole('heading', { name: '合作伙伴', level: 1 })).toBeInTheDocument()
  })

  it('follows a Chinese account locale when nothing was chosen here', async () => {
    stubFetch({ 'GET /api/me': () => json({ ...STAFF, locale: 'zh-CN' }) })
    renderApp('/partners')
    expect(await screen.findByRole('heading', { name: '合作伙伴', level: 1 })).toBeInTheDocument()
    expect(localStorage.getItem('meridian.language')).toBeNull()
  })
})
