// A second loopback origin for the cross-origin tests (a web-test-runner plugin): a small
// static server on 127.0.0.1 and a free port that serves dist/ twice, as a CDN would:
//   /cors/…   with `Access-Control-Allow-Origin: *` (the header the README documents),
//   /plain/…  without it.
// The test page's origin (wtr's own server, localhost) is another origin. The tests ask wtr's
// server for this one at /__second-origin.
import { createServer } from 'node:http';
import process from 'node:process';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export function secondOrigin({ rootDir = process.cwd() } = {}) {
  const dist = join(rootDir, 'dist');
  let server;
  let origin = '';
  return {
    name: 'second-origin',
    async serverStart() {
      server = createServer(async (request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const match = /^\/(cors|plain)(\/.*)$/.exec(url.pathname);
        const file = match ? normalize(join(dist, decodeURIComponent(match[2]))) : '';
        if (!match || !file.startsWith(dist + sep)) {
          response.writeHead(404).end();
          return;
        }
        try {
          const body = await readFile(file);
          const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
          if (match[1] === 'cors') headers['Access-Control-Allow-Origin'] = '*';
          response.writeHead(200, headers).end(body);
        } catch {
          response.writeHead(404).end();
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    serve(context) {
      if (context.path === '/__second-origin') {
        return { body: JSON.stringify({ origin }), type: 'json' };
      }
      return undefined;
    },
    async serverStop() {
      server?.closeAllConnections?.();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
  };
}
