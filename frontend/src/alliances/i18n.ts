import type { Catalogue } from '../i18n/catalogue'
import { glossaryEn as g, glossaryZhCN as gz } from '../i18n/glossary'

/** The alliance screens' texts (English: the reference shape). */
export const alliancesEn = {
  alliances: { title: g.alliances, search: 'Search names (Chinese or English)', total: '{{count}} alliances', ofPartner: 'Alliances this partner belongs to', none: 'This partner is in none of our alliances.' },
  alliance: {
    name: 'Name', abbreviation: 'Abbreviation', description: 'Description', ourRole: 'Our role', memberSince: 'Member since',
    memberCount: 'Members', members: 'Member institutions', joinedOn: 'Joined on',
  },
  allianceRole: {
    member: 'Member', founding_member: 'Founding member', council_member: 'Council member',
    executive_council_member: 'Executive council member', vice_chair: 'Vice chair', chair: 'Chair', secretariat: 'Secretariat',
  },
} as const

export const alliancesZhCN = {
  alliances: { title: gz.alliances, search: '搜索名称（中文或英文）', total: '共 {{count}} 个联盟', ofPartner: '该伙伴所在的合作联盟', none: '该伙伴不在我校加入的任何合作联盟中。' },
  alliance: {
    name: '名称', abbreviation: '简称', description: '简介', ourRole: '我校角色', memberSince: '加入时间',
    memberCount: '成员数', members: '成员机构', joinedOn: '加入日期',
  },
  allianceRole: {
    member: '成员', founding_member: '创始成员', council_member: '理事会成员',
    executive_council_member: '常务理事会成员', vice_chair: '副主席', chair: '主席', secretariat: '秘书处',
  },
} as const satisfies Catalogue<typeof alliancesEn>
