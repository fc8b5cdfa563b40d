import { Breadcrumb, Button, Dropdown, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd'
import { DashboardOutlined, FileProtectOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons'
import { Link, Outlet, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Me } from '../api/me'
import { LANGUAGES, type Language } from '../i18n/i18n'
import { useLanguage } from './LanguageContext'
import { Bell } from './Bell'
import { isReadOnly, menuFor, type MenuKey } from './roles'

const MENU_PATHS: Record<MenuKey, string> = { dashboard: '/', partners: '/partners', agreements: '/agreements' }
const LANGUAGE_LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' }

function selectedKey(pathname: string): MenuKey {
  if (pathname.startsWith('/partners')) return 'partners'
  if (pathname.startsWith('/agreements')) return 'agreements'
  return 'dashboard'
}

function useBreadcrumbs(pathname: string) {
  const { t } = useTranslation()
  const crumbs: { title: React.ReactNode }[] = [{ title: <Link to="/">{t('common.home')}</Link> }]
  if (pathname.startsWith('/partners')) {
    crumbs.push({ title: pathname === '/partners' ? t('menu.partners') : <Link to="/partners">{t('menu.partners')}</Link> })
    if (pathname === '/partners/new') crumbs.push({ title: t('partners.newTitle') })
    else if (pathname.endsWith('/edit')) crumbs.push({ title: t('partners.editTitle') })
    else if (pathname !== '/partners') crumbs.push({ title: t('partner.overview') })
  }
  if (pathname.startsWith('/agreements')) {
    crumbs.push({ title: pathname === '/agreements' ? t('menu.agreements') : <Link to="/agreements">{t('menu.agreements')}</Link> })
    if (pathname === '/agreements/new') crumbs.push({ title: t('agreements.newTitle') })
    else if (pathname.endsWith('/edit')) crumbs.push({ title: t('agreements.editTitle') })
    else if (pathname !== '/agreements') crumbs.push({ title: t('agreement.overview') })
  }
  return crumbs
}

export function Frame({ me }: { me: Me }) {
  const { t } = useTranslation()
  const { language, setLanguage } = useLanguage()
  const { pathname } = useLocation()
  const menu = menuFor(me.roles)
  const icons: Record<MenuKey, React.ReactNode> = { dashboard: <DashboardOutlined />, partners: <TeamOutlined />, agreements: <FileProtectOutlined /> }
  const breadcrumbs = useBreadcrumbs(pathname)

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">{t('app.skipToContent')}</a>
      <Layout.Sider width={240} breakpoint="lg" collapsedWidth={64} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('app.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        <nav aria-label={t('app.title')}>
          <Menu
            mode="inline"
            selectedKeys={[selectedKey(pathname)]}
            items={menu.map((key) => ({ key, icon: icons[key], label: <Link to={MENU_PATHS[key]}>{t(`menu.${key}`)}</Link> }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
          <Breadcrumb items={breadcrumbs} />
          <Space size="middle">
            <Segmented<Language>
              aria-label={t('header.language')}
              value={language}
              options={LANGUAGES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_LABELS[value]}</span> }))}
              onChange={setLanguage}
            />
            <Bell username={me.username} />
            <Dropdown
              trigger={['click']}
              menu={{ items: [{ key: 'logout', label: <a href="/auth/logout">{t('header.logout')}</a> }] }}
            >
              <Button type="text" icon={<UserOutlined aria-hidden />} aria-haspopup="menu"
                aria-label={`${t('header.userMenu')}: ${me.name ?? me.username}${isReadOnly(me.roles) ? ` ${t('header.readOnly')}` : ''}`}>
                {me.name ?? me.username}
                {/* The space keeps "name read-only" apart for assistive technology (label in name, WCAG 2.5.3). */}
                {isReadOnly(me.roles) && <>{' '}<Tag style={{ marginInlineStart: 4 }}>{t('header.readOnly')}</Tag></>}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: 24 }}>
          {menu.length === 0 ? <Typography.Paragraph>{t('menu.noAccess')}</Typography.Paragraph> : <Outlet />}
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
