import type { ThemeConfig } from 'antd';

/**
 * Institutional blue, compact enough for data-heavy screens.
 *
 * Every text colour below reaches WCAG 2.1 AA's 4.5:1 (EN 301 549) on white and on the grey page
 * background (#f5f5f5), checked by the axe audit of the console's e2e flows. Ant Design's defaults
 * do not: secondary text and the breadcrumb are rgba(0,0,0,0.45) (3.4:1), placeholders 0.25
 * (1.8:1), links its own #1677ff (4.1:1), errors #ff4d4f (3.3:1), green/gold/orange tags 2.8–3.4:1.
 * Opaque greys, not alpha, so text keeps its contrast on a grey or tinted background too.
 */
export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5aa6',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif",

    // Secondary text, descriptions, breadcrumb, upload hints: 7:1 on white, 5.2:1 on a selected row.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    // Placeholders are the only hint some filters have: 4.5:1 on white.
    colorTextPlaceholder: '#767676',

    // Links and link buttons in the console's blue (6.8:1), a little lighter on hover (5.3:1).
    colorLink: '#1f5aa6',
    colorLinkHover: '#2b6cb8',
    colorLinkActive: '#17457f',

    // Errors (form messages, *Șterge*, danger buttons with white text): 5.6:1 either way; hover and
    // press darken instead of lightening, so white on a hovered danger button stays readable.
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorErrorText: '#cf1322',
    colorErrorTextHover: '#a8071a',
    colorErrorTextActive: '#820014',

    // Warning and success text (Typography type="warning" / "success"): 5.3:1 and 7:1 on white.
    colorWarningText: '#946000',
    colorSuccessText: '#237804',

    // Tag text (the 7th shade of each preset palette) where the default is below 4.5:1 on the tag's
    // light background; the tags always carry a word too, never colour alone. Both spellings of the
    // key: they are one CSS variable (--ant-green-7), and the legacy one is written last.
    green7: '#237804',
    'green-7': '#237804',
    gold7: '#946000',
    'gold-7': '#946000',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
  },
};
