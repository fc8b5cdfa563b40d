import type { ThemeConfig } from 'antd'

/**
 * Colours at WCAG AA contrast, as axe checks them in the e2e tests:
 * - secondary text: antd's default #8c8c8c is 3.36:1 on white (frontend-notes §6.3);
 * - primary and links: antd's default blue #1677ff is 4.1:1 on white and 3.66:1 on the selected menu item's
 *   #e6f4ff; its own darker blue-7 #0958d9 is 6.2:1 and 5.5:1.
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
