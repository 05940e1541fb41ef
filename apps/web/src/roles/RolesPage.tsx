import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { Role } from '@siui/core';
import { Alert, App, Button, Flex, Popconfirm, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../common/api-error-message';
import { NewButton } from '../common/NewButton';
import { PageHeader } from '../common/PageHeader';
import { useErrorNotifier } from '../common/use-error-notifier';
import { currentLanguage } from '../i18n/i18n';
import { RightsList } from '../rights/RightsList';
import { RoleFormDrawer } from './RoleFormDrawer';
import { roleName } from './role-names';
import { useDeleteRole, useRoles } from './roles.api';

type Editing = { role: Role | null } | null;

/** *Configurări / Configurare de sistem / Securitate / Roluri* (CNAS): roles and their rights. */
export default function RolesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const roles = useRoles();
  const deleteRole = useDeleteRole();
  const notifyError = useErrorNotifier();
  const [editing, setEditing] = useState<Editing>(null);

  const remove = (role: Role) =>
    deleteRole
      .mutateAsync(role.code)
      .then(() => void message.success(t('roles.deleted', { code: role.code })), notifyError);

  const columns: TableProps<Role>['columns'] = [
    {
      key: 'code',
      dataIndex: 'code',
      title: t('roles.columns.code'),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { key: 'name', title: t('roles.columns.name'), render: (_value, role) => roleName(role, language) },
    {
      key: 'type',
      title: t('roles.columns.type'),
      render: (_value, role) => (
        <Flex wrap gap={4}>
          <Tag color={role.system ? 'default' : 'green'}>
            {t(role.system ? 'roles.system' : 'roles.custom')}
          </Tag>
          {role.cnasOnly ? <Tag color="gold">{t('roles.cnasOnly')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'rights',
      title: t('roles.columns.rights'),
      render: (_value, role) => t('roles.rightsCount', { count: role.rights.length }),
    },
    { key: 'userCount', dataIndex: 'userCount', title: t('roles.columns.userCount'), align: 'right' },
    {
      key: 'actions',
      title: t('roles.columns.actions'),
      render: (_value, role) =>
        role.system ? (
          <Typography.Text type="secondary">{t('roles.systemReadOnly')}</Typography.Text>
        ) : (
          <Flex gap={4}>
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ role })}>
              {t('common.edit')}
            </Button>
            <Tooltip title={role.userCount > 0 ? t('roles.deleteInUse') : undefined}>
              <Popconfirm
                title={t('roles.deleteConfirm', { code: role.code })}
                okText={t('common.yes')}
                cancelText={t('common.no')}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove(role)}
                disabled={role.userCount > 0}
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={role.userCount > 0}
                >
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </Tooltip>
          </Flex>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('roles.title')}
        description={t('pages.roles')}
        actions={<NewButton onClick={() => setEditing({ role: null })} />}
      />
      {roles.isError ? (
        <Alert type="error" showIcon title={apiErrorMessage(roles.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<Role>
        caption={t('menu.roles')}
        rowKey="code"
        size="middle"
        columns={columns}
        dataSource={roles.data ?? []}
        loading={roles.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (role) => (
            <RightsList rights={role.rights} emptyText={t('users.detail.noRights')} />
          ),
        }}
      />
      <RoleFormDrawer
        key={editing?.role?.code ?? 'new'}
        role={editing?.role ?? null}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
