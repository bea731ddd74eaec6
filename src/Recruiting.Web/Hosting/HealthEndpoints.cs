using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Hosting;

/// <summary>
/// `/health/live`: the process answers (no check runs). `/health/ready`: the database answers (EF Core's check) and
/// its schema has every migration; 503 otherwise. Plain text "Healthy" / "Unhealthy", never cached.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<RecruitingDb>("database", tags: [ReadyTag])
            .AddCheck<SchemaCurrentCheck>("schema", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapSiteHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}

/// <summary>Healthy when the database has had every migration this build carries.</summary>
public sealed class SchemaCurrentCheck(RecruitingDb db, SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var pending = await migrator.PendingAsync(db, ct);
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Migrations not applied: " + string.Join(", ", pending));
    }
}
