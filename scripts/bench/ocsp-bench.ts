/**
 * Benchmarks 1 and 2: our /ocsp against `openssl ocsp -index … -port` answering for the same
 * certificates, same machine, same run, same load generator (wrk, 32 connections).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OCSPRequest, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { certIdOf, issuerHashes } from '../../apps/server/src/modules/ocsp/ocsp-codec';
import { nonceExtension } from '../../apps/server/src/modules/ocsp/ocsp-nonce';
import {
  indexEntryFor,
  issueOcspSigner,
  startOpensslOcspResponder,
  type TestCa,
} from '../../apps/server/test/pki';
import { type CpuMeter, type CpuPerRequest, withCpu } from './cpu';
import { log, run } from './support';
import { ocspStatusOf } from './suspension';
import { type LoadResult, runWrk } from './wrk';

const NONCE_BYTES = 16;

function requestDer(ca: TestCa, serialNumber: string, nonce: Uint8Array | null): Uint8Array {
  const certId = { hashAlgorithm: 'sha1' as const, ...issuerHashes(ca.certificate, 'sha1'), serialNumber };
  const request = new OCSPRequest({
    tbsRequest: new TBSRequest({
      requestList: [new Request({ reqCert: certIdOf(certId) })],
      ...(nonce ? { requestExtensions: [nonceExtension(nonce)] } : {}),
    }),
  });
  return new Uint8Array(AsnConvert.serialize(request));
}

function entry(bytes: Uint8Array, nonceOffset: number): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(bytes.length, 0);
  head.writeUInt16BE(nonceOffset, 2);
  return Buffer.concat([head, bytes]);
}

/** The request files wrk cycles through: POST bodies with their nonce offsets, and GET paths. */
export function writeRequestFiles(ca: TestCa, serials: readonly string[], dir: string) {
  const post: Buffer[] = [];
  const get: Buffer[] = [];
  for (const serial of serials) {
    const nonce = new Uint8Array(randomBytes(NONCE_BYTES));
    const der = requestDer(ca, serial, nonce);
    const offset = Buffer.from(der).indexOf(Buffer.from(nonce));
    if (offset < 0) throw new Error('nonce not found in the request');
    post.push(entry(der, offset));
    const base64 = Buffer.from(requestDer(ca, serial, null)).toString('base64');
    get.push(entry(Buffer.from(`/ocsp/${encodeURIComponent(base64)}`), 0));
  }
  const files = { post: path.join(dir, 'ocsp-post.bin'), get: path.join(dir, 'ocsp-get.bin') };
  fs.writeFileSync(files.post, Buffer.concat(post));
  fs.writeFileSync(files.get, Buffer.concat(get));
  return files;
}

/** `openssl ocsp` as a client: the status line of one certificate, the answer verified. */
async function opensslAsks(options: {
  dir: string;
  url: string;
  serial: string;
  trustedResponderPem: string;
}): Promise<string> {
  const responderFile = path.join(options.dir, `trusted-${randomBytes(4).toString('hex')}.pem`);
  fs.writeFileSync(responderFile, options.trustedResponderPem);
  const { stdout, stderr } = await run('openssl', [
    'ocsp',
    ...['-issuer', path.join(options.dir, 'ca.pem'), '-serial', `0x${options.serial}`],
    ...['-url', options.url, '-VAfile', responderFile],
  ]);
  if (!/Response verify OK/.test(stderr + stdout)) throw new Error(`not verified: ${stderr}${stdout}`);
  return (stdout.split('\n').find((line) => line.startsWith('0x')) ?? '').split(': ')[1] ?? '';
}

export interface OcspFigures {
  oursPost: LoadResult & CpuPerRequest;
  opensslPost: LoadResult;
  oursGet: LoadResult & CpuPerRequest;
}

export async function benchOcsp(options: {
  ca: TestCa;
  serials: readonly string[];
  oursUrl: string;
  dir: string;
  seconds: number;
  meter?: CpuMeter;
}): Promise<OcspFigures> {
  const { ca, serials, dir } = options;
  fs.writeFileSync(path.join(dir, 'ca.pem'), ca.certificatePem);
  const files = writeRequestFiles(ca, serials, dir);
  const signer = await issueOcspSigner(ca);
  const openssl = await startOpensslOcspResponder({
    ca,
    signer,
    entries: serials.map((serialNumber) =>
      indexEntryFor({
        certificate: { ...ca.certificate, serialNumber, notAfter: new Date(Date.now() + 3e10) },
      }),
    ),
  });
  try {
    const ourPem = await (await fetch(`${options.oursUrl}/ocsp/responder.pem`)).text();
    for (const serial of serials.slice(0, 3)) {
      const ours = await opensslAsks({
        dir,
        url: `${options.oursUrl}/ocsp`,
        serial,
        trustedResponderPem: ourPem,
      });
      const theirs = await opensslAsks({
        dir,
        url: openssl.url,
        serial,
        trustedResponderPem: signer.certificatePem,
      });
      if (ours !== 'good' || theirs !== 'good') throw new Error(`sanity: ours ${ours}, openssl ${theirs}`);
    }
    // And GET: the path wrk will ask, answered `good`.
    const firstPath = fs.readFileSync(files.get).subarray(4, 4 + fs.readFileSync(files.get).readUInt16BE(0));
    const viaGet = await ocspStatusOf(`${options.oursUrl}${firstPath.toString('latin1')}`);
    if (viaGet !== 'good') throw new Error(`sanity: GET answered ${viaGet}`);
    const load = (url: string, mode: 'post' | 'get', file: string) =>
      runWrk({ url, connections: 32, seconds: options.seconds, bodiesFile: file, mode });
    // A short warm-up of each, then the measured runs.
    await runWrk({
      url: `${options.oursUrl}/ocsp`,
      connections: 32,
      seconds: 2,
      bodiesFile: files.post,
      mode: 'post',
    });
    log('OCSP POST with nonce: ours');
    const oursPost = await withCpu(options.meter, () => load(`${options.oursUrl}/ocsp`, 'post', files.post));
    log('OCSP POST with nonce: openssl ocsp');
    const opensslPost = await load(openssl.url, 'post', files.post);
    log('OCSP GET without nonce: ours');
    await runWrk({ url: options.oursUrl, connections: 32, seconds: 2, bodiesFile: files.get, mode: 'get' });
    const oursGet = await withCpu(options.meter, () => load(options.oursUrl, 'get', files.get));
    return { oursPost, opensslPost, oursGet };
  } finally {
    await openssl.stop();
  }
}
