/** A database helper failed; `cause` holds the driver error (with its SQLSTATE `code`). */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}
