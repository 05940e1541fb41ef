import { CNAS_ONLY_RIGHTS, type Right } from '@siui/core';
import { Checkbox, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { RIGHT_GROUP_KEYS, RIGHT_GROUPS, rightLabel } from '../rights/right-groups';

interface RightsCheckboxesProps {
  value?: Right[];
  onChange?: (rights: Right[]) => void;
  disabled?: boolean;
}

/** Every right, grouped like everywhere in the console, as check boxes (a form control). */
export function RightsCheckboxes({ value, onChange, disabled }: RightsCheckboxesProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Checkbox.Group<Right> value={value} onChange={onChange} disabled={disabled} style={{ width: '100%' }}>
      <Flex vertical gap={12} style={{ width: '100%' }}>
        {RIGHT_GROUP_KEYS.map((group) => (
          <div key={group}>
            <Typography.Text strong>{t(`rightGroups.${group}`)}</Typography.Text>
            <Flex vertical gap={4} style={{ marginTop: 4, paddingLeft: 8 }}>
              {RIGHT_GROUPS[group].map((right) => (
                <Checkbox key={right} value={right}>
                  {rightLabel(right, language)}
                  {CNAS_ONLY_RIGHTS.includes(right) ? (
                    <Tag color="gold" style={{ marginLeft: 8 }}>
                      {t('roles.cnasOnly')}
                    </Tag>
                  ) : null}
                </Checkbox>
              ))}
            </Flex>
          </div>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
