// The lists every job picks from: themes and places, named in the interface language.
export interface ThemeRef {
  id: string;
  name: string;
}

export interface PlaceRef {
  id: string;
  name: string;
  kind: string;
}
