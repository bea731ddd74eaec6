using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Tokens;

/// <summary>A user's personal API tokens: created (the secret returned once), listed and revoked, each audited.</summary>
public sealed class ApiTokenService(RecruitingDb db, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    public sealed record Created(ApiToken Token, string Secret);

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    /// <returns>The new token and its secret, or null when the name is empty or too long.</returns>
    public async Task<Created?> CreateAsync(string userId, string name, Actor actor, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength) return null;
        var (secret, prefix) = ApiTokenFormat.Generate();
        var token = new ApiToken
        {
            UserId = userId, Name = name, Prefix = prefix, Hash = ApiTokenFormat.Hash(secret), CreatedAt = clock.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        AuditLog.Record(db, actor, "apitoken.created", prefix, name, token.CreatedAt);
        await db.SaveChangesAsync(ct);
        return new Created(token, secret);
    }

    /// <returns>False when the user has no such live token.</returns>
    public async Task<bool> RevokeAsync(string userId, Guid tokenId, Actor actor, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, ct);
        if (token is null) return false;
        token.RevokedAt = clock.GetUtcNow();
        AuditLog.Record(db, actor, "apitoken.revoked", token.Prefix, token.Name, token.RevokedAt);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
