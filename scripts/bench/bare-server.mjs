// The baseline of the online benchmarks: a bare Node HTTPS server asking for a client certificate
// (requestCert, any accepted, as the gateway does) that answers every request at once. Run as its
// own process so that it, like the gateway, has a core of its own. argv: key file, cert file and
// the trust anchors the gateway also names in its certificate request.
// Prints the port it listens on.
import fs from 'node:fs';
import https from 'node:https';

const body = Buffer.from('{"ok":true}');
const server = https.createServer(
  {
    key: fs.readFileSync(process.argv[2]),
    cert: fs.readFileSync(process.argv[3]),
    ...(process.argv[4] ? { ca: fs.readFileSync(process.argv[4]) } : {}),
    requestCert: true,
    rejectUnauthorized: false,
    minVersion: 'TLSv1.2',
  },
  (request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      response.end(body);
    });
  },
);
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
