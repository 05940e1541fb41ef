import { useTranslation } from 'react-i18next';
import type { TrafficLight as Light } from '../../../src/local-api/connection-status';

const LAMPS: { light: Light; on: string; off: string }[] = [
  { light: 'red', on: '#e5484d', off: '#4a2426' },
  { light: 'yellow', on: '#f5b82e', off: '#4a3d1c' },
  { light: 'green', on: '#2fbf71', off: '#1d3a2a' },
];

/** A shape in the lit lamp, so the state never rests on colour alone: ✕ offline, … connecting, ✓ online. */
const GLYPHS: Record<Light, string> = {
  red: 'M3 3 L9 9 M9 3 L3 9',
  yellow: 'M3 6 L3.01 6 M6 6 L6.01 6 M9 6 L9.01 6',
  green: 'M2.5 6.5 L5 9 L9.5 3.5',
};

/** The semafor: three lamps in a dark housing, the current one lit and marked with its shape. */
export function TrafficLight({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <span
      role="img"
      aria-label={t('status.lightLabel', { state: t(`status.light.${light}`) })}
      data-testid="traffic-light"
      data-light={light}
      style={{
        display: 'inline-flex',
        gap: 4,
        padding: '3px 6px',
        background: '#1c1f24',
        borderRadius: 10,
        alignItems: 'center',
      }}
    >
      {LAMPS.map((lamp) => (
        <span
          key={lamp.light}
          data-lit={lamp.light === light || undefined}
          style={{
            display: 'inline-flex',
            width: 12,
            height: 12,
            borderRadius: '50%',
            background: lamp.light === light ? lamp.on : lamp.off,
            boxShadow: lamp.light === light ? `0 0 6px ${lamp.on}` : 'none',
          }}
        >
          {lamp.light === light && (
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path
                d={GLYPHS[lamp.light]}
                fill="none"
                stroke="#1c1f24"
                strokeWidth={lamp.light === 'yellow' ? 2.2 : 1.8}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          )}
        </span>
      ))}
    </span>
  );
}
