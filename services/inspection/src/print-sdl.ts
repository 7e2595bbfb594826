import { writeSubgraphSdl } from '@cchc/kit';
import { printInspectionSdl } from './graphql/schema.js';

/** `npm run schema:print`: this subgraph's SDL into schema/subgraphs/, which the supergraph is composed from. */
await writeSubgraphSdl('inspection', printInspectionSdl);
