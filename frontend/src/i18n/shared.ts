import type { Catalogue } from './catalogue'
import { glossaryEn as g, glossaryZhCN as gz } from './glossary'

/** Texts every screen shares: the frame, common actions, forms, history, documents (English: the reference shape). */
export const sharedEn = {
  app: { title: 'Meridian', skipToContent: 'Skip to content' },
  menu: { dashboard: 'Dashboard', partners: g.partners, agreements: g.agreements, alliances: g.alliances, noAccess: 'Your account has no access to the staff console.' },
  menuGroup: {
    cooperation: 'Cooperation and exchange', outbound: 'Going abroad', inbound: 'International students',
    hosting: 'Visitors and hosting', statistics: 'Statistics',
  },
  header: {
    language: 'Language',
    notifications: 'Notifications',
    noExpiring: 'None of your agreements expires within 90 days.',
    expiringTitle: 'Your agreements expiring within 90 days',
    expires: 'expires {{date}}',
    userMenu: 'User menu',
    logout: 'Sign out',
    readOnly: 'read-only',
  },
  common: {
    loading: 'Loading…', error: 'Something went wrong', retry: 'Retry', save: 'Save', cancel: 'Cancel',
    edit: 'Edit', create: 'New', actions: 'Actions', all: 'All', reset: 'Reset filters', exportCsv: 'Export CSV',
    home: 'Home', discard: 'Discard', days: 'days', query: 'Search', labelValue: '{{label}}: {{value}}',
    more: 'More', empty: 'Nothing here yet.', noMatch: 'No records match these filters.', yes: 'Yes', no: 'No',
  },
  lifecycle: { nextSteps: 'Next steps', reason: 'Reason', reasonRequired: 'Please give a reason.' },
  page: {
    sections: 'On this page', unsavedTitle: 'Leave without saving?', unsavedContent: 'Your changes on this page are not saved yet.',
    leave: 'Leave', stay: 'Stay', keyFacts: 'Key facts', by: 'by {{name}}',
  },
  chart: {
    view: 'View as', chart: 'Chart', table: 'Table', other: 'Other', empty: 'No figures yet.',
    named: '{{action}}: {{title}}', listSeparator: ', ', item: '{{name}} {{value}}',
  },
  expiry: { none: 'No agreement', expired: 'Expired', critical: '≤ 30 days', soon: '≤ 90 days', later: 'Later', daysLeft: '{{count}} days left' },
  form: {
    basics: 'Basic information', identifiers: 'Identifiers and tags',
    nameZh: 'Name (Chinese)', nameEn: 'Name (English)', localName: 'Local name', abbreviation: 'Abbreviation',
    city: 'City', website: 'Website', rorId: 'ROR ID', schacCode: 'SCHAC code', erasmusCode: 'Erasmus code',
    tags: 'Tags', contacts: 'Contacts', contactName: 'Contact name', contactRole: 'Role', contactEmail: 'E-mail',
    contactPhone: 'Phone', addContact: 'Add contact', removeContact: 'Remove contact', required: 'Required',
    saved: 'Saved', invalid: 'Please correct the highlighted fields.', stale: 'Someone else changed this record meanwhile. Reload it and apply your changes again.',
    statusActions: 'Status changes',
    draftRestored: 'Your unsaved changes from before the new sign-in were restored.',
    duplicate: 'This looks like an institution that is already registered. Save anyway?',
    duplicateOf: 'Already registered:',
  },
  document: {
    add: 'Add a document', upload: 'Upload', kind: 'Kind', title: 'Title', file: 'PDF file', fileName: 'File', size: 'Size', version: 'Version',
    uploadedBy: 'Uploaded by', uploadedAt: 'Uploaded at', download: 'Download', latest: 'current', agreement: 'Agreement',
    pdfOnly: 'Only PDF files can be uploaded.', tooLarge: 'The file is larger than 20 MB.', uploaded: 'The document was uploaded.',
    choose: 'Choose a PDF or drop it here', none: 'No documents yet.', draft: 'Draft', signed: 'Signed copy', annex: 'Annex',
  },
  history: {
    compare: 'Compare versions', from: 'Version A', to: 'Version B', field: 'Field', noDifferences: 'The two versions are the same.',
    needTwo: 'There is only one version so far.', zh: 'Chinese', en: 'English',
  },
  historyAction: {
    drafted: 'Drafted', drafted_as_renewal: 'Drafted as a renewal', updated: 'Updated', amended: 'Amended', submitted: 'Submitted for review',
    sent_back: 'Sent back', approved: 'Approved', signed: 'Signature recorded', activated: 'Activated', expiring: 'Expiring',
    expired: 'Expired', renewed: 'Renewed', terminated: 'Terminated', deleted: 'Deleted',
    registered: 'Registered', created: 'Created', contact_erased: 'Contact erased', status_active: 'Set to active',
    status_inactive: 'Set to inactive', status_prospective: 'Set to prospective',
  },
} as const

