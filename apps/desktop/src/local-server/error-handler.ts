import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import type { Language } from '../config/language';
import { DesktopError, describeError, errorCodeOf, SiuiRefusal } from '../errors/desktop-error';
import { describeIssues } from '../reports/report-input';

const STATUS_BY_CODE: Record<string, number> = {
  LOCAL_ACCESS_DENIED: 401,
  REPORT_NOT_FOUND: 404,
  LOCAL_DATA_EXISTS: 409,
  ACTIVATION_OTHER_PROVIDER: 409,
  REPORT_NOT_EDITABLE: 409,
  SERVER_UNREACHABLE: 503,
  GATEWAY_UNREACHABLE: 503,
};

/**
 * Errors → `{"error":{"code","message"}}` in the UI's language. SIUI's own refusals keep their
 * code and words but travel as 422, so that the UI never mistakes them for its own session ending.
 */
export function installErrorHandler(app: FastifyInstance, language: () => Language): void {
  app.setErrorHandler((error, request, reply) => {
    let status = 400;
    let code = errorCodeOf(error);
    let message = describeError(error, language());
    if (error instanceof SiuiRefusal) status = 422;
    else if (error instanceof DesktopError) status = STATUS_BY_CODE[error.code] ?? 400;
    else if (error instanceof ZodError) {
      code = 'INVALID_REQUEST';
      message = new DesktopError('INVALID_REQUEST', { details: describeIssues(error.issues) }).describe(
        language(),
      );
    } else if ((error as { statusCode?: number }).statusCode === 413) {
      status = 413;
    } else {
      request.log.error({ err: error }, 'unexpected error');
      status = 500;
    }
    return reply.code(status).send({ error: { code, message } });
  });
}
