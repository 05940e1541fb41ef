import type { ThemeConfig } from 'antd';

/**
 * The staff console's institutional blue, compact like a desktop program. Text colours are chosen
 * for WCAG 2.1 AA: at least 4.5:1 on white and on the window's grey (#eef1f5) — Ant Design's
 * defaults for secondary, placeholder and success/warning text are 2.5–4.3:1.
 */
export const desktopTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5aa6',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#666666',
    colorSuccessText: '#237804',
    colorWarningText: '#a35200',
    colorError: '#cf1322',
    colorErrorText: '#c41d1d',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#16325c', headerHeight: 44, headerPadding: '0 16px', bodyBg: '#eef1f5' },
  },
};
