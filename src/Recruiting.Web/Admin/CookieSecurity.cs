using Microsoft.AspNetCore.Http;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Admin;

/// <summary>`Security:SecureCookies`: `Always` (production behind HTTPS) or `SameAsRequest` (default: local http works).</summary>
public static class CookieSecurity
{
    public static CookieSecurePolicy Policy(IConfiguration config) =>
        config["Security:SecureCookies"] switch
        {
            null or "" or "SameAsRequest" => CookieSecurePolicy.SameAsRequest,
            "Always" => CookieSecurePolicy.Always,
            var other => throw new StartupFailure(
                $"Security:SecureCookies is \"{other}\"; allowed: Always (HTTPS) or SameAsRequest (local http), in appsettings.json or Security__SecureCookies."),
        };
}
