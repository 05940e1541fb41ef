import { insuranceHouseSchema, queryBooleanSchema } from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Executor } from '../../db/executor';
import { listInsuranceHouses } from './insurance-houses.repository';

export const insuranceHousesRoutes: FastifyPluginAsyncZod<{ db: Executor }> = async (app, { db }) => {
  app.get(
    '/api/insurance-houses',
    {
      schema: {
        tags: ['insurance-houses'],
        summary: 'Casele de asigurări (43; cu includeNational=true și CNAS) / the insurance houses',
        querystring: z.object({ includeNational: queryBooleanSchema.optional() }),
        response: { 200: z.array(insuranceHouseSchema) },
      },
    },
    async (request) => listInsuranceHouses(db, request.query.includeNational ?? false),
  );
};
