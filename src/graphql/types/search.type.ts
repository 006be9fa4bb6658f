// searchRecords: hits of every kind, each with the snippet of the visible text that matched.
import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { WRITABLE, type WritableLabel } from '../../model/derived.js';
import { PageInfo } from './connection.type.js';
import { AdvocacySpace, Evidence, Message, Organisation, Place, Theme } from './entities.type.js';
import { graphqlEnum } from './enums.js';

export const SearchKind = graphqlEnum(
  'SearchKind',
  WRITABLE.map((label) => label.toUpperCase() as Uppercase<WritableLabel>),
  'The kinds of record search covers (SPACE: advocacy spaces)',
);
export type SearchKind = keyof typeof SearchKind;
const TextField = graphqlEnum(
  'TextField',
  ['TEXT', 'NAME', 'DESCRIPTION', 'AIMS'],
  "Which text of a record: a message's or evidence's TEXT, a NAME, a DESCRIPTION, an organisation's AIMS",
);

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Message, Theme, AdvocacySpace, Place, Organisation, Evidence] as const,
  // The projection names the type of each hit (search.ts).
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

@ObjectType({
  simpleResolvers: true,
  description: 'A part of a text, as offsets in UTF-16 code units (JavaScript string indices): text.slice(start, end)',
})
export class TextRange {
  @Field(() => Int) start!: number;
  @Field(() => Int, { description: 'Exclusive' }) end!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a hit matched: up to 160 characters of its best visible text (… where cut), matched words as ranges',
})
export class SearchSnippet {
  @Field(() => String) text!: string;
  @Field(() => [TextRange]) highlights!: TextRange[];
  @Field(() => TextField) field!: keyof typeof TextField;
  @Field(() => String, { description: 'BCP 47 tag of the text' }) language!: string;
}

@ObjectType({ simpleResolvers: true })
export class SearchResultEdge {
  @Field(() => String) cursor!: string;
  @Field(() => SearchResult) node!: typeof SearchResult;
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => Float, {
    description: 'Share of the words found in one visible text of the record, halved outside its text or name',
  })
  score!: number;
  @Field(() => SearchSnippet) snippet!: SearchSnippet;
}

@ObjectType({ simpleResolvers: true })
export class SearchResultConnection {
  @Field(() => [SearchResultEdge]) edges!: SearchResultEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
