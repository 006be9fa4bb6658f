// Request values reach Cypher only as parameters: projections ask this bag for a $name. It also keeps, per
// projected variable, how to key its values by the caller's aliases again (see projection/entities.ts).

/** Turns a projected value (a map, a list of maps or null) keyed by canonical keys into one keyed by aliases. */
export type Reshape = (value: unknown) => unknown;

export class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  private vars = 0;
  private readonly shapes = new Map<string, Reshape>();

  constructor(initial: Record<string, unknown> = {}) {
    Object.assign(this.values, initial);
  }

  /** Adds a value and returns its parameter reference, e.g. `$p3`. */
  add(value: unknown): string {
    const name = `p${this.n++}`;
    this.values[name] = value;
    return `$${name}`;
  }

  /** A fresh Cypher variable name for a nested pattern. */
  variable(prefix: string): string {
    return `${prefix}${this.vars++}`;
  }

  /** Records how the projection bound to `v` maps back to aliases; none when every key already is its alias. */
  setShape(v: string, shape: Reshape | null): void {
    if (shape) this.shapes.set(v, shape);
    else this.shapes.delete(v);
  }

  /** The reshape recorded for `v`, removed: for a variable that several projections bind in turn (union branches). */
  takeShape(v: string): Reshape {
    const shape = this.shapes.get(v) ?? ((value: unknown) => value);
    this.shapes.delete(v);
    return shape;
  }

  /** The value(s) the projection bound to `v` produced, keyed by the caller's aliases. */
  aliased<T>(v: string, value: T): T {
    const shape = this.shapes.get(v);
    return (shape ? shape(value) : value) as T;
  }
}
