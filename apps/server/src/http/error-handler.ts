import { describeZodIssues, formatErrorMessage } from '@siui/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database-errors';
import { AppError } from './app-error';
import { languageOf } from './language';
import { RequestValidationError } from './validation';

// Every failure becomes {"error":{"code","message","fields"?}} in the caller's language.
// Stack traces, SQL and library messages stay in the server log.

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500 && appError.code !== 'SERVICE_UNAVAILABLE') {
      request.log.error({ err: error }, 'request failed');
    } else if (appError.code === 'SERVICE_UNAVAILABLE') {
      request.log.warn({ err: { message: error.message } }, 'database unavailable');
    }
    return sendError(request, reply, appError);
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('NOT_FOUND')));
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const language = languageOf(request.headers['accept-language']);
  const fields = error.fields
    ? Object.fromEntries(
        Object.entries(error.fields).map(([field, text]) => [
          field,
          typeof text === 'string' ? text : text[language],
        ]),
      )
    : undefined;
  const details = fields
    ? Object.entries(fields)
        .map(([field, text]) => `${field}: ${text}`)
        .join('; ')
    : '';
  const message = formatErrorMessage(error.code, language, { details, ...error.params });
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code: error.code, message, ...(fields ? { fields } : {}) } });
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RequestValidationError || error.validation) {
    const issues = error instanceof RequestValidationError ? error.issues : [];
    const language = languageOf(request.headers['accept-language']);
    const fields =
      issues.length > 0
        ? describeZodIssues(issues, language)
        : { [error.validationContext ?? 'body']: error.message };
    return new AppError('VALIDATION_FAILED', { fields });
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError('SERVICE_UNAVAILABLE', { headers: { 'retry-after': '5' } });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('MALFORMED_BODY');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
  }
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (error.statusCode === 429) return new AppError('TOO_MANY_ATTEMPTS', { params: { seconds: 60 } });
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('VALIDATION_FAILED', { fields: { request: error.message } });
  }
  return new AppError('INTERNAL_ERROR');
}
