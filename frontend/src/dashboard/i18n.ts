import type { Catalogue } from '../i18n/catalogue'

/** The dashboard screens' texts (English: the reference shape). */
export const dashboardEn = {
  dashboard: {
    activePartners: 'Active partners', expiring: 'Agreements expiring within 90 days', expired: 'Expired agreements',
    byState: 'Agreements by state', byCountry: 'Partners by country/region', byCountryNote: 'Active partner institutions',
    byKind: 'Agreements by kind',
    byKindNote: 'In preparation: draft to signed. In force: active or expiring. Ended: expired, renewed or terminated.',
    countryRegion: 'Country/region', partnerCount: 'Partners', agreementKind: 'Agreement kind', agreementState: 'State',
    agreementCount: 'Agreements', total: 'Total',
    byCountryDescription: 'Bar chart of active partner institutions by country or region, {{total}} in all. Most: {{top}}. The table view lists every figure.',
    byKindDescription: 'Stacked bar chart of agreements by kind, split into in preparation, in force and ended; {{total}} agreements in all. Most: {{top}}. The table view lists every figure.',
    phase: { preparation: 'In preparation', inForce: 'In force', ended: 'Ended' },
  },
} as const

export const dashboardZhCN = {
  dashboard: {
    activePartners: '合作中的伙伴', expiring: '90 天内到期的协议', expired: '已到期的协议',
    byState: '按状态统计的协议', byCountry: '按国家/地区统计的合作伙伴', byCountryNote: '合作中的伙伴机构',
    byKind: '按类型统计的协议',
    byKindNote: '筹备中：草稿至已签署；执行中：生效中或即将到期；已结束：已到期、已续签或已终止。',
    countryRegion: '国家/地区', partnerCount: '合作伙伴数', agreementKind: '协议类型', agreementState: '状态',
    agreementCount: '协议数', total: '合计',
    byCountryDescription: '条形图：按国家/地区统计的合作中伙伴机构，共 {{total}} 个。最多的是：{{top}}。表格视图列出全部数字。',
    byKindDescription: '堆叠条形图：按类型统计的协议，分为筹备中、执行中和已结束，共 {{total}} 份。最多的是：{{top}}。表格视图列出全部数字。',
    phase: { preparation: '筹备中', inForce: '执行中', ended: '已结束' },
  },
} as const satisfies Catalogue<typeof dashboardEn>
