// A bare Apollo Gateway with nothing of ours, in its own process for the gateway bench (gateway.bench.ts):
// the supergraph file, the subgraphs at the given URLs, the caller's token passed on.
//   APOLLO_TELEMETRY_DISABLED=true PORT=4100 SUPERGRAPH_PATH=schema/supergraph.graphql \
//   SUBGRAPH_URLS='{"inspection":"http://…/graphql",…}' node tests/src/bench/apollo-baseline.mjs
// Ready once GET /?query={__typename} answers (Apollo Server's own health check; it listens after loading).
import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const subgraphUrls = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}');

const server = new ApolloServer({
  gateway: new ApolloGateway({
    supergraphSdl: await readFile(process.env.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) => {
      const url = subgraphUrls[name];
      if (!url) throw new Error(`no URL for subgraph ${name}`);
      return new RemoteGraphQLDataSource({
        url,
        willSendRequest: ({ request, context }) => {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      });
    },
  }),
});
await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(process.env.PORT) },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
process.once('SIGTERM', () => server.stop().then(() => process.exit(0)));
