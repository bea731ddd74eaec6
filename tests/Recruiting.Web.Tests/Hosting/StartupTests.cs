using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Testing;
using Recruiting.Web.Hosting;
using Recruiting.Web.Tests.Api;

namespace Recruiting.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Theory, Providers]
    public async Task Start_up_migrates_the_configured_database(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.Postings.CountAsync());
    }

    /// <summary>The next start's one query (no lock, no EF Core) must read a prepared database right, on both databases.</summary>
    [Theory, Providers]
    public async Task A_prepared_database_reads_in_one_query_as_having_nothing_left_to_do(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (migrator, normalizer) = (app.Service<SchemaMigrator>(), app.Service<ILookupNormalizer>());

        var state = await StartupState.ReadAsync(app.Services);
        Assert.True(state.IsReady(migrator, normalizer, importsWhenEmpty: false));
        Assert.False(state.IsReady(migrator, normalizer, importsWhenEmpty: true)); // no posting: the initial import is still to do
        Assert.False(state.HasAdministrator(normalizer));

        await SignedInClient.CreateUserAsync(app, "admin@example.test", "Velvet-quarry-51-lantern-oboe", [Roles.Administrator]);
        await new PostingSeeder(app).DraftAsync("en", "first", PostingSeeder.Content("First posting"));
        state = await StartupState.ReadAsync(app.Services);
        Assert.True(state.HasAdministrator(normalizer));
        Assert.True(state.IsReady(migrator, normalizer, importsWhenEmpty: true));
    }

    [Theory, Providers]
    public async Task A_new_database_reads_as_having_everything_to_do(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var db = app.NewDbContext())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE schema_migrations");

        var state = await StartupState.TryReadAsync(app.Services);
        Assert.False(state.IsMigrated(app.Service<SchemaMigrator>()));
        Assert.False(state.HasKey);
    }
}
