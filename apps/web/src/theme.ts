import type { ThemeConfig } from 'antd';

/** Institutional blue, compact enough for data-heavy screens. */
export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5aa6',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  },
};
