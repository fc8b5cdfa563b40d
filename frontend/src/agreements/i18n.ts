import type { Catalogue } from '../i18n/catalogue'
import { glossaryEn as g, glossaryZhCN as gz } from '../i18n/glossary'

/** The agreements screens' texts (English: the reference shape). */
export const agreementsEn = {
  agreementKind: {
    memorandum: 'Memorandum of understanding', student_exchange: 'Student exchange', staff_exchange: 'Staff exchange',
    joint_degree: 'Joint degree', dual_degree: 'Dual degree', articulation: 'Articulation (2+2, 3+1…)',
    summer_school: 'Summer school', research: 'Research cooperation', clinical_training: 'Clinical training',
    scholarship_scheme: 'Scholarship scheme', erasmus_iia: 'Erasmus+ inter-institutional agreement',
  },
  agreementState: {
    draft: 'Draft', under_review: 'Under review', approved: 'Approved', signed: 'Signed', active: 'Active',
    expiring: 'Expiring', expired: 'Expired', renewed: 'Renewed', terminated: 'Terminated',
  },
  agreements: {
    title: g.agreements, search: 'Search reference or title (Chinese or English)', partner: 'Partner',
    expiringWithinDays: 'Expiring within (days)', total: '{{count}} agreements', newTitle: 'New agreement',
    editTitle: 'Edit agreement', amendTitle: 'Amend agreement', amendHint: 'This agreement is in force: saving records an amendment (a new version); its state stays.',
    withPartner: 'With {{name}}', newForPartner: 'New agreement with this partner',
  },
  agreement: {
    overview: 'Overview', conditions: 'Cooperation conditions', obligations: 'Obligations', signatories: 'Signatories',
    documents: 'Documents', history: 'History', lifecycle: 'Lifecycle', 
    renew: 'Start renewal', renewConfirm: 'Create a draft successor with the same content and the dates moved on?',
    renewed: 'The renewal draft was created.', delete: 'Delete', deleteConfirm: 'Delete this agreement? This cannot be undone.',
    deleted: 'The agreement was deleted.',
    moved: 'The agreement is now: {{state}}.', incomplete: 'These fields must be complete first:',
    none: 'None', yes: 'Yes', no: 'No', timeline: 'Agreements over time', noAgreements: 'No agreements with this partner yet.',
    referenceCode: 'Reference', kind: 'Kind', title: 'Title', titleZh: 'Title (Chinese)', titleEn: 'Title (English)',
    state: 'State', signingUnit: 'Signing unit', partners: g.partners, partnerIds: g.partners,
    effectiveDate: 'Effective from', expiryDate: 'Expires on', autoRenewal: 'Renews automatically',
    renewalPeriodMonths: 'Renewal period (months)', noticePeriodDays: 'Notice period (days)', notes: 'Notes',
    owner: g.owner, predecessorId: 'Renews', successorId: 'Renewed by', reviewComment: 'Review comment',
    terminationReason: 'Reason for termination', lastAlertDays: 'Last expiry alert (days before)',
    searchPartners: 'Type to search partners by name',
  },
  signatory: {
    add: 'Add signatory', remove: 'Remove signatory {{n}}', side: 'Side', name: 'Name', jobTitle: 'Title', signedOn: 'Signed on',
    ours: 'Our university', partner: 'Partner',
  },
  condition: {
    add: 'Add condition', remove: 'Remove condition {{n}}', direction: 'Direction', mobilityType: 'Mobility',
    placesPerYear: 'Places per year', monthsPerPerson: 'Months per person', daysPerPerson: 'Days per person',
    subjectAreas: 'Subject areas (ISCED-F codes)', levels: 'Levels', language: 'Language of instruction', cefrLevel: 'CEFR level',
    fromYear: 'From academic year', toYear: 'To academic year', outbound: 'Outbound', inbound: 'Inbound',
    student_study: 'Student study', student_traineeship: 'Student traineeship', staff_teaching: 'Staff teaching',
    staff_training: 'Staff training', bachelor: 'Bachelor', master: 'Master', doctoral: 'Doctoral',
    n: 'Condition {{n}}',
  },
  obligation: {
    add: 'Add obligation', remove: 'Remove obligation {{n}}', kind: 'Obligation', party: 'Provided by', description: 'Description',
    tuition_waiver: 'Tuition waiver', housing: 'Housing', insurance: 'Insurance', stipend: 'Stipend', meals: 'Meals',
    transport: 'Transport', other: 'Other', ours: 'Our university', partner: 'Partner', both: 'Both',
  },
  agreementTransition: {
    draft: 'Send back to draft', under_review: 'Submit for review', approved: 'Approve', signed: 'Record signature',
    active: 'Activate', expiring: 'Mark as expiring', expired: 'Mark as expired', renewed: 'Mark as renewed', terminated: 'Terminate',
  },
} as const

