using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Core.Audit;

/// <summary>Appends to the audit log in the caller's unit of work, so the entry commits with the change it records.</summary>
public static class AuditLog
{
    public static void Record(RecruitingDb db, Actor actor, string action, string target, string details = "", DateTimeOffset? at = null) =>
        db.AuditLog.Add(Entry(actor, action, target, details, at));

    public static AuditEntry Entry(Actor actor, string action, string target, string details = "", DateTimeOffset? at = null) =>
        new()
        {
            At = at ?? DateTimeOffset.UtcNow,
            Actor = actor.Name,
            Action = action,
            Target = target,
            Details = details,
            RemoteAddress = actor.RemoteAddress,
        };
}
