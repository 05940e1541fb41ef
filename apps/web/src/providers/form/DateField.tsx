import { DatePicker, Form, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface DateFieldProps {
  name: string;
  label: string;
  rules: FormRule[];
  dependencies?: string[];
}

/** A calendar day picked on a date picker, held in the form as the API's `YYYY-MM-DD`. */
export function DateField({ name, label, rules, dependencies }: DateFieldProps) {
  return (
    <Form.Item
      name={name}
      label={label}
      required
      rules={rules}
      dependencies={dependencies}
      getValueProps={(value: unknown) => ({ value: typeof value === 'string' ? dayjs(value) : null })}
      normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
    >
      <DatePicker format="L" style={{ width: '100%' }} />
    </Form.Item>
  );
}
