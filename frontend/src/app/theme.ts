import type { ThemeConfig } from 'antd'

/** Secondary text at AA contrast (antd's default #8c8c8c is 3.36:1, see frontend-notes §6.3). */
export const theme: ThemeConfig = {
  token: {
    colorTextSecondary: 'rgba(0,0,0,0.65)',
    colorTextDescription: 'rgba(0,0,0,0.65)',
    fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
}
