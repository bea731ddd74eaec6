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
    /// into an empty database: all under the database's start-up lock, so instances started together do it once. When
    /// one query (<see cref="StartupState"/>) says there is nothing to do, as on every start but the first and an
    /// upgrade's, it takes no lock and builds no EF Core model.
    /// </summary>
    /// <returns>The database's state once prepared.</returns>
    public static async Task<StartupState> PrepareDatabaseAsync(this WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<SchemaMigrator>();
        var normalizer = app.Services.GetRequiredService<ILookupNormalizer>();
        var importsWhenEmpty = InitialImport.IsConfigured(app.Services);
        var state = await StartupState.TryReadAsync(app.Services);
        if (state.IsReady(migrator, normalizer, importsWhenEmpty)) return state;

        await using var startup = await app.Services.GetRequiredService<DatabaseLocks>().AcquireAsync(DatabaseLocks.Startup, StartupLockTimeout);
        await using var scope = app.Services.CreateAsyncScope();
        var applied = await migrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<RecruitingDb>());
        if (applied.Count > 0)
            app.Logger.LogInformation("Applied database migrations: {Migrations}", string.Join(", ", applied));
        // Read again under the lock: another instance may have done the rest while this one waited.
        state = await StartupState.ReadAsync(app.Services);
        if (!state.HasEveryRole(normalizer))
            await RoleSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (!state.HasKey) SharedKeys.EnsureKey(app.Services);
        if (!state.HasPostings && importsWhenEmpty) await InitialImport.RunAsync(scope.ServiceProvider, app.Logger);
        return await StartupState.ReadAsync(app.Services);
    }
}
