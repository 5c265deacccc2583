// The benchmark's own Cloudflare Access team: an RS256 key pair, its JWKS served on 127.0.0.1 at
// /cdn-cgi/access/certs, and a valid token for a staff email. Both Access-protected Workers (the
// Java dashboard-api and the Hono baseline with jose) trust it through CF_ACCESS_TEAM_DOMAIN.
import crypto from "node:crypto";
import http from "node:http";

export const AUDIENCE = "local-dev-audience";

const b64url = (data) => Buffer.from(data).toString("base64url");

export async function startTeam() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = `bench-${crypto.randomUUID()}`;
  const jwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" };
  const server = http.createServer((req, res) => {
    if (req.url === "/cdn-cgi/access/certs") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "public, max-age=3600" });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
  const payload = b64url(JSON.stringify({ iss: origin, aud: [AUDIENCE], email: "bench@brand.example",
    sub: "bench", iat: now, nbf: now, exp: now + 3 * 3600 }));
  const signature = crypto.sign("sha256", Buffer.from(`${header}.${payload}`), privateKey);
  return { origin, token: `${header}.${payload}.${b64url(signature)}`, close: () => server.close() };
}
