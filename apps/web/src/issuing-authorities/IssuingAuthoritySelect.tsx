import { Select, type SelectProps } from 'antd';
import { useIssuingAuthorities } from './issuing-authorities.api';

type IssuingAuthoritySelectProps = Omit<SelectProps<string>, 'options' | 'loading' | 'showSearch'> & {
  /** Only the active authorities (what a new certificate may be registered with). */
  activeOnly?: boolean;
};

/** The issuing authorities by name, searchable. */
export function IssuingAuthoritySelect({ activeOnly = false, ...props }: IssuingAuthoritySelectProps) {
  const authorities = useIssuingAuthorities();
  const options = (authorities.data ?? [])
    .filter((authority) => !activeOnly || authority.active)
    .map((authority) => ({ value: authority.id, label: authority.name }));
  return (
    <Select<string>
      {...props}
      options={options}
      loading={authorities.isPending}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
