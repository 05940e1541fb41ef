import type { ThemeConfig } from 'antd';

/** The staff console's institutional blue, compact like a desktop program. */
export const desktopTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5aa6',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#16325c', headerHeight: 44, headerPadding: '0 16px', bodyBg: '#eef1f5' },
  },
};
