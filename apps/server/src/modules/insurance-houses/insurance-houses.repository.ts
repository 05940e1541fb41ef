import type { InsuranceHouseDto } from '@siui/core';
import type { Executor } from '../../db/executor';

export async function listInsuranceHouses(
  db: Executor,
  includeNational: boolean,
): Promise<InsuranceHouseDto[]> {
  let query = db
    .selectFrom('insurance_houses')
    .select(['code', 'name', 'county_code as countyCode'])
    .orderBy('position');
  if (!includeNational) query = query.where('is_national', '=', false);
  return query.execute();
}
