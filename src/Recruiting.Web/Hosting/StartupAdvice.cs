using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Recruiting.Web.Public;

namespace Recruiting.Web.Hosting;

/// <summary>What the start-up log tells the operator to do next: settings production should set, and the first administrator.</summary>
public static class StartupAdvice
{
    /// <summary>Checks every validated setting now (`ValidateOnStart`), before the database is touched, and warns about missing ones.</summary>
    public static void CheckSettings(this WebApplication app)
    {
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        var site = app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value;
        if (string.IsNullOrWhiteSpace(site.BaseUrl))
            app.Logger.LogWarning(
                "Site:BaseUrl is not set: links use each request's own scheme and host. In production set it to the public address (Site__BaseUrl=https://careers.example.org).");
        if (string.IsNullOrWhiteSpace(site.Organization.Name))
            app.Logger.LogWarning(
                "Site:Organization:Name is not set: postings' structured data (JSON-LD) name no hiring organization. Set it (with Site:Organization:SameAs and :Logo) for job search engines.");
    }

    /// <summary>While no administrator exists (<paramref name="database"/> says), says how to create the first one.</summary>
    public static void TellHowToCreateTheFirstAdministrator(this WebApplication app, StartupState database)
    {
        if (database.HasAdministrator(app.Services.GetRequiredService<ILookupNormalizer>())) return;
        var root = app.Services.GetRequiredService<AppRoot>();
        var published = Path.GetFullPath(root.Path).TrimEnd('/') == Path.GetFullPath(AppContext.BaseDirectory).TrimEnd('/');
        var command = published
            ? $"{Path.Combine(AppContext.BaseDirectory, "Recruiting.Web")} create-admin you@example.com"
            : "dotnet run --project src/Recruiting.Web -- create-admin you@example.com";
        app.Logger.LogWarning("No administrator yet. Create the first one with: {Command} (it prints a one-time password; see README, The first administrator).", command);
    }
}