export const sharedZhCN = {
  app: { title: 'Meridian', skipToContent: '跳到主要内容' },
  menu: { dashboard: '工作台', partners: gz.partners, agreements: gz.agreements, alliances: gz.alliances, noAccess: '您的账号无权使用工作人员控制台。' },
  menuGroup: { cooperation: '合作交流', outbound: '出国（境）', inbound: '来华留学', hosting: '外事接待', statistics: '统计' },
  header: {
    language: '语言',
    notifications: '通知',
    noExpiring: '您负责的协议在 90 天内均不到期。',
    expiringTitle: '您负责的 90 天内到期的协议',
    expires: '{{date}} 到期',
    userMenu: '用户菜单',
    logout: '退出登录',
    readOnly: '只读',
  },
  common: {
    loading: '加载中…', error: '出错了', retry: '重试', save: '保存', cancel: '取消',
    edit: '编辑', create: '新建', actions: '操作', all: '全部', reset: '重置筛选', exportCsv: '导出 CSV',
    home: '首页', discard: '放弃', days: '天', query: '查询', labelValue: '{{label}}：{{value}}',
    more: '更多', empty: '暂无数据', noMatch: '没有符合筛选条件的记录', yes: '是', no: '否',
  },
  lifecycle: { nextSteps: '下一步', reason: '原因', reasonRequired: '请填写原因。' },
  page: {
    sections: '本页内容', unsavedTitle: '离开而不保存？', unsavedContent: '本页的修改尚未保存。',
    leave: '离开', stay: '留在本页', keyFacts: '关键信息', by: '{{name}}',
  },
  chart: {
    view: '显示方式', chart: '图表', table: '表格', other: '其他', empty: '暂无数据。',
    named: '{{action}}：{{title}}', listSeparator: '、', item: '{{name}} {{value}}',
  },
  expiry: { none: '无协议', expired: '已到期', critical: '≤ 30 天', soon: '≤ 90 天', later: '有效', daysLeft: '剩 {{count}} 天' },
  form: {
    basics: '基本信息', identifiers: '编码与标签',
    nameZh: '中文名称', nameEn: '英文名称', localName: '当地语言名称', abbreviation: '简称',
    city: '城市', website: '网站', rorId: 'ROR 编号', schacCode: 'SCHAC 代码', erasmusCode: 'Erasmus 代码',
    tags: '标签', contacts: '联系人', contactName: '联系人姓名', contactRole: '职务', contactEmail: '电子邮箱',
    contactPhone: '电话', addContact: '添加联系人', removeContact: '删除联系人', required: '必填',
    saved: '已保存', invalid: '请更正标出的字段。', stale: '该记录已被他人修改，请重新加载后再次修改。',
    statusActions: '状态变更',
    draftRestored: '已恢复您重新登录前未保存的修改。',
    duplicate: '该机构似乎已登记。仍要保存吗？',
    duplicateOf: '已登记的机构：',
  },
  document: {
    add: '添加文件', upload: '上传', kind: '类型', title: '标题', file: 'PDF 文件', fileName: '文件', size: '大小', version: '版本',
    uploadedBy: '上传人', uploadedAt: '上传时间', download: '下载', latest: '当前版本', agreement: gz.agreement,
    pdfOnly: '只能上传 PDF 文件。', tooLarge: '文件超过 20 MB。', uploaded: '文件已上传。',
    choose: '选择 PDF 文件或拖放到此处', none: '暂无文件。', draft: '草稿', signed: '签署件', annex: '附件',
  },
  history: {
    compare: '版本对比', from: '版本 A', to: '版本 B', field: '字段', noDifferences: '两个版本没有差别。',
    needTwo: '目前只有一个版本。', zh: '中文', en: '英文',
  },
  historyAction: {
    drafted: '起草', drafted_as_renewal: '起草续签', updated: '更新', amended: '修订', submitted: '提交审核',
    sent_back: '退回修改', approved: '批准', signed: '登记签署', activated: '生效', expiring: '即将到期',
    expired: '到期', renewed: '续签', terminated: '终止', deleted: '删除',
    registered: '登记', created: '创建', contact_erased: '删除联系人信息', status_active: '设为合作中',
    status_inactive: '停止合作', status_prospective: '设为潜在',
  },
} as const satisfies Catalogue<typeof sharedEn>
