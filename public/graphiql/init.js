// GraphiQL against this server's /graphql. An API key goes in the Headers tab: {"Authorization": "Bearer <key>"}.
const fetcher = GraphiQL.createFetcher({ url: `${location.origin}/graphql` });
const defaultQuery = `# Messages that migration and sex work share, with the spaces that carry them
query Shared {
  sharedMessages(themes: ["migration", "sex-work"]) {
    totalCount
    edges { node { id text(language: "en") spaces { name(language: "en") level } } }
  }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);
