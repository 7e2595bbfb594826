/**
 * The Secrets and ConfigMaps the manifests use but do not hold: made by an operator before the first apply
 * (infra/README.md says how; no password or key is committed), or by CloudNativePG. Each with the keys the
 * workloads read and a stand-in value of the right shape, so that a service's own configuration check can run
 * on what a pod would be given.
 */
export const OPERATOR_MADE: Record<string, Record<string, string>> = {
  // The keys that verify callers' tokens: the built-in login's public keys (or an OpenID Connect provider's URL).
  'ConfigMap/cchc-auth': { AUTH_JWKS: '{"keys":[]}' },
  'Secret/cchc-gateway-signing-key': { AUTH_PRIVATE_JWK: '{}' },
  'Secret/cchc-metrics-token': { METRICS_TOKEN: 'a-token-of-at-least-16-characters' },
  // Made by CloudNativePG for the initdb owner (unit-registry's role).
  'Secret/cchc-pg-app': {
    uri: 'postgresql://unit_registry:password@cchc-pg-rw:5432/cchc_unit_registry',
    username: 'unit_registry',
    password: 'password',
  },
  'Secret/cchc-pg-inspection': { username: 'inspection', password: 'password' },
  'Secret/cchc-pg-metrics': { username: 'metrics', password: 'password' },
  'Secret/cchc-pg-gateway': { username: 'gateway', password: 'password' },
  'Secret/cchc-pg-partner-staffing': { username: 'partner_staffing', password: 'password' },
  'Secret/cchc-redis': { password: 'password' },
  'Secret/cchc-pg-backup': { ACCESS_KEY_ID: 'key-id', ACCESS_SECRET_KEY: 'secret-key' },
  'Secret/cchc-gateway-tls': { 'tls.crt': 'certificate', 'tls.key': 'key' },
};
