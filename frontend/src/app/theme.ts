import type { ThemeConfig } from 'antd'

/**
 * Colours at WCAG AA contrast: secondary text (antd's default #8c8c8c is 3.36:1, frontend-notes §6.3), and links,
 * the selected menu item and primary buttons in antd's blue-7 #0958d9 (6.2:1; the default #1677ff is about 4:1).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0,0,0,0.65)',
    colorTextDescription: 'rgba(0,0,0,0.65)',
    fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
}
