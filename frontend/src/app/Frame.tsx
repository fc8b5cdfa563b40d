import { Button, Dropdown, Layout, Menu, Segmented, Space, Tag, Typography, type MenuProps } from 'antd'
import { UserOutlined } from '@ant-design/icons'
import { Link, Outlet, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { displayName, type Me } from '../api/me'
import { LANGUAGES, type Language } from '../i18n/i18n'
import { Breadcrumbs } from '../ui/Breadcrumbs'
import { selectedEntry, visibleMenu, type MenuEntry } from '../ui/features'
import { RecordNameProvider } from '../ui/recordName'
import { useLanguage } from './LanguageContext'
import { Bell } from './Bell'
import { FEATURES } from './features'
import { isReadOnly, READERS } from './roles'

const LANGUAGE_LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' }

export function Frame({ me }: { me: Me }) {
  const { t } = useTranslation()
  const { language, setLanguage } = useLanguage()
  const { pathname } = useLocation()
  const groups = visibleMenu(FEATURES, me.roles)
  const selected = selectedEntry(FEATURES, pathname)
  type Item = NonNullable<MenuProps['items']>[number]
  const item = (entry: MenuEntry): Item => ({ key: entry.key, icon: entry.icon, label: <Link to={entry.path}>{entry.label(t)}</Link> })

  return (
    <RecordNameProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <a href="#main" className="skip-link">{t('app.skipToContent')}</a>
        <Layout.Sider width={240} breakpoint="lg" collapsedWidth={64} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 20px' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>{t('app.title')}</Typography.Title>
            <Typography.Text type="secondary">{t('glossary.office')}</Typography.Text>
          </div>
          <nav aria-label={t('app.title')}>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected.key] : []}
              items={groups.flatMap(({ group, entries }): Item[] => (group
                ? [{ type: 'group' as const, key: `group-${group}`, label: t(`menuGroup.${group}`), children: entries.map(item) }]
                : entries.map(item)))}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
            <Breadcrumbs features={FEATURES} />
            <Space size="middle">
              <Segmented<Language>
                aria-label={t('header.language')}
                value={language}
                options={LANGUAGES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_LABELS[value]}</span> }))}
                onChange={setLanguage}
              />
              {/* The bell tells of agreements: only for those who read them (not students). */}
              {READERS.some((role) => me.roles.includes(role)) && <Bell username={me.username} />}
              <Dropdown
                trigger={['click']}
                menu={{ items: [{ key: 'logout', label: <a href="/auth/logout">{t('header.logout')}</a> }] }}
              >
                <Button type="text" icon={<UserOutlined aria-hidden />} aria-haspopup="menu"
                  aria-label={`${t('header.userMenu')}: ${displayName(me, language)}${isReadOnly(me.roles) ? ` ${t('header.readOnly')}` : ''}`}>
                  {displayName(me, language)}
                  {/* The space keeps "name read-only" apart for assistive technology (label in name, WCAG 2.5.3). */}
                  {isReadOnly(me.roles) && <>{' '}<Tag style={{ marginInlineStart: 4 }}>{t('header.readOnly')}</Tag></>}
                </Button>
              </Dropdown>
            </Space>
          </Layout.Header>
          <Layout.Content id="main" tabIndex={-1} style={{ padding: 24 }}>
            {groups.length === 0 ? <Typography.Paragraph>{t('menu.noAccess')}</Typography.Paragraph> : <Outlet />}
          </Layout.Content>
        </Layout>
      </Layout>
    </RecordNameProvider>
  )
}
