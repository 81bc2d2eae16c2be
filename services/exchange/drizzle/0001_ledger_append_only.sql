-- The sharing ledger is append-only for everyone, the service's own role and superusers
-- included: UPDATE, DELETE and TRUNCATE raise. (A superuser can still disable the trigger;
-- `GET /v1/ledger/verify` then finds the tampered row by its hash.)
CREATE FUNCTION sharing_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'sharing_ledger is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sharing_ledger_no_update_delete BEFORE UPDATE OR DELETE ON sharing_ledger
  FOR EACH ROW EXECUTE FUNCTION sharing_ledger_append_only();
--> statement-breakpoint
CREATE TRIGGER sharing_ledger_no_truncate BEFORE TRUNCATE ON sharing_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION sharing_ledger_append_only();
--> statement-breakpoint
-- The chain's head: every append locks this row, so appends are serialised and never fork.
INSERT INTO ledger_head (id, position, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
