import { Input } from 'antd';

export interface TextSearchFilter<Name extends string> {
  name: Name;
  width: number;
}

interface TextSearchFiltersProps<Name extends string> {
  filters: readonly TextSearchFilter<Name>[];
  /** The current values (the list's query); a field searches on Enter or the search button. */
  values: Partial<Record<Name, string>>;
  label: (name: Name) => string;
  /** The trimmed text, or `undefined` once the field is emptied (so the filter leaves the address). */
  onSearch: (name: Name, value: string | undefined) => void;
}

/** The free-text fields at the start of a list's filter bar, one search box per filter. */
export function TextSearchFilters<Name extends string>({
  filters,
  values,
  label,
  onSearch,
}: TextSearchFiltersProps<Name>) {
  return filters.map(({ name, width }) => (
    <Input.Search
      // The field is uncontrolled; a new key when the value changes elsewhere (*Resetare filtre*, Back) shows that value.
      key={`${name}:${values[name] ?? ''}`}
      defaultValue={values[name]}
      placeholder={label(name)}
      aria-label={label(name)}
      allowClear
      onSearch={(value) => onSearch(name, value.trim() || undefined)}
      style={{ width }}
    />
  ));
}
