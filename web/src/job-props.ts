// What every job is given: the lists to pick from, and the view's URL parameters with their setter.
import type { PlaceRef, ThemeRef } from './reference';
import type { Params } from './url-state';

export interface JobProps {
  themes: ThemeRef[];
  places: PlaceRef[];
  params: Params;
  /** `push`: a new history entry (the back button returns), else the current one is replaced. */
  set(patch: Params, push?: boolean): void;
}
