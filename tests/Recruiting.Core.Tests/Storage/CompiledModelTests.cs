using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Tests.Storage;

/// <summary>
/// The site runs on compiled EF Core models (Storage/CompiledModels, one per provider): each must describe exactly what
/// <see cref="RecruitingDb"/>'s configuration builds, or it is stale. To regenerate them, see README, Benchmarks.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseOptions.Sqlite)]
    [InlineData(DatabaseOptions.Postgres)]
    public void The_compiled_model_is_the_model_the_configuration_builds(string provider)
    {
        var configured = Lines(provider, options => StorageServices.UseProvider(options, provider, Connection(provider)));
        var compiled = Lines(provider, options => StorageServices.Configure(options, provider, Connection(provider)));
        var first = Enumerable.Range(0, Math.Max(configured.Length, compiled.Length))
            .FirstOrDefault(i => configured.ElementAtOrDefault(i) != compiled.ElementAtOrDefault(i), -1);
        Assert.True(first < 0, $"The compiled {provider} model is stale: run src/Recruiting.Core/Storage/CompiledModels/regenerate. "
            + $"Line {first + 1} of the model's description: configured \"{configured.ElementAtOrDefault(first)}\", compiled \"{compiled.ElementAtOrDefault(first)}\".");
    }

    // No database is opened: the models are only built.
    private static string Connection(string provider) => DatabaseOptions.NamesPostgres(provider) ? "Host=localhost" : "Data Source=:memory:";

    private static string[] Lines(string provider, Action<DbContextOptionsBuilder> configure)
    {
        var options = new DbContextOptionsBuilder<RecruitingDb>();
        configure(options);
        using var db = new RecruitingDb(options.Options);
        return db.Model.ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n');
    }
}
