using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Recruiting.Core.Audit;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Management;

namespace Recruiting.Web.Api.Tokens;

/// <summary>
/// `Authorization: Bearer rct_…` → the token owner's identity and roles. Revoked tokens and disabled or
/// locked-out users are refused. LastUsedAt (and an "api token used" audit line) is written at most once a minute.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    RecruitingDb db, TimeProvider clock, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenIdClaim = "api_token_id";
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!ApiTokenFormat.LooksLikeToken(secret)) return AuthenticateResult.Fail("The bearer token is not a personal API token of this site.");

        var hash = ApiTokenFormat.Hash(secret);
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.Hash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is null || found.Token.RevokedAt is not null)
            return AuthenticateResult.Fail("The API token is unknown or has been revoked; create a new one in the console under Admin › API tokens.");
        var now = clock.GetUtcNow();
        if (found.User.Disabled || found.User.LockoutEnd > now)
            return AuthenticateResult.Fail("The account that owns this API token is disabled.");

        var roles = await db.UserRoles.Where(ur => ur.UserId == found.User.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .ToListAsync(Context.RequestAborted);
        var name = found.User.UserName ?? found.User.Email ?? found.User.Id;
        await RecordUseAsync(found.Token.Id, found.Token.Prefix, new Actor(name, roles, ApiActor.RemoteAddress(Context)), now);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, found.User.Id),
            new(ClaimTypes.Name, name),
            new(TokenIdClaim, found.Token.Id.ToString()),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private async Task RecordUseAsync(Guid tokenId, string prefix, Actor actor, DateTimeOffset now)
    {
        var staleBefore = now - UsageResolution;
        var updated = await db.ApiTokens
            .Where(t => t.Id == tokenId && (t.LastUsedAt == null || t.LastUsedAt < staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        if (updated == 0) return;
        AuditLog.Record(db, actor, "apitoken.used", prefix, $"{Request.Method} {Request.Path}", now);
        await db.SaveChangesAsync(Context.RequestAborted);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.Headers.WWWAuthenticate = "Bearer";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "unauthenticated", "Authentication required.",
            failure ?? "Send a personal API token as 'Authorization: Bearer <token>'; create one in the console under Admin › API tokens.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "forbidden", "Forbidden.", "Your role does not allow this action.");

    private async Task WriteProblemAsync(int status, string code, string title, string detail)
    {
        Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
    }
}
