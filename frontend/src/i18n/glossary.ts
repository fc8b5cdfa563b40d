/**
 * One name per entity in each language, and the office's own name, used by every catalogue (so a term cannot drift
 * between screens). Texts write them in with `${…}`; screens may also show them as `glossary.*`.
 */
export const glossaryEn = {
  office: 'Office of International Exchange and Cooperation',
  partner: 'partner', partners: 'Partners',
  agreement: 'agreement', agreements: 'Agreements',
  alliance: 'alliance', alliances: 'Alliances',
  jointProgramme: 'joint programme', jointProgrammes: 'Joint programmes',
  owner: 'Owner', unit: 'Unit',
  reviewer: 'Reviewer', allocation: 'allocation', mobility: 'mobility', mobilities: 'Mobilities',
  learningAgreement: 'Learning agreement', grant: 'grant', grants: 'Grants',
} as const

export const glossaryZhCN = {
  office: '国际交流与合作处',
  partner: '合作伙伴', partners: '合作伙伴',
  agreement: '合作协议', agreements: '合作协议',
  alliance: '合作联盟', alliances: '合作联盟',
  jointProgramme: '中外合作办学项目', jointProgrammes: '中外合作办学项目',
  owner: '负责人', unit: '单位',
  reviewer: '评审人', allocation: '名额分配', mobility: '交流记录', mobilities: '交流记录',
  learningAgreement: '学习协议', grant: '资助', grants: '资助',
} as const satisfies { readonly [K in keyof typeof glossaryEn]: string }
