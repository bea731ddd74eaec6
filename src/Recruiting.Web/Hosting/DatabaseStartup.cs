using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;
using Recruiting.Web.Instances;

namespace Recruiting.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>How long an instance waits for another instance's start-up (its migrations and initial import).</summary>
    public static readonly TimeSpan StartupLockTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Applies pending migrations, creates the roles and the first data-protection key, then imports the legacy folder
    /// into an empty database: all under the database's start-up lock, so instances started together do it once.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var startup = await app.Services.GetRequiredService<DatabaseLocks>().AcquireAsync(DatabaseLocks.Startup, StartupLockTimeout);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitingDb>();
        var applied = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(db);
        if (applied.Count > 0)
            app.Logger.LogInformation("Applied database migrations: {Migrations}", string.Join(", ", applied));
        await RoleSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        SharedKeys.EnsureKey(app.Services);
        await InitialImport.RunIfEmptyAsync(scope.ServiceProvider, app.Logger);
    }
}
