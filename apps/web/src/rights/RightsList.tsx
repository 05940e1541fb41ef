import type { Right } from '@siui/core';
import { Descriptions, Empty, Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { groupRights, rightLabel } from './right-groups';

interface RightsListProps {
  rights: readonly Right[];
  emptyText: string;
}

/** Read-only list of rights, grouped by the part of SIUI they open, each with its label. */
export function RightsList({ rights, emptyText }: RightsListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const groups = groupRights(rights);
  if (groups.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;

  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      styles={{ label: { width: 220 } }}
      items={groups.map(({ group, rights: inGroup }) => ({
        key: group,
        label: t(`rightGroups.${group}`),
        children: (
          <Flex wrap gap={6}>
            {inGroup.map((right) => (
              <Tooltip key={right} title={right}>
                <Tag color="blue">{rightLabel(right, language)}</Tag>
              </Tooltip>
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
