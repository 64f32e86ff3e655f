// oauth2-mock-server, held to the promises Factorial's OAuth2 server keeps, so that the peer
// tests can see what it received:
// - the scope the user granted at /authorize (as the server decoded it) is the scope of every
//   token issued from that grant, in the token response and in the access token's claims;
// - authorization codes and refresh tokens work once, for the client they were issued to, and
//   each refresh returns a new refresh token;
// - /userinfo answers only to an access token it issued, and tells which scope it carries.
//
// Usage: node oauth_server.mjs CLIENT_ID CLIENT_SECRET
// Prints "listening on http://127.0.0.1:PORT" once it accepts connections.

import { OAuth2Server } from "oauth2-mock-server";

const [clientId, clientSecret] = process.argv.slice(2);
if (!clientId || !clientSecret) {
  console.error("usage: node oauth_server.mjs CLIENT_ID CLIENT_SECRET");
  process.exit(2);
}

const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");

const grants = new Map(); // code or refresh token -> { scope, redirectUri }
const accessTokens = new Map(); // access token -> scope

function grantOf(body) {
  return body.grant_type === "authorization_code" ? body.code : body.refresh_token;
}

function refuse(response, statusCode, error, description) {
  response.statusCode = statusCode;
  response.body = { error, error_description: description };
}

server.service.on("beforeAuthorizeRedirect", ({ url }, req) => {
  const code = url.searchParams.get("code");
  if (code !== null) {
    grants.set(code, { scope: req.query.scope ?? "", redirectUri: req.query.redirect_uri });
  }
});

server.service.on("beforeTokenSigning", (token, req) => {
  const grant = grants.get(grantOf(req.body));
  if (grant !== undefined) token.payload.scope = grant.scope;
});

server.service.on("beforeResponse", (response, req) => {
  const body = req.body;
  if (body.client_id !== clientId || body.client_secret !== clientSecret) {
    refuse(response, 401, "invalid_client", "unknown client or wrong secret");
    return;
  }
  const key = grantOf(body);
  const grant = grants.get(key);
  if (grant === undefined) {
    refuse(response, 400, "invalid_grant", `unknown or used ${body.grant_type}`);
    return;
  }
  if (body.grant_type === "authorization_code" && body.redirect_uri !== grant.redirectUri) {
    refuse(response, 400, "invalid_grant", "redirect_uri differs from the authorization's");
    return;
  }
  grants.delete(key);
  grants.set(response.body.refresh_token, grant);
  accessTokens.set(response.body.access_token, grant.scope);
  response.body.scope = grant.scope;
});

server.service.on("beforeUserinfo", (response, req) => {
  const [kind, token] = (req.headers.authorization ?? "").split(" ");
  if (kind !== "Bearer" || !accessTokens.has(token)) {
    refuse(response, 401, "invalid_token", "unknown access token");
    return;
  }
  response.body.scope = accessTokens.get(token);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.stop().then(() => process.exit(0)));
}

await server.start(0, "127.0.0.1");
console.log(`listening on http://127.0.0.1:${server.address().port}`);
