import { describe, expect, it } from 'vitest'
import { displayName } from './me'

describe('displayName', () => {
  const wang = { username: 'wang.fang', name: 'Fang Wang', nameZh: '王芳' }

  it('uses the Chinese name on Chinese screens and the Latin one on English screens', () => {
    expect(displayName(wang, 'zh-CN')).toBe('王芳')
    expect(displayName(wang, 'en')).toBe('Fang Wang')
  })

  it('falls back to the other name, then to the user name', () => {
    expect(displayName({ ...wang, nameZh: null }, 'zh-CN')).toBe('Fang Wang')
    expect(displayName({ ...wang, name: null }, 'en')).toBe('王芳')
    expect(displayName({ username: 'maria.silva', name: null, nameZh: null }, 'zh-CN')).toBe('maria.silva')
  })
})
