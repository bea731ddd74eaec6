using System.Security.Claims;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>The workflow's <see cref="Actor"/> for the signed-in user of a request.</summary>
public static class ActorOf
{
    public static Actor User(HttpContext http)
    {
        var user = http.User;
        var roles = user.Identities.SelectMany(i => i.FindAll(i.RoleClaimType)).Select(c => c.Value).Distinct().ToList();
        var name = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "unknown";
        return new Actor(name, roles, http.Connection.RemoteIpAddress?.ToString());
    }
}
