-- The reveal audit is append-only (DOMAIN.md "Complaints": every opening of a sealed identity
-- is logged): updates and deletes are refused by the database itself, whoever connects.
CREATE FUNCTION identity_reveals_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'identity_reveals is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER identity_reveals_no_update_delete
  BEFORE UPDATE OR DELETE ON identity_reveals
  FOR EACH ROW EXECUTE FUNCTION identity_reveals_append_only();
--> statement-breakpoint
CREATE TRIGGER identity_reveals_no_truncate
  BEFORE TRUNCATE ON identity_reveals
  FOR EACH STATEMENT EXECUTE FUNCTION identity_reveals_append_only();
