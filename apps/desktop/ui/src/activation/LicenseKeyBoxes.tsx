import { splitLicenseKeyIntoGroups } from '@siui/core';
import { Flex, Input, type InputRef, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { checkGroups, type KeyGroups, typeIntoGroup } from './license-key-groups';

/**
 * The license serial in four boxes (seed figure 9): pasting the whole serial fills all four,
 * typing moves on by itself, and a character that cannot be in a serial or a typo caught by the
 * check symbols is flagged at once.
 */
export function LicenseKeyBoxes({
  value,
  onChange,
}: {
  value: KeyGroups;
  onChange: (groups: KeyGroups) => void;
}) {
  const { t } = useTranslation();
  const boxes = useRef<(InputRef | null)[]>([]);
  const check = checkGroups(value, currentLanguage());
  // A bad character marks its own box; a typo caught by the check symbols is the whole serial's.
  const invalid = (index: number) =>
    (check.kind === 'invalid-character' && check.group === index) || check.kind === 'typo';
  const focus = (index: number) => boxes.current[index]?.focus({ cursor: 'end' });
  // The step opens on the serial: the button that led here went away with the previous step.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the step opens.
  useEffect(() => focus(0), []);

  return (
    <div>
      <Flex align="center" gap={8}>
        {value.map((text, index) => (
          <Flex key={`group-${String(index)}`} align="center" gap={8}>
            {index > 0 && <Typography.Text type="secondary">–</Typography.Text>}
            <Input
              ref={(element) => {
                boxes.current[index] = element;
              }}
              aria-label={t('activation.groupLabel', { index: index + 1 })}
              data-testid={`license-group-${index + 1}`}
              value={text}
              status={invalid(index) ? 'error' : undefined}
              aria-invalid={invalid(index) || undefined}
              aria-describedby="license-check"
              autoComplete="off"
              spellCheck={false}
              style={{
                width: 96,
                fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
                fontSize: 16,
                letterSpacing: 2,
                textAlign: 'center',
              }}
              onPaste={(event) => {
                const groups = splitLicenseKeyIntoGroups(event.clipboardData.getData('text'));
                if (!groups) return;
                event.preventDefault();
                onChange([groups[0], groups[1], groups[2], groups[3]]);
                focus(3);
              }}
              onChange={(event) => {
                const typed = typeIntoGroup(value, index, event.target.value);
                onChange(typed.groups);
                if (typed.focus !== index) focus(typed.focus);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Backspace' && text === '' && index > 0) focus(index - 1);
              }}
            />
          </Flex>
        ))}
      </Flex>
      {/* Checked as typed: read out politely when it changes, and described by every box. */}
      <div
        id="license-check"
        aria-live="polite"
        aria-atomic
        style={{ minHeight: 22, marginTop: 6 }}
        data-testid="license-check"
        data-state={check.kind}
      >
        {check.kind === 'invalid-character' && (
          <Typography.Text type="danger">
            {t('activation.invalidCharacter', { character: check.character })}
          </Typography.Text>
        )}
        {check.kind === 'typo' && <Typography.Text type="danger">{check.message}</Typography.Text>}
        {check.kind === 'ok' && <Typography.Text type="success">{t('activation.serialOk')}</Typography.Text>}
      </div>
    </div>
  );
}
