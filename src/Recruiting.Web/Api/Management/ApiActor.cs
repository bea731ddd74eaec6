using System.Security.Claims;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Api.Management;

/// <summary>The workflow's <see cref="Actor"/> for the token owner behind a management API request.</summary>
public static class ApiActor
{
    public static Actor From(HttpContext http) => new(
        http.User.Identity?.Name ?? "unknown",
        http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        RemoteAddress(http));

    public static string? RemoteAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
