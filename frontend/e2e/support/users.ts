import { AUTH_DIR } from './env'

/** Demo users of the realm (keycloak/README.md): the password is the user name followed by "-demo". */
export const PERSONAS = {
  staff: { username: 'wang.fang', name: 'Fang Wang', nameZh: '王芳', role: 'office-staff', readOnly: false },
  leader: { username: 'chen.jie', name: 'Jie Chen', nameZh: '陈杰', role: 'leadership', readOnly: true },
  // Two students, one per language, so the journeys the two languages run at the same time never meet.
  studentEn: { username: 'zhou.xin', name: 'Xin Zhou', nameZh: '周欣', role: 'student', readOnly: false },
  studentZh: { username: 'wu.hao', name: 'Hao Wu', nameZh: '吴浩', role: 'student', readOnly: false },
  reviewer: { username: 'zhao.min', name: 'Min Zhao', nameZh: '赵敏', role: 'reviewer', readOnly: true },
  // The demo applicant has no Chinese name: the header shows her Latin one in both languages.
  applicant: { username: 'maria.silva', name: 'Maria Silva', nameZh: 'Maria Silva', role: 'applicant', readOnly: false },
  officer: { username: 'sun.li', name: 'Li Sun', nameZh: '孙丽', role: 'admissions-officer', readOnly: false },
} as const

export type Persona = keyof typeof PERSONAS
export type User = (typeof PERSONAS)[Persona]

/** The name the header shows: the Chinese one on Chinese screens. */
export const nameOf = (user: User, language: string) => (language.startsWith('zh') ? user.nameZh : user.name)

export const passwordOf = (user: User) => `${user.username}-demo`

/** The signed-in browser state (the gateway's session cookie) the setup project keeps for a user. */
export const storageStateOf = (user: User) => `${AUTH_DIR}${user.username}.json`
