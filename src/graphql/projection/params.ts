// Request values reach Cypher only as parameters: projections ask this bag for a $name.
export class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  private vars = 0;

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
}
