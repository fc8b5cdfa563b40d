import type { Catalogue } from '../i18n/catalogue'
import { glossaryEn as g, glossaryZhCN as gz } from '../i18n/glossary'

/** The partners screens' texts (English: the reference shape). */
export const partnersEn = {
  transition: { prospective: 'Mark as prospective', active: 'Activate', inactive: 'Deactivate' },
  kind: {
    university: 'University', hospital: 'Hospital', research_institute: 'Research institute',
    government_body: 'Government body', association: 'Association', company: 'Company',
  },
  status: { prospective: 'Prospective', active: 'Active', inactive: 'Inactive' },
  partners: {
    title: g.partners,
    search: 'Search names (Chinese or English)',
    country: 'Country/region',
    kind: 'Kind',
    status: 'Status',
    expiringWithinDays: 'Expiring within (days)',
    name: 'Name',
    activeAgreements: 'Active agreements',
    nearestExpiry: 'Nearest expiry',
    owner: g.owner,
    total: '{{count}} institutions',
    newTitle: 'New institution',
    editTitle: 'Edit institution',
  },
  partner: {
    overview: 'Overview', contactsAndUnits: 'Contacts and units', agreements: g.agreements, history: 'History',
    units: 'Units', reference: 'Reference', agreementTitle: 'Title', effective: 'Effective', version: 'Version',
    action: 'Action', changedFields: 'Changed fields', changedBy: 'By', changedAt: 'When', reason: 'Reason',
  },
} as const

export const partnersZhCN = {
  transition: { prospective: '设为潜在', active: '设为合作中', inactive: '停止合作' },
  kind: {
    university: '大学', hospital: '医院', research_institute: '科研机构',
    government_body: '政府机构', association: '协会', company: '企业',
  },
  status: { prospective: '潜在', active: '合作中', inactive: '已停止' },
  partners: {
    title: gz.partners,
    search: '搜索名称（中文或英文）',
    country: '国家/地区',
    kind: '类型',
    status: '状态',
    expiringWithinDays: '协议到期天数内',
    name: '名称',
    activeAgreements: '生效协议',
    nearestExpiry: '最近到期',
    owner: gz.owner,
    total: '共 {{count}} 个机构',
    newTitle: '新建机构',
    editTitle: '编辑机构',
  },
  partner: {
    overview: '概况', contactsAndUnits: '联系人与院系', agreements: gz.agreements, history: '历史记录',
    units: '院系', reference: '编号', agreementTitle: '名称', effective: '生效日期', version: '版本',
    action: '操作', changedFields: '修改字段', changedBy: '修改人', changedAt: '时间', reason: '原因',
  },
} as const satisfies Catalogue<typeof partnersEn>
