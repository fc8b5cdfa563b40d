import type { ThemeConfig } from 'antd'

/**
 * Colours at WCAG AA contrast, as axe checks them in the e2e tests:
 * - secondary text: antd's default #8c8c8c is 3.36:1 on white (frontend-notes §6.3);
 * - primary and links: antd's default blue #1677ff is 4.1:1 on white and 3.66:1 on the selected menu item's
 *   #e6f4ff; its own darker blue-7 #0958d9 is 6.2:1 and 5.5:1, and hover/focus #1d5fd0 is 5.8:1 (derived: 4.2:1);
 * - error messages: antd's #ff4d4f is 3.27:1; its red-7 #cf1322 is 5.6:1;
 * - placeholders (the filters' "All"): antd's #bfbfbf is 1.83:1; rgba(0,0,0,0.57) (#6e6e6e) is 5.1:1.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#1d5fd0',
    colorLink: '#0958d9',
    colorLinkHover: '#1d5fd0',
    colorError: '#cf1322',
    colorTextPlaceholder: 'rgba(0,0,0,0.57)',
    colorTextSecondary: 'rgba(0,0,0,0.65)',
    colorTextDescription: 'rgba(0,0,0,0.65)',
    fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
}
