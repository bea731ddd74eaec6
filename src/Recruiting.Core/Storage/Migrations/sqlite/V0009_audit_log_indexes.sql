-- The console's audit page filters by actor or by action and pages newest first (At, then Id).
CREATE INDEX "IX_audit_log_Actor_At_Id" ON "audit_log" ("Actor", "At", "Id");

CREATE INDEX "IX_audit_log_Action_At_Id" ON "audit_log" ("Action", "At", "Id");
