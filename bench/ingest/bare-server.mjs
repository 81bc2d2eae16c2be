// Baseline (a) of bench ingest: bare Fastify 5 (the service's own copy), no plugins, default JSON
// parser. `GET /hello` is the hello-world; `POST /readings` parses the same bodies the service
// gets and answers with the count, so parsing cost is part of the baseline too.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../services/iot-ingest/package.json', import.meta.url));
const Fastify = require('fastify');
const app = Fastify({ logger: false, bodyLimit: 8 * 1024 * 1024 });
app.get('/hello', async () => ({ hello: 'world' }));
app.post('/readings', async (request) => ({ accepted: request.body.readings.length }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
