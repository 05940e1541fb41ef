import { createRoleBodySchema, type Right, type Role } from '@siui/core';
import { App, Button, Drawer, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { focusFirstField } from '../common/focus-first-field';
import { showFieldErrors } from '../common/form-errors';
import { schemaRule } from '../common/schema-rule';
import { useErrorNotifier } from '../common/use-error-notifier';
import { RightsCheckboxes } from './RightsCheckboxes';
import { useCreateRole, useUpdateRole } from './roles.api';

interface RoleValues {
  code: string;
  name: string;
  nameEn?: string;
  rights: Right[];
}

const FORM_FIELDS = ['code', 'name', 'nameEn', 'rights'] as const;
const fields = createRoleBodySchema.shape;

interface RoleFormDrawerProps {
  /** The custom role being edited; `null` creates a new one. */
  role: Role | null;
  open: boolean;
  onClose: () => void;
}

/** Creates a custom role or edits one (its code never changes); system roles are never edited. */
export function RoleFormDrawer({ role, open, onClose }: RoleFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleValues>();
  const createRole = useCreateRole();
  const updateRole = useUpdateRole();
  const notifyError = useErrorNotifier();
  const saving = createRole.isPending || updateRole.isPending;

  function onError(error: unknown) {
    if (!showFieldErrors(form, error, FORM_FIELDS)) notifyError(error);
  }

  function submit(values: RoleValues) {
    const nameEn = values.nameEn?.trim() || undefined;
    if (role) {
      updateRole.mutate(
        { code: role.code, body: { name: values.name.trim(), nameEn, rights: values.rights } },
        {
          onSuccess: () => {
            message.success(t('common.saved'));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    createRole.mutate(
      { code: values.code.trim().toUpperCase(), name: values.name.trim(), nameEn, rights: values.rights },
      {
        onSuccess: (created) => {
          message.success(t('roles.form.created', { code: created.code }));
          onClose();
        },
        onError,
      },
    );
  }

  return (
    <Drawer
      title={role ? t('roles.form.editTitle', { code: role.code }) : t('roles.form.createTitle')}
      open={open}
      afterOpenChange={focusFirstField}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<RoleValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          role
            ? { code: role.code, name: role.name, nameEn: role.nameEn, rights: role.rights }
            : { rights: [] }
        }
      >
        <Form.Item
          name="code"
          label={t('roles.columns.code')}
          required
          rules={[schemaRule(fields.code, t('roles.form.codeInvalid'))]}
        >
          <Input disabled={role !== null} autoComplete="off" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('roles.columns.name')}
          required
          rules={[schemaRule(fields.name, t('roles.form.nameInvalid'))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('roles.columns.nameEn')}
          rules={[schemaRule(fields.nameEn, t('roles.form.nameInvalid'))]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="rights"
          label={t('roles.columns.rights')}
          required
          rules={[schemaRule(fields.rights, t('roles.form.rightsRequired'))]}
        >
          <RightsCheckboxes />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
