using System.Security.Claims;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin;

public static class CurrentActor
{
    /// <summary>The signed-in user as the save pipeline and the audit log see them: name, roles and address.</summary>
    public static Actor Actor(this HttpContext context) => new(
        context.User.Identity?.Name ?? "anonymous",
        context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
        context.Connection.RemoteIpAddress?.ToString());

    /// <summary>Someone not (yet) signed in, e.g. a failed sign-in, named by what they typed.</summary>
    public static Actor Named(this HttpContext context, string name) =>
        new(name, [], context.Connection.RemoteIpAddress?.ToString());
}
