/** The test PKI other tests reuse: import from 'apps/server/test/pki'. */
export * from './openssl';
export * from './openssl-ocsp-responder';
export * from './pkcs12';
export * from './temp-files';
export * from './test-certificates';
export * from './test-keys';
