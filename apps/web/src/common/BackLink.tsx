import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The *Înapoi* link above a detail page, back to its list (`to`). */
export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate(to)}
      style={{ paddingInline: 0, marginBottom: 8 }}
    >
      {t('common.back')}
    </Button>
  );
}
