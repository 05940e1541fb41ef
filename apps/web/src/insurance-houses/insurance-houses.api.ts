import type { InsuranceHouseDto } from '@siui/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRequest } from '../api/client';

/** The 43 houses, plus CNAS when `includeNational`; reference data, fetched once per session. */
export function useInsuranceHouses(includeNational = false) {
  return useQuery({
    queryKey: ['insurance-houses', { includeNational }],
    queryFn: () =>
      apiRequest<InsuranceHouseDto[]>('/api/insurance-houses', {
        query: { includeNational: includeNational ? 'true' : undefined },
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Looks up a house's name by its code (`CAS-AB` → Casa de Asigurări de Sănătate Alba). */
export function useHouseNames(): (code: string) => string {
  const houses = useInsuranceHouses(true);
  return useMemo(() => {
    const names = new Map((houses.data ?? []).map((house) => [house.code, house.name]));
    return (code: string) => names.get(code) ?? code;
  }, [houses.data]);
}

/** Options for a house `Select`: "CAS-AB — Casa de Asigurări de Sănătate Alba". */
export function houseOptions(houses: readonly InsuranceHouseDto[] | undefined) {
  return (houses ?? []).map((house) => ({ value: house.code, label: `${house.code} — ${house.name}` }));
}
