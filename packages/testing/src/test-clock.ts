/** Monday 2026-03-02, 10:00 in UTC+8: a working day, so deadlines in tests fall on known days. */
const DEFAULT_START = Date.parse('2026-03-02T02:00:00Z');

/** A clock the test moves by hand; pass it to a service's `makeDeps` as its clock. */
export class TestClock {
  constructor(private at = DEFAULT_START) {}

  /** The current instant; an arrow so it can be passed around detached. */
  now = (): Date => new Date(this.at);

  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    this.at += ms;
  }

  /** Jumps to an ISO instant. */
  set(iso: string): void {
    this.at = Date.parse(iso);
  }
}