export const agreementsZhCN = {
  agreementKind: {
    memorandum: '合作备忘录', student_exchange: '学生交流', staff_exchange: '教师交流',
    joint_degree: '联合学位', dual_degree: '双学位', articulation: '学分衔接（2+2、3+1 等）',
    summer_school: '暑期学校', research: '科研合作', clinical_training: '临床实习',
    scholarship_scheme: '奖学金项目', erasmus_iia: 'Erasmus+ 校际协议',
  },
  agreementState: {
    draft: '草稿', under_review: '审核中', approved: '已批准', signed: '已签署', active: '生效中',
    expiring: '即将到期', expired: '已到期', renewed: '已续签', terminated: '已终止',
  },
  agreements: {
    title: gz.agreements, search: '搜索编号或标题（中文或英文）', partner: '合作伙伴',
    expiringWithinDays: '到期天数以内', total: '共 {{count}} 份协议', newTitle: '新建协议',
    editTitle: '编辑协议', amendTitle: '修订协议', amendHint: '该协议正在生效：保存即记录一次修订（新版本），状态不变。',
    withPartner: '与 {{name}} 的协议', newForPartner: '与该伙伴新建协议',
  },
  agreement: {
    overview: '概况', conditions: '合作条件', obligations: '双方义务', signatories: '签署人',
    documents: '文件', history: '历史记录', lifecycle: '协议流程', 
    renew: '发起续签', renewConfirm: '以相同内容、顺延日期创建一份续签草稿？',
    renewed: '已创建续签草稿。', delete: '删除', deleteConfirm: '确定删除该协议？删除后无法恢复。',
    deleted: '协议已删除。',
    moved: '协议状态已变为：{{state}}。', incomplete: '请先补全以下字段：',
    none: '无', yes: '是', no: '否', timeline: '协议时间线', noAgreements: '尚无与该伙伴的协议。',
    referenceCode: '协议编号', kind: '协议类型', title: '标题', titleZh: '标题（中文）', titleEn: '标题（英文）',
    state: '状态', signingUnit: '签约单位', partners: gz.partners, partnerIds: gz.partners,
    effectiveDate: '生效日期', expiryDate: '到期日期', autoRenewal: '自动续签',
    renewalPeriodMonths: '续签期限（月）', noticePeriodDays: '提前通知期（天）', notes: '备注',
    owner: gz.owner, predecessorId: '续签自', successorId: '已续签为', reviewComment: '审核意见',
    terminationReason: '终止原因', lastAlertDays: '最近一次到期提醒（提前天数）',
    searchPartners: '输入名称搜索合作伙伴',
  },
  signatory: {
    add: '添加签署人', remove: '删除签署人 {{n}}', side: '签署方', name: '姓名', jobTitle: '职务', signedOn: '签署日期',
    ours: '我校', partner: '对方',
  },
  condition: {
    add: '添加合作条件', remove: '删除合作条件 {{n}}', direction: '方向', mobilityType: '交流类型',
    placesPerYear: '每年名额', monthsPerPerson: '每人月数', daysPerPerson: '每人天数',
    subjectAreas: '学科领域（ISCED-F 代码）', levels: '层次', language: '授课语言', cefrLevel: '语言等级（CEFR）',
    fromYear: '起始学年', toYear: '截止学年', outbound: '派出', inbound: '接收',
    student_study: '学生学习', student_traineeship: '学生实习', staff_teaching: '教师授课',
    staff_training: '教职工培训', bachelor: '本科', master: '硕士', doctoral: '博士',
    n: '合作条件 {{n}}',
  },
  obligation: {
    add: '添加义务', remove: '删除义务 {{n}}', kind: '义务', party: '提供方', description: '说明',
    tuition_waiver: '学费减免', housing: '住宿', insurance: '保险', stipend: '生活补助', meals: '餐饮',
    transport: '交通', other: '其他', ours: '我校', partner: '对方', both: '双方',
  },
  agreementTransition: {
    draft: '退回修改', under_review: '提交审核', approved: '批准', signed: '登记签署',
    active: '生效', expiring: '标记为即将到期', expired: '标记为已到期', renewed: '标记为已续签', terminated: '终止协议',
  },
} as const satisfies Catalogue<typeof agreementsEn>
