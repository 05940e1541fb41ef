import { useTranslation } from 'react-i18next';
import type { TrafficLight as Light } from '../../../src/local-api/connection-status';

const LAMPS: { light: Light; on: string; off: string }[] = [
  { light: 'red', on: '#e5484d', off: '#4a2426' },
  { light: 'yellow', on: '#f5b82e', off: '#4a3d1c' },
  { light: 'green', on: '#2fbf71', off: '#1d3a2a' },
];

/** The semafor: three lamps in a dark housing, the current one lit. */
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
          style={{
            width: 12,
            height: 12,
            borderRadius: '50%',
            background: lamp.light === light ? lamp.on : lamp.off,
            boxShadow: lamp.light === light ? `0 0 6px ${lamp.on}` : 'none',
          }}
        />
      ))}
    </span>
  );
}
