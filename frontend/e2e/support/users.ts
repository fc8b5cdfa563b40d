import { AUTH_DIR } from './env'

/** Demo users of the realm (keycloak/README.md): the password is the user name followed by "-demo". */
export const PERSONAS = {
  staff: { username: 'wang.fang', name: 'Fang Wang', role: 'office-staff', readOnly: false },
  leader: { username: 'chen.jie', name: 'Jie Chen', role: 'leadership', readOnly: true },
  // Two students, one per language, so the journeys the two languages run at the same time never meet.
  studentEn: { username: 'zhou.xin', name: 'Xin Zhou', role: 'student', readOnly: false },
  studentZh: { username: 'wu.hao', name: 'Hao Wu', role: 'student', readOnly: false },
} as const

export type Persona = keyof typeof PERSONAS
export type User = (typeof PERSONAS)[Persona]

export const passwordOf = (user: User) => `${user.username}-demo`

/** The signed-in browser state (the gateway's session cookie) the setup project keeps for a user. */
export const storageStateOf = (user: User) => `${AUTH_DIR}${user.username}.json`
