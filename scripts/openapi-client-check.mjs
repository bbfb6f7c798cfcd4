// Generates a client from an OpenAPI document (openapi-client-axios builds one operation method per
// operationId from the document alone) and makes the calls a test asks for against a running service.
// Usage: node openapi-client-check.mjs <openapi.json> <baseUrl> <calls.json>
// calls.json: [{"operationId": "...", "parameters": {...}, "body": {...}, "headers": {...}}]
// Prints one JSON line per call: {"operationId", "status", "data"}.
import { readFileSync } from 'node:fs';
import { OpenAPIClientAxios } from 'openapi-client-axios';

const [specFile, baseURL, callsFile] = process.argv.slice(2);
const definition = JSON.parse(readFileSync(specFile, 'utf8'));
const api = new OpenAPIClientAxios({ definition, axiosConfigDefaults: { baseURL, validateStatus: () => true } });
const client = await api.init();
for (const call of JSON.parse(readFileSync(callsFile, 'utf8'))) {
  const operation = client[call.operationId];
  if (typeof operation !== 'function') {
    console.log(JSON.stringify({ operationId: call.operationId, status: -1, data: 'no such operation' }));
    continue;
  }
  const response = await operation(call.parameters ?? null, call.body ?? null, { headers: call.headers ?? {} });
  console.log(JSON.stringify({ operationId: call.operationId, status: response.status, data: response.data }));
}
