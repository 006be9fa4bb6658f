// Every GraphQL operation the workspace sends, in one place: the jobs use them, and a test or the server's warm-up
// can plan them before the first visitor waits for a cold plan (Neo4j caches plans by statement text).

export const THEMES = `query WorkspaceThemes($language: String) { themes { id name(language: $language) } }`;

export const PLACES = `query WorkspacePlaces($language: String) {
  places(first: 100) { edges { node { id name(language: $language) kind } } }
}`;

export const SHARED = `query WorkspaceShared($themes: [ID!]!, $minThemes: Int, $language: String) {
  sharedMessages(themes: $themes, minThemes: $minThemes, first: 100) {
    totalCount
    edges {
      matchedThemes { id name(language: $language) }
      node {
        id
        text(language: $language)
        provenance { origin }
        visibility
        spaces { id name(language: $language) }
      }
    }
  }
}`;

export const ARENAS = `query WorkspaceArenas($place: ID!, $themes: [ID!], $orderBy: SpaceOrder!, $language: String) {
  advocacySpaces(place: $place, themes: $themes, orderBy: $orderBy, first: 50) {
    reach
    coverage { carried selected score }
    space { id name(language: $language) level provenance { origin } place { id name(language: $language) } }
    matchedMessages(first: 100) { id text(language: $language) }
  }
}`;

export const PACK = `query WorkspacePack($themes: [ID!]!, $place: ID, $language: String) {
  briefingPack(themes: $themes, place: $place, language: $language) {
    title
    date
    fallbacks
    sharedMessages { themeCount messages { text { text language } } }
    themeMessages { theme { name { text language } } messages { text { text language } } }
    spaces { name { text language } level reach carried selected }
    partners { name { text language } local }
    safety { note }
  }
}`;

export const SEARCH = `query WorkspaceSearch($text: String!, $language: String) {
  searchRecords(text: $text, first: 50) {
    edges {
      kind
      node {
        ... on Message { id text(language: $language) provenance { origin } }
        ... on Theme { id name(language: $language) provenance { origin } }
        ... on AdvocacySpace { id name(language: $language) provenance { origin } }
        ... on Place { id name(language: $language) provenance { origin } }
        ... on Organisation { id name(language: $language) provenance { origin } }
        ... on Evidence { id text(language: $language) provenance { origin } }
      }
      snippet { text language highlights { start end } }
    }
  }
}`;

export const MESSAGE_LIST = `query WorkspaceMessageList($language: String) {
  messages(first: 100) { edges { node { id text(language: $language) } } }
}`;

export const MESSAGE_EDIT = `query WorkspaceMessage($id: ID!, $language: String) {
  message(id: $id) {
    id version language visibility translations { language text original }
    themeLinks { basis node { id name(language: $language) } }
    spaceLinks { basis node { id name(language: $language) } }
  }
}`;

export const SPACE_LIST = `query WorkspaceSpaceList($language: String) {
  spaces(first: 100) { edges { node { id name(language: $language) level } } }
}`;

export const LINK_MESSAGE = `mutation WorkspaceLinkMessage($input: LinkMessageInput!) {
  linkMessage(input: $input) { id version }
}`;

export const UNLINK_MESSAGE = `mutation WorkspaceUnlinkMessage($input: LinkMessageInput!) {
  unlinkMessage(input: $input) { id version }
}`;

export const HISTORY = `query WorkspaceHistory($id: ID!) {
  history(id: $id, label: MESSAGE, first: 20) { id action at actorLabel actorRole }
}`;

export const CREATE_MESSAGE = `mutation WorkspaceCreateMessage($input: CreateMessageInput!) {
  createMessage(input: $input) { id version }
}`;

export const UPDATE_MESSAGE = `mutation WorkspaceUpdateMessage($input: UpdateMessageInput!) {
  updateMessage(input: $input) { id version }
}`;

const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

/** Browse, one document per kind: the root connection, its filters, and what a card shows. */
export const BROWSE = {
  PLACE: `query WorkspaceBrowsePlaces($language: String, $place: ID, $after: String) {
  list: places(within: $place, first: 20, after: $after) { ${PAGE} edges { node { id name(language: $language) kind provenance { origin } } } }
}`,
  SPACE: `query WorkspaceBrowseSpaces($language: String, $place: ID, $themes: [ID!], $after: String) {
  list: spaces(place: $place, themes: $themes, first: 20, after: $after) {
    ${PAGE} edges { node { id name(language: $language) level provenance { origin } place { name(language: $language) } } }
  }
}`,
  ORGANISATION: `query WorkspaceBrowseOrganisations($language: String, $place: ID, $themes: [ID!], $after: String) {
  list: organisations(place: $place, themes: $themes, first: 20, after: $after) {
    ${PAGE} edges { node { id name(language: $language) kind provenance { origin } } }
  }
}`,
  EVIDENCE: `query WorkspaceBrowseEvidence($language: String, $themes: [ID!], $after: String) {
  list: evidence(themes: $themes, first: 20, after: $after) { ${PAGE} edges { node { id text(language: $language) kind provenance { origin } } } }
}`,
} as const;
