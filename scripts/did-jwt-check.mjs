// Verifies a SkillCred credential JWT with did-jwt (decentralized-identity), an independent
// JavaScript stack, resolving the issuer through the given DID document only (its Multikey methods).
// did-jwt-vc's verifyCredential is tried too: it reads VCDM 1.1 credentials only, so its answer on
// a VCDM 2.0 credential is reported, not required.
// Usage: node did-jwt-check.mjs <did.json> <credential.jwt>   Prints one JSON line per step.
import { readFileSync } from 'node:fs';
import { verifyCredential } from 'did-jwt-vc';
import { verifyJWT } from 'did-jwt';
const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const jwt = readFileSync(process.argv[3], 'utf8').trim();
const resolver = { resolve: async (did) => ({ didResolutionMetadata: { contentType: 'application/did+json' }, didDocument: did === doc.id ? doc : null, didDocumentMetadata: {} }) };
try {
  const jwtResult = await verifyJWT(jwt, { resolver, policies: { nbf: false } });
  console.log(JSON.stringify({ step: 'verifyJWT', ok: true, signer: jwtResult.signer.id, type: jwtResult.signer.type }));
} catch (e) { console.log(JSON.stringify({ step: 'verifyJWT', ok: false, error: String(e.message) })); }
try {
  const vc = await verifyCredential(jwt, resolver);
  console.log(JSON.stringify({ step: 'verifyCredential', ok: true, signer: vc.signer.id }));
} catch (e) { console.log(JSON.stringify({ step: 'verifyCredential', ok: false, error: String(e.message) })); }
