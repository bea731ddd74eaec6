using Recruiting.Core.Storage;

namespace Recruiting.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations, then imports the legacy folder into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecruitingDb>();
        var applied = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(db);
        if (applied.Count > 0)
            app.Logger.LogInformation("Applied database migrations: {Migrations}", string.Join(", ", applied));
        await InitialImport.RunIfEmptyAsync(scope.ServiceProvider, app.Logger);
    }
}
