export { type UnitDescription, UnitRegistryClient } from './unit-registry-client.js';
