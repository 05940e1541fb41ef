import { Select } from 'antd';
import { useMemo } from 'react';
import { useSession } from '../auth/session';
import { currentLanguage } from '../i18n/i18n';
import { isRoleAssignable } from './assignable-roles';
import { roleOptions } from './role-names';
import { useRoles } from './roles.api';

interface AssignableRolesSelectProps {
  /** Given by `Form.Item`, so that the field's label names the select. */
  id?: string;
  /** House of the user receiving the roles: CNAS-only roles are offered only for CNAS. */
  targetHouse: string;
  value?: string[];
  onChange?: (roles: string[]) => void;
  disabled?: boolean;
}

/** Multi-select of the roles the logged-in user may give to a user of `targetHouse`. */
export function AssignableRolesSelect({
  id,
  targetHouse,
  value,
  onChange,
  disabled,
}: AssignableRolesSelectProps) {
  const caller = useSession();
  const roles = useRoles();
  const language = currentLanguage();
  const options = useMemo(
    () =>
      roleOptions(
        (roles.data ?? []).filter((role) => isRoleAssignable(role, targetHouse, caller)),
        language,
      ),
    [roles.data, targetHouse, caller, language],
  );

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      loading={roles.isPending}
      disabled={disabled}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
    />
  );
}
