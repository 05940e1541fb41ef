import {
  certificateInspectionSchema,
  createUserCertificateBodySchema,
  errorBodySchema,
  idParamsSchema,
  inspectCertificateBodySchema,
  pageOf,
  updateUserCertificateBodySchema,
  userCertificateDetailSchema,
  userCertificateSchema,
  userCertificatesQuerySchema,
} from '@siui/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { languageOf } from '../../http/language';
import { actorOf, staffOf } from '../../http/request-context';
import type { UserCertificatesService } from './user-certificates.service';

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export const userCertificatesRoutes: FastifyPluginAsyncZod<{
  certificates: UserCertificatesService;
}> = async (app, { certificates }) => {
  app.get(
    '/api/user-certificates',
    {
      config: { right: 'CERTIFICATES_VIEW' },
      schema: {
        tags: ['user-certificates'],
        summary: 'Administrare OCSP / Certificate utilizatori',
        querystring: userCertificatesQuerySchema,
        response: { 200: pageOf(userCertificateSchema), 400: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (request) => certificates.list(staffOf(request), request.query),
  );

  app.post(
    '/api/user-certificates',
    {
      config: { right: 'CERTIFICATES_MANAGE' },
      bodyLimit: 512 * 1024,
      schema: {
        tags: ['user-certificates'],
        summary:
          'Certificat nou: după numărul serial sau din fișier / new certificate: by serial or from the file',
        body: createUserCertificateBodySchema,
        response: { 201: userCertificateDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await certificates.create(
            staffOf(request),
            request.body,
            actorOf(request),
            languageOf(request.headers['accept-language']),
          ),
        ),
  );

  app.post(
    '/api/user-certificates/inspect',
    {
      config: { right: 'CERTIFICATES_VIEW' },
      bodyLimit: 512 * 1024,
      schema: {
        tags: ['user-certificates'],
        summary:
          'Citește și verifică un certificat fără a-l salva / reads and checks a certificate without saving',
        body: inspectCertificateBodySchema,
        response: { 200: certificateInspectionSchema, ...errors },
      },
    },
    async (request) =>
      certificates.inspect(
        request.body.certificatePem,
        request.body.issuingAuthorityId,
        languageOf(request.headers['accept-language']),
      ),
  );

  app.get(
    '/api/user-certificates/:id',
    {
      config: { right: 'CERTIFICATES_VIEW' },
      schema: {
        tags: ['user-certificates'],
        summary:
          'Detaliu certificat, cu istoricul suspendărilor / certificate detail with suspension history',
        params: idParamsSchema,
        response: { 200: userCertificateDetailSchema, ...errors },
      },
    },
    async (request) =>
      certificates.get(staffOf(request), request.params.id, languageOf(request.headers['accept-language'])),
  );

  app.patch(
    '/api/user-certificates/:id',
    {
      config: { right: 'CERTIFICATES_VIEW' },
      schema: {
        tags: ['user-certificates'],
        summary: 'Suspendat DA/NU (CERTIFICATES_SUSPEND) și observații / suspend or resume, notes',
        params: idParamsSchema,
        body: updateUserCertificateBodySchema,
        response: { 200: userCertificateDetailSchema, ...errors },
      },
    },
    async (request) =>
      certificates.update(
        staffOf(request),
        request.params.id,
        request.body,
        actorOf(request),
        languageOf(request.headers['accept-language']),
      ),
  );
};
